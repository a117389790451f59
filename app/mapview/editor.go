package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// editEntry is the in-place text editor: a multi-line entry where Enter
// (or Ctrl+Enter) commits, Shift+Enter breaks the line and Esc cancels.
type editEntry struct {
	widget.Entry
	th     *editTheme // its text size and margins follow the zoom
	commit func()
	cancel func()
	back   func() // gives the canvas the keyboard back
}

func newEditEntry() *editEntry {
	e := &editEntry{back: func() {}, th: &editTheme{Theme: theme.Current()}}
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
	v.editBox = container.NewThemeOverride(e, e.th)
	e.OnChanged = func(string) { v.placeEditor() } // a line more lengthens it
	e.MinSize()                                    // makes the entry's renderer, so that it wraps its rows
	v.placeEditor()
	// Caret at the very end, ready to extend the sentence (PageDown is
	// "end of text" in a multi-line entry, counted in wrapped rows).
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	v.redraw()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(v); cv != nil {
		cv.Focus(e)
	}
}

// Zoomed out below ReadableZoom, the in-place editor shows its card as
// it would be at ReadableZoom, centred on the card, so that a claim can
// still be edited on a map seen whole; from ReadableZoom up it is the
// card as shown.

// editorGeometry is where the in-place editor of card c goes, in the
// view's coordinates, and at what zoom its text and margins are set: on
// the card, its size, at the zoom shown (at least ReadableZoom), as tall
// as the text being typed needs.
func (v *View) editorGeometry(c *scene.Card, text string) (r scene.Rect, zoom float64) {
	opt := v.scene.Options()
	z := v.tr.Zoom
	ze := max(z, ReadableZoom)
	// Lines typed beyond the card's lengthen the editor, as they will
	// the card once committed.
	h := c.Box.H
	if n := len(scene.Wrap(text, opt.CardWidth-2*opt.Pad, opt.TextSize, c.Bold, Measure)); n > len(c.Lines) {
		_, th := Measure("X", opt.TextSize, c.Bold)
		h += float64(n-len(c.Lines)) * th
	}
	tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
	r = scene.Rect{X: tl.X, Y: tl.Y, W: c.Box.W * ze, H: h * ze}
	if ze > z {
		// Bigger than the card: centred on it, kept inside the view.
		r.X = tl.X + c.Box.W*z/2 - r.W/2
		r.Y = tl.Y + c.Box.H*z/2 - c.Box.H*ze/2
		vw, vh := float64(v.size.Width), float64(v.size.Height)
		r.X = max(0, min(r.X, vw-r.W))
		r.Y = max(0, min(r.Y, vh-r.H))
	}
	return r, ze
}

// placeEditor puts the editor on its card (editorGeometry), its text
// set at the card's size and margins.
func (v *View) placeEditor() {
	if v.editor == nil {
		return
	}
	c := v.scene.Card(v.editID)
	if c == nil {
		return
	}
	r, ze := v.editorGeometry(c, v.editor.Text)
	opt := v.scene.Options()
	if v.editor.th.set(opt.TextSize*ze, opt.Pad*ze) {
		v.editBox.Refresh()
	}
	v.editBox.Move(fyne.NewPos(float32(r.X), float32(r.Y)))
	v.editBox.Resize(fyne.NewSize(float32(r.W), float32(r.H)))
}

// editTheme is the theme of the in-place editor: the app's, with the
// text size and margins of the card it sits on.
type editTheme struct {
	fyne.Theme
	text, pad float32
}

// set changes the text size and margin, reporting whether they changed.
func (t *editTheme) set(text, pad float64) bool {
	nt, np := float32(text), float32(pad)
	if nt == t.text && np == t.pad {
		return false
	}
	t.text, t.pad = nt, np
	return true
}

// Size is the app theme's, but for the text size and the margin inside
// the border, which put the text where the card has it.
func (t *editTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return t.text
	case theme.SizeNameInnerPadding:
		return max(1, t.pad-t.Theme.Size(theme.SizeNameInputBorder))
	}
	return t.Theme.Size(n)
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
	v.editor, v.editID, v.editBox = nil, argmap.NilID, nil
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
