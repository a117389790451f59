package pdf

import (
	"image/color"
	"math"

	"github.com/go-pdf/fpdf"

	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// surface is a render.Surface on a PDF page: map point (vx, vy) lands at
// page point (ox, oy), k points per map unit.
type surface struct {
	f              *fpdf.Fpdf
	ox, oy, vx, vy float64
	k              float64
}

var _ render.Surface = (*surface)(nil)

func (s *surface) pt(p scene.Point) (float64, float64) {
	return s.ox + (p.X-s.vx)*s.k, s.oy + (p.Y-s.vy)*s.k
}

func (s *surface) fill(c color.NRGBA) { s.f.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (s *surface) draw(c color.NRGBA) { s.f.SetDrawColor(int(c.R), int(c.G), int(c.B)) }

// Line strokes a segment, with round caps as the canvas draws them.
func (s *surface) Line(a, b scene.Point, w float64, c color.NRGBA, dash render.Dash) {
	s.draw(c)
	s.f.SetLineWidth(w * s.k)
	dashed := dash != render.Solid
	if dashed {
		s.f.SetDashPattern([]float64{dash.On * s.k, dash.Gap * s.k}, 0)
	}
	x1, y1 := s.pt(a)
	x2, y2 := s.pt(b)
	s.f.Line(x1, y1, x2, y2)
	if dashed {
		s.f.SetDashPattern(nil, 0)
	}
}

// Poly fills a polygon.
func (s *surface) Poly(c color.NRGBA, pts ...scene.Point) {
	ps := make([]fpdf.PointType, len(pts))
	for i, p := range pts {
		ps[i].X, ps[i].Y = s.pt(p)
	}
	s.fill(c)
	s.f.Polygon(ps, "F")
}

// Circle fills a disc.
func (s *surface) Circle(ctr scene.Point, r float64, c color.NRGBA) {
	x, y := s.pt(ctr)
	s.fill(c)
	s.f.Circle(x, y, r*s.k, "F")
}

// RoundRect fills the box and strokes its border inside it.
func (s *surface) RoundRect(box scene.Rect, r float64, fill, stroke color.NRGBA, sw float64) {
	style := "F"
	if sw > 0 {
		box, r = box.Inset(-sw/2), r-sw/4
		s.draw(stroke)
		s.f.SetLineWidth(sw * s.k)
		style = "FD"
	}
	x, y := s.pt(scene.Point{X: box.X, Y: box.Y})
	s.fill(fill)
	s.roundedRect(x, y, box.W*s.k, box.H*s.k, r*s.k, style)
}

// roundedRect paints a rectangle with rounded corners, in points. Not
// fpdf's RoundedRect: it saves the graphics state ("q", the path it shares
// with ClipRoundedRect) and never restores it, so after a map's hundreds
// of cards the clip of the map area was never lifted and the page's
// footer and the tiles' page labels were clipped away.
func (s *surface) roundedRect(x, y, w, h, r float64, style string) {
	const c = 0.5523 // cubic Bézier approximation of a quarter circle
	r = math.Max(0, math.Min(r, math.Min(w, h)/2))
	f := s.f
	f.MoveTo(x+r, y)
	f.LineTo(x+w-r, y)
	f.CurveBezierCubicTo(x+w-r+r*c, y, x+w, y+r-r*c, x+w, y+r)
	f.LineTo(x+w, y+h-r)
	f.CurveBezierCubicTo(x+w, y+h-r+r*c, x+w-r+r*c, y+h, x+w-r, y+h)
	f.LineTo(x+r, y+h)
	f.CurveBezierCubicTo(x+r-r*c, y+h, x, y+h-r+r*c, x, y+h-r)
	f.LineTo(x, y+r)
	f.CurveBezierCubicTo(x, y+r-r*c, x+r-r*c, y, x+r, y)
	f.ClosePath()
	f.DrawPath(style)
}

// Text sets one line in the embedded font, the one it was measured with.
// fpdf applies no kerning where the measure did, so a line that comes out
// wider than w is set a little smaller: it never leaves its card.
func (s *surface) Text(q scene.Point, size float64, bold bool, c color.NRGBA, str string, w float64) error {
	style := ""
	if bold {
		style = "B"
	}
	str = printable(str)
	s.f.SetFont("noto", style, size*s.k)
	if gw := s.f.GetStringWidth(str); w > 0 && gw > w*s.k {
		s.f.SetFontSize(size * s.k * w * s.k / gw)
	}
	s.f.SetTextColor(int(c.R), int(c.G), int(c.B))
	x, y := s.pt(scene.Point{X: q.X, Y: q.Y + render.Ascent(size, bold)})
	s.f.Text(x, y, str)
	return nil
}

// Group does nothing: the cards need no structure in print.
func (s *surface) Group(bool) {}
