package app

import (
	"fmt"
	"sort"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/mapview"
)

// statusTexts reads the status bar as the window shows it, left to right:
// the counts, the message and the zoom.
func statusTexts(t *testing.T, e *Editor) (counts, msg, zoom string) {
	t.Helper()
	counts, msg, zoom, err := readStatus(e)
	if err != "" {
		t.Fatal(err)
	}
	return counts, msg, zoom
}

// readStatus is statusTexts, saying what is wrong rather than failing a
// test (for helpers without one). The bar is the bottom of the window's
// content (the object placed lowest), its texts the labels in it.
func readStatus(e *Editor) (counts, msg, zoom, err string) {
	bar, err := frameEdge(e, false)
	if err != "" {
		return "", "", "", err
	}
	var labels []*widget.Label
	visit(bar, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l)
		}
		return true
	})
	// They share a row: their places in the window are comparable (the
	// zoom sits in a box with the message's button).
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	sort.SliceStable(labels, func(i, j int) bool { return abs(labels[i]).X < abs(labels[j]).X })
	if len(labels) == 2 && !e.status.zoom.Visible() {
		return labels[0].Text, labels[1].Text, "", "" // the flow view shows no zoom
	}
	if len(labels) != 3 {
		return "", "", "", fmt.Sprintf("the status bar shows %d labels, want the counts, the message and the zoom", len(labels))
	}
	return labels[0].Text, labels[1].Text, labels[2].Text, ""
}

// frameEdge is the object at the top (the toolbar) or the bottom (the
// status bar) of the window's content: the one placed highest or lowest.
func frameEdge(e *Editor, top bool) (fyne.CanvasObject, string) {
	c, ok := e.win.Content().(*fyne.Container)
	if !ok || len(c.Objects) == 0 {
		return nil, fmt.Sprintf("the window shows %T, not the editor's frame with its toolbar and status bar", e.win.Content())
	}
	edge := c.Objects[0]
	for _, o := range c.Objects[1:] {
		if y := o.Position().Y; o.Visible() && (top && y < edge.Position().Y || !top && y > edge.Position().Y) {
			edge = o
		}
	}
	return edge, ""
}

// toolbarButton is the toolbar's button labelled label, as the window
// shows it.
func toolbarButton(t *testing.T, e *Editor, label string) *widget.Button {
	t.Helper()
	bar, err := frameEdge(e, true)
	if err != "" {
		t.Fatal(err)
	}
	b, _ := first(bar, func(o fyne.CanvasObject) bool { b, ok := o.(*widget.Button); return ok && b.Text == label }).(*widget.Button)
	if b == nil {
		t.Fatalf("no %q button in the toolbar", label)
	}
	return b
}

// statusCounts is the counts the status bar shows.
func statusCounts(t *testing.T, e *Editor) string {
	t.Helper()
	s, _, _ := statusTexts(t, e)
	return s
}

// statusMessage is the message the status bar shows.
func statusMessage(t *testing.T, e *Editor) string {
	t.Helper()
	_, s, _ := statusTexts(t, e)
	return s
}

// statusZoom is the zoom the status bar shows.
func statusZoom(t *testing.T, e *Editor) string {
	t.Helper()
	_, _, s := statusTexts(t, e)
	return s
}

// TestWindowReadersFindTheBars: the helpers read what the status bar
// holds, each in its place, and find the toolbar's own buttons.
func TestWindowReadersFindTheBars(t *testing.T) {
	e := newTestEditor(t)
	e.status.message("A message")
	e.status.setZoom(0.5)
	counts, msg, zoom := statusTexts(t, e)
	if counts != e.status.counts.Text || counts == "" || msg != "A message" || zoom != "50%" {
		t.Errorf("read %q, %q, %q; the bar holds %q, %q, %q", counts, msg, zoom, e.status.counts.Text, e.status.msg.Text, e.status.zoom.Text)
	}
	if toolbarButton(t, e, "Objection") != e.menus.bar.objection {
		t.Error("toolbarButton found another Objection button than the toolbar's")
	}
}

// shownView is the map view the window shows (found in it, not taken from
// the editor), failing the test when none is shown.
func shownView(t *testing.T, e *Editor) *mapview.View {
	t.Helper()
	v, _ := inWindow(e, func(o fyne.CanvasObject) bool { _, ok := o.(*mapview.View); return ok }).(*mapview.View)
	if v == nil {
		t.Fatal("the window shows no map view")
	}
	return v
}
