package mapview

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// ArgMark is what the evaluation uses of one argument, drawn on its arrow:
// the scheme's name, the critical questions asked of it, and whether it
// applies.
type ArgMark struct {
	Scheme    string     // short name of the argument's scheme, or ""
	Questions []Question // the critical questions asked, in order
	// Inapplicable: the argument does not apply (an open critical
	// question, an undercutter that stands, premises that fall): its
	// arrow is drawn dashed and faint, so that an IN reason into an OUT
	// claim explains itself.
	Inapplicable bool
}

// Question is one asked critical question of an argument.
type Question struct {
	Text     string
	Answered bool // answered or withdrawn; open otherwise
}

// Marker metrics, pixels (the same at every zoom, shown from markZoom up).
const (
	markSize  = 15.0
	markText  = 10.0
	tipWidth  = 320.0
	markZoom  = 0.35 // below it, scheme labels and markers are not drawn
	glyphSize = 14.0 // the + / − disc on an arrow
)

// SetArgMarks sets the scheme labels, critical-question markers and
// applicability of the arguments (nil: none).
func (v *View) SetArgMarks(marks map[argmap.ID]ArgMark) {
	v.marks = marks
	v.redraw()
}

// argObjs are the pooled canvas objects of one argument's marks.
type argObjs struct {
	glyphBg *canvas.Circle
	glyph   *canvas.Text
	pillBg  *canvas.Rectangle
	pill    *canvas.Text
	qBg     []*canvas.Circle
	qText   []*canvas.Text
	qRects  []scene.Rect // screen rectangles of the question markers
	placed  span
}

// markHit is a drawn question marker, for hover and click.
type markHit struct {
	r    scene.Rect
	edge argmap.ID
	q    int
}

// markStrip is the width, pixels, of what placeArgMarks draws of mk to
// the right of its anchor (from the anchor itself), and the width of its
// scheme label's text.
func markStrip(mk ArgMark) (w, textW float64) {
	w = 8
	if mk.Scheme != "" {
		textW = float64(fyne.MeasureText(mk.Scheme, markText, fyne.TextStyle{Italic: true}).Width)
		w += textW + 16
	}
	return w + float64(len(mk.Questions))*(markSize+4), textW
}

// MarkRects returns the map rectangles covered by the scheme labels and
// question markers of the arrows that pass through area: what a new card
// must not land on. The marks keep their size in pixels, so they are
// measured at the zoom shown, taken as at least markZoom (below it they
// are not drawn, but show again on zooming in) and at most 1.
func (v *View) MarkRects(area scene.Rect) []scene.Rect {
	if v.scene == nil || len(v.marks) == 0 {
		return nil
	}
	z := math.Max(markZoom, math.Min(1, v.tr.Zoom))
	_, edges := v.scene.Visible(area.Inset(tipWidth / z)) // a label reaches right of its arrow
	var rs []scene.Rect
	for _, i := range edges {
		e := &v.scene.Edges[i]
		mk, ok := v.marks[e.ID]
		if !ok || (mk.Scheme == "" && len(mk.Questions) == 0) {
			continue
		}
		w, _ := markStrip(mk)
		a := render.MarkAnchor(e)
		rs = append(rs, scene.Rect{X: a.X + 8/z, Y: a.Y - markSize/2/z, W: (w - 8 - 4) / z, H: markSize / z})
	}
	return rs
}

// placeArgMarks draws the polarity glyph near the arrowhead, and the
// scheme label and question markers at the anchor.
func (r *renderer) placeArgMarks(objs []fyne.CanvasObject, e *scene.Edge, tr scene.Transform, col color.NRGBA) []fyne.CanvasObject {
	v := r.v
	if tr.Zoom < markZoom {
		return objs
	}
	k := r.args[e.ID]
	if k == nil {
		k = &argObjs{}
		r.args[e.ID] = k
	}
	// Pro and con differ by more than colour: a + or − disc on the arrow,
	// a little before its head.
	if e.Kind != scene.EdgeUndercut && len(e.Segs) > 0 {
		tip := tr.ToScreen(e.Tip)
		g := scene.Point{X: tip.X - e.Dir.X*(headRadius*2+glyphSize*0.9), Y: tip.Y - e.Dir.Y*(headRadius*2+glyphSize*0.9)}
		if k.glyphBg == nil {
			k.glyphBg, k.glyph = canvas.NewCircle(nil), canvas.NewText("", nil)
			k.glyph.Alignment = fyne.TextAlignCenter
			r.created += 2
		}
		k.glyphBg.FillColor = r.pal.bg
		k.glyphBg.StrokeColor, k.glyphBg.StrokeWidth = col, 1.5
		k.glyphBg.Move(fyne.NewPos(float32(g.X-glyphSize/2), float32(g.Y-glyphSize/2)))
		k.glyphBg.Resize(fyne.NewSize(glyphSize, glyphSize))
		s := "+"
		if e.Kind == scene.EdgeCon {
			s = "−"
		}
		setText(k.glyph, s, 12, true, col)
		k.glyph.Move(fyne.NewPos(float32(g.X-glyphSize/2), float32(g.Y-glyphSize/2-2)))
		k.glyph.Resize(fyne.NewSize(glyphSize, glyphSize))
		objs = append(objs, k.glyphBg, k.glyph)
	}
	mk, ok := v.marks[e.ID]
	if !ok || (mk.Scheme == "" && len(mk.Questions) == 0) {
		return objs
	}
	a := tr.ToScreen(render.MarkAnchor(e))
	x, y := a.X+8, a.Y-markSize/2
	if mk.Scheme != "" {
		if k.pillBg == nil {
			k.pillBg, k.pill = canvas.NewRectangle(nil), canvas.NewText("", nil)
			r.created += 2
		}
		_, tw := markStrip(mk)
		k.pillBg.FillColor = withAlpha(r.pal.bg, 230)
		k.pillBg.StrokeColor, k.pillBg.StrokeWidth = withAlpha(r.pal.muted, 160), 1
		k.pillBg.CornerRadius = markSize / 2
		k.pillBg.Move(fyne.NewPos(float32(x), float32(y)))
		k.pillBg.Resize(fyne.NewSize(float32(tw+12), markSize))
		k.pill.TextStyle = fyne.TextStyle{Italic: true}
		setTextStyled(k.pill, mk.Scheme, markText, fyne.TextStyle{Italic: true}, r.pal.muted)
		k.pill.Move(fyne.NewPos(float32(x+6), float32(y+1)))
		objs = append(objs, k.pillBg, k.pill)
		x += tw + 16
	}
	k.qRects = k.qRects[:0]
	for i, q := range mk.Questions {
		for len(k.qBg) <= i {
			c, t := canvas.NewCircle(nil), canvas.NewText("?", nil)
			t.Alignment = fyne.TextAlignCenter
			k.qBg, k.qText = append(k.qBg, c), append(k.qText, t)
			r.created += 2
		}
		c, t := k.qBg[i], k.qText[i]
		fg := white
		if q.Answered {
			c.FillColor = r.pal.bg
			c.StrokeColor, c.StrokeWidth = scene.ColorIn, 1.5
			fg = scene.ColorIn
		} else {
			c.FillColor = scene.ColorUndec
			c.StrokeColor, c.StrokeWidth = scene.ColorUndec, 0
		}
		if v.hoverQ.edge == e.ID && v.hoverQ.q == i {
			c.StrokeColor, c.StrokeWidth = r.pal.sel, 2.5
		}
		c.Move(fyne.NewPos(float32(x), float32(y)))
		c.Resize(fyne.NewSize(markSize, markSize))
		setText(t, "?", markText+1, true, fg)
		t.Move(fyne.NewPos(float32(x), float32(y)))
		t.Resize(fyne.NewSize(markSize, markSize-1))
		rect := scene.Rect{X: x, Y: y, W: markSize, H: markSize}
		k.qRects = append(k.qRects, rect)
		r.hits = append(r.hits, markHit{r: rect, edge: e.ID, q: i})
		objs = append(objs, c, t)
		x += markSize + 4
	}
	return objs
}

// questionAt returns the question marker at screen point s.
func (v *View) questionAt(s scene.Point) (markHit, bool) {
	if v.r == nil {
		return markHit{}, false
	}
	return v.r.questionAt(s)
}

// questionAt returns the question marker drawn at screen point s.
func (r *renderer) questionAt(s scene.Point) (markHit, bool) {
	for i := len(r.hits) - 1; i >= 0; i-- {
		h := r.hits[i]
		if h.r.Inset(2).Contains(s) {
			return h, true
		}
	}
	return markHit{}, false
}

// tipText is what the question tip shows: the hovered marker's question.
func (v *View) tipText() (string, scene.Rect) {
	if v.r == nil {
		return "", scene.Rect{}
	}
	return v.r.tipText()
}

// tipText is View.tipText, placed at the marker as drawn. Not for the
// selected argument: a tip that outlived the hover stayed over the map, the
// menus and the dialogs; the inspector lists the selected argument's
// questions.
func (r *renderer) tipText() (string, scene.Rect) {
	h := r.v.hoverQ
	k := r.args[h.edge]
	qs := r.v.marks[h.edge].Questions
	if h.edge == argmap.NilID || k == nil || h.q < 0 || h.q >= len(qs) || h.q >= len(k.qRects) {
		return "", scene.Rect{}
	}
	state := "open"
	if qs[h.q].Answered {
		state = "answered"
	}
	return "Critical question (" + state + "): " + qs[h.q].Text, k.qRects[h.q]
}

// placeTip draws the question tip beside its marker, inside the view.
func (r *renderer) placeTip(objs []fyne.CanvasObject) []fyne.CanvasObject {
	s, at := r.tipText()
	if s == "" {
		return objs
	}
	if r.tipBg == nil {
		r.tipBg = canvas.NewRectangle(nil)
		r.tipBg.CornerRadius = 4
		r.tipBg.StrokeWidth = 1
	}
	var lines []string
	for _, p := range strings.Split(s, "\n") {
		lines = append(lines, scene.Wrap(p, tipWidth-16, 12, false, Measure)...)
	}
	for len(r.tipLines) < len(lines) {
		r.tipLines = append(r.tipLines, canvas.NewText("", nil))
	}
	_, lh := Measure("X", 12, false)
	h := float64(len(lines))*lh + 12
	x, y := at.X, at.Y+at.H+6
	if x+tipWidth > float64(r.v.size.Width) {
		x = math.Max(0, float64(r.v.size.Width)-tipWidth)
	}
	if y+h > float64(r.v.size.Height) {
		y = math.Max(0, at.Y-h-6)
	}
	r.tipBg.FillColor = r.pal.card
	r.tipBg.StrokeColor = scene.ColorUndec
	r.tipBg.Move(fyne.NewPos(float32(x), float32(y)))
	r.tipBg.Resize(fyne.NewSize(tipWidth, float32(h)))
	r.tipBg.Refresh()
	objs = append(objs, r.tipBg)
	for i, l := range lines {
		t := r.tipLines[i]
		setText(t, l, 12, false, r.pal.fg)
		t.Move(fyne.NewPos(float32(x+8), float32(y+6+float64(i)*lh)))
		objs = append(objs, t)
	}
	return objs
}

// setTextStyled is setText with any style.
func setTextStyled(t *canvas.Text, s string, size float64, st fyne.TextStyle, c color.NRGBA) {
	if t.Text == s && t.TextSize == float32(size) && t.TextStyle == st && t.Color == c {
		return
	}
	t.Text, t.TextSize, t.TextStyle, t.Color = s, float32(size), st, c
	t.Refresh()
}
