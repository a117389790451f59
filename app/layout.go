package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
)

// cardSize measures cards for the layout: as the canvas draws them.
func (e *Editor) cardSize(id argmap.ID) (w, h float64) { return e.view.CardSize(id) }

// prepareImport lays out a map read from a format that has no positions
// (every card at the origin would be one pile). This is part of opening
// the file, not an undoable edit.
func (e *Editor) prepareImport(m *argmap.Map) {
	if !layout.NeedsLayout(m) {
		return
	}
	pos := layout.Layout(m, nil, layout.Options{})
	for _, c := range m.Claims {
		if p, ok := pos[c.ID]; ok {
			c.Pos = p
		}
	}
}

// tidy lays out the whole map (pinned cards stay) as one undo step.
func (e *Editor) tidy() {
	if e.do(argmap.Batch("Tidy Layout", layout.Tidy(e.m, e.cardSize, layout.Options{}))) {
		e.view.ZoomFit()
	}
}

// tidySelection lays out the selected claims among themselves.
func (e *Editor) tidySelection() {
	ids := e.selectedClaims()
	if len(ids) < 2 {
		e.status.message("Select two or more cards to tidy them")
		return
	}
	e.do(argmap.Batch("Tidy Selection", layout.TidySelection(e.m, ids, e.cardSize, layout.Options{})))
}

// unpin lets the layout move the selected claims (all claims when nothing
// is selected) again.
func (e *Editor) unpin() {
	ids := e.selectedClaims()
	if len(ids) == 0 {
		for _, c := range e.m.Claims {
			ids = append(ids, c.ID)
		}
	}
	var pinned []argmap.ID
	for _, id := range ids {
		if c := e.m.Claim(id); c != nil && c.Pinned {
			pinned = append(pinned, id)
		}
	}
	if len(pinned) == 0 {
		e.status.message("Nothing pinned: Tidy Layout may move these cards already")
		return
	}
	if e.do(argmap.SetPinned(pinned, false)) {
		e.status.message(plural(len(pinned), "card", "cards") + " unpinned: Tidy Layout may move them")
	}
}

// selectedClaims is the selection without its arguments.
func (e *Editor) selectedClaims() []argmap.ID {
	var ids []argmap.ID
	for _, id := range e.sel {
		if e.m.Claim(id) != nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// addPlaced runs add (an edit that adds the claim id and its arguments)
// and then moves the new card to a free place beside its neighbours, as one
// undo step under label.
func (e *Editor) addPlaced(label string, add argmap.Edit, id argmap.ID) bool {
	e.hist.Begin(label)
	ok := e.do(add)
	if ok {
		at := e.placeNew(id)
		if c := e.m.Claim(id); c != nil && c.Pos != at {
			e.do(argmap.Move([]argmap.ID{id}, []argmap.Point{at}, false))
		}
	}
	e.hist.End()
	// The history reports changes as they apply, inside the group; the
	// menus learn the group's label only now.
	e.refreshAll()
	return ok
}

// fitReadable is the first look at a map: the whole map when it reads at
// that size, else the main conclusion and its reasons at a readable size
// (Fit Map shows the whole).
func (e *Editor) fitReadable() { e.view.FitReadable() }
