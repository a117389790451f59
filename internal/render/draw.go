package render

import (
	"image/color"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// Surface is what a scene is drawn on: the SVG writer, the PNG rasteriser
// and the PDF writer (internal/pdf) each implement it, so that the three
// exports share one drawing path (Draw) and cannot drift apart. All
// coordinates are map units.
type Surface interface {
	// Line strokes a segment w wide, solid or in dash's dashes (each
	// segment's pattern starts at a with a dash).
	Line(a, b scene.Point, w float64, c color.NRGBA, dash Dash)
	// Poly fills a polygon.
	Poly(c color.NRGBA, pts ...scene.Point)
	// Circle fills a disc.
	Circle(ctr scene.Point, r float64, c color.NRGBA)
	// RoundRect fills box with corners of radius r and, when sw > 0,
	// strokes its border sw wide inside the box.
	RoundRect(box scene.Rect, r float64, fill, stroke color.NRGBA, sw float64)
	// Text draws one line with its top-left at q; w is its width measured
	// with the bundled font (Measure), which the line must not exceed.
	Text(q scene.Point, size float64, bold bool, c color.NRGBA, s string, w float64) error
	// Group starts (open) or ends the drawing of one card, or of one
	// argument's marks.
	Group(open bool)
}

// Dash is a dash pattern: On long, then Gap long, in map units; the zero
// Dash is a solid line.
type Dash struct{ On, Gap float64 }

// Dash patterns of the map: an undercutter's arrow, an argument that does
// not apply, a suggestion.
var (
	Solid      = Dash{}
	Undercut   = Dash{On: 7, Gap: 5}
	Off        = Dash{On: 4, Gap: 4}
	Suggestion = Dash{On: proposedDash, Gap: proposedGap}
)

// Draw draws the cards and edges of s that meet view (all of them when
// view is empty) on dst, as the canvas does at zoom 1: edges first (an
// argument that does not apply dashed and faint, a suggestion dashed and
// faded), then cards above them with each card's evaluation badge, then
// on top the arguments' marks: the + / − disc of each arrow, and the
// scheme labels and critical-question markers of mk (ArgMarks).
func Draw(s *scene.Scene, mk Marks, dst Surface, view scene.Rect) error {
	o := s.Options()
	all := view.Empty()
	for i := range s.Edges {
		e := &s.Edges[i]
		if !all && !e.Bounds.Inset(headSize).Intersects(view) {
			continue
		}
		drawEdge(dst, e, edgeColor(e, mk[e.ID]), mk[e.ID].Inapplicable)
	}
	for i := range s.Cards {
		c := &s.Cards[i]
		if !all && !c.Box.Intersects(view) {
			continue
		}
		if err := drawCard(dst, c, o); err != nil {
			return err
		}
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		m := mk[e.ID]
		p := placeMarks(e, m)
		if p.bounds.Empty() || !all && !p.bounds.Intersects(view) {
			continue
		}
		dst.Group(true)
		err := drawMarks(dst, e, m, p, edgeColor(e, m))
		dst.Group(false)
		if err != nil {
			return err
		}
	}
	return nil
}

// edgeColor is the colour of edge e's arrow: its kind's, faint when the
// argument does not apply or is a suggestion, faded when dimmed. The
// canvas lowers the opacity; a picture mixes with the paper instead, the
// same on white and opaque in every format.
func edgeColor(e *scene.Edge, mk ArgMark) color.NRGBA {
	col := scene.EdgeColor(e.Kind)
	if mk.Inapplicable {
		col = mix(paper, col, inappAlpha)
	}
	return faint(fade(col, e.Dimmed), e.Proposed)
}

// drawEdge draws e's legs and arrowhead in col; off (an argument that
// does not apply) draws the legs in short dashes, as a suggestion's are.
func drawEdge(dst Surface, e *scene.Edge, col color.NRGBA, off bool) {
	dash := Solid
	switch {
	case e.Proposed:
		dash = Suggestion
	case off:
		dash = Off
	case e.Kind == scene.EdgeUndercut:
		dash = Undercut
	}
	for k, sg := range e.Segs {
		b := sg.B
		if k == len(e.Segs)-1 { // stop at the arrowhead's base
			b = scene.Point{X: b.X - e.Dir.X*headSize, Y: b.Y - e.Dir.Y*headSize}
		}
		// One element a leg with its dash pattern, not one a dash: an
		// inapplicable cross-link of a big map was thousands of lines.
		dst.Line(sg.A, b, 2, col, dash)
	}
	hd := head(e.Tip, e.Dir, headSize)
	dst.Poly(col, hd[0], hd[1], hd[2])
	if e.Joined {
		dst.Circle(e.Junction, 4, col)
	}
}

func drawCard(dst Surface, c *scene.Card, o scene.Options) error {
	sw := 1.5
	if c.Bold {
		sw = 2.4
	}
	dst.Group(true)
	defer dst.Group(false)
	// As on the canvas, the border and the label always show the role;
	// a user's colour washes the fill and runs down the left edge.
	user := c.Accent != c.RoleColor
	fill, border := mix(paper, c.RoleColor, 0.10), fade(c.RoleColor, c.Dimmed)
	if user {
		fill = mix(paper, c.Accent, 0.22)
	}
	fill = fade(fill, c.Dimmed)
	if c.Proposed {
		// A suggestion: faded, its border dashed.
		dst.RoundRect(c.Box, 6, faint(fill, true), color.NRGBA{}, 0)
		cardDashes(dst, c.Box, sw, faint(border, true))
	} else {
		dst.RoundRect(c.Box, 6, fill, border, sw)
	}
	if user {
		dst.RoundRect(scene.Rect{X: c.Box.X + 2, Y: c.Box.Y + 3, W: 7, H: c.Box.H - 6}, 3, fade(c.Accent, c.Dimmed), color.NRGBA{}, 0)
	}
	at := func(t scene.Text) scene.Point { return scene.Point{X: c.Box.X + t.X, Y: c.Box.Y + t.Y} }
	text := func(q scene.Point, size float64, bold bool, col color.NRGBA, s string) error {
		if s == "" {
			return nil
		}
		w, _ := Measure(s, size, bold)
		return dst.Text(q, size, bold, col, s, w)
	}
	if err := text(at(c.Label), o.LabelSize, true, faint(fade(c.RoleColor, c.Dimmed), c.Proposed), c.Label.S); err != nil {
		return err
	}
	if c.Status != eval.Unlabelled {
		bd := c.Badge
		r := scene.Rect{X: c.Box.X + bd.X, Y: c.Box.Y + bd.Y, W: bd.W, H: bd.H}
		dst.RoundRect(r, bd.H/2, fade(scene.StatusColor(c.Status), c.Dimmed), color.NRGBA{}, 0)
		t := scene.StatusText(c.Status)
		tw, _ := Measure(t, o.LabelSize, true)
		if err := text(scene.Point{X: r.X + (r.W-tw)/2, Y: r.Y + 2}, o.LabelSize, true, white, t); err != nil {
			return err
		}
	}
	for _, l := range c.Lines {
		if err := text(at(l), o.TextSize, c.Bold, faint(fade(ink, c.Dimmed), c.Proposed), l.S); err != nil {
			return err
		}
	}
	return text(at(c.Marks), o.LabelSize, false, fade(muted, c.Dimmed), c.Marks.S)
}

// cardDashes draws the dashed border of a suggestion's card: dashes
// along the straight part of each side, sw wide inside the box.
func cardDashes(dst Surface, box scene.Rect, sw float64, col color.NRGBA) {
	const rad = 6.0
	b := box.Inset(-sw / 2)
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	side := func(a, c scene.Point) { dst.Line(a, c, sw, col, Suggestion) }
	side(scene.Point{X: x0 + rad, Y: y0}, scene.Point{X: x1 - rad, Y: y0})
	side(scene.Point{X: x1, Y: y0 + rad}, scene.Point{X: x1, Y: y1 - rad})
	side(scene.Point{X: x1 - rad, Y: y1}, scene.Point{X: x0 + rad, Y: y1})
	side(scene.Point{X: x0, Y: y1 - rad}, scene.Point{X: x0, Y: y0 + rad})
}

// Status returns m's grounded evaluation (eval.Evaluate), which gives
// the badges as the canvas shows them with the evaluation on: what a
// handout needs.
func Status(m *argmap.Map) scene.Labels { return eval.Evaluate(m) }
