package app

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The tests read the outline as a user sees the window: the tree in its
// left-hand pane, its rows by their labels, the chosen one by its
// highlight.

// outlineTree is the window's outline.
func outlineTree(t *testing.T, e *Editor) treeLike {
	t.Helper()
	tree, ok := findObj(e.win.Canvas().Content(), func(treeLike) bool { return true })
	if !ok {
		t.Fatal("the window shows no outline")
	}
	return tree
}

// treeLike is a tree widget: Fyne's, or one that embeds it (the
// outline's has its own shortcuts).
type treeLike interface {
	fyne.Widget
	OpenBranch(widget.TreeNodeID)
	ScrollTo(widget.TreeNodeID)
}

// outlineRow is a row of the outline: its text and whether it is the
// chosen one.
type outlineRow struct {
	text     string
	selected bool
	row      fyne.Tappable
}

// outlineRows are the rows the outline shows.
func outlineRows(t *testing.T, e *Editor) []outlineRow {
	t.Helper()
	sel := theme.Color(theme.ColorNameSelection)
	var rows []outlineRow
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if tap, ok := o.(fyne.Tappable); ok {
			if _, tree := o.(treeLike); !tree {
				r := outlineRow{row: tap}
				visit(o, func(k fyne.CanvasObject) bool {
					switch k := k.(type) {
					case *widget.Label:
						r.text = k.Text
					case *canvas.Rectangle:
						r.selected = r.selected || sameColor(k.FillColor, sel)
					}
					return true
				})
				rows = append(rows, r)
				return
			}
		}
		switch w := o.(type) {
		case *fyne.Container:
			for _, k := range w.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(w).Objects() {
				walk(k)
			}
		}
	}
	walk(outlineTree(t, e))
	return rows
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// outlineRowStarting is the first row of the outline whose text starts
// with prefix.
func outlineRowStarting(t *testing.T, e *Editor, prefix string) outlineRow {
	t.Helper()
	rows := outlineRows(t, e)
	for _, r := range rows {
		if strings.HasPrefix(r.text, prefix) {
			return r
		}
	}
	t.Fatalf("no outline row starts with %q among %d rows: %+v", prefix, len(rows), rows)
	return outlineRow{}
}
