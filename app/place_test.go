package app

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/scene"
)

// checkPlaced fails unless the card of claim id overlaps no other card and
// every link of it, as drawn, crosses no card but its own ends.
func checkPlaced(t *testing.T, e *Editor, what string, id argmap.ID) {
	t.Helper()
	s := shownView(t, e).Scene()
	c := s.Card(id)
	if c == nil {
		t.Fatalf("%s: no card for the new claim", what)
	}
	for i := range s.Cards {
		o := &s.Cards[i]
		if o.ID != id && o.Box.Intersects(c.Box) {
			t.Errorf("%s: the new card %v overlaps %q %v", what, c.Box, e.doc.Map().Claim(o.ID).Text, o.Box)
		}
	}
	for i := range s.Edges {
		ed := &s.Edges[i]
		mine := ed.Target == id
		for _, p := range ed.Premises {
			mine = mine || p == id
		}
		ends := map[argmap.ID]bool{ed.Target: true}
		for _, p := range ed.Premises {
			ends[p] = true
		}
		if ta := e.doc.Map().Argument(ed.Target); ta != nil { // an undercutter
			ends[ta.Target] = true
			for _, p := range ta.Premises {
				ends[p] = true
			}
		}
		for _, sg := range ed.Segs {
			for j := range s.Cards {
				o := &s.Cards[j]
				if mine && !ends[o.ID] && scene.SegHitsRect(sg, o.Box) {
					t.Errorf("%s: the new link crosses %q", what, e.doc.Map().Claim(o.ID).Text)
				}
				if !mine && o.ID == id && scene.SegHitsRect(sg, o.Box) {
					t.Errorf("%s: the new card sits on the link of %v", what, ed.ID)
				}
			}
		}
	}
}

// TestNewCardsGoToFreePlaces: reasons, objections, a rebuttal, an
// undercutter and a claim from the source text each land where they
// overlap no card and their links cross none, also when the room next to
// the conclusion is taken.
func TestNewCardsGoToFreePlaces(t *testing.T) {
	e, _ := attached(t)
	m := e.Map()
	mainC := claimByText(t, m, "Secondary schools")
	o1 := claimByText(t, m, "A later start")
	last := func() argmap.ID { return m.Claims[len(m.Claims)-1].ID }
	for i := 0; i < 4; i++ {
		e.Select([]argmap.ID{mainC.ID})
		e.addReason()
		shownView(t, e).CloseEditor()
		checkPlaced(t, e, "reason", last())
	}
	e.Select([]argmap.ID{mainC.ID})
	e.addObjection()
	shownView(t, e).CloseEditor()
	checkPlaced(t, e, "objection", last())
	e.Select([]argmap.ID{o1.ID})
	e.addRebuttal()
	shownView(t, e).CloseEditor()
	checkPlaced(t, e, "rebuttal", last())
	for _, a := range m.Arguments {
		if len(a.Premises) == 2 {
			e.Select([]argmap.ID{a.ID})
			e.addObjection() // an undercutter
			shownView(t, e).CloseEditor()
			checkPlaced(t, e, "undercutter", last())
		}
	}
	start := strings.Index(sourceFixture, passage)
	mustSourceText(t, e).Select(anchor.Span{Start: start, End: start + len(passage)})
	e.newClaimFromSelection()
	shownView(t, e).CloseEditor()
	checkPlaced(t, e, "claim from text", last())
	e.addClaim()
	shownView(t, e).CloseEditor()
	checkPlaced(t, e, "new claim", last())
}

// boxGap is the distance between boxes a and b (0 where they touch).
func boxGap(a, b scene.Rect) float64 {
	dx := math.Max(0, math.Max(a.X-(b.X+b.W), b.X-(a.X+a.W)))
	dy := math.Max(0, math.Max(a.Y-(b.Y+b.H), b.Y-(a.Y+a.H)))
	return math.Hypot(dx, dy)
}

// TestObjectionsLandNextToTarget: an objection added to any claim of the
// sample lands next to it, clear of other cards and links: the room
// between the two cards is at most a card and a half (625 before, on the
// coarse grid searched from the spot below the target) and typically
// little more than minRoom (70 before).
func TestObjectionsLandNextToTarget(t *testing.T) {
	e := newTestEditor(t)
	e.win.Resize(fyne.NewSize(1600, 1000))
	e.OpenSample()
	var ids []argmap.ID
	for _, c := range e.Map().Claims {
		ids = append(ids, c.ID)
	}
	var gaps []float64
	for _, id := range ids {
		e.Select([]argmap.ID{id})
		e.addObjection()
		shownView(t, e).CloseEditor()
		m := e.Map()
		n := m.Claims[len(m.Claims)-1].ID
		what := fmt.Sprintf("objection to %.30q", m.Claim(id).Text)
		checkPlaced(t, e, what, n)
		s := shownView(t, e).Scene()
		g := boxGap(s.Card(id).Box, s.Card(n).Box)
		if g > 1.5*newCardW {
			t.Errorf("%s: %.0f from it, want at most %.0f", what, g, 1.5*newCardW)
		}
		if g < minRoom-1 {
			t.Errorf("%s: %.0f from it, too close for its arrow to show", what, g)
		}
		gaps = append(gaps, g)
		e.doc.History().Undo()
	}
	sort.Float64s(gaps)
	med := gaps[len(gaps)/2]
	t.Logf("room between an objection and its target: median %.0f, most %.0f", med, gaps[len(gaps)-1])
	if med > minRoom+10 {
		t.Errorf("median room between an objection and its target %.0f, want at most %.0f", med, minRoom+10.0)
	}
}
