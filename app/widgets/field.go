package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Field shows an entry in a scrolling panel (the inspector): it
// grows with its text up to MaxRows lines, and while its text fits it
// passes the mouse wheel on to the panel's scroll container. While it
// grows under typing it keeps its bottom, where the caret is, in view, and
// when Tab or Shift+Tab moves the keyboard to it the panel scrolls it into
// view (the whole field where it fits, else its caret line).
//
// Why: a word-wrapping Fyne entry keeps a scroller of its own, and Fyne's
// driver gives a wheel event to the deepest scrollable object under the
// pointer, which takes it even with nothing to scroll; so a panel stopped
// scrolling whenever the pointer passed over a field. A text longer than
// MaxRows lines still scrolls in its entry.
type Field struct {
	widget.BaseWidget
	Entry   *widget.Entry
	MaxRows int

	outer *container.Scroll
	wheel *wheel
	shown float32 // the height last laid out

	measure      *widget.RichText // the entry's text, wrapped as the entry wraps it
	measuredText string
	measuredW    float32
	measuredH    float32
}

// NewField wraps an entry whose wheel events go to outer while its text
// fits in maxRows lines (always, for a one-line entry).
func NewField(e *widget.Entry, outer *container.Scroll, maxRows int) *Field {
	f := &Field{Entry: e, MaxRows: maxRows, outer: outer}
	f.wheel = &wheel{f: f}
	f.wheel.ExtendBaseWidget(f.wheel)
	f.measure = widget.NewRichTextWithText("")
	f.measure.Wrapping = fyne.TextWrapWord
	f.ExtendBaseWidget(f)
	return f
}

// textHeight is the height the entry needs to show its whole text at
// width w without scrolling (a plain rich text of the same width wraps as
// the entry's does and has the same padding, less the entry's border).
func (f *Field) textHeight(w float32) float32 {
	text := f.Entry.Text
	if text == "" || !f.Entry.MultiLine { // a one-line entry's scroller only pans it sideways
		return 0
	}
	if text != f.measuredText || w != f.measuredW {
		seg := f.measure.Segments[0].(*widget.TextSegment)
		seg.Text = text
		seg.Style.TextStyle = f.Entry.TextStyle
		f.measure.Resize(fyne.NewSize(w, f.measure.Size().Height))
		f.measure.Refresh()
		f.measuredText, f.measuredW = text, w
		f.measuredH = f.measure.MinSize().Height
	}
	return f.measuredH
}

// lineHeight is the height of one line of the entry's text.
func (f *Field) lineHeight() float32 {
	return fyne.MeasureText("M", f.Entry.Theme().Size(theme.SizeNameText), f.Entry.TextStyle).Height
}

// maxHeight is the tallest the field grows: MaxRows lines.
func (f *Field) maxHeight() float32 {
	return f.lineHeight()*float32(f.MaxRows) + 2*f.Entry.Theme().Size(theme.SizeNameInnerPadding)
}

// height is the field's height at width w: the entry's own minimum, grown
// to its text up to MaxRows lines.
func (f *Field) height(w float32) float32 {
	h := f.Entry.MinSize().Height
	if w <= 0 {
		return h
	}
	return max(h, min(f.textHeight(w), f.maxHeight()))
}

// fits reports whether the entry shows its whole text at size s, so that
// it has nothing of its own to scroll.
func (f *Field) fits(s fyne.Size) bool {
	return s.Width > 0 && f.textHeight(s.Width) <= s.Height
}

// sync lets the wheel through to the entry only when its text does not
// fit.
func (f *Field) sync(s fyne.Size) {
	if f.fits(s) || s.Width <= 0 {
		f.wheel.Show()
	} else {
		f.wheel.Hide()
	}
}

// MinSize is the entry's minimum grown to its text at the current width;
// a text changed by typing changes it, and Fyne lays the panel out again.
func (f *Field) MinSize() fyne.Size {
	f.ExtendBaseWidget(f)
	s := f.Size()
	f.sync(fyne.NewSize(s.Width, max(s.Height, f.height(s.Width))))
	return fyne.NewSize(f.Entry.MinSize().Width, f.height(s.Width))
}

// CreateRenderer is Fyne's; the wheel catcher lies over the entry.
func (f *Field) CreateRenderer() fyne.WidgetRenderer {
	return &fieldRenderer{f: f, objects: []fyne.CanvasObject{f.Entry, f.wheel}}
}

type fieldRenderer struct {
	f       *Field
	objects []fyne.CanvasObject
}

func (r *fieldRenderer) Layout(s fyne.Size) {
	f := r.f
	f.Entry.Resize(s)
	f.wheel.Resize(s)
	f.sync(s)
	grew := f.shown > 0 && s.Height > f.shown
	f.shown = s.Height
	if c := fyne.CurrentApp().Driver().CanvasForObject(f); grew && c != nil && c.Focused() == f.Entry {
		// After the panel around it is laid out anew (a queued call).
		fyne.Do(func() { f.reveal(false) })
	}
}

// The field is a tab stop ahead of its entry (Fyne's focus manager visits
// a parent before its children, forwards and backwards alike), so that
// Tab and Shift+Tab pass through it on the way to the entry: Fyne's
// containers do not scroll to what gets the focus, and a plain entry says
// nothing when it gets it. A click focuses the entry directly.

// FocusGained gives the focus on to the entry and scrolls the panel to
// show it.
func (f *Field) FocusGained() {
	c := fyne.CurrentApp().Driver().CanvasForObject(f)
	if c == nil {
		return
	}
	c.Focus(f.Entry)
	if c.Focused() == f.Entry {
		f.reveal(true)
	}
}

// FocusLost is Fyne's; the field keeps the focus only on its way to the
// entry.
func (f *Field) FocusLost() {}

// TypedRune passes a typed character to the entry (there is none while
// the field has the focus; Fyne's Focusable asks for it).
func (f *Field) TypedRune(r rune) { f.Entry.TypedRune(r) }

// TypedKey passes a key to the entry, as TypedRune.
func (f *Field) TypedKey(ev *fyne.KeyEvent) { f.Entry.TypedKey(ev) }

// Disabled is the entry's, so that the tab stop of a disabled entry is
// skipped as the entry is.
func (f *Field) Disabled() bool { return f.Entry.Disabled() }

// Enable enables the entry.
func (f *Field) Enable() { f.Entry.Enable() }

// Disable disables the entry.
func (f *Field) Disable() { f.Entry.Disable() }

// reveal scrolls the panel so that the whole field shows where it fits;
// else its caret line (caret) or its bottom (while it grows under typing,
// the caret is there).
func (f *Field) reveal(caret bool) {
	s := f.outer
	if s == nil || s.Content == nil {
		return
	}
	c := s.Content
	if min := c.MinSize(); c.Size().Height < min.Height {
		c.Resize(fyne.NewSize(c.Size().Width, min.Height))
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(f).Y - d.AbsolutePositionForObject(c).Y
	bottom := top + f.Size().Height
	view := s.Size().Height
	if bottom-top > view && caret {
		line := f.lineHeight()
		pad := f.Entry.Theme().Size(theme.SizeNameInnerPadding)
		at := min(top+pad+float32(f.Entry.CursorRow)*line, bottom-line-pad)
		top, bottom = at-pad, at+line+pad
	}
	y := s.Offset.Y
	if bottom > y+view {
		y = bottom - view
	}
	if top < y && bottom-top <= view {
		y = top
	}
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
}

func (r *fieldRenderer) MinSize() fyne.Size           { return r.f.MinSize() }
func (r *fieldRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *fieldRenderer) Destroy()                     {}
func (r *fieldRenderer) Refresh() {
	r.f.sync(r.f.Size())
	r.f.Entry.Refresh()
}

// wheel lies over a Field's entry and takes only wheel events (clicks,
// drags, hovering go to the entry beneath, which the driver finds by the
// kind of event), passing them to the panel's scroll container.
type wheel struct {
	widget.BaseWidget
	f *Field
}

// Scrolled is Fyne's.
func (w *wheel) Scrolled(ev *fyne.ScrollEvent) {
	if w.f.outer != nil {
		w.f.outer.Scrolled(ev)
	}
}

// CreateRenderer is Fyne's: the catcher draws nothing.
func (w *wheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}
