package mapview

import (
	"math"
	"sort"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// Keyboard on the canvas (the view takes the keyboard when clicked):
//   - Up: to the claim the selected one supports or attacks (its
//     conclusion); Down: to its first premise (the leftmost); Left and
//     Right: to the previous and next premise of the same conclusion. Where
//     the map has no such card, the nearest card in that direction.
//   - Tab and Shift+Tab: every card in reading order (rows top to bottom,
//     left to right), round.
//   - Enter: edit the selected claim's text in place. Escape: clear the
//     selection.
//
// Other keys go to OnTypedKey, so that the shell's Delete and F2 work
// whichever of the canvas and the window has the keyboard.

// Direction is a direction of the arrow keys.
type Direction int

// Directions of Navigate.
const (
	Up Direction = iota
	Down
	Left
	Right
)

// FocusGained implements fyne.Focusable.
func (v *View) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (v *View) FocusLost() {}

// TypedRune implements fyne.Focusable: the canvas types no text.
func (v *View) TypedRune(rune) {}

// AcceptsTab implements fyne.Tabbable: Tab moves between cards, not out
// of the canvas.
func (v *View) AcceptsTab() bool { return true }

// TypedKey implements fyne.Focusable: the navigation keys (see above).
func (v *View) TypedKey(ev *fyne.KeyEvent) {
	if !v.HandleKey(ev.Name, currentModifiers()) && v.OnTypedKey != nil {
		v.OnTypedKey(ev)
	}
}

// HandleKey runs the canvas's action for key name with modifiers mods
// held, and reports whether it had one: the shell forwards keys that
// reach the window while the canvas does not have the keyboard.
func (v *View) HandleKey(name fyne.KeyName, mods fyne.KeyModifier) bool {
	switch name {
	case fyne.KeyUp:
		v.Navigate(Up)
	case fyne.KeyDown:
		v.Navigate(Down)
	case fyne.KeyLeft:
		v.Navigate(Left)
	case fyne.KeyRight:
		v.Navigate(Right)
	case fyne.KeyTab:
		v.Cycle(mods&fyne.KeyModifierShift == 0)
	case fyne.KeyReturn, fyne.KeyEnter:
		if id, ok := v.single(); ok && v.m.Claim(id) != nil {
			v.EditText(id)
		}
	case fyne.KeyEscape:
		if len(v.selected) > 0 {
			v.selected = map[argmap.ID]bool{}
			v.selectionChanged()
		}
	default:
		return false
	}
	return true
}

// single returns the one selected claim or argument.
func (v *View) single() (argmap.ID, bool) {
	if len(v.selected) != 1 {
		return argmap.NilID, false
	}
	for id := range v.selected {
		return id, true
	}
	return argmap.NilID, false
}

// takeKeyboard gives the canvas the keyboard, as a click on it does.
func (v *View) takeKeyboard() {
	if a := fyne.CurrentApp(); a != nil {
		if c := a.Driver().CanvasForObject(v); c != nil && c.Focused() != v {
			c.Focus(v)
		}
	}
}

// Navigate moves the selection one step in direction d along the map (see
// the comment at the top of this file); with nothing selected it selects
// the main conclusion.
func (v *View) Navigate(d Direction) {
	if v.scene == nil || v.m == nil || len(v.scene.Cards) == 0 {
		return
	}
	from, ok := v.single()
	var to argmap.ID
	switch {
	case !ok && len(v.selected) == 0:
		to = v.scene.Cards[v.firstCard()].ID
	case !ok:
		return
	default:
		to = v.along(from, d)
		if to == argmap.NilID {
			to = v.nearest(from, d)
		}
	}
	v.selectOne(to)
}

// selectOne selects id alone, shows it and tells the shell.
func (v *View) selectOne(id argmap.ID) {
	if id == argmap.NilID {
		return
	}
	v.selected = map[argmap.ID]bool{id: true}
	v.Reveal(id)
	v.selectionChanged()
}

// firstCard is the index of the main conclusion with the most reasons, or
// else the topmost card.
func (v *View) firstCard() int {
	b := v.mainBranch()
	if i := v.scene.CardAt(b.Center()); i >= 0 && v.scene.Cards[i].Role == argmap.RoleMain {
		return i
	}
	order := v.readingOrder()
	return order[0]
}

// claimOf is the claim an argument's arrow finally points at (through
// undercutters), or the claim id itself.
func (v *View) claimOf(id argmap.ID) argmap.ID {
	for n := 0; n <= len(v.m.Arguments); n++ {
		a := v.m.Argument(id)
		if a == nil {
			return id
		}
		id = a.Target
	}
	return argmap.NilID
}

// along is the card one step from id in direction d along the map's
// arguments, or NilID.
func (v *View) along(id argmap.ID, d Direction) argmap.ID {
	if a := v.m.Argument(id); a != nil { // an argument: its ends
		switch d {
		case Up:
			return v.claimOf(a.Target)
		case Down:
			return v.leftmost(a.Premises)
		}
		return argmap.NilID
	}
	switch d {
	case Up:
		for _, a := range v.m.Arguments {
			if a.HasPremise(id) {
				return v.claimOf(a.Target)
			}
		}
	case Down:
		var ps []argmap.ID
		for _, a := range v.m.Arguments {
			if a.Target == id {
				ps = append(ps, a.Premises...)
			}
		}
		return v.leftmost(ps)
	case Left, Right:
		sib := v.siblings(id)
		for i, s := range sib {
			if s != id {
				continue
			}
			if d == Left && i > 0 {
				return sib[i-1]
			}
			if d == Right && i+1 < len(sib) {
				return sib[i+1]
			}
		}
	}
	return argmap.NilID
}

// siblings are the premises of every argument into the conclusion that
// id supports or attacks, left to right as drawn.
func (v *View) siblings(id argmap.ID) []argmap.ID {
	var target argmap.ID
	for _, a := range v.m.Arguments {
		if a.HasPremise(id) {
			target = a.Target
			break
		}
	}
	if target == argmap.NilID {
		return nil
	}
	var ps []argmap.ID
	seen := map[argmap.ID]bool{}
	for _, a := range v.m.Arguments {
		if a.Target != target {
			continue
		}
		for _, p := range a.Premises {
			if !seen[p] && v.scene.Card(p) != nil {
				seen[p] = true
				ps = append(ps, p)
			}
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		return v.scene.Card(ps[i]).Box.Center().X < v.scene.Card(ps[j]).Box.Center().X
	})
	return ps
}

// leftmost is the card of ids drawn furthest left, or NilID.
func (v *View) leftmost(ids []argmap.ID) argmap.ID {
	best, bx := argmap.NilID, math.Inf(1)
	for _, id := range ids {
		if c := v.scene.Card(id); c != nil && c.Box.X < bx {
			best, bx = id, c.Box.X
		}
	}
	return best
}

// nearest is the card nearest to id's (card or arrow) in direction d,
// within 60° either side of it, or NilID.
func (v *View) nearest(id argmap.ID, d Direction) argmap.ID {
	var from scene.Point
	if c := v.scene.Card(id); c != nil {
		from = c.Box.Center()
	} else if e := v.scene.Edge(id); e != nil {
		from = e.Bounds.Center()
	} else {
		return argmap.NilID
	}
	dir := map[Direction]scene.Point{Up: {Y: -1}, Down: {Y: 1}, Left: {X: -1}, Right: {X: 1}}[d]
	best, score := argmap.NilID, math.Inf(1)
	for i := range v.scene.Cards {
		c := &v.scene.Cards[i]
		if c.ID == id {
			continue
		}
		p := c.Box.Center()
		dx, dy := p.X-from.X, p.Y-from.Y
		ahead := dx*dir.X + dy*dir.Y
		side := math.Abs(dx*dir.Y - dy*dir.X)
		if ahead <= 0 || side > ahead*1.8 {
			continue
		}
		if s := ahead + 2*side; s < score {
			best, score = c.ID, s
		}
	}
	return best
}

// readingOrder returns the card indices by rows (cards whose tops lie
// within half a card of each other share a row), top to bottom, then left
// to right.
func (v *View) readingOrder() []int {
	s := v.scene
	idx := make([]int, len(s.Cards))
	for i := range idx {
		idx[i] = i
	}
	row := func(i int) float64 { return math.Floor(s.Cards[i].Box.Y / 60) }
	sort.SliceStable(idx, func(a, b int) bool {
		ra, rb := row(idx[a]), row(idx[b])
		if ra != rb {
			return ra < rb
		}
		return s.Cards[idx[a]].Box.X < s.Cards[idx[b]].Box.X
	})
	return idx
}

// Cycle selects the next card in reading order (the previous one when
// forward is false), round; with nothing selected, the first (or last).
func (v *View) Cycle(forward bool) {
	if v.scene == nil || len(v.scene.Cards) == 0 {
		return
	}
	order := v.readingOrder()
	at := -1
	if id, ok := v.single(); ok {
		id = v.claimOf(id)
		for k, i := range order {
			if v.scene.Cards[i].ID == id {
				at = k
				break
			}
		}
	}
	n := len(order)
	switch {
	case at < 0 && forward:
		at = 0
	case at < 0:
		at = n - 1
	case forward:
		at = (at + 1) % n
	default:
		at = (at - 1 + n) % n
	}
	v.selectOne(v.scene.Cards[order[at]].ID)
}
