package mapview

import (
	"github.com/argmap/argmap/argmap/scene"
)

// minimapFits reports whether the minimap is drawn at the view's size:
// shown, with a map to show, room for it, and some of the map out of view
// (with the whole map on screen it would only cover some of it, and a fit
// would have to shrink the map to keep clear of it).
func (v *View) minimapFits() bool {
	return !v.noMinimap && v.scene != nil && len(v.scene.Cards) > 0 &&
		v.size.Width > 3*minimapW && v.size.Height > 2*minimapH &&
		!v.showsWhole(v.tr)
}

// showsWhole reports whether the view drawn through tr shows the whole map.
func (v *View) showsWhole(tr scene.Transform) bool {
	b := v.scene.Bounds
	vp := tr.Viewport(float64(v.size.Width), float64(v.size.Height))
	// Half a pixel of slack: a fit that places the map exactly at the
	// edges is not told apart by rounding.
	e := 0.5 / tr.Zoom
	return b.X >= vp.X-e && b.Y >= vp.Y-e && b.X+b.W <= vp.X+vp.W+e && b.Y+b.H <= vp.Y+vp.H+e
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

// ShowsACard reports whether some card of the map is at least partly in
// view; also true with no card to show or before the view has a size (a
// fit then has nothing to bring back).
func (v *View) ShowsACard() bool {
	if v.scene == nil || len(v.scene.Cards) == 0 || v.size.Width <= 0 || v.size.Height <= 0 {
		return true
	}
	cards, _ := v.scene.Visible(v.viewport()) // the spatial index, as drawing does
	return len(cards) > 0
}
