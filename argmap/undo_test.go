package argmap_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

// randomEdit makes an edit that may or may not apply to m; either way the
// laws below must hold.
func randomEdit(r *rand.Rand, m *argmap.Map, ids func() argmap.ID) argmap.Edit {
	claim := func() argmap.ID {
		if len(m.Claims) == 0 || r.IntN(20) == 0 {
			return ids() // sometimes an unknown ID: the edit must fail cleanly
		}
		return m.Claims[r.IntN(len(m.Claims))].ID
	}
	arg := func() argmap.ID {
		if len(m.Arguments) == 0 || r.IntN(20) == 0 {
			return ids()
		}
		return m.Arguments[r.IntN(len(m.Arguments))].ID
	}
	pol := func() argmap.Polarity {
		if r.IntN(3) == 0 {
			return argmap.Con
		}
		return argmap.Pro
	}
	switch r.IntN(21) {
	case 0, 1:
		return argmap.AddClaim(&argmap.Claim{ID: ids(), Text: fmt.Sprintf("new %d", r.IntN(1000)),
			Pos: argmap.Point{X: r.Float64() * 1000, Y: r.Float64() * 1000}})
	case 2, 3:
		prem := []argmap.ID{claim()}
		if r.IntN(3) == 0 {
			prem = append(prem, claim())
		}
		target := claim()
		if r.IntN(4) == 0 {
			target = arg()
		}
		return argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: prem, Target: target, Polarity: pol()})
	case 4:
		return argmap.Remove(claim())
	case 5:
		return argmap.Remove(arg())
	case 6:
		return argmap.SetText(claim(), fmt.Sprintf("edited %d", r.IntN(1000)))
	case 7:
		return argmap.Assess(claim(), []argmap.Assessment{"", argmap.Accepted, argmap.Questioned, argmap.Rejected}[r.IntN(4)])
	case 8:
		ids := []argmap.ID{claim(), claim()}
		return argmap.Move(ids, []argmap.Point{{X: 1, Y: 2}, {X: r.Float64(), Y: 3}}, r.IntN(2) == 0)
	case 9:
		return argmap.SetPinned([]argmap.ID{claim()}, r.IntN(2) == 0)
	case 10:
		return argmap.SetColor(m, claim(), "#ff0000")
	case 11:
		return argmap.AddTag(m, claim(), fmt.Sprintf("t%d", r.IntN(3)))
	case 12:
		return argmap.RemoveTag(m, claim(), fmt.Sprintf("t%d", r.IntN(3)))
	case 13:
		return argmap.AddComment(m, arg(), argmap.Comment{ID: ids(), Author: "a", Time: time.Unix(int64(r.IntN(1e9)), 0).UTC(), Text: "c"})
	case 14:
		return argmap.SetPolarity(arg(), pol())
	case 15:
		return argmap.SetTarget(arg(), claim())
	case 16:
		return argmap.AddPremise(arg(), claim())
	case 17:
		return argmap.RemovePremise(arg(), claim())
	case 18:
		ch := &argmap.Challenge{ID: ids(), Kind: argmap.Question, Target: claim(), Status: argmap.Open}
		return argmap.AddChallenge(ch)
	case 19:
		// Revert to Saved: the whole map for another.
		return argmap.ReplaceMap("Revert to Saved", gen.Tree(1+r.IntN(20), r.Int64()))
	default:
		return argmap.Batch("batch", argmap.SetText(claim(), "b"), argmap.Remove(claim()), argmap.Assess(claim(), argmap.Rejected))
	}
}

// snapshot is the encoded map: the undo law is about bytes on disk.
func snapshot(t *testing.T, m *argmap.Map) []byte {
	t.Helper()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestUndoLaw: every edit, applied and reverted, leaves the map exactly as
// it was; a failed edit changes nothing; redo after undo gives the same map
// as the first apply.
func TestUndoLaw(t *testing.T) {
	t.Parallel()
	for seed := range 40 {
		r := rand.New(rand.NewPCG(uint64(seed), 1))
		ids := argmap.DeterministicIDs(fmt.Sprint("undo", seed))
		m := gen.Tree(30, int64(seed))
		for step := range 60 {
			e := randomEdit(r, m, ids)
			before := snapshot(t, m)
			if err := e.Apply(m); err != nil {
				if got := snapshot(t, m); !bytes.Equal(got, before) {
					t.Fatalf("seed %d step %d: failed %q (%v) changed the map", seed, step, e.Label(), err)
				}
				continue
			}
			after := snapshot(t, m)
			e.Revert(m)
			if got := snapshot(t, m); !bytes.Equal(got, before) {
				t.Fatalf("seed %d step %d: revert of %q did not restore the map", seed, step, e.Label())
			}
			if err := e.Apply(m); err != nil {
				t.Fatalf("seed %d step %d: redo of %q failed: %v", seed, step, e.Label(), err)
			}
			if got := snapshot(t, m); !bytes.Equal(got, after) {
				t.Fatalf("seed %d step %d: redo of %q differs from the first apply", seed, step, e.Label())
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("seed %d step %d: %q left an invalid map: %v", seed, step, e.Label(), ps.Err())
			}
		}
	}
}

// TestHistoryRandom: random sequences of edits, undos and redos keep the
// map valid, and undoing everything returns the original.
func TestHistoryRandom(t *testing.T) {
	t.Parallel()
	for seed := range 30 {
		r := rand.New(rand.NewPCG(uint64(seed), 2))
		ids := argmap.DeterministicIDs(fmt.Sprint("hist", seed))
		m := gen.Tree(25, int64(seed))
		orig := snapshot(t, m)
		h := argmap.NewHistory(m)
		for range 80 {
			switch r.IntN(6) {
			case 0:
				h.Undo()
			case 1:
				h.Redo()
			default:
				_ = h.Do(randomEdit(r, m, ids))
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("seed %d: invalid map: %v", seed, ps.Err())
			}
		}
		for h.Undo() {
		}
		if got := snapshot(t, m); !bytes.Equal(got, orig) {
			t.Fatalf("seed %d: undo all did not return the original map", seed)
		}
		if h.Dirty() {
			t.Fatalf("seed %d: dirty after undoing everything", seed)
		}
	}
}

// TestReplaceMapUndo: ReplaceMap puts another map's content in the map
// itself (the history and the views keep holding it), lookups by ID find
// the new claims and not the old, and undo and redo swap the two back and
// forth byte for byte.
func TestReplaceMapUndo(t *testing.T) {
	t.Parallel()
	m := gen.Tree(12, 1)
	saved := gen.Tree(5, 2)
	mine, theirs := snapshot(t, m), snapshot(t, saved)
	oldID, newID := m.Claims[0].ID, saved.Claims[0].ID
	h := argmap.NewHistory(m)
	var told argmap.Change // what the history said changed
	h.OnChange = func(c argmap.Change) { told = c }
	// In a group too (the editor's adds are), the swap is said.
	h.Begin("Revert to Saved")
	if err := h.Do(argmap.ReplaceMap("Revert to Saved", saved)); err != nil {
		t.Fatal(err)
	}
	h.End()
	for _, step := range []struct {
		name string
		do   func() bool
		want []byte
		has  argmap.ID // a claim the map must find
		lost argmap.ID // one it must not
	}{
		{"replaced", func() bool { return true }, theirs, newID, oldID},
		{"undo", h.Undo, mine, oldID, newID},
		{"redo", h.Redo, theirs, newID, oldID},
	} {
		if !step.do() {
			t.Fatalf("%s: nothing to do", step.name)
		}
		if h.Map() != m {
			t.Fatalf("%s: the history holds another map", step.name)
		}
		if got := snapshot(t, m); !bytes.Equal(got, step.want) {
			t.Errorf("%s: the map is not the one wanted", step.name)
		}
		if m.Claim(step.has) == nil || m.Claim(step.lost) != nil {
			t.Errorf("%s: claim %s found %v, claim %s found %v", step.name, step.has, m.Claim(step.has) != nil, step.lost, m.Claim(step.lost) != nil)
		}
		// The views learn that the whole map was swapped (the editor's
		// routes are another map's then).
		if !told.Replaced || told.Aspects != argmap.Everything {
			t.Errorf("%s: the history told of %+v, want Everything, Replaced", step.name, told)
		}
		told = argmap.Change{}
	}
	if h.UndoLabel() != "Revert to Saved" {
		t.Errorf("undo label %q", h.UndoLabel())
	}
}
