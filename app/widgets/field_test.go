package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestFieldPassesOnlyTheWheel: over a Field, a click focuses its entry,
// typing goes into it and a drag selects in it; only the wheel goes to the
// enclosing scroll container; and the field grows with its text up to
// MaxRows lines, no further.
func TestFieldPassesOnlyTheWheel(t *testing.T) {
	win := test.NewTempApp(t).NewWindow("field")
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	box := container.NewVBox()
	scroll := container.NewVScroll(box)
	f := NewField(e, scroll, 6)
	box.Objects = []fyne.CanvasObject{widget.NewLabel("above"), f, widget.NewLabel("below")}
	for range 40 {
		box.Objects = append(box.Objects, widget.NewLabel("filler"))
	}
	win.SetContent(scroll)
	win.Resize(fyne.NewSize(300, 300))

	short := f.MinSize().Height
	e.SetText(strings.Repeat("word ", 15)) // several lines at this width
	grown := f.MinSize().Height
	e.SetText(strings.Repeat("line\n", 100))
	capped := f.MinSize().Height
	if !(short < grown && grown < capped) || capped != f.maxHeight() {
		t.Errorf("heights empty %v, several lines %v, 100 lines %v: want growing up to %v", short, grown, capped, f.maxHeight())
	}
	e.SetText("one line")
	box.Refresh()

	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f).Add(fyne.NewPos(10, 10))
	// What the driver gives a click, a drag, the pointer's shape to: the
	// deepest such object under the pointer, the last met walking down.
	for _, kind := range []struct {
		name  string
		match func(fyne.CanvasObject) bool
	}{
		{"click", func(o fyne.CanvasObject) bool { _, ok := o.(desktop.Mouseable); return ok }},
		{"tap", func(o fyne.CanvasObject) bool { _, ok := o.(fyne.Tappable); return ok }},
		{"drag", func(o fyne.CanvasObject) bool { _, ok := o.(fyne.Draggable); return ok }},
		{"pointer shape", func(o fyne.CanvasObject) bool { _, ok := o.(desktop.Cursorable); return ok }},
	} {
		var got fyne.CanvasObject
		visitAll(scroll, func(o fyne.CanvasObject) {
			p, s := fyne.CurrentApp().Driver().AbsolutePositionForObject(o), o.Size()
			if pos.X >= p.X && pos.Y >= p.Y && pos.X < p.X+s.Width && pos.Y < p.Y+s.Height && kind.match(o) {
				got = o
			}
		})
		inEntry := false
		visitAll(e, func(o fyne.CanvasObject) { inEntry = inEntry || o == got })
		if !inEntry {
			t.Errorf("a %s over the field goes to %T, want its entry", kind.name, got)
		}
	}
	e.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(10, 10)}, Button: desktop.MouseButtonPrimary})
	if win.Canvas().Focused() != e {
		t.Fatalf("a click on the field focuses %v, want its entry", win.Canvas().Focused())
	}
	test.Type(e, "!")
	if !strings.Contains(e.Text, "!") {
		t.Errorf("typing into the field gives %q", e.Text)
	}
	test.Scroll(win.Canvas(), pos, 0, -30)
	if scroll.Offset.Y <= 0 {
		t.Errorf("the wheel over the field leaves the scroll container at %v", scroll.Offset)
	}
}

// visitAll calls fn on o and every visible object under it, depth first.
func visitAll(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, k := range w.Objects {
			visitAll(k, fn)
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(w).Objects() {
			visitAll(k, fn)
		}
	}
}

// TestFieldGrowingKeepsTheCaretInView: typing lines into a field at the
// bottom of the visible panel grows the field, and the panel scrolls so
// that its bottom, where the caret is, stays in view.
func TestFieldGrowingKeepsTheCaretInView(t *testing.T) {
	win := test.NewTempApp(t).NewWindow("field")
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(2)
	box := container.NewVBox()
	scroll := container.NewVScroll(box)
	f := NewField(e, scroll, 12)
	for range 6 {
		box.Add(widget.NewLabel("filler"))
	}
	box.Add(f)
	for range 20 {
		box.Add(widget.NewLabel("filler"))
	}
	win.SetContent(scroll)
	win.Resize(fyne.NewSize(300, 320))
	d := fyne.CurrentApp().Driver()
	if y := d.AbsolutePositionForObject(f).Y + f.Size().Height; y > 320 {
		t.Fatalf("the field ends at %v, below the window", y)
	}
	win.Canvas().Focus(e)
	for i := range 8 {
		test.Type(e, "line")
		if i < 7 {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
	}
	scroll.Refresh() // as the driver lays out a panel whose content grew
	bottom := d.AbsolutePositionForObject(f).Y + f.Size().Height - d.AbsolutePositionForObject(scroll).Y
	if f.Size().Height < 8*fyne.MeasureText("M", 14, fyne.TextStyle{}).Height {
		t.Errorf("the field of 8 lines is %v high", f.Size().Height)
	}
	if bottom > scroll.Size().Height+0.5 || scroll.Offset.Y == 0 {
		t.Errorf("the grown field ends at %v in a panel %v high (offset %v): its caret is out of view", bottom, scroll.Size().Height, scroll.Offset)
	}
}

// TestTabToATallFieldShowsItsCaretLine: Tab to a field taller than the
// panel scrolls the panel to the caret's line, not to the field's bottom.
func TestTabToATallFieldShowsItsCaretLine(t *testing.T) {
	win := test.NewTempApp(t).NewWindow("field")
	e := widget.NewMultiLineEntry()
	e.SetText("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten")
	box := container.NewVBox()
	scroll := container.NewVScroll(box)
	before := widget.NewEntry()
	box.Add(before)
	for range 12 {
		box.Add(widget.NewLabel("filler"))
	}
	f := NewField(e, scroll, 12)
	box.Add(f)
	win.SetContent(scroll)
	win.Resize(fyne.NewSize(300, 150))
	d := fyne.CurrentApp().Driver()
	for _, tc := range []struct {
		name string
		row  int
	}{{"caret on the first line", 0}, {"caret on the last line", 9}} {
		scroll.ScrollToTop()
		e.CursorRow = tc.row
		win.Canvas().Focus(before)
		test.FocusNext(win.Canvas())
		if win.Canvas().Focused() != e {
			t.Fatalf("%s: Tab focused %T, want the field's entry", tc.name, win.Canvas().Focused())
		}
		line := fyne.MeasureText("M", 14, fyne.TextStyle{}).Height
		caret := d.AbsolutePositionForObject(f).Y - d.AbsolutePositionForObject(scroll).Y + theme.InnerPadding() + float32(tc.row)*line
		if f.Size().Height <= scroll.Size().Height {
			t.Fatalf("the field is %v high in a panel %v high: the test needs it taller", f.Size().Height, scroll.Size().Height)
		}
		if caret < 0 || caret+line > scroll.Size().Height+0.5 {
			t.Errorf("%s: the caret line is at %v in a panel %v high (offset %v)", tc.name, caret, scroll.Size().Height, scroll.Offset)
		}
	}
}
