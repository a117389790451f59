package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/layout"
)

// cardSize measures cards for the layout: as the canvas draws them.
func (e *Editor) cardSize(id argmap.ID) (w, h float64) { return e.view.CardSize(id) }

// prepareImport lays out a map read from a format that has no positions
// (every card at the origin would be one pile). This is part of opening
// the file, not an undoable edit. placement.LayOut bounds its time on big
// maps and says why when a map cannot fit on the canvas.
func (e *Editor) prepareImport(m *argmap.Map) error {
	return placement.LayOut(m, nil)
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
		at := layout.PlaceNew(e.m, id, e.cardSize)
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

// readableZoom is the least zoom at which card text reads comfortably.
const readableZoom = 0.75

// fitReadable fits the map in the window, unless that makes the cards too
// small to read: then it shows the main claim and its first reasons at a
// readable size (Fit Map shows the whole).
func (e *Editor) fitReadable() {
	e.view.ZoomFit()
	if e.view.Zoom() >= readableZoom || len(e.m.Claims) == 0 {
		return
	}
	e.view.SetZoom(0.8)
	for _, c := range e.m.Claims {
		if r := e.roles[c.ID]; r == argmap.RoleMain {
			// The main claim near the top, what supports it below.
			z := float64(e.view.Zoom())
			_, h := e.cardSize(c.ID)
			down := float64(e.view.Size().Height)/2/z - h/2 - 30/z
			e.view.CenterOn(argmap.Point{X: c.Pos.X, Y: c.Pos.Y + max(down, 0)})
			return
		}
	}
}
