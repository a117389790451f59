package render

import (
	"image/color"

	"github.com/argmap/argmap/argmap/scene"
)

// Exports are drawn on white, as printed paper: the canvas colours of the
// light theme.
var (
	paper    = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	ink      = color.NRGBA{R: 0x1f, G: 0x23, B: 0x28, A: 0xff}
	muted    = color.NRGBA{R: 0x6e, G: 0x77, B: 0x81, A: 0xff}
	white    = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	margin   = 24.0 // around the map, map units
	headSize = 9.0  // arrowhead length, map units
)

func mix(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{R: f(a.R, b.R), G: f(a.G, b.G), B: f(a.B, b.B), A: 0xff}
}

// A suggestion not yet accepted keeps this share of its colour, and its
// dashes are these long (app/mapview/proposed.go).
const (
	proposedAlpha = 0.55
	proposedDash  = 6.0
	proposedGap   = 4.0
)

// faint fades c towards the paper when proposed, as the canvas lowers a
// suggestion's opacity.
func faint(c color.NRGBA, proposed bool) color.NRGBA {
	if proposed {
		return mix(paper, c, proposedAlpha)
	}
	return c
}

func fade(c color.NRGBA, dim bool) color.NRGBA {
	if dim {
		return mix(paper, c, 0.25)
	}
	return c
}

// head returns the three corners of an arrowhead with its tip at tip,
// pointing along dir.
func head(tip, dir scene.Point, l float64) [3]scene.Point {
	base := scene.Point{X: tip.X - dir.X*l, Y: tip.Y - dir.Y*l}
	nx, ny := -dir.Y*l*0.55, dir.X*l*0.55
	return [3]scene.Point{tip, {X: base.X + nx, Y: base.Y + ny}, {X: base.X - nx, Y: base.Y - ny}}
}

// frame returns the exported area: the scene's bounds, and its marks'
// (mk), with a margin.
func frame(s *scene.Scene, mk Marks) scene.Rect {
	b := s.Bounds
	if !b.Empty() {
		for i := range s.Edges {
			if m, ok := mk[s.Edges[i].ID]; ok {
				b = b.Union(placeMarks(&s.Edges[i], m).bounds)
			}
		}
	}
	if b.Empty() {
		return scene.Rect{W: 2 * margin, H: 2 * margin}
	}
	return b.Inset(margin)
}
