package app

import (
	"fmt"
	"math"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/layout"
)

// cardSize measures cards for the layout: as the canvas draws them.
func (e *Editor) cardSize(id argmap.ID) (w, h float64) { return e.view.CardSize(id) }

// prepareImport lays out a map read from a format that has no positions
// (every card at the origin would be one pile). This is part of opening
// the file, not an undoable edit. Maps the full layout handles in bounded
// time are drawn with the canvas's card sizes and keep their routes; bigger
// ones, or a drawing beyond the coordinate limit, go to placement.LayOut,
// which falls back to a grid and says why when a map cannot fit.
func (e *Editor) prepareImport(m *argmap.Map) error {
	if !layout.NeedsLayout(m) {
		return nil
	}
	if len(m.Claims) <= placement.MaxFullLayout && len(m.Arguments) <= placement.MaxFullLayout {
		d := layout.Draw(m, sizeFor(m), e.importOptions())
		if placement.InRange(d.Pos) {
			for _, c := range m.Claims {
				if p, ok := d.Pos[c.ID]; ok {
					c.Pos = p
				}
			}
			e.routes.pending, e.routes.pendingFor = d.Routes, m
			return nil
		}
	}
	return placement.LayOut(m, sizeFor(m))
}

// tidy lays out the whole map (pinned cards stay) as one undo step.
func (e *Editor) tidy() {
	ed, rs := layout.TidyRoutes(e.doc.Map(), e.cardSize, e.layoutOptions())
	e.keepRoutes(rs)
	if e.do(argmap.Batch("Tidy Layout", ed)) == nil {
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
	e.do(argmap.Batch("Tidy Selection", layout.TidySelection(e.doc.Map(), ids, e.cardSize, layout.Options{})))
}

// unpin lets the layout move the selected claims (all claims when nothing
// is selected) again.
func (e *Editor) unpin() {
	ids := e.selectedClaims()
	if len(ids) == 0 {
		for _, c := range e.doc.Map().Claims {
			ids = append(ids, c.ID)
		}
	}
	var pinned []argmap.ID
	for _, id := range ids {
		if c := e.doc.Map().Claim(id); c != nil && c.Pinned {
			pinned = append(pinned, id)
		}
	}
	if len(pinned) == 0 {
		e.status.message("Nothing pinned: Tidy Layout may move these cards already")
		return
	}
	if e.do(argmap.SetPinned(pinned, false)) == nil {
		e.status.message(plural(len(pinned), "card", "cards") + " unpinned: Tidy Layout may move them")
	}
}

// selectedClaims is the selection without its arguments.
func (e *Editor) selectedClaims() []argmap.ID {
	var ids []argmap.ID
	for _, id := range e.doc.Selection() {
		if e.doc.Map().Claim(id) != nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// addPlaced runs add (an edit that adds the claim id and its arguments)
// and then moves the new card to a free place beside its neighbours, as one
// undo step under label.
func (e *Editor) addPlaced(label string, add argmap.Edit, id argmap.ID) bool {
	e.doc.History().Begin(label)
	ok := e.do(add) == nil
	if ok {
		at := e.placeNew(id)
		if c := e.doc.Map().Claim(id); c != nil && c.Pos != at {
			e.do(argmap.Move([]argmap.ID{id}, []argmap.Point{at}, false))
		}
	}
	e.doc.History().End()
	// The history reports changes as they apply, inside the group; the
	// menus learn the group's label only now.
	e.refreshWith(argmap.Change{})
	return ok
}

// fitReadable is the first look at a map: the whole map when it reads at
// that size, else the main conclusion and its reasons at a readable size
// (Fit Map shows the whole).
func (e *Editor) fitReadable() { e.view.FitReadable() }

// maxSpread is the most an imported layout is scaled up to make room for
// our cards; a layout that needs more (cards piled at one point) is tidied.
const maxSpread = 12.0

// spreadImport makes room in a layout imported from a tool that draws
// smaller cards (OVA, AIF x/y): when cards overlap drawn at our size, it
// scales every position about the map's centre by the least factor that
// parts them all (scaling keeps the picture the author drew), or tidies
// the map when that factor would be absurd. It is one undoable edit.
func (e *Editor) spreadImport() {
	s := e.view.Scene()
	if s == nil || len(s.Cards) < 2 {
		return
	}
	k := 1.0
	for i := range s.Cards {
		a := &s.Cards[i]
		for _, id := range s.CardsIn(a.Box.Inset(gapX / 4)) {
			j := s.CardIndex(id)
			if j <= i {
				continue
			}
			b := &s.Cards[j]
			ca, cb := a.Box.Center(), b.Box.Center()
			need := math.Inf(1) // parted along x or along y: either will do
			if dx := math.Abs(ca.X - cb.X); dx > 0 {
				need = math.Min(need, ((a.Box.W+b.Box.W)/2+gapX/2)/dx)
			}
			if dy := math.Abs(ca.Y - cb.Y); dy > 0 {
				need = math.Min(need, ((a.Box.H+b.Box.H)/2+gapX/2)/dy)
			}
			k = math.Max(k, need)
		}
	}
	if k <= 1 {
		return
	}
	if k > maxSpread {
		ed, rs := layout.TidyRoutes(e.doc.Map(), e.cardSize, e.layoutOptions())
		e.keepRoutes(rs)
		if e.do(argmap.Batch("Tidy Imported Layout", ed)) == nil {
			e.view.FitReadable()
			e.status.message("The imported cards were piled up: the map was tidied (Undo restores the original layout)")
		}
		return
	}
	c := s.Bounds.Center()
	var ids []argmap.ID
	var to []argmap.Point
	for _, cl := range e.doc.Map().Claims {
		ids = append(ids, cl.ID)
		to = append(to, argmap.Point{X: c.X + (cl.Pos.X-c.X)*k, Y: c.Y + (cl.Pos.Y-c.Y)*k})
	}
	if e.do(argmap.Batch("Spread Imported Layout", argmap.Move(ids, to, false))) == nil {
		e.view.FitReadable()
		e.status.message(fmt.Sprintf("The imported layout was spread ×%.1f so that no cards overlap (Undo restores it)", k))
	}
}
