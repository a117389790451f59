package mapview

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap/scene"
)

// A suggestion not yet accepted (scene.Card.Proposed, scene.Edge.Proposed)
// is drawn faded, its card with a dashed border and its arrows dashed, so
// that what a person accepted stands out and what an assistant proposed
// reads as provisional.
const (
	proposedAlpha = 0.55 // the share of its colour's opacity a suggestion keeps
	proposedDash  = 6.0  // dash of a suggestion's border, pixels
	proposedGap   = 4.0
)

// faint fades c when proposed.
func faint(c color.NRGBA, proposed bool) color.NRGBA {
	if proposed {
		c.A = uint8(float64(c.A) * proposedAlpha)
	}
	return c
}

// faintColor is faint for the colours of canvas objects.
func faintColor(c color.Color) color.NRGBA {
	return faint(color.NRGBAModel.Convert(c).(color.NRGBA), true)
}

// placeDashes draws the dashed border of a suggestion's card (whose box
// has no stroke), in col, along the straight part of each side.
func (r *renderer) placeDashes(objs []fyne.CanvasObject, k *cardObjs, c *scene.Card, tl scene.Point, z float64, col color.NRGBA, width float32) []fyne.CanvasObject {
	w, h := c.Box.W*z, c.Box.H*z
	rad := math.Min(6*z, math.Min(w, h)/2)
	x0, y0, x1, y1 := tl.X, tl.Y, tl.X+w, tl.Y+h
	n := 0
	side := func(a, b scene.Point) {
		l := math.Hypot(b.X-a.X, b.Y-a.Y)
		if l <= 0 {
			return
		}
		ux, uy := (b.X-a.X)/l, (b.Y-a.Y)/l
		for d := 0.0; d < l; d += proposedDash + proposedGap {
			e := math.Min(d+proposedDash, l)
			for len(k.dashes) <= n {
				k.dashes = append(k.dashes, canvas.NewLine(nil))
				r.created++
			}
			ln := k.dashes[n]
			n++
			ln.Position1 = pos(scene.Point{X: a.X + ux*d, Y: a.Y + uy*d})
			ln.Position2 = pos(scene.Point{X: a.X + ux*e, Y: a.Y + uy*e})
			ln.StrokeColor, ln.StrokeWidth = col, width
			objs = append(objs, ln)
		}
	}
	side(scene.Point{X: x0 + rad, Y: y0}, scene.Point{X: x1 - rad, Y: y0})
	side(scene.Point{X: x1, Y: y0 + rad}, scene.Point{X: x1, Y: y1 - rad})
	side(scene.Point{X: x1 - rad, Y: y1}, scene.Point{X: x0 + rad, Y: y1})
	side(scene.Point{X: x0, Y: y1 - rad}, scene.Point{X: x0, Y: y0 + rad})
	return objs
}
