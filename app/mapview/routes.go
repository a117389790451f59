package mapview

import "github.com/argmap/argmap/argmap/scene"

// SetRoutes gives the scene the layout's polylines (nil: none), from the
// next Refresh on: an edge is drawn along its routes while they fit its
// cards, else straight, so that a drag or an undo needs no new routes.
func (v *View) SetRoutes(r scene.Routes) { v.opt.Routes = r }

// Routes returns the polylines set by SetRoutes.
func (v *View) Routes() scene.Routes { return v.opt.Routes }

// Aspect returns the viewport's width:height, or 0 before it has a size:
// the shape a tidy packs the map towards.
func (v *View) Aspect() float64 {
	if v.size.Width <= 0 || v.size.Height <= 0 {
		return 0
	}
	return float64(v.size.Width) / float64(v.size.Height)
}
