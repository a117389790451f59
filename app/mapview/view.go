// Package mapview is the map canvas widget: it shows an argument map as
// cards and arrows, and reports the user's intents (select, move, connect,
// add, edit, context menu, zoom) through callbacks. It never changes the
// map itself: the shell turns intents into argmap.Edits run by a History,
// then calls Refresh.
//
// The pipeline is model → scene (package argmap/scene, pure) → renderer
// (canvas objects pooled by ID, only what overlaps the viewport) → view
// (events, in events.go).
//
// Mouse gestures, as desktop diagram editors have them:
//   - click a card or arrow: select it; Shift-click (or Ctrl-click) toggles.
//   - drag a card: move it (and the rest of the selection) with its arrows
//     following live; one OnMoved at the release.
//   - drag on empty space: rubber-band selection (Shift adds to it).
//   - middle-drag anywhere, or Ctrl/Alt-drag on empty space: pan.
//   - wheel / touchpad scroll: pan (Shift+wheel pans sideways);
//     Ctrl+wheel zooms at the pointer.
//   - drag the round handle on a card's top edge onto another card or onto
//     an arrow: OnConnect.
//   - double-click empty space: OnAddClaimAt; double-click a card: edit its
//     text in place (Enter commits, Shift+Enter breaks the line, Esc cancels).
//   - right-click: OnContextMenu.
package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// Zoom limits and step. MinZoom is the floor for a map that fits the
// window at it; a bigger map may zoom out further, as far as showing it
// whole takes (see minZoom).
const (
	MinZoom  = 0.2
	MaxZoom  = 3
	zoomStep = 1.25
	// floorZoom is the least zoom of all, for a map millions of units
	// wide: well past any map of argmap.MaxItems claims laid out.
	floorZoom = 1e-5
)

// ReadableZoom is the least zoom at which card text reads comfortably:
// a map is opened whole only when that takes no less.
const ReadableZoom = 0.6

// View is the map canvas widget.
type View struct {
	widget.BaseWidget

	// OnSelectionChanged is called when the user changes the selection.
	OnSelectionChanged func(ids []argmap.ID)
	// OnMoved is called once at the end of a drag of cards, with the new
	// card centres; the shell runs argmap.Move(ids, to, true).
	OnMoved func(ids []argmap.ID, to []argmap.Point)
	// OnConnect is called when a connect handle is dropped on a card (to is
	// a claim) or on an argument's arrow or junction (to is an argument).
	OnConnect func(from, to argmap.ID)
	// CanConnect, when set, says whether a connection dragged from claim
	// from may be dropped on to (a claim or an argument): nil, or the
	// reason the edit would be refused. While the drag is over a target,
	// the target shows as accepting or refusing; the view itself refuses
	// a drop on the card the drag started from.
	CanConnect func(from, to argmap.ID) error
	// ConnectNote, when set, is asked about a target that takes the drop:
	// a caution to show beside the pointer (the target outlined in amber),
	// or "". The drop still connects.
	ConnectNote func(from, to argmap.ID) string
	// OnConnectRefused is called instead of OnConnect when a connection
	// is dropped on a target that refuses it, with the reason, for the
	// shell to tell the user.
	OnConnectRefused func(from, to argmap.ID, reason error)
	// OnAddClaimAt is called on a double-click on empty space.
	OnAddClaimAt func(at argmap.Point)
	// OnTextEdited is called when the in-place editor commits a change.
	OnTextEdited func(id argmap.ID, text string)
	// OnContextMenu is called on a right-click: id is a claim, an argument,
	// or argmap.NilID on empty space; at is an absolute position.
	OnContextMenu func(id argmap.ID, at fyne.Position)
	// OnZoomChanged is called when the zoom changes.
	OnZoomChanged func(z float32)
	// OnTypedKey gets the keys the canvas has no action for while it has
	// the keyboard (Delete, F2…), for the shell to handle.
	OnTypedKey func(ev *fyne.KeyEvent)

	m       *argmap.Map
	scene   *scene.Scene
	opt     scene.Options
	tr      scene.Transform
	size    fyne.Size
	needFit bool
	builds  int     // scenes built, to tell whether the shell refreshed
	autoFit bool    // fit on every resize until the user pans or zooms
	mode    fitMode // what autoFit keeps fitted

	selected map[argmap.ID]bool
	hover    argmap.ID // card under the pointer, for the connect handle
	// overHandle: the pointer is on the connect handle (crosshair cursor).
	overHandle bool
	g          gesture

	mini      *minimap
	noMinimap bool

	marks  map[argmap.ID]ArgMark // scheme labels and questions of arguments
	hoverQ markHit               // the question marker under the pointer
	// tipGone is the marker whose tip a key or a click put away: it does
	// not come back until the pointer leaves that marker.
	tipGone markHit

	editor  *editEntry
	editBox *container.ThemeOverride // the editor, with its card's text size
	editID  argmap.ID

	r *renderer
}

// New returns an empty map view.
func New() *View {
	v := &View{tr: scene.Transform{Zoom: 1}, selected: map[argmap.ID]bool{}}
	v.opt.Cache = scene.NewCache()
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	v.r = newRenderer(v)
	if v.m != nil && v.scene == nil {
		v.rebuild()
	}
	return v.r
}

// rebuild makes a new scene from the model, keeping zoom and pan.
func (v *View) rebuild() {
	if v.m == nil {
		v.scene = nil
		return
	}
	v.scene = scene.Build(v.m, Measure, v.opt)
	v.builds++
	if v.needFit && v.size.Width > 0 {
		v.needFit = false
		v.fit()
	}
}

// Refresh rebuilds the scene from the model (call it after every edit) and
// redraws, keeping zoom and pan.
func (v *View) Refresh() {
	if v.g.mode == gestureNone {
		v.rebuild()
	}
	v.dropStaleSelection()
	v.BaseWidget.Refresh()
}

// RefreshCard brings the card of claim id in line with the model after an
// edit of that claim's text, annotations or colour alone, and redraws: it
// re-wraps that one card and re-routes its edges instead of rebuilding the
// scene (a keystroke on a big map). The arguments of the map must be as
// they were at the last Refresh; when the view cannot update in place (no
// such card, a gesture under way) it does what Refresh does.
func (v *View) RefreshCard(id argmap.ID) {
	if v.scene == nil || v.m == nil || v.g.mode != gestureNone {
		v.Refresh()
		return
	}
	todo, ok := v.scene.UpdateCard(v.m, id)
	if !ok {
		v.Refresh()
		return
	}
	if v.r != nil {
		v.r.textChanged(id)
	}
	v.dropStaleSelection()
	if v.r != nil && v.r.refreshCard(id, todo) {
		canvas.Refresh(v.r.bg) // the repaint, as redraw's
		return
	}
	v.BaseWidget.Refresh()
}

// Resize sizes the view. Until the user pans or zooms, a freshly opened
// map stays fitted to the window as it opens and resizes: the view fits
// itself here (firing OnZoomChanged), so that its renderer's Layout only
// places objects.
func (v *View) Resize(size fyne.Size) {
	same := size == v.Size()
	v.size = size
	fitted := false
	if (v.needFit || v.autoFit) && v.scene != nil && size.Width > 0 {
		v.needFit = false
		fitted = v.fitTransform()
	}
	v.BaseWidget.Resize(size) // lays out, unless the size is the same
	if same {
		v.redraw()
	}
	if fitted && v.OnZoomChanged != nil {
		v.OnZoomChanged(float32(v.tr.Zoom))
	}
}

// redraw re-places the visible objects without rebuilding the scene. It
// places them once and marks the canvas for a repaint: a Refresh of the
// widget would place them all again and free every text's texture, so
// that a pan step re-rasterised each visible line of text.
func (v *View) redraw() {
	if v.r != nil {
		v.r.update()
		canvas.Refresh(v.r.bg) // the repaint; the shapes need no Refresh of their own
	}
}

// sameLabelling reports whether a and b are the same evaluation, one
// that cannot change in place (a Badges map can: it never counts as the
// same).
func sameLabelling(a, b scene.Labels) bool {
	la, ok := a.(*eval.Labelling)
	lb, ok2 := b.(*eval.Labelling)
	return ok && ok2 && la == lb
}

// SetMapLabels is SetMap with the evaluation overlay l (see SetLabels):
// the scene is built once with m's badges, instead of with the last map's
// and then again.
func (v *View) SetMapLabels(m *argmap.Map, l scene.Labels) {
	v.opt.Labels = l
	v.SetMap(m)
}

// SetMap shows m, resets the selection and fits the map in the viewport.
func (v *View) SetMap(m *argmap.Map) {
	v.m = m
	v.selected = map[argmap.ID]bool{}
	v.g = gesture{}
	v.closeEditor(false)
	v.needFit, v.autoFit, v.mode = true, true, fitReadable
	v.rebuild()
	v.BaseWidget.Refresh() // not v.Refresh: that would build the scene again
	// The arrow keys and Tab work on a freshly opened map at once, where
	// no text field is waiting for typing.
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(v); c != nil && c.Focused() == nil {
			c.Focus(v)
		}
	}
}

// Scene returns the scene being shown (read-only), or nil.
func (v *View) Scene() *scene.Scene { return v.scene }

// SetLabels sets the evaluation overlay; nil hides the badges. The
// labels are read as the scene is built, so the evaluation itself is
// passed, not a copy. The labelling the scene shows already (an
// *eval.Labelling does not change) costs nothing: after an open or an
// edit that left the logic alone it is the one the scene was built with.
func (v *View) SetLabels(l scene.Labels) {
	if v.scene != nil && sameLabelling(v.opt.Labels, l) {
		return
	}
	v.opt.Labels = l
	if v.scene != nil {
		v.scene.SetLabels(l) // in place: no rebuild
	}
	v.redraw()
}

// SetRoles gives the scene the roles of the map's claims from r (the
// document, which keeps them current), so that a rebuild does not work
// them out again; nil: the scene works them out.
func (v *View) SetRoles(r scene.RoleSource) { v.opt.Roles = r }

// SetDimmed dims every card and argument not in keep; nil dims nothing.
func (v *View) SetDimmed(keep map[argmap.ID]bool) {
	v.opt.Keep = keep
	if v.scene != nil {
		v.scene.SetKeep(keep)
	}
	v.redraw()
}

// Selection returns the selected claims, then arguments, in map order.
func (v *View) Selection() []argmap.ID {
	if v.m == nil || len(v.selected) == 0 {
		return nil
	}
	var ids []argmap.ID
	for _, c := range v.m.Claims {
		if v.selected[c.ID] {
			ids = append(ids, c.ID)
		}
	}
	for _, a := range v.m.Arguments {
		if v.selected[a.ID] {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

// SetSelection selects ids without calling OnSelectionChanged.
func (v *View) SetSelection(ids []argmap.ID) {
	v.selected = make(map[argmap.ID]bool, len(ids))
	for _, id := range ids {
		v.selected[id] = true
	}
	v.redraw()
}

func (v *View) isSelected(id argmap.ID) bool { return v.selected[id] }

// dropStaleSelection forgets selected IDs the map no longer has.
func (v *View) dropStaleSelection() {
	if v.m == nil {
		return
	}
	for id := range v.selected {
		if v.m.Claim(id) == nil && v.m.Argument(id) == nil {
			delete(v.selected, id)
		}
	}
}

// selectionChanged tells the shell.
func (v *View) selectionChanged() {
	v.redraw()
	if v.OnSelectionChanged != nil {
		v.OnSelectionChanged(v.Selection())
	}
}

// Reveal pans so that the card or argument id is visible; it does nothing
// when it is already on screen and not under the minimap.
func (v *View) Reveal(id argmap.ID) {
	if v.scene == nil {
		return
	}
	var b scene.Rect
	if c := v.scene.Card(id); c != nil {
		b = c.Box
	} else if e := v.scene.Edge(id); e != nil {
		b = e.Bounds
	} else {
		return
	}
	vp := v.viewport()
	if vp.Contains(scene.Point{X: b.X, Y: b.Y}) && vp.Contains(b.Max()) && !v.hiddenByMinimap(b) {
		return
	}
	c := b.Center()
	v.autoFit = false
	v.tr.Origin = scene.Point{X: c.X - vp.W/2, Y: c.Y - vp.H/2}
	v.redraw()
}

func (v *View) viewport() scene.Rect {
	return v.tr.Viewport(float64(v.size.Width), float64(v.size.Height))
}

// Zoom returns the zoom factor (1 = one map unit per pixel).
func (v *View) Zoom() float32 { return float32(v.tr.Zoom) }

// SetZoom sets the zoom factor, clamped to the zoom limits, about the
// viewport centre. When nothing would be on screen there (zooming in on
// the empty middle of a fitted map), it centres on the card nearest to
// the viewport's centre instead, so that a zoom never shows a blank canvas.
func (v *View) SetZoom(z float32) {
	c := scene.Point{X: float64(v.size.Width) / 2, Y: float64(v.size.Height) / 2}
	mc := v.tr.ToMap(c)
	v.zoomAt(float64(z), c)
	if v.scene == nil || len(v.scene.Cards) == 0 || v.size.Width <= 0 {
		return
	}
	if cards, _ := v.scene.Visible(v.viewport()); len(cards) > 0 {
		return
	}
	best, bd := -1, math.Inf(1)
	for i := range v.scene.Cards {
		p := v.scene.Cards[i].Box.Center()
		if d := math.Hypot(p.X-mc.X, p.Y-mc.Y); d < bd {
			best, bd = i, d
		}
	}
	v.CenterOn(v.scene.Cards[best].Box.Center())
}

// minZoom is the least zoom the user may reach: MinZoom, or less when the
// map needs less to be seen whole.
func (v *View) minZoom() float64 {
	z := MinZoom
	if v.scene != nil && v.size.Width > 0 && v.size.Height > 0 {
		if f := v.fitZoom(v.scene.Bounds); f < z {
			z = f
		}
	}
	return math.Max(z, floorZoom)
}

// FitMargin is the space, in pixels of the pane, that Fit Map leaves clear
// on each side of the map.
const FitMargin = 30

// fitZoom is the zoom that shows rectangle b whole, with FitMargin pixels
// clear on each side. The margin is the pane's, not the map's: 30 map units
// were a pixel at the zoom that fits a 2,000-claim map. A pane too small
// for margins gets none.
func (v *View) fitZoom(b scene.Rect) float64 {
	if b.W <= 0 && b.H <= 0 {
		return 1
	}
	w, h := float64(v.size.Width), float64(v.size.Height)
	if w > 4*FitMargin && h > 4*FitMargin {
		w, h = w-2*FitMargin, h-2*FitMargin
	}
	return math.Min(w/math.Max(b.W, 1), h/math.Max(b.H, 1))
}

// zoomAt zooms keeping the map point under screen point s in place.
func (v *View) zoomAt(z float64, s scene.Point) {
	v.autoFit = false
	z = math.Max(v.minZoom(), math.Min(MaxZoom, z))
	if z == v.tr.Zoom {
		return
	}
	v.tr = v.tr.ZoomAt(z, s)
	v.redraw()
	if v.OnZoomChanged != nil {
		v.OnZoomChanged(float32(z))
	}
}

// ZoomIn zooms in one step.
func (v *View) ZoomIn() { v.SetZoom(float32(v.tr.Zoom * zoomStep)) }

// ZoomOut zooms out one step.
func (v *View) ZoomOut() { v.SetZoom(float32(v.tr.Zoom / zoomStep)) }

// fitMode is what the view keeps fitted as it resizes, until the user pans
// or zooms.
type fitMode int

const (
	fitWhole    fitMode = iota // the whole map, centred (Fit Map)
	fitReadable                // whole if readable, else the main conclusion and its reasons
)

// ZoomFit zooms and pans so that the whole map is seen, centred, at
// whatever zoom that takes (at most 1).
//
// The map stays fitted as the view resizes (the window opening, a side panel
// shown) until the user pans or zooms.
func (v *View) ZoomFit() {
	v.mode, v.autoFit = fitWhole, true
	v.fit()
}

// FitReadable is the first look at a map: the whole map when it fits the
// window at a readable zoom (ReadableZoom), else its main conclusion with
// its reasons at a readable zoom. Like ZoomFit it holds while the window
// resizes, until the user pans or zooms.
func (v *View) FitReadable() {
	v.mode, v.autoFit = fitReadable, true
	v.fit()
}

// fit applies the fit mode.
func (v *View) fit() {
	changed := v.fitTransform()
	v.redraw()
	if changed && v.OnZoomChanged != nil {
		v.OnZoomChanged(float32(v.tr.Zoom))
	}
}

// fitTransform sets the transform that fit shows and reports whether the
// zoom changed; it draws nothing (or records that a fit is due when the
// view has no size yet).
func (v *View) fitTransform() bool {
	if v.scene == nil || v.size.Width <= 0 {
		v.needFit = true
		return false
	}
	w, h := float64(v.size.Width), float64(v.size.Height)
	b := v.scene.Bounds
	z := math.Min(1, v.fitZoom(b))
	var main scene.Rect
	if v.mode == fitReadable && z < ReadableZoom {
		b, main = v.mainBranch()
		z = math.Max(ReadableZoom, math.Min(0.8, v.fitZoom(b)))
	}
	z = math.Max(floorZoom, math.Min(MaxZoom, z))
	c := b.Center()
	if b.Empty() {
		c, z = scene.Point{}, 1
	}
	old := v.tr.Zoom
	v.tr = scene.Transform{Zoom: z, Origin: scene.Point{X: c.X - w/2/z, Y: c.Y - h/2/z}}
	// The whole map in view hides the minimap (minimapFits), so the fit
	// has the whole pane and no card is under the minimap.
	if v.mode == fitReadable && !main.Empty() {
		// The main conclusion near the top, where reading starts, and its
		// reasons below it; centred on them when they fit across, else on
		// the conclusion.
		v.tr.Origin.Y = main.Y - 40/z
		if b.W*z+2*FitMargin > w {
			v.tr.Origin.X = main.Center().X - w/2/z
		}
	}
	return z != old
}

// mainBranch returns the box of the main conclusion with the most reasons
// and objections, together with the cards of those reasons and objections
// (what a first look at a big map shows), and the conclusion's own box.
func (v *View) mainBranch() (branch, main scene.Rect) {
	s := v.scene
	var mains []int
	for i := range s.Cards {
		if s.Cards[i].Role == argmap.RoleMain {
			mains = append(mains, i)
		}
	}
	best := -1
	if len(mains) == 1 {
		best = mains[0] // the usual case: no counting of every edge's target
	} else if len(mains) > 1 {
		n := make(map[argmap.ID]int, len(mains))
		for _, i := range mains {
			n[s.Cards[i].ID] = 0
		}
		for i := range s.Edges {
			if k, ok := n[s.Edges[i].Target]; ok {
				n[s.Edges[i].Target] = k + 1
			}
		}
		for _, i := range mains {
			if best < 0 || n[s.Cards[i].ID] > n[s.Cards[best].ID] {
				best = i
			}
		}
	}
	if best < 0 {
		for i := range s.Cards { // no main conclusion: the topmost card
			if best < 0 || s.Cards[i].Box.Y < s.Cards[best].Box.Y {
				best = i
			}
		}
	}
	if best < 0 {
		return scene.Rect{}, scene.Rect{}
	}
	mc := &s.Cards[best]
	b := mc.Box
	for i := range s.Edges {
		e := &s.Edges[i]
		if e.Target != mc.ID {
			continue
		}
		for _, p := range e.Premises {
			if c := s.Card(p); c != nil {
				b = b.Union(c.Box)
			}
		}
	}
	return b, mc.Box
}

// ViewCenter returns the centre of the viewport in map units.
func (v *View) ViewCenter() argmap.Point {
	return v.tr.ToMap(scene.Point{X: float64(v.size.Width) / 2, Y: float64(v.size.Height) / 2})
}

// CardSize returns the size the scene gives the card of claim id (also for
// a claim added since the last Refresh).
func (v *View) CardSize(id argmap.ID) (w, h float64) {
	if v.scene != nil {
		if c := v.scene.Card(id); c != nil {
			return c.Box.W, c.Box.H
		}
	}
	opt := v.opt
	if v.m != nil {
		if c := v.m.Claim(id); c != nil {
			r := scene.MeasureCard(c, argmap.RolePremise, Measure, opt)
			return r.W, r.H
		}
	}
	r := scene.MeasureCard(&argmap.Claim{}, argmap.RolePremise, Measure, opt)
	return r.W, r.H
}
