package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// editEntry is the in-place text editor: a multi-line entry where Enter
// (or Ctrl+Enter) commits, Shift+Enter breaks the line and Esc cancels.
type editEntry struct {
	widget.Entry
	commit func()
	cancel func()
	back   func() // gives the canvas the keyboard back
}

func newEditEntry() *editEntry {
	e := &editEntry{back: func() {}}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey commits on Enter and cancels on Escape.
func (e *editEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if currentModifiers()&fyne.KeyModifierShift == 0 {
			e.commit()
			e.back()
			return
		}
	case fyne.KeyEscape:
		e.cancel()
		e.back()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut commits on Ctrl+Enter.
func (e *editEntry) TypedShortcut(s fyne.Shortcut) {
	if c, ok := s.(*desktop.CustomShortcut); ok && (c.KeyName == fyne.KeyReturn || c.KeyName == fyne.KeyEnter) {
		e.commit()
		return
	}
	e.Entry.TypedShortcut(s)
}

// FocusLost commits, as clicking elsewhere does in desktop editors.
func (e *editEntry) FocusLost() {
	e.Entry.FocusLost()
	e.commit()
}

// EditText opens the in-place multi-line editor over the card of claim id.
func (v *View) EditText(id argmap.ID) {
	if v.scene == nil || v.m == nil || v.m.Claim(id) == nil {
		return
	}
	c := v.scene.Card(id)
	if c == nil {
		return
	}
	v.closeEditor(true)
	v.Reveal(id)
	e := newEditEntry()
	e.SetText(v.m.Claim(id).Text)
	e.commit = func() { v.closeEditor(true) }
	e.back = v.takeKeyboard // after Enter or Escape: keys move between cards again
	e.cancel = func() { v.closeEditor(false) }
	v.editor, v.editID = e, id
	e.MinSize() // makes the entry's renderer, so that it wraps its rows
	v.placeEditor()
	// Caret at the very end, ready to extend the sentence (PageDown is
	// "end of text" in a multi-line entry, counted in wrapped rows).
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	v.redraw()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(v); cv != nil {
		cv.Focus(e)
	}
}

// placeEditor puts the editor over its card, at least a comfortable size.
func (v *View) placeEditor() {
	if v.editor == nil {
		return
	}
	c := v.scene.Card(v.editID)
	if c == nil {
		return
	}
	tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
	w := max(float32(c.Box.W*v.tr.Zoom), 260)
	h := max(float32(c.Box.H*v.tr.Zoom), 110)
	v.editor.Move(fyne.NewPos(float32(tl.X), float32(tl.Y)))
	v.editor.Resize(fyne.NewSize(w, h))
}

// editing reports whether the card id is under the editor.
func (v *View) editing(id argmap.ID) bool { return v.editor != nil && v.editID == id }

// closeEditor removes the editor, reporting its text when commit is set and
// it changed.
func (v *View) closeEditor(commit bool) {
	e := v.editor
	if e == nil {
		return
	}
	id := v.editID
	v.editor, v.editID = nil, argmap.NilID
	if cv := fyne.CurrentApp().Driver().CanvasForObject(v); cv != nil && cv.Focused() == e {
		cv.Unfocus()
	}
	if commit && v.m != nil {
		if c := v.m.Claim(id); c != nil && c.Text != e.Text && v.OnTextEdited != nil {
			v.OnTextEdited(id, e.Text)
		}
	}
	v.redraw()
}

// Editing reports whether the in-place editor is open.
func (v *View) Editing() bool { return v.editor != nil }

// CloseEditor commits and closes the in-place editor, if open.
func (v *View) CloseEditor() { v.closeEditor(true) }
