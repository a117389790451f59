package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
)

// shownFile is Fyne's Open or Save File dialog while it is shown.
type shownFile struct {
	d     *dialog.FileDialog
	popup fyne.CanvasObject // its overlay on the window's canvas
	name  *widgets.EscapeEntry
}

// showFileDialog shows d and makes Escape close it as Cancel does, as it
// closes every other dialog (overlayKey); onClosed runs when it closes,
// however it does.
//
// Fyne's Save dialog gives the keyboard to its own name field, a plain
// Entry that ignores Escape and keeps it from the window; so that field
// is swapped for an EscapeEntry kept in step with it (the dialog reads
// and writes the original: the name typed, a file clicked in the list).
func (e *Editor) showFileDialog(d *dialog.FileDialog, onClosed func()) {
	shown := &shownFile{d: d}
	d.SetOnClosed(func() {
		if e.fileDlg == shown {
			e.fileDlg = nil
		}
		if onClosed != nil {
			onClosed()
		}
	})
	c := e.win.Canvas()
	d.Show()
	shown.popup = c.Overlays().Top()
	e.fileDlg = shown
	if p, ok := shown.popup.(*widget.PopUp); ok {
		shown.name = swapNameField(p.Content, d.Dismiss)
		returnKeyboard(c, p.Content)
	}
	if shown.name != nil {
		c.Focus(shown.name) // as the dialog focused its own field
	}
}

// walkDialog calls fn on o and on what it holds (a container's objects,
// a split's two sides, a scroll's content), depth first in order, until
// fn reports true; it reports whether fn did.
func walkDialog(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	if fn(o) {
		return true
	}
	switch o := o.(type) {
	case *fyne.Container:
		for _, k := range o.Objects {
			if walkDialog(k, fn) {
				return true
			}
		}
	case *container.Split:
		return walkDialog(o.Leading, fn) || walkDialog(o.Trailing, fn)
	case *container.Scroll:
		return walkDialog(o.Content, fn)
	}
	return false
}

// swapNameField replaces the first text field under o that sits in a
// scroll container (the Save dialog's name field) by an EscapeEntry that
// runs onEscape on Escape and keeps the same text as the original; it
// returns the new field, or nil where there is none (the Open dialog).
func swapNameField(o fyne.CanvasObject, onEscape func()) *widgets.EscapeEntry {
	var en *widgets.EscapeEntry
	walkDialog(o, func(o fyne.CanvasObject) bool {
		sc, ok := o.(*container.Scroll)
		if !ok {
			return false
		}
		orig, ok := sc.Content.(*widget.Entry)
		if !ok {
			return false
		}
		en = widgets.NewEscapeEntry()
		en.SetPlaceHolder(orig.PlaceHolder)
		en.SetText(orig.Text)
		en.CursorColumn = len([]rune(orig.Text))
		en.OnEscape = onEscape
		en.OnSubmitted = orig.OnSubmitted
		en.OnChanged = func(s string) { orig.SetText(s) }
		dialogChanged := orig.OnChanged
		orig.OnChanged = func(s string) {
			if dialogChanged != nil {
				dialogChanged(s) // the dialog enables Save for a name
			}
			if en.Text != s {
				en.SetText(s)
			}
		}
		sc.Content = en
		sc.Refresh()
		return true
	})
	return en
}

// returnKeyboard makes each list under o (the dialog's Home, Computer)
// give the keyboard back to the window once an item is chosen: a clicked
// list keeps the keyboard, and, like Fyne's Entry, ignores Escape.
func returnKeyboard(c fyne.Canvas, o fyne.CanvasObject) {
	walkDialog(o, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.List)
		if !ok {
			return false
		}
		chosen := l.OnSelected
		l.OnSelected = func(id widget.ListItemID) {
			if chosen != nil {
				chosen(id)
			}
			if c.Focused() == l {
				c.Unfocus()
			}
		}
		return false // every list
	})
}
