package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// overlayKey takes a key that reaches the window while an overlay (a
// dialog, a pop-up) is shown and no widget in it has the keyboard: Escape
// closes the topmost overlay, as in any desktop application, and no key
// acts on the map hidden behind it (Escape cleared the selection there,
// Delete deleted it). It reports whether an overlay took the key.
func (e *Editor) overlayKey(ev *fyne.KeyEvent) bool {
	c := e.win.Canvas()
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	if ev.Name == fyne.KeyEscape {
		if f := e.fileDlg; f != nil && f.popup == top {
			f.d.Dismiss() // as its Cancel: the callback runs with nothing chosen
			return true
		}
		dismissOverlay(c, top)
	}
	return true
}

// dismissOverlay closes overlay top of canvas c the way its own dismiss
// button does, so that a dialog's callback runs as on Cancel; an overlay
// without one is hidden.
func dismissOverlay(c fyne.Canvas, top fyne.CanvasObject) {
	if b := dismissButton(top); b != nil {
		b.OnTapped()
		return
	}
	top.Hide()
	if c.Overlays().Top() == top { // a pop-up removes itself when hidden
		c.Overlays().Remove(top)
	}
}

// dismissLabels are the labels of buttons that choose nothing: what
// Escape may press.
var dismissLabels = map[string]bool{"Cancel": true, "Close": true, "No": true, "OK": true, "Done": true, "Keep Mine": true}

// dismissButton finds the dismiss button of a Fyne dialog: its pop-up's
// content holds icon, background, content, buttons and title, and the
// dismiss button is the one among the buttons that chooses nothing
// (Cancel, Close, No, OK), or the only button. A dialog whose every
// button makes a choice has none: the first button of the unsaved-changes
// question is Don't Save, and of the recovery offer Discard, which Escape
// must never press. The content's own buttons (Open Challenges' Show) are
// not looked at. TestEscapeClosesDialogs holds this to Fyne's dialogs.
func dismissButton(top fyne.CanvasObject) *widget.Button {
	p, ok := top.(*widget.PopUp)
	if !ok {
		return nil
	}
	box, ok := p.Content.(*fyne.Container)
	if !ok || len(box.Objects) != 5 {
		return nil
	}
	var buttons []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if !o.Disabled() && o.OnTapped != nil && o.Visible() {
				buttons = append(buttons, o)
			}
		case *fyne.Container:
			for _, ch := range o.Objects {
				walk(ch)
			}
		}
	}
	walk(box.Objects[3])
	for _, b := range buttons {
		if dismissLabels[b.Text] {
			return b
		}
	}
	if len(buttons) == 1 {
		return buttons[0]
	}
	return nil
}
