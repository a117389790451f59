package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/mapview"
	panelpkg "github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// wireView turns the canvas's intents into edits run by the history.
func (e *Editor) wireView() {
	v := e.view
	v.OnSelectionChanged = func(ids []argmap.ID) { e.selectFrom(ids, e.view) }
	v.OnMoved = func(ids []argmap.ID, to []argmap.Point) {
		if len(ids) > 0 {
			e.do(argmap.Move(ids, to, true))
		}
	}
	v.OnConnect = e.connect
	v.CanConnect = e.connectRefusal
	v.ConnectNote = e.connectNote
	v.OnConnectRefused = e.connectRefused
	v.OnAddClaimAt = func(at argmap.Point) { e.addClaimAt(at) }
	v.OnTextEdited = func(id argmap.ID, text string) {
		if c := e.doc.Map().Claim(id); c != nil && c.Text != text {
			e.doMerge(argmap.SetText(id, text), textKey(id))
		}
	}
	v.OnContextMenu = e.contextMenu
	v.OnZoomChanged = func(z float32) { e.status.setZoom(z) }
	v.OnTypedKey = e.typedKey
	hideTipOnKeys(e.win.Canvas(), v.HideTip)
}

// hideTipOnKeys makes any key that window canvas c gets while no widget
// has the keyboard call hide (the view's HideTip), before a shortcut opens
// a menu or a dialog over the tip (the view does the same when it has the
// keyboard). A key-down handler already set is kept and called first.
func hideTipOnKeys(c fyne.Canvas, hide func()) {
	dc, ok := c.(desktop.Canvas)
	if !ok {
		return // a canvas without key-down events (Fyne's test canvas)
	}
	prev := dc.OnKeyDown()
	dc.SetOnKeyDown(func(ev *fyne.KeyEvent) {
		if prev != nil {
			prev(ev)
		}
		hide()
	})
}

// textKey is the merge key of typing into one claim (panel.TextKey).
func textKey(id argmap.ID) string { return panelpkg.TextKey(id) }

// connect handles a connection dragged from claim from onto a claim (a new
// supporting argument) or onto an argument (from joins it as a co-premise).
// A connection the map refuses is not made; the status line says why, as
// it says when a connection made closes a circle of support.
func (e *Editor) connect(from, to argmap.ID) {
	if err := e.connectRefusal(from, to); err != nil {
		e.connectRefused(from, to, err)
		return
	}
	note := e.connectNote(from, to)
	if e.doc.Map().Argument(to) != nil {
		if e.do(argmap.AddPremise(to, from)) == nil && note != "" {
			e.status.message("Connected, but " + note)
		}
		return
	}
	a := &argmap.Argument{ID: e.doc.Mint().ID(), Premises: []argmap.ID{from}, Target: to, Polarity: argmap.Pro}
	if e.do(argmap.Batch("Connect", argmap.AddArgument(a))) == nil {
		e.Select([]argmap.ID{a.ID})
		if note != "" {
			e.status.message("Connected, but " + note)
		}
	}
}

// circularNote is the caution about a connection that closes a circle of
// support.
const circularNote = "it closes a circle: the claim now supports itself (circular reasoning)"

// connectNote is the caution about a connection from from onto to that
// the map takes, or "": one that makes from support itself through pro
// arguments, which the map allows (a debate may hold circular reasoning)
// and Check warns about.
func (e *Editor) connectNote(from, to argmap.ID) string {
	m := e.doc.Map()
	target := to // the claim from comes to support
	if a := m.Argument(to); a != nil {
		if a.Polarity != argmap.Pro {
			return ""
		}
		target = a.Target
	}
	if m.Claim(target) == nil || !supports(m, target, from) {
		return ""
	}
	return circularNote
}

// supports reports whether claim a supports claim b through a chain of pro
// arguments (premise to conclusion), a == b included. It walks the map
// once: the canvas asks it only when a drag comes over a new target.
func supports(m *argmap.Map, a, b argmap.ID) bool {
	next := map[argmap.ID][]argmap.ID{}
	for _, arg := range m.Arguments {
		if arg.Polarity != argmap.Pro || m.Claim(arg.Target) == nil {
			continue
		}
		for _, p := range arg.Premises {
			next[p] = append(next[p], arg.Target)
		}
	}
	seen := map[argmap.ID]bool{a: true}
	for todo := []argmap.ID{a}; len(todo) > 0; {
		u := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if u == b {
			return true
		}
		for _, t := range next[u] {
			if !seen[t] {
				seen[t] = true
				todo = append(todo, t)
			}
		}
	}
	return false
}

// connectRefused tells the user why a connection dropped on to was not
// made.
func (e *Editor) connectRefused(_, _ argmap.ID, reason error) {
	e.status.message("Not connected: " + reason.Error())
}

// connectRefusal says why a connection from from onto to would be
// refused, or nil: what argmap.AddArgument and argmap.AddPremise refuse
// (a premise of its own conclusion), and what would change nothing (onto
// itself, a premise the argument has). The canvas asks it while the drag
// is over a target, to show whether the target takes the drop.
func (e *Editor) connectRefusal(from, to argmap.ID) error {
	m := e.doc.Map()
	switch {
	case m.Claim(from) == nil:
		return errors.New("only a claim can be connected")
	case from == to:
		return mapview.ErrConnectSelf
	case m.Claim(to) != nil:
		return nil
	}
	a := m.Argument(to)
	switch {
	case a == nil:
		return errors.New("there is no claim or argument there")
	case a.HasPremise(from):
		return errors.New("the claim is already a premise of this argument")
	case a.Target == from:
		return errors.New("a claim cannot be a premise of its own conclusion")
	}
	return nil
}

// contextMenu offers the actions that fit what was right-clicked.
func (e *Editor) contextMenu(id argmap.ID, at fyne.Position) {
	if id != argmap.NilID && !contains(e.doc.Selection(), id) {
		e.Select([]argmap.ID{id})
	}
	items := e.menus.withShortcuts(e.contextItems(id, at))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), e.win.Canvas(), at)
}

// contextItems are the context menu's items for id (NilID: the empty
// canvas at at). The challenges sit in their own submenu: "Add Objection"
// writes an objection into the map, while Challenge › Object also keeps it
// as an open challenge (who raised it, when) until it is answered.
func (e *Editor) contextItems(id argmap.ID, at fyne.Position) []*fyne.MenuItem {
	var items []*fyne.MenuItem
	item := func(label string, fn func()) { items = append(items, fyne.NewMenuItem(label, fn)) }
	switch {
	case e.doc.Map().Claim(id) != nil:
		item("Edit Text", e.editText)
		item("Add Reason", e.addReason)
		if e.canAddCoPremise() {
			item("Add Co-premise", e.addCoPremise)
		}
		item("Add Objection", e.addObjection)
		if e.canAddRebuttal() {
			item("Add Rebuttal", e.addRebuttal)
		}
		items = append(items, fyne.NewMenuItemSeparator(), challengeSubmenu(e.challengeClaimItems()))
		items = append(items, fyne.NewMenuItemSeparator())
		item("Delete", e.deleteSelection)
	case e.doc.Map().Argument(id) != nil:
		item("Add Co-premise", e.addCoPremise)
		items = append(items, challengeSubmenu(e.challengeArgumentItems()))
		items = append(items, fyne.NewMenuItemSeparator())
		item("Delete Argument", e.deleteSelection)
	default:
		p := e.mapPoint(at)
		item("Add Claim Here", func() { e.addClaimAt(p) })
		item("Select All", e.selectAll)
		item("Fit Map", e.view.ZoomFit)
	}
	return trimSeparators(items)
}

// challengeSubmenu gathers challenge items under "Challenge".
func challengeSubmenu(items []*fyne.MenuItem) *fyne.MenuItem {
	it := fyne.NewMenuItem("Challenge", nil)
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// trimSeparators drops separators at the ends and doubled ones.
func trimSeparators(items []*fyne.MenuItem) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, it := range items {
		if it.IsSeparator && (len(out) == 0 || out[len(out)-1].IsSeparator) {
			continue
		}
		out = append(out, it)
	}
	for len(out) > 0 && out[len(out)-1].IsSeparator {
		out = out[:len(out)-1]
	}
	return out
}

func contains(ids []argmap.ID, id argmap.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// mapPoint converts an absolute window position over the canvas to map
// units, from the view's centre and zoom.
func (e *Editor) mapPoint(at fyne.Position) argmap.Point {
	c := e.view.ViewCenter()
	z := float64(e.view.Zoom())
	d := fyne.CurrentApp().Driver()
	if d == nil || z <= 0 {
		return c
	}
	local := at.Subtract(d.AbsolutePositionForObject(e.view))
	size := e.view.Size()
	return argmap.Point{
		X: c.X + (float64(local.X)-float64(size.Width)/2)/z,
		Y: c.Y + (float64(local.Y)-float64(size.Height)/2)/z,
	}
}

// questionText is the text of critical question i asked of argument a, as
// the canvas shows it: worded with the argument's own claims, never with
// the catalogue's placeholders.
func (e *Editor) questionText(a *argmap.Argument, i int) string {
	if e.schemes == nil {
		return ""
	}
	return e.schemes.QuestionText(e.doc.Map(), a.ID, i)
}

// argMarks is what the canvas draws on the arguments: render.ArgMarks
// (one source of truth for schemes, asked questions and which arguments
// do not apply) with what only the canvas shows on top, the questions'
// words for its tips.
func (e *Editor) argMarks() map[argmap.ID]mapview.ArgMark {
	m := e.doc.Map()
	var labels scene.Labels
	if l := e.doc.Labels(); l != nil {
		labels = l // a nil *Labelling must stay a nil interface: no evaluation shown
	}
	base := render.ArgMarks(m, labels)
	marks := make(map[argmap.ID]mapview.ArgMark, len(base))
	for id, mk := range base {
		marks[id] = mapview.ArgMark{Scheme: mk.Scheme, Inapplicable: mk.Inapplicable}
	}
	// render.ArgMarks lists an argument's questions in the map's order of
	// challenges; the texts follow the same walk.
	for _, ch := range m.Challenges {
		if ch.Kind != argmap.CriticalQuestion {
			continue
		}
		a := m.Argument(ch.Target)
		if a == nil {
			continue
		}
		mk := marks[a.ID]
		q := e.questionText(a, ch.Question)
		if q == "" {
			q = fmt.Sprintf("question %d of the scheme", ch.Question+1)
		}
		mk.Questions = append(mk.Questions, mapview.Question{Text: q, Answered: base[a.ID].Answered[len(mk.Questions)]})
		marks[a.ID] = mk
	}
	return marks
}
