package compare

import (
	"math/rand/v2"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// randomEdit changes m as a person might: texts, polarities, targets,
// premises, deletions, additions (sometimes with an ID the other side also
// uses).
func randomEdit(r *rand.Rand, m *argmap.Map, shared []argmap.ID) {
	for range 1 + r.IntN(6) {
		switch k := r.IntN(8); {
		case k == 0 && len(m.Claims) > 1:
			m.Claims[r.IntN(len(m.Claims))].Text = "edited " + string(rune('a'+r.IntN(26)))
		case k == 1 && len(m.Arguments) > 0:
			a := m.Arguments[r.IntN(len(m.Arguments))]
			if a.Polarity == argmap.Pro {
				a.Polarity = argmap.Con
			} else {
				a.Polarity = argmap.Pro
			}
		case k == 2 && len(m.Arguments) > 0:
			m.Arguments[r.IntN(len(m.Arguments))].Target = m.Claims[r.IntN(len(m.Claims))].ID
		case k == 3 && len(m.Arguments) > 0:
			a := m.Arguments[r.IntN(len(m.Arguments))]
			a.Premises = append(a.Premises, m.Claims[r.IntN(len(m.Claims))].ID)
		case k == 4 && len(m.Claims) > 2:
			i := r.IntN(len(m.Claims))
			id := m.Claims[i].ID
			m.Claims = append(m.Claims[:i:i], m.Claims[i+1:]...)
			var keep []*argmap.Argument
			for _, a := range m.Arguments {
				if a.Target != id && !a.HasPremise(id) {
					keep = append(keep, a)
				}
			}
			m.Arguments = keep
		case k == 5:
			m.Claims = append(m.Claims, &argmap.Claim{ID: shared[r.IntN(len(shared))], Text: "added"})
		case k == 6 && len(m.Claims) > 1:
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: shared[r.IntN(len(shared))],
				Premises: []argmap.ID{m.Claims[r.IntN(len(m.Claims))].ID}, Target: m.Claims[r.IntN(len(m.Claims))].ID, Polarity: argmap.Con})
		case k == 7 && len(m.Arguments) > 0:
			a := m.Arguments[r.IntN(len(m.Arguments))]
			if len(a.Premises) > 1 {
				a.Premises = a.Premises[1:]
			}
		}
	}
	m.Reindex()
}

// Whatever two people do to one map, as long as each side is a valid map,
// the merge is one too (issue 19, item 11), and it is reported as clean
// only if nothing conflicted.
func TestMergeAlwaysValidRandom(t *testing.T) {
	t.Parallel()
	tried := 0
	for seed := range uint64(400) {
		r := rand.New(rand.NewPCG(seed, 7))
		base := gen.Tree(12, int64(seed))
		shared := []argmap.ID{argmap.NewID(), argmap.NewID(), argmap.NewID()}
		ours, theirs := base.Clone(), base.Clone()
		randomEdit(r, ours, shared)
		randomEdit(r, theirs, shared)
		if argmap.Validate(ours).HasErrors() || argmap.Validate(theirs).HasErrors() {
			continue
		}
		tried++
		for _, b := range []*argmap.Map{base, argmap.New("")} {
			m, cs := Merge(b, ours, theirs)
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("seed %d: the merge is not valid: %v\nconflicts: %v", seed, ps.Err(), cs)
			}
			if err := argmap.CheckLimits(m); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
	}
	if tried < 100 {
		t.Fatalf("only %d of 400 random edits gave valid sides", tried)
	}
}
