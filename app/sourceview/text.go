package sourceview

import (
	"image/color"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap/anchor"
)

// Text shows a source text, wrapped to its width, with ranges shaded
// behind the words: passages already mapped (pale), the passages of the
// selected claims (strong) and the user's own selection. A read-only Entry
// cannot shade ranges and RichText cannot be selected, so this widget draws
// lines of canvas.Text over rectangles and does its own selection. All
// positions are byte offsets into the UTF-8 text, as anchors are, so no
// rune/byte conversion is needed anywhere.
type Text struct {
	widget.BaseWidget

	text  string
	lines []anchor.Span // visual lines (bytes), without their line breaks
	width float32       // the width the lines were wrapped for

	shades []anchor.Span // mapped passages
	marks  []anchor.Span // passages of the selected claims

	sel        anchor.Span // the user's selection; empty when Start == End
	pressAt    int         // byte offset of the last primary press, or -1
	dragging   bool
	dragAnchor int

	// onReflow runs when wrapping changed the height (the scroll container
	// must lay the widget out again).
	onReflow func()
	// onTapped runs on a click (no drag) at a byte offset.
	onTapped func(offset int)
	// onSelected runs when a drag or a double click changed the selection.
	onSelected func(s anchor.Span)
	// onMenu runs on a right click at a byte offset and position.
	onMenu func(offset int, at fyne.Position)
}

func newText() *Text {
	t := &Text{pressAt: -1}
	t.ExtendBaseWidget(t)
	return t
}

func (t *Text) textSize() float32 { return theme.TextSize() }

func (t *Text) lineHeight() float32 {
	return fyne.MeasureText("Mg", t.textSize(), fyne.TextStyle{}).Height + 2
}

func (t *Text) pad() float32 { return theme.InnerPadding() }

// SetText replaces the text and clears the selection and the ranges.
func (t *Text) SetText(text string) {
	t.text = text
	t.sel = anchor.Span{}
	t.shades, t.marks = nil, nil
	t.wrap(t.width)
	t.Refresh()
}

// setRanges sets the shaded (mapped) and marked (selected claims) ranges.
func (t *Text) setRanges(shades, marks []anchor.Span) {
	t.shades, t.marks = shades, marks
	t.Refresh()
}

// Content returns the text shown.
func (t *Text) Content() string { return t.text }

// Shaded returns the passages shaded as mapped, by offset.
func (t *Text) Shaded() []anchor.Span { return t.shades }

// Marked returns the passages marked as the selected claims'.
func (t *Text) Marked() []anchor.Span { return t.marks }

// Selection returns the user's selection (empty when none).
func (t *Text) Selection() anchor.Span { return t.sel }

// Select sets the user's selection, clamped to the text.
func (t *Text) Select(s anchor.Span) {
	s.Start = min(max(s.Start, 0), len(t.text))
	s.End = min(max(s.End, s.Start), len(t.text))
	t.sel = s
	t.Refresh()
}

// wrap breaks the text into visual lines no wider than width.
func (t *Text) wrap(width float32) {
	t.width = width
	t.lines = t.lines[:0]
	avail := width - 2*t.pad()
	size := t.textSize()
	space := fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	pos := 0
	for pos <= len(t.text) {
		end := strings.IndexByte(t.text[pos:], '\n')
		next := pos + end + 1
		if end < 0 {
			end = len(t.text) - pos
			next = len(t.text) + 1
		}
		hard := anchor.Span{Start: pos, End: pos + end}
		if hard.End > hard.Start && t.text[hard.End-1] == '\r' {
			hard.End--
		}
		t.wrapLine(hard, avail, size, space)
		pos = next
	}
}

// wrapLine wraps one hard line at spaces, greedily.
func (t *Text) wrapLine(hard anchor.Span, avail, size, space float32) {
	start, x := hard.Start, float32(0)
	i := hard.Start
	for i < hard.End {
		// The next word: [i, j); the spaces after it: [j, k).
		j := i
		for j < hard.End && t.text[j] != ' ' {
			j++
		}
		k := j
		for k < hard.End && t.text[k] == ' ' {
			k++
		}
		w := fyne.MeasureText(t.text[i:j], size, fyne.TextStyle{}).Width
		if x > 0 && avail > 0 && x+w > avail {
			t.lines = append(t.lines, anchor.Span{Start: start, End: i})
			start, x = i, 0
		}
		// A word wider than the line (a URL) is cut where it overflows.
		for avail > 0 && w > avail {
			cut := t.fit(i, j, avail, size)
			t.lines = append(t.lines, anchor.Span{Start: start, End: cut})
			start, i = cut, cut
			w = fyne.MeasureText(t.text[i:j], size, fyne.TextStyle{}).Width
		}
		x += w + float32(k-j)*space
		i = k
	}
	t.lines = append(t.lines, anchor.Span{Start: start, End: hard.End})
}

// fit returns the end of the longest run of whole characters from i (at
// least one, at most to j) that fits in width.
func (t *Text) fit(i, j int, width, size float32) int {
	_, n := utf8.DecodeRuneInString(t.text[i:j])
	end := i + n
	for end < j {
		_, n = utf8.DecodeRuneInString(t.text[end:j])
		if fyne.MeasureText(t.text[i:end+n], size, fyne.TextStyle{}).Width > width {
			break
		}
		end += n
	}
	return end
}

// MinSize is as tall as the wrapped text; the width follows the container.
func (t *Text) MinSize() fyne.Size {
	return fyne.NewSize(120, float32(len(t.lines))*t.lineHeight()+2*t.pad())
}

// Resize rewraps the text when the width changes.
func (t *Text) Resize(s fyne.Size) {
	if s.Width != t.width {
		n := len(t.lines)
		t.wrap(s.Width)
		if len(t.lines) != n && t.onReflow != nil {
			defer t.onReflow()
		}
	}
	t.BaseWidget.Resize(s)
}

// lineAt returns the index of the visual line holding offset.
func (t *Text) lineAt(offset int) int {
	for i, l := range t.lines {
		if offset <= l.End {
			return i
		}
	}
	return max(len(t.lines)-1, 0)
}

// xAt is the x position of offset within line i.
func (t *Text) xAt(i, offset int) float32 {
	l := t.lines[i]
	offset = min(max(offset, l.Start), l.End)
	return t.pad() + fyne.MeasureText(t.text[l.Start:offset], t.textSize(), fyne.TextStyle{}).Width
}

// YOf returns the top of the line holding offset, in the widget's space.
func (t *Text) YOf(offset int) float32 {
	return t.pad() + float32(t.lineAt(offset))*t.lineHeight()
}

// OffsetAt returns the byte offset nearest to a position.
func (t *Text) OffsetAt(p fyne.Position) int {
	if len(t.lines) == 0 {
		return 0
	}
	i := int((p.Y - t.pad()) / t.lineHeight())
	if p.Y < t.pad() {
		i = 0
	}
	i = min(max(i, 0), len(t.lines)-1)
	l := t.lines[i]
	prevX := t.pad()
	for off := l.Start; off < l.End; {
		_, size := utf8.DecodeRuneInString(t.text[off:l.End])
		x := t.xAt(i, off+size)
		if p.X < (prevX+x)/2 {
			return off
		}
		prevX = x
		off += size
	}
	return l.End
}

// MouseDown records where a drag starts: the driver reports drags only
// after the mouse moved a little.
func (t *Text) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button == desktop.MouseButtonPrimary {
		t.pressAt = t.OffsetAt(ev.Position)
	}
}

// MouseUp is part of desktop.Mouseable.
func (t *Text) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection from the press to the pointer.
func (t *Text) Dragged(ev *fyne.DragEvent) {
	if !t.dragging {
		t.dragging = true
		t.dragAnchor = t.pressAt
		if t.dragAnchor < 0 {
			t.dragAnchor = t.OffsetAt(ev.Position.Subtract(ev.Dragged))
		}
	}
	o := t.OffsetAt(ev.Position)
	t.sel = anchor.Span{Start: min(o, t.dragAnchor), End: max(o, t.dragAnchor)}
	t.Refresh()
}

// DragEnd reports the selection made by the drag.
func (t *Text) DragEnd() {
	t.dragging, t.pressAt = false, -1
	if t.onSelected != nil {
		t.onSelected(t.sel)
	}
}

// Tapped clears the selection and reports the offset clicked.
func (t *Text) Tapped(ev *fyne.PointEvent) {
	t.pressAt = -1
	off := t.OffsetAt(ev.Position)
	t.sel = anchor.Span{Start: off, End: off}
	t.Refresh()
	if t.onTapped != nil {
		t.onTapped(off)
	}
}

// DoubleTapped selects the sentence under the pointer: the unit an analyst
// most often turns into a claim.
func (t *Text) DoubleTapped(ev *fyne.PointEvent) {
	off := t.OffsetAt(ev.Position)
	for _, p := range anchor.Paragraphs(t.text) {
		if off < p.Start || off > p.End {
			continue
		}
		for _, s := range anchor.Sentences(t.text, p) {
			if off >= s.Start && off <= s.End {
				t.Select(s)
				if t.onSelected != nil {
					t.onSelected(t.sel)
				}
				return
			}
		}
	}
}

// TappedSecondary opens the context menu.
func (t *Text) TappedSecondary(ev *fyne.PointEvent) {
	if t.onMenu != nil {
		t.onMenu(t.OffsetAt(ev.Position), ev.AbsolutePosition)
	}
}

// Cursor shows the text cursor over the text.
func (t *Text) Cursor() desktop.Cursor { return desktop.TextCursor }

func (t *Text) CreateRenderer() fyne.WidgetRenderer {
	r := &textRenderer{t: t}
	r.build()
	return r
}

type textRenderer struct {
	t    *Text
	objs []fyne.CanvasObject
}

func (r *textRenderer) Destroy()                     {}
func (r *textRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *textRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *textRenderer) Layout(fyne.Size)             { r.build() }
func (r *textRenderer) Refresh()                     { r.build(); canvas.Refresh(r.t) }

// Colours of the ranges: a faint grey for mapped passages (done, so they
// recede), warm and strong for the passage of the selected claim, the
// primary colour for the user's selection.
func shadeColor(a uint8) color.Color { return withAlpha(theme.Color(theme.ColorNameForeground), a) }
func selColor() color.Color          { return withAlpha(theme.Color(theme.ColorNamePrimary), 0x88) }
func markColor() color.Color         { return withAlpha(theme.Color(theme.ColorNameWarning), 0x90) }

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

// build lays out the rectangles of the ranges, then the lines of text.
func (r *textRenderer) build() {
	t := r.t
	r.objs = r.objs[:0]
	lh := t.lineHeight()
	rect := func(spans []anchor.Span, colorOf func(i int) color.Color) {
		for k, s := range spans {
			c := colorOf(k)
			if s.End <= s.Start {
				continue
			}
			for i := t.lineAt(s.Start); i < len(t.lines); i++ {
				l := t.lines[i]
				if l.Start >= s.End {
					break
				}
				a, b := max(s.Start, l.Start), min(s.End, l.End)
				x0, x1 := t.xAt(i, a), t.xAt(i, b)
				if b >= l.End && s.End > l.End {
					x1 += 4 // the passage runs on: show it past the line's end
				}
				if x1 <= x0 {
					continue
				}
				box := canvas.NewRectangle(c)
				box.Move(fyne.NewPos(x0, t.pad()+float32(i)*lh))
				box.Resize(fyne.NewSize(x1-x0, lh))
				r.objs = append(r.objs, box)
			}
		}
	}
	// Neighbouring mapped passages alternate in tone, so that where one
	// claim's passage ends and the next begins stays visible.
	pale, deeper := shadeColor(0x1c), shadeColor(0x30)
	rect(t.shades, func(i int) color.Color {
		if i%2 == 1 {
			return deeper
		}
		return pale
	})
	mark := markColor()
	rect(t.marks, func(int) color.Color { return mark })
	selc := selColor()
	rect([]anchor.Span{t.sel}, func(int) color.Color { return selc })
	fg := theme.Color(theme.ColorNameForeground)
	for i, l := range t.lines {
		if l.End == l.Start {
			continue
		}
		txt := canvas.NewText(t.text[l.Start:l.End], fg)
		txt.TextSize = t.textSize()
		txt.Move(fyne.NewPos(t.pad(), t.pad()+float32(i)*lh+1))
		txt.Resize(fyne.NewSize(t.width, lh))
		r.objs = append(r.objs, txt)
	}
}
