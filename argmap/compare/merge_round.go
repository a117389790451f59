package compare

import (
	"slices"

	"github.com/argmap/argmap/argmap"
)

// round merges the debate round as one value: the side that changed it
// wins; changed both ways, ours is kept and the conflict reported.
func (mg *merger) round(b, o, t *argmap.Map) {
	eq := func(x, y *argmap.Round) bool {
		if x == nil || y == nil {
			return x == y
		}
		return x.Format == y.Format && slices.Equal(x.Speeches, y.Speeches)
	}
	switch {
	case eq(o.Round, t.Round), eq(b.Round, t.Round):
		mg.out.Round = o.Round.Clone()
	case eq(b.Round, o.Round):
		mg.out.Round = t.Round.Clone()
	default:
		mg.out.Round = o.Round.Clone()
		mg.conflict("map", argmap.NilID, "round", "", "", "the debate round changed both ways: ours kept")
	}
}

// speeches merges each claim's speech like any field, then takes out of
// its speech a claim whose speech the merged round lacks, so that the
// merged map stays valid.
func (mg *merger) speeches(b, o, t *argmap.Map) {
	speech := func(m *argmap.Map, id argmap.ID) argmap.ID {
		if c := m.Claim(id); c != nil {
			return c.Speech
		}
		return argmap.NilID
	}
	for _, c := range mg.out.Claims {
		sp, ok := pick(speech(b, c.ID), speech(o, c.ID), speech(t, c.ID))
		if !ok {
			mg.conflict("claim", c.ID, "speech", "", "", "speech changed both ways: ours kept")
		}
		if sp != argmap.NilID && mg.out.Round.Index(sp) < 0 {
			mg.conflict("claim", c.ID, "speech", "", "", "made in a speech the merged round lacks: taken out of the round")
			sp = argmap.NilID
		}
		c.Speech = sp
	}
}
