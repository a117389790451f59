package mapview

import (
	"math"

	"github.com/argmap/argmap/argmap/scene"
)

// minimapGap is the room, pixels, that a fit keeps between the map's cards
// and the minimap (a card's border and shadow reach past its box).
const minimapGap = 6

// minimapFits reports whether the minimap is drawn at the view's size:
// shown, with a map to show, and room for it.
func (v *View) minimapFits() bool {
	return !v.noMinimap && v.scene != nil && len(v.scene.Cards) > 0 &&
		v.size.Width > 3*minimapW && v.size.Height > 2*minimapH
}

// minimapHome is the screen rectangle of the minimap in its usual corner,
// the bottom-right, grown by minimapGap and out to the view's edges.
func (v *View) minimapHome() scene.Rect {
	w, h := float64(v.size.Width), float64(v.size.Height)
	x, y := w-minimapW-minimapMargin-minimapGap, h-minimapH-minimapMargin-minimapGap
	return scene.Rect{X: x, Y: y, W: w - x, H: h - y}
}

// underMinimap reports whether a card drawn through tr reaches into the
// screen rectangle m.
func (v *View) underMinimap(tr scene.Transform, m scene.Rect) bool {
	a := tr.ToMap(scene.Point{X: m.X, Y: m.Y})
	r := scene.Rect{X: a.X, Y: a.Y, W: m.W / tr.Zoom, H: m.H / tr.Zoom}
	return len(v.scene.CardsIn(r)) > 0
}

// centred is the transform at zoom z that shows b centred in the screen
// rectangle area.
func centred(b scene.Rect, z float64, area scene.Rect) scene.Transform {
	c := b.Center()
	return scene.Transform{Zoom: z, Origin: scene.Point{X: c.X - (area.X+area.W/2)/z, Y: c.Y - (area.Y+area.H/2)/z}}
}

// clearOfMinimap returns a transform that shows the whole of b (a fit at
// tr, b centred) with no card under the minimap, at the largest zoom of
// three ways: tr itself, or a smaller zoom with the map still centred
// (or, where that costs a tenth of the zoom, moved towards the top-left
// just enough), when its drawing leaves the corner free at all; the map
// fitted above the minimap (its height kept free); or fitted to its left
// (its width kept free). Nothing changes where the
// minimap is not drawn or covers no card.
func (v *View) clearOfMinimap(b scene.Rect, tr scene.Transform) scene.Transform {
	if !v.minimapFits() || b.Empty() {
		return tr
	}
	m := v.minimapHome()
	if !v.underMinimap(tr, m) {
		return tr
	}
	w, h := float64(v.size.Width), float64(v.size.Height)
	fitIn := func(area scene.Rect) scene.Transform {
		g := b.Inset(30)
		z := math.Min(tr.Zoom, math.Min(area.W/g.W, area.H/g.H))
		return centred(b, math.Max(floorZoom, z), area)
	}
	above := fitIn(scene.Rect{W: w, H: m.Y})
	left := fitIn(scene.Rect{W: m.X, H: h})
	best := above
	if left.Zoom > best.Zoom {
		best = left
	}
	// shifted is the map at zoom z moved up and left by share t of the
	// room it leaves (t = 1: against the top-left margin).
	shifted := func(z, t float64) scene.Transform {
		c := centred(b, z, scene.Rect{W: w, H: h})
		g := b.Inset(30)
		c.Origin.X += math.Max(0, (g.X-c.Origin.X)*t)
		c.Origin.Y += math.Max(0, (g.Y-c.Origin.Y)*t)
		return c
	}
	// largest bisects for the largest zoom between best's and tr's at
	// which the map moved by share t is clear of the minimap (0 if none).
	largest := func(t float64) float64 {
		lo, hi, found := best.Zoom, tr.Zoom, false
		for range 24 {
			mid := (lo + hi) / 2
			if v.underMinimap(shifted(mid, t), m) {
				hi = mid
			} else {
				lo, found = mid, true
			}
		}
		if !found {
			return 0
		}
		return lo
	}
	if best.Zoom >= tr.Zoom {
		return best
	}
	// Centred reads best (the map in the middle of the window, as a plain
	// fit has it): kept where it costs under a tenth of the zoom. Else the
	// map moved up-left, which only takes cards away from the corner, so
	// that t = 1 says whether a zoom works at all; then the least shift
	// that clears the corner at that zoom.
	zc, zs := largest(0), largest(1)
	switch {
	case zs == 0:
		return best
	case zc > 0 && zc >= 0.9*zs:
		return shifted(zc, 0)
	}
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		if c := shifted(zs, t); !v.underMinimap(c, m) {
			return c
		}
	}
	return best
}

// hiddenByMinimap reports whether map rectangle b is partly under the
// minimap as drawn now.
func (v *View) hiddenByMinimap(b scene.Rect) bool {
	if !v.minimapFits() || v.mini == nil {
		return false
	}
	p := v.mini.Position()
	tl := v.tr.ToScreen(scene.Point{X: b.X, Y: b.Y})
	r := scene.Rect{X: tl.X, Y: tl.Y, W: b.W * v.tr.Zoom, H: b.H * v.tr.Zoom}
	return r.Intersects(scene.Rect{X: float64(p.X), Y: float64(p.Y), W: minimapW, H: minimapH})
}
