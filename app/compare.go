package app

import (
	"fmt"
	"image/color"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/formats"
)

// compareView is the window that lists how another map differs from the
// one being edited: a teacher's model answer against a student's map, or
// two versions of one case. Clicking a change shows it in the editor.
type compareView struct {
	e       *Editor
	win     fyne.Window
	other   *argmap.Map
	changes []compare.Change
	grade   compare.Grade
	summary *widget.Label
	list    *widget.List
}

var (
	addedColor   = color.NRGBA{R: 0x2e, G: 0xa0, B: 0x43, A: 0xff}
	removedColor = color.NRGBA{R: 0xd0, G: 0x3b, B: 0x3b, A: 0xff}
	changedColor = color.NRGBA{R: 0xd8, G: 0x8c, B: 0x1a, A: 0xff}
)

// compareWith asks for a map file and opens the Compare window on it.
func (e *Editor) compareWith() {
	e.askOpenPath(readableExts(), func(path string) { _, _ = e.CompareFile(path) })
}

// CompareFile opens the Compare window on the map at path (in any format).
func (e *Editor) CompareFile(path string) (fyne.Window, error) {
	other, _, err := formats.Load(path)
	if err != nil {
		e.showError(err)
		return nil, err
	}
	return e.CompareMap(other, filepath.Base(path)), nil
}

// CompareMap opens the Compare window on other, named name.
func (e *Editor) CompareMap(other *argmap.Map, name string) fyne.Window {
	cv := &compareView{e: e, other: other}
	cv.win = e.app.NewWindow(fmt.Sprintf("Compare %s with %s — Argmap", e.docName(), name))
	cv.summary = widget.NewLabel("")
	cv.summary.Wrapping = fyne.TextWrapWord
	cv.list = widget.NewList(func() int { return len(cv.changes) }, cv.newRow, cv.updateRow)
	cv.list.OnSelected = cv.show
	refresh := widget.NewButtonWithIcon("Compare Again", theme.ViewRefreshIcon(), cv.compute)
	report := widget.NewButtonWithIcon("Copy Teacher's Report", theme.ContentCopyIcon(), cv.copyReport)
	legend := container.NewHBox(marker('+', addedColor), widget.NewLabel("only in "+name),
		marker('-', removedColor), widget.NewLabel("only in "+e.docName()),
		marker('~', changedColor), widget.NewLabel("in both, changed"))
	top := container.NewVBox(cv.summary, legend, widget.NewSeparator())
	bottom := container.NewHBox(layoutSpacer(), refresh, report)
	cv.win.SetContent(container.NewBorder(top, bottom, nil, nil, cv.list))
	cv.compute()
	cv.win.Resize(fyne.NewSize(760, 620))
	cv.win.Show()
	e.compare = cv
	return cv.win
}

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// opWords name the kinds of change in the list and the legend: a word
// reads at a glance where a thin "-" does not.
var opWords = map[byte]string{'+': "ADDED", '-': "REMOVED", '~': "CHANGED"}

// marker is the coloured word of a change, in a fixed width so that the
// texts of the list line up.
func marker(op byte, c color.Color) fyne.CanvasObject {
	t := canvas.NewText(opWords[op], c)
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.TextSize = theme.CaptionTextSize()
	t.Alignment = fyne.TextAlignCenter
	w := fyne.MeasureText("REMOVED", t.TextSize, t.TextStyle).Width
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(w+theme.Padding(), t.MinSize().Height), t))
}

// markerText finds the text of a marker made by marker.
func markerText(o fyne.CanvasObject) *canvas.Text {
	return o.(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Text)
}

// compute diffs the editor's map (as it is now) with the other map.
func (cv *compareView) compute() {
	cv.changes = compare.Diff(cv.e.m, cv.other)
	cv.grade = compare.Assess(cv.e.m, cv.other, "other")
	mt := compare.Match(cv.e.m, cv.other)
	var add, del, chg int
	for _, c := range cv.changes {
		switch c.Op {
		case '+':
			add++
		case '-':
			del++
		default:
			chg++
		}
	}
	if len(cv.changes) == 0 {
		cv.summary.SetText("The maps are the same.")
	} else {
		cv.summary.SetText(fmt.Sprintf("%d added, %d removed, %d changed. %d claims matched (%d by ID, %d by wording); "+
			"relations matched %d of %d; score %.1f against this map as the model.",
			add, del, chg, len(mt.AtoB), len(mt.AtoB)-mt.ByText, mt.ByText, cv.grade.Links, cv.grade.AllLink, cv.grade.Score))
	}
	cv.list.UnselectAll()
	cv.list.Refresh()
}

func (cv *compareView) newRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, marker('~', changedColor), nil, l)
}

func (cv *compareView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := cv.changes[i]
	row := o.(*fyne.Container)
	var l *widget.Label
	var m *canvas.Text
	for _, x := range row.Objects {
		switch x := x.(type) {
		case *widget.Label:
			l = x
		case *fyne.Container:
			m = markerText(x)
		}
	}
	m.Text = opWords[c.Op]
	switch c.Op {
	case '+':
		m.Color = addedColor
	case '-':
		m.Color = removedColor
	default:
		m.Color = changedColor
	}
	m.Refresh()
	l.SetText(c.Text)
}

// show selects the change's claim or argument in the editor (changes only
// in the other map have nothing to show there).
func (cv *compareView) show(i widget.ListItemID) {
	c := cv.changes[i]
	if c.A != argmap.NilID && cv.e.exists(c.A) {
		cv.e.Select([]argmap.ID{c.A})
		cv.e.view.Reveal(c.A)
		cv.e.status.message("Shown: " + c.Text)
		return
	}
	cv.e.status.message("Only in the other map: " + c.Text)
}

func (cv *compareView) copyReport() {
	var b strings.Builder
	if err := compare.WriteReport(&b, cv.e.m, []compare.Grade{cv.grade}); err == nil {
		cv.e.app.Clipboard().SetContent(b.String())
		cv.e.status.message("Teacher's report copied as Markdown")
	}
}
