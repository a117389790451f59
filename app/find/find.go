// Package find is the editor's Find dialog: a query over the claims'
// text, comments and tags, the matching claims and arguments, and a jump
// to the one chosen. It sees the document through Host, never the
// editor, so that it is built and tested on its own.
package find

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// MaxHitsShown bounds the list: past that, the user refines the query.
const MaxHitsShown = 500

// Host is what the dialog asks of the editor around it: the document
// searched.
type Host interface {
	Doc() *document.Document
}

// Dialog is one Find dialog shown.
type Dialog struct {
	h     Host
	entry *widgets.EscapeEntry
	count *widget.Label
	list  *widget.List
	hits  []argmap.Hit
	d     dialog.Dialog
}

// Show opens the dialog over win, with the query last (that of the dialog
// shown before, so that Ctrl+F brings back the same search), and runs
// jump with the hit chosen once the dialog has closed (it would cover the
// claim).
func Show(h Host, win fyne.Window, last string, jump func(argmap.ID)) *Dialog {
	f := &Dialog{h: h}
	f.entry = widgets.NewEscapeEntry()
	f.entry.OnEscape = func() { f.d.Hide() } // the field has the keyboard: Escape closes here
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
			f.d.Hide()
			jump(f.hits[i].ID)
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
	f.d = dialog.NewCustom("Find", "Close", content, win)
	f.d.Resize(fyne.NewSize(560, 440))
	f.d.Show()
	win.Canvas().Focus(f.entry)
	if last != "" {
		// The last query comes back selected, as in a browser's Find:
		// typing replaces it (with the cursor at its start, it went
		// before the old text: "IndiaIndia"), an arrow key keeps it.
		f.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
	return f
}

// Entry is the query field (tests type into it).
func (f *Dialog) Entry() *widget.Entry { return &f.entry.Entry }

// Query is the text searched for.
func (f *Dialog) Query() string { return f.entry.Text }

// Hits are the matches listed, at most MaxHitsShown.
func (f *Dialog) Hits() []argmap.Hit { return f.hits }

// Summary is the line under the query: how many matched.
func (f *Dialog) Summary() string { return f.count.Text }

// Choose picks the i-th hit, as a click on it does.
func (f *Dialog) Choose(i int) { f.list.Select(i) }

// search runs the query and lists the hits.
func (f *Dialog) search(q string) {
	hits := argmap.Search(f.h.Doc().Map(), q)
	total := len(hits)
	if len(hits) > MaxHitsShown {
		hits = hits[:MaxHitsShown]
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
func (f *Dialog) describe(h argmap.Hit) string {
	m := f.h.Doc().Map()
	text := strings.Join(strings.Fields(h.Text), " ")
	if c := m.Claim(h.ID); c != nil && h.Field != "text" {
		return fmt.Sprintf("%s — %s: %s", strings.Join(strings.Fields(c.Text), " "), h.Field, text)
	}
	if m.Argument(h.ID) != nil {
		return "Argument — " + h.Field + ": " + text
	}
	return text
}
