package mapview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// Interface checks: the events the view handles (a method renamed by a
// Fyne upgrade would otherwise just stop being called).
var (
	_ fyne.Widget            = (*View)(nil)
	_ fyne.Focusable         = (*View)(nil)
	_ desktop.Cursorable     = (*View)(nil)
	_ fyne.Draggable         = (*View)(nil)
	_ fyne.Scrollable        = (*View)(nil)
	_ fyne.DoubleTappable    = (*View)(nil)
	_ fyne.SecondaryTappable = (*View)(nil)
	_ desktop.Mouseable      = (*View)(nil)
	_ desktop.Hoverable      = (*View)(nil)
	_ desktop.Keyable        = (*View)(nil)
	_ fyne.WidgetRenderer    = (*renderer)(nil)

	_ fyne.Widget         = (*minimap)(nil)
	_ fyne.Tappable       = (*minimap)(nil)
	_ fyne.Draggable      = (*minimap)(nil)
	_ fyne.WidgetRenderer = (*minimapRenderer)(nil)
)

type gestureMode int

const (
	gestureNone    gestureMode = iota
	gestureMove                // dragging cards
	gestureBand                // rubber-band selection
	gesturePan                 // panning the map
	gestureConnect             // dragging from a connect handle
)

// gesture is the state of one press–drag–release.
type gesture struct {
	mode    gestureMode
	pressed bool
	button  desktop.MouseButton
	mods    fyne.KeyModifier
	start   scene.Point // map point of the press
	startS  scene.Point // screen point of the press
	cur     scene.Point // current map point
	curS    scene.Point // current screen point
	moved   bool
	card    argmap.ID // card pressed on, or NilID
	ids     []argmap.ID
	from    []scene.Point // centres at the press
	to      []scene.Point // centres now
	// soloOnUp: a press on an already selected card of a multi-selection
	// selects that card alone if the press ends without a drag.
	soloOnUp bool
	addBand  bool // the band adds to the selection (Shift)
	before   map[argmap.ID]bool
	origin   scene.Point // transform origin at the press (pan)
	// target is what a connect drag is over (a claim or an argument, or
	// NilID), refusal why dropping there would be refused (nil: it would
	// be accepted), and note ConnectNote's caution about a drop accepted:
	// the drop target's feedback (drop.go).
	target  argmap.ID
	refusal error
	note    string
}

func sp(p fyne.Position) scene.Point { return scene.Point{X: float64(p.X), Y: float64(p.Y)} }

// hit finds what is under screen point s: a card, else an edge.
func (v *View) hit(s scene.Point) (card, edge argmap.ID) {
	if v.scene == nil {
		return argmap.NilID, argmap.NilID
	}
	if h, ok := v.questionAt(s); ok { // drawn on top of the cards
		return argmap.NilID, h.edge
	}
	p := v.tr.ToMap(s)
	if i := v.scene.CardAt(p); i >= 0 {
		return v.scene.Cards[i].ID, argmap.NilID
	}
	if i := v.scene.EdgeAt(p, 6/v.tr.Zoom); i >= 0 {
		return argmap.NilID, v.scene.Edges[i].ID
	}
	return argmap.NilID, argmap.NilID
}

// handleCard returns the card whose connect handle is shown, or NilID.
func (v *View) handleCard() argmap.ID {
	if v.hover != argmap.NilID {
		return v.hover
	}
	if len(v.selected) == 1 {
		for id := range v.selected {
			if v.scene != nil && v.scene.Card(id) != nil {
				return id
			}
		}
	}
	return argmap.NilID
}

// handlePos returns the screen centre of a card's connect handle.
func (v *View) handlePos(id argmap.ID) (scene.Point, bool) {
	if v.scene == nil {
		return scene.Point{}, false
	}
	c := v.scene.Card(id)
	if c == nil {
		return scene.Point{}, false
	}
	return v.tr.ToScreen(scene.Point{X: c.Box.X + c.Box.W/2, Y: c.Box.Y}), true
}

// onHandle reports whether screen point s is on the shown connect handle.
func (v *View) onHandle(s scene.Point) (argmap.ID, bool) {
	id := v.handleCard()
	if id == argmap.NilID {
		return id, false
	}
	h, ok := v.handlePos(id)
	return id, ok && math.Hypot(s.X-h.X, s.Y-h.Y) <= handleSize
}

// MouseDown starts a gesture: it selects at once (as desktop editors do)
// and remembers the button and modifiers for the drag that may follow.
func (v *View) MouseDown(ev *desktop.MouseEvent) {
	s := sp(ev.Position)
	v.HideTip()
	v.autoFit = false
	v.g = gesture{pressed: true, button: ev.Button, mods: ev.Modifier, startS: s, curS: s,
		start: v.tr.ToMap(s), cur: v.tr.ToMap(s), origin: v.tr.Origin}
	if v.editor != nil {
		v.closeEditor(true)
	}
	v.takeKeyboard()
	switch ev.Button {
	case desktop.MouseButtonTertiary:
		v.g.mode = gesturePan
		return
	case desktop.MouseButtonSecondary:
		card, edge := v.hit(s)
		if id := card; id != argmap.NilID || edge != argmap.NilID {
			if id == argmap.NilID {
				id = edge
			}
			if !v.selected[id] {
				v.selected = map[argmap.ID]bool{id: true}
				v.selectionChanged()
			}
		}
		return
	}
	v.press(s, ev.Modifier)
}

// press handles a primary press at screen point s.
func (v *View) press(s scene.Point, mods fyne.KeyModifier) {
	toggle := mods&(fyne.KeyModifierShift|fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
	if id, ok := v.onHandle(s); ok {
		v.g.mode, v.g.card = gestureConnect, id
		return
	}
	card, edge := v.hit(s)
	switch {
	case card != argmap.NilID:
		v.g.mode, v.g.card = gestureMove, card
		switch {
		case toggle && v.selected[card]:
			delete(v.selected, card)
			v.g.mode = gestureNone
		case toggle:
			v.selected[card] = true
		case v.selected[card]:
			v.g.soloOnUp = len(v.selected) > 1
		default:
			v.selected = map[argmap.ID]bool{card: true}
		}
		v.selectionChanged()
	case edge != argmap.NilID:
		if toggle {
			v.selected[edge] = !v.selected[edge]
			if !v.selected[edge] {
				delete(v.selected, edge)
			}
		} else {
			v.selected = map[argmap.ID]bool{edge: true}
		}
		v.selectionChanged()
	case mods&(fyne.KeyModifierControl|fyne.KeyModifierAlt) != 0:
		v.g.mode = gesturePan
	default:
		v.g.mode = gestureBand
		v.g.addBand = mods&fyne.KeyModifierShift != 0
		v.g.before = map[argmap.ID]bool{}
		if v.g.addBand {
			for id := range v.selected {
				v.g.before[id] = true
			}
		}
		if !v.g.addBand && len(v.selected) > 0 {
			v.selected = map[argmap.ID]bool{}
			v.selectionChanged()
		}
	}
}

// MouseUp ends a press that did not become a drag.
func (v *View) MouseUp(ev *desktop.MouseEvent) {
	if v.g.moved {
		return // DragEnd finishes it
	}
	if v.g.soloOnUp {
		v.selected = map[argmap.ID]bool{v.g.card: true}
		v.selectionChanged()
	}
	v.g = gesture{}
}

// Dragged moves cards, stretches the rubber band or the connect line, or
// pans, depending on where the press was.
func (v *View) Dragged(ev *fyne.DragEvent) {
	if v.scene == nil {
		return
	}
	s := sp(ev.Position)
	if !v.g.pressed {
		// No MouseDown came first (a touch screen, or a test): start the
		// gesture where the drag began.
		v.g = gesture{pressed: true, button: desktop.MouseButtonPrimary}
		st := scene.Point{X: s.X - float64(ev.Dragged.DX), Y: s.Y - float64(ev.Dragged.DY)}
		v.g.startS, v.g.start, v.g.origin = st, v.tr.ToMap(st), v.tr.Origin
		v.press(st, 0)
	}
	v.autoFit = false
	g := &v.g
	g.curS = s
	g.cur = v.tr.ToMap(s)
	if !g.moved {
		g.moved = true
		if g.mode == gestureMove {
			v.beginMove()
		}
	}
	switch g.mode {
	case gestureMove:
		dx, dy := g.cur.X-g.start.X, g.cur.Y-g.start.Y
		for i, p := range g.from {
			g.to[i] = scene.Point{X: p.X + dx, Y: p.Y + dy}
		}
		v.scene.MoveCards(g.ids, g.to)
	case gesturePan:
		z := v.tr.Zoom
		v.tr.Origin = scene.Point{X: g.origin.X - (s.X-g.startS.X)/z, Y: g.origin.Y - (s.Y-g.startS.Y)/z}
	case gestureBand:
		v.bandSelect(false)
	case gestureConnect:
		v.aimConnect()
	}
	v.redraw()
}

// beginMove collects the selected cards that move with the pressed one.
func (v *View) beginMove() {
	g := &v.g
	if !v.selected[g.card] {
		v.selected = map[argmap.ID]bool{g.card: true}
	}
	g.ids = g.ids[:0]
	for _, c := range v.scene.Cards {
		if v.selected[c.ID] {
			g.ids = append(g.ids, c.ID)
			g.from = append(g.from, c.Box.Center())
		}
	}
	g.to = append([]scene.Point(nil), g.from...)
}

// bandSelect selects the cards inside the rubber band.
func (v *View) bandSelect(final bool) {
	if v.scene == nil {
		return
	}
	r := scene.Rect{X: v.g.start.X, Y: v.g.start.Y, W: v.g.cur.X - v.g.start.X, H: v.g.cur.Y - v.g.start.Y}.Normalize()
	sel := make(map[argmap.ID]bool, len(v.g.before))
	for id := range v.g.before {
		sel[id] = true
	}
	for _, id := range v.scene.CardsIn(r) {
		sel[id] = true
	}
	v.selected = sel
	if final {
		v.selectionChanged()
	}
}

// DragEnd commits the gesture: one OnMoved for a move, the selection for a
// rubber band, OnConnect for a connect drag dropped on a card or arrow
// that accepts it (OnConnectRefused, with the reason, for one that does
// not).
func (v *View) DragEnd() {
	g := v.g
	v.g = gesture{}
	switch g.mode {
	case gestureMove:
		n := v.builds
		if len(g.ids) > 0 && (g.cur != g.start) && v.OnMoved != nil {
			v.OnMoved(append([]argmap.ID(nil), g.ids...), append([]argmap.Point(nil), g.to...))
		}
		if v.builds == n && g.moved {
			// The shell did not refresh (no handler, or the move was
			// refused): show the model as it is, not the preview.
			v.rebuild()
		}
	case gestureBand:
		v.g = g
		v.bandSelect(true)
		v.g = gesture{}
	case gestureConnect:
		to := v.connectTarget(g.curS)
		if to == argmap.NilID {
			break
		}
		if err := v.connectRefusal(g.card, to); err != nil {
			if v.OnConnectRefused != nil {
				v.OnConnectRefused(g.card, to, err)
			}
		} else if v.OnConnect != nil {
			v.OnConnect(g.card, to)
		}
	}
	v.redraw()
}

// Scrolled pans, or zooms at the pointer with Ctrl held.
func (v *View) Scrolled(ev *fyne.ScrollEvent) {
	v.HideTip() // the map moves from under the marker
	mods := currentModifiers()
	v.autoFit = false
	dx, dy := float64(ev.Scrolled.DX), float64(ev.Scrolled.DY)
	if mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 {
		v.zoomAt(v.tr.Zoom*math.Pow(1.1, dy/10), sp(ev.Position))
		return
	}
	if mods&fyne.KeyModifierShift != 0 && dx == 0 {
		dx, dy = dy, 0
	}
	v.tr.Origin.X -= dx / v.tr.Zoom
	v.tr.Origin.Y -= dy / v.tr.Zoom
	v.redraw()
}

// currentModifiers asks a desktop driver which keys are held.
func currentModifiers() fyne.KeyModifier {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// DoubleTapped adds a claim on empty space or edits the card's text.
func (v *View) DoubleTapped(ev *fyne.PointEvent) {
	s := sp(ev.Position)
	card, edge := v.hit(s)
	switch {
	case card != argmap.NilID:
		v.EditText(card)
	case edge == argmap.NilID && v.OnAddClaimAt != nil:
		v.OnAddClaimAt(v.tr.ToMap(s))
	}
}

// TappedSecondary asks the shell for a context menu.
func (v *View) TappedSecondary(ev *fyne.PointEvent) {
	card, edge := v.hit(sp(ev.Position))
	id := card
	if id == argmap.NilID {
		id = edge
	}
	if v.OnContextMenu != nil {
		v.OnContextMenu(id, ev.AbsolutePosition)
	}
}

// MouseIn implements desktop.Hoverable.
func (v *View) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// Cursor shows a crosshair over the connect handle, to say "drag from here
// to connect".
func (v *View) Cursor() desktop.Cursor {
	if v.overHandle {
		return desktop.CrosshairCursor
	}
	return desktop.DefaultCursor
}

// MouseMoved shows the connect handle of the card under the pointer.
func (v *View) MouseMoved(ev *desktop.MouseEvent) {
	s := sp(ev.Position)
	h, _ := v.questionAt(s)
	if !sameMark(h, v.tipGone) {
		v.tipGone = markHit{} // off the marker put away: its tip may show again
	} else {
		h = markHit{}
	}
	if !sameMark(h, v.hoverQ) {
		v.hoverQ = h // the tip shows the hovered question
		v.redraw()
	}
	_, v.overHandle = v.onHandle(s)
	card, _ := v.hit(s)
	if card == argmap.NilID && v.hover != argmap.NilID {
		if _, on := v.onHandle(s); on {
			return // on the handle, just above the card
		}
	}
	if card != v.hover {
		v.hover = card
		v.redraw()
	}
}

// MouseOut implements desktop.Hoverable: the tip goes with the pointer
// (onto the menu bar, a panel or a dialog's shade).
func (v *View) MouseOut() {
	v.HideTip()
	v.tipGone = markHit{}
	if v.hover != argmap.NilID {
		v.hover = argmap.NilID
		v.redraw()
	}
}

// sameMark reports whether a and b are the same question marker.
func sameMark(a, b markHit) bool { return a.edge == b.edge && a.q == b.q }

// HideTip puts away the question tip, as a key or a click does: the shell
// calls it before it opens a menu or a dialog the pointer did not go to.
// The tip comes back only once the pointer leaves that marker and
// returns.
func (v *View) HideTip() {
	if v.hoverQ.edge == argmap.NilID {
		return
	}
	v.tipGone, v.hoverQ = v.hoverQ, markHit{}
	v.redraw()
}

// KeyDown implements desktop.Keyable: any key, a shortcut's included (it
// may open a menu or a dialog), puts the tip away.
func (v *View) KeyDown(*fyne.KeyEvent) { v.HideTip() }

// KeyUp implements desktop.Keyable.
func (v *View) KeyUp(*fyne.KeyEvent) {}
