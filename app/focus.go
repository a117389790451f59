package app

import (
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
)

// focusSteps are the choices of how far around the focused claim to show.
var focusSteps = []int{1, 2, 3, 5}

// navState is what of a large map is shown: a focus (a claim and the
// claims up to steps away from it; the rest dimmed) and collapsed branches
// (what hangs beneath a collapsed claim is dimmed too: mapview has no
// hidden set, so SetDimmed shows both).
type navState struct {
	focus     argmap.ID
	steps     int
	collapsed map[argmap.ID]bool
	keep      map[argmap.ID]bool // what was last passed to SetDimmed

	focusItem, showAll, collapse, expand *fyne.MenuItem
	stepItems                            []*fyne.MenuItem
}

func newNavState() *navState { return &navState{steps: 2, collapsed: map[argmap.ID]bool{}} }

// applyDimming recomputes what is shown from the focus and the collapsed
// branches, after any change of the map (an edit may join or cut a branch).
func (e *Editor) applyDimming() {
	n := e.nav
	if n == nil {
		return
	}
	if n.focus != argmap.NilID && !e.exists(n.focus) {
		n.focus = argmap.NilID
	}
	for id := range n.collapsed {
		if !e.exists(id) {
			delete(n.collapsed, id)
		}
	}
	var keep map[argmap.ID]bool
	if n.focus != argmap.NilID {
		keep = argmap.Neighbourhood(e.doc.Map(), n.focus, n.steps)
	}
	if len(n.collapsed) > 0 {
		if keep == nil {
			keep = make(map[argmap.ID]bool, len(e.doc.Map().Claims)+len(e.doc.Map().Arguments))
			for _, c := range e.doc.Map().Claims {
				keep[c.ID] = true
			}
			for _, a := range e.doc.Map().Arguments {
				keep[a.ID] = true
			}
		}
		for id := range n.collapsed {
			for _, b := range argmap.Branch(e.doc.Map(), id) {
				delete(keep, b)
			}
		}
	}
	n.keep = keep
	e.view.SetDimmed(keep)
	e.updateNavMenu()
}

// focusOn shows only what is within the focus steps of id.
func (e *Editor) focusOn(id argmap.ID) {
	if !e.exists(id) {
		return
	}
	e.nav.focus = id
	e.applyDimming()
	shown := 0
	for _, c := range e.doc.Map().Claims {
		if e.nav.keep[c.ID] {
			shown++
		}
	}
	e.status.message(fmt.Sprintf("Focus: %d of %d claims within %d steps (View › Show All to end)", shown, len(e.doc.Map().Claims), e.nav.steps))
}

// focusOnSelection focuses on the one selected claim or argument.
func (e *Editor) focusOnSelection() {
	if id, ok := e.single(); ok {
		e.focusOn(id)
		e.view.Reveal(id)
	}
}

// setFocusSteps changes how far the focus reaches.
func (e *Editor) setFocusSteps(n int) {
	e.nav.steps = n
	if e.nav.focus == argmap.NilID {
		e.focusOnSelection()
	} else {
		e.focusOn(e.nav.focus)
	}
	e.updateNavMenu()
}

// showAll ends the focus and expands every branch.
func (e *Editor) showAll() {
	e.nav.focus = argmap.NilID
	clear(e.nav.collapsed)
	e.applyDimming()
	e.status.message("Showing the whole map")
}

// setCollapsed collapses or expands the branch beneath the selected claim.
func (e *Editor) setCollapsed(on bool) {
	id, ok := e.single()
	if !ok || e.doc.Map().Claim(id) == nil {
		return
	}
	if on {
		e.nav.collapsed[id] = true
	} else {
		delete(e.nav.collapsed, id)
	}
	e.applyDimming()
	if on {
		e.status.message(fmt.Sprintf("Collapsed: %d claims and arguments beneath are dimmed", len(argmap.Branch(e.doc.Map(), id))))
	}
}

// ensureShown ends the focus or expands the branches that keep id out of
// sight, so that jumping to it shows it.
func (e *Editor) ensureShown(id argmap.ID) {
	n := e.nav
	if n.keep == nil || n.keep[id] {
		return
	}
	if n.focus != argmap.NilID {
		n.focus = id
	}
	for c := range n.collapsed {
		for _, b := range argmap.Branch(e.doc.Map(), c) {
			if b == id {
				delete(n.collapsed, c)
				break
			}
		}
	}
	e.applyDimming()
}

// navMenuItems are the View menu's items for large maps.
func (e *Editor) navMenuItems() []*fyne.MenuItem {
	n := e.nav
	n.focusItem = item("Focus on Selection", nil, e.focusOnSelection)
	steps := fyne.NewMenuItem("Focus Steps", nil)
	var items []*fyne.MenuItem
	n.stepItems = nil
	for _, s := range focusSteps {
		it := fyne.NewMenuItem(plural(s, "step", "steps")+" around", func() { e.setFocusSteps(s) })
		n.stepItems = append(n.stepItems, it)
		items = append(items, it)
	}
	steps.ChildMenu = fyne.NewMenu("", items...)
	n.showAll = item("Show All", nil, e.showAll)
	n.collapse = item("Collapse Branch", nil, func() { e.setCollapsed(true) })
	n.expand = item("Expand Branch", nil, func() { e.setCollapsed(false) })
	e.updateNavMenu()
	return []*fyne.MenuItem{n.focusItem, steps, n.showAll, fyne.NewMenuItemSeparator(), n.collapse, n.expand}
}

// updateNavMenu brings the items' states in line with the selection.
func (e *Editor) updateNavMenu() {
	n := e.nav
	if n == nil || n.focusItem == nil {
		return
	}
	id, one := e.single()
	claim := one && e.doc.Map().Claim(id) != nil
	n.focusItem.Disabled = !one
	n.showAll.Disabled = n.focus == argmap.NilID && len(n.collapsed) == 0
	n.collapse.Disabled = !claim || n.collapsed[id]
	n.expand.Disabled = !claim || !n.collapsed[id]
	for i, it := range n.stepItems {
		it.Checked = focusSteps[i] == n.steps
	}
}
