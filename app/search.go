package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
)

// maxHitsShown bounds the Find list: past that, the user refines the query.
const maxHitsShown = 500

// finder is the Find dialog: a query, the matching claims and arguments,
// and a jump to the one chosen.
type finder struct {
	doc   *document.Document
	entry *widget.Entry
	count *widget.Label
	list  *widget.List
	hits  []argmap.Hit
	d     dialog.Dialog
}

// showFind opens the Find dialog (Ctrl+F), which searches the claims'
// text, comments and tags as the user types.
func (e *Editor) showFind() {
	last := ""
	if e.finder != nil {
		last = e.finder.entry.Text
	}
	f := &finder{doc: e.doc}
	f.entry = widget.NewEntry()
	f.entry.SetPlaceHolder("Search claims, comments and tags")
	f.count = widget.NewLabel("")
	f.list = widget.NewList(
		func() int { return len(f.hits) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(f.describe(f.hits[i])) },
	)
	f.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(f.hits) {
			// The dialog would cover the claim: it closes, and Ctrl+F
			// brings it back with the same query.
			f.d.Hide()
			e.jumpTo(f.hits[i].ID)
		}
	}
	f.entry.OnChanged = f.search
	f.entry.OnSubmitted = func(string) {
		if len(f.hits) > 0 {
			f.list.Select(0)
		}
	}
	if last != "" {
		f.entry.SetText(last)
		f.search(last)
	}
	top := container.NewBorder(nil, f.count, nil, nil, f.entry)
	content := container.NewBorder(top, nil, nil, nil, f.list)
	f.d = dialog.NewCustom("Find", "Close", content, e.win)
	f.d.Resize(fyne.NewSize(560, 440))
	e.finder = f
	f.d.Show()
	e.win.Canvas().Focus(f.entry)
}

// search runs the query and lists the hits.
func (f *finder) search(q string) {
	hits := argmap.Search(f.doc.Map(), q)
	total := len(hits)
	if len(hits) > maxHitsShown {
		hits = hits[:maxHitsShown]
	}
	f.hits = hits
	f.list.UnselectAll()
	f.list.Refresh()
	switch {
	case strings.TrimSpace(q) == "":
		f.count.SetText("")
	case total == 0:
		f.count.SetText("No matches")
	case total > len(hits):
		f.count.SetText(fmt.Sprintf("%d matches; the first %d shown", total, len(hits)))
	default:
		f.count.SetText(fmt.Sprintf("%d match%s", total, map[bool]string{true: "", false: "es"}[total == 1]))
	}
}

// describe is a hit's line in the list: the text, and where the match is
// when it is not the text.
func (f *finder) describe(h argmap.Hit) string {
	text := strings.Join(strings.Fields(h.Text), " ")
	if c := f.doc.Map().Claim(h.ID); c != nil && h.Field != "text" {
		return fmt.Sprintf("%s — %s: %s", strings.Join(strings.Fields(c.Text), " "), h.Field, text)
	}
	if f.doc.Map().Argument(h.ID) != nil {
		return "Argument — " + h.Field + ": " + text
	}
	return text
}

// jumpTo selects id and scrolls the canvas to it, showing it first if a
// focus or a collapsed branch hid it.
func (e *Editor) jumpTo(id argmap.ID) {
	if !e.exists(id) {
		return
	}
	e.ensureShown(id)
	e.Select([]argmap.ID{id})
	e.view.Reveal(id)
}
