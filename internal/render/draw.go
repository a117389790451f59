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
	// Line strokes a segment w wide; dashed draws it as 7-on, 5-off dashes.
	Line(a, b scene.Point, w float64, c color.NRGBA, dashed bool)
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
	// Group starts (open) or ends the drawing of one card.
	Group(open bool)
}

// Draw draws the cards and edges of s that meet view (all of them when
// view is empty) on dst: edges first, then cards above them, as the
// canvas does, with each card's evaluation badge.
func Draw(s *scene.Scene, dst Surface, view scene.Rect) error {
	o := s.Options()
	all := view.Empty()
	for i := range s.Edges {
		e := &s.Edges[i]
		if !all && !e.Bounds.Inset(headSize).Intersects(view) {
			continue
		}
		col := fade(scene.EdgeColor(e.Kind), e.Dimmed)
		for k, sg := range e.Segs {
			b := sg.B
			if k == len(e.Segs)-1 { // stop at the arrowhead's base
				b = scene.Point{X: b.X - e.Dir.X*headSize, Y: b.Y - e.Dir.Y*headSize}
			}
			dst.Line(sg.A, b, 2, col, e.Kind == scene.EdgeUndercut)
		}
		hd := head(e.Tip, e.Dir, headSize)
		dst.Poly(col, hd[0], hd[1], hd[2])
		if e.Joined {
			dst.Circle(e.Junction, 4, col)
		}
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
	return nil
}

func drawCard(dst Surface, c *scene.Card, o scene.Options) error {
	sw := 1.5
	if c.Bold {
		sw = 2.4
	}
	dst.Group(true)
	defer dst.Group(false)
	dst.RoundRect(c.Box, 6, fade(mix(paper, c.Accent, 0.10), c.Dimmed), fade(c.Accent, c.Dimmed), sw)
	at := func(t scene.Text) scene.Point { return scene.Point{X: c.Box.X + t.X, Y: c.Box.Y + t.Y} }
	text := func(q scene.Point, size float64, bold bool, col color.NRGBA, s string) error {
		if s == "" {
			return nil
		}
		w, _ := Measure(s, size, bold)
		return dst.Text(q, size, bold, col, s, w)
	}
	if err := text(at(c.Label), o.LabelSize, true, fade(c.RoleColor, c.Dimmed), c.Label.S); err != nil {
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
		if err := text(at(l), o.TextSize, c.Bold, fade(ink, c.Dimmed), l.S); err != nil {
			return err
		}
	}
	return text(at(c.Marks), o.LabelSize, false, fade(muted, c.Dimmed), c.Marks.S)
}

// Status returns m's grounded evaluation (eval.Evaluate), which gives
// the badges as the canvas shows them with the evaluation on: what a
// handout needs.
func Status(m *argmap.Map) scene.Labels { return eval.Evaluate(m) }
