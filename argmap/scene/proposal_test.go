package scene

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestProposedCardsAndEdges: a pending claim's card and the arguments
// that are pending or touch a pending claim are marked Proposed (the
// canvas draws them dashed and faded), the card's label says so; accepted
// ones are not; accepting clears the marks.
func TestProposedCardsAndEdges(t *testing.T) {
	t.Parallel()
	m := argmap.New("suggestions")
	ids := argmap.DeterministicIDs("scene-proposals")
	thesis, reason, sugg := ids(), ids(), ids()
	ra, sa, ua := ids(), ids(), ids()
	p := &argmap.Proposal{By: "suggester"}
	m.Claims = []*argmap.Claim{
		{ID: thesis, Text: "Thesis", Pos: argmap.Point{X: 0, Y: 0}},
		{ID: reason, Text: "Reason", Pos: argmap.Point{X: -200, Y: 250}},
		{ID: sugg, Text: "Suggested", Pos: argmap.Point{X: 200, Y: 250}, Proposal: p},
	}
	m.Arguments = []*argmap.Argument{
		{ID: ra, Premises: []argmap.ID{reason}, Target: thesis, Polarity: argmap.Pro},
		// An accepted argument from a pending claim is drawn pending too.
		{ID: sa, Premises: []argmap.ID{sugg}, Target: thesis, Polarity: argmap.Con},
		// A pending argument between accepted claims.
		{ID: ua, Premises: []argmap.ID{thesis}, Target: reason, Polarity: argmap.Con, Proposal: p},
	}
	m.Reindex()
	s := Build(m, Mono, Options{})
	for _, tc := range []struct {
		id   argmap.ID
		card bool
		want bool
	}{
		{thesis, true, false}, {reason, true, false}, {sugg, true, true},
		{ra, false, false}, {sa, false, true}, {ua, false, true},
	} {
		var got bool
		if tc.card {
			c := s.Card(tc.id)
			got = c.Proposed
			if strings.HasSuffix(c.Label.S, SuggestedLabel) != tc.want {
				t.Errorf("card label %q", c.Label.S)
			}
		} else {
			got = s.Edge(tc.id).Proposed
		}
		if got != tc.want {
			t.Errorf("%v: proposed %v, want %v", tc.id, got, tc.want)
		}
	}
	if err := argmap.Accept(sugg, ua).Apply(m); err != nil {
		t.Fatal(err)
	}
	s = Build(m, Mono, Options{})
	for _, c := range s.Cards {
		if c.Proposed || strings.Contains(c.Label.S, SuggestedLabel) {
			t.Errorf("card %q still proposed after accept", c.Label.S)
		}
	}
	for _, e := range s.Edges {
		if e.Proposed {
			t.Errorf("edge %v still proposed after accept", e.ID)
		}
	}
}
