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

// swapNameField replaces the first text field under o that sits in a
// scroll container (the Save dialog's name field) by an EscapeEntry that
// runs onEscape on Escape and keeps the same text as the original; it
// returns the new field, or nil where there is none (the Open dialog).
func swapNameField(o fyne.CanvasObject, onEscape func()) *widgets.EscapeEntry {
	switch o := o.(type) {
	case *fyne.Container:
		for _, k := range o.Objects {
			if en := swapNameField(k, onEscape); en != nil {
				return en
			}
		}
	case *container.Split:
		if en := swapNameField(o.Leading, onEscape); en != nil {
			return en
		}
		return swapNameField(o.Trailing, onEscape)
	case *container.Scroll:
		orig, ok := o.Content.(*widget.Entry)
		if !ok {
			return swapNameField(o.Content, onEscape)
		}
		en := widgets.NewEscapeEntry()
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
		o.Content = en
		o.Refresh()
		return en
	}
	return nil
}

// returnKeyboard makes each list under o (the dialog's Home, Computer)
// give the keyboard back to the window once an item is chosen: a clicked
// list keeps the keyboard, and, like Fyne's Entry, ignores Escape.
func returnKeyboard(c fyne.Canvas, o fyne.CanvasObject) {
	switch o := o.(type) {
	case *fyne.Container:
		for _, k := range o.Objects {
			returnKeyboard(c, k)
		}
	case *container.Split:
		returnKeyboard(c, o.Leading)
		returnKeyboard(c, o.Trailing)
	case *container.Scroll:
		returnKeyboard(c, o.Content)
	case *widget.List:
		chosen := o.OnSelected
		o.OnSelected = func(id widget.ListItemID) {
			if chosen != nil {
				chosen(id)
			}
			if c.Focused() == o {
				c.Unfocus()
			}
		}
	}
}
