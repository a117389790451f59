package argmap

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// treeMap is a small stand-in for gen.Tree (which this package cannot
// import): n claims in a random tree, every claim but the root a premise
// of a pro (85%) or con argument on its parent.
func treeMap(n int) *Map {
	r := rand.New(rand.NewPCG(1, 2))
	ids := DeterministicIDs(fmt.Sprint("tree", n))
	m := New("tree")
	for i := 0; i < n; i++ {
		m.Claims = append(m.Claims, &Claim{ID: ids(), Text: fmt.Sprint("c", i)})
		if i == 0 {
			continue
		}
		pol := Pro
		if r.IntN(100) < 15 {
			pol = Con
		}
		m.Arguments = append(m.Arguments, &Argument{ID: ids(), Premises: []ID{m.Claims[i].ID},
			Target: m.Claims[r.IntN(i)].ID, Polarity: pol})
	}
	m.Reindex()
	return m
}

// BenchmarkSolveTree20000 times the worklist alone, on a graph already
// built: what Evaluate costs beyond reading the map's IDs.
func BenchmarkSolveTree20000(b *testing.B) {
	s := new(evalScratch)
	g := buildEvalGraph(treeMap(20000), s)
	claims := slices.Clone(g.claims)
	for b.Loop() {
		copy(g.claims, claims) // solve sets cProIn
		s.reset(g.init, g.n())
		g.solve(s.labels, s)
	}
}

// BenchmarkBuildTree20000 times reading the map into the graph.
func BenchmarkBuildTree20000(b *testing.B) {
	m := treeMap(20000)
	s := new(evalScratch)
	for b.Loop() {
		buildEvalGraph(m, s)
	}
}

// TestEvalMemo checks that an evaluation that reuses the map's memo after
// an edit labels like one on a fresh copy of the map (which has no memo),
// for edits that keep the graph's shape and edits that change it, made
// with or without Reindex.
func TestEvalMemo(t *testing.T) {
	ids := DeterministicIDs("memo")
	cases := []struct {
		name string
		edit func(m *Map)
	}{
		{"none", func(m *Map) {}},
		{"assessment", func(m *Map) { m.Claims[3].Assessment = Rejected }},
		{"text", func(m *Map) { m.Claims[3].Text = "changed" }},
		{"target", func(m *Map) { m.Arguments[5].Target = m.Claims[0].ID }},
		{"polarity", func(m *Map) {
			for _, a := range m.Arguments {
				if a.Polarity == Pro {
					a.Polarity = Con
				} else {
					a.Polarity = Pro
				}
			}
		}},
		// A write into a premise list that no Edit makes needs Reindex
		// (TestEvalMemoEdits covers the edits).
		{"premise", func(m *Map) { m.Arguments[7].Premises[0] = m.Claims[1].ID; m.Reindex() }},
		{"premises replaced", func(m *Map) { m.Arguments[7].Premises = []ID{m.Claims[1].ID} }},
		{"premise added", func(m *Map) {
			m.Arguments[7].Premises = append(m.Arguments[7].Premises, m.Claims[2].ID)
		}},
		{"claim id", func(m *Map) { m.Claims[4].ID = ids(); m.Reindex() }},
		{"claim id no reindex", func(m *Map) { m.Claims[4].ID = ids() }},
		{"claims swapped", func(m *Map) { m.Claims[1], m.Claims[2] = m.Claims[2], m.Claims[1] }},
		{"argument removed", func(m *Map) { m.Arguments = m.Arguments[:len(m.Arguments)-1] }},
		{"undercut", func(m *Map) {
			c := &Claim{ID: ids(), Text: "u"}
			m.Claims = append(m.Claims, c)
			m.Arguments = append(m.Arguments, &Argument{ID: ids(), Premises: []ID{c.ID},
				Target: m.Arguments[2].ID, Polarity: Con})
		}},
		{"question", func(m *Map) {
			m.Challenges = append(m.Challenges, &Challenge{ID: ids(), Kind: Question,
				Target: m.Claims[0].ID, Status: Open})
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := treeMap(60)
			Evaluate(m) // fills the memo
			tc.edit(m)
			got, want := Evaluate(m), Evaluate(m.Clone())
			for _, c := range m.Claims {
				if got.Claim(c.ID) != want.Claim(c.ID) || got.Reason(c.ID) != want.Reason(c.ID) {
					t.Errorf("claim %s: %v %q, fresh %v %q", c.Text, got.Claim(c.ID), got.Reason(c.ID),
						want.Claim(c.ID), want.Reason(c.ID))
				}
			}
			for _, a := range m.Arguments {
				if got.Argument(a.ID) != want.Argument(a.ID) {
					t.Errorf("argument %v: %v, fresh %v", a.ID, got.Argument(a.ID), want.Argument(a.ID))
				}
			}
		})
	}
}

// sameLabels fails t unless got labels and explains m like want.
func sameLabels(t *testing.T, m *Map, got, want *Labelling) {
	t.Helper()
	for _, c := range m.Claims {
		if got.Claim(c.ID) != want.Claim(c.ID) || got.Reason(c.ID) != want.Reason(c.ID) {
			t.Errorf("claim %s: %v %q, fresh %v %q", c.Text, got.Claim(c.ID), got.Reason(c.ID),
				want.Claim(c.ID), want.Reason(c.ID))
		}
	}
	for _, a := range m.Arguments {
		if got.Argument(a.ID) != want.Argument(a.ID) || got.Reason(a.ID) != want.Reason(a.ID) {
			t.Errorf("argument %v: %v %q, fresh %v %q", a.ID, got.Argument(a.ID), got.Reason(a.ID),
				want.Argument(a.ID), want.Reason(a.ID))
		}
	}
}

// TestEvalMemoEdits checks that every kind of edit that changes the graph's
// shape invalidates the memo's short check (the premise lists it trusts
// without reading), when done, undone and redone through a History: each
// evaluation labels like one on a fresh copy of the map.
func TestEvalMemoEdits(t *testing.T) {
	ids := DeterministicIDs("memo-edits")
	cases := []struct {
		name string
		edit func(m *Map) Edit
	}{
		{"premise written in place", func(m *Map) Edit {
			c := m.Claims[1].ID
			return UpdateArgument(m.Arguments[7].ID, "p", func(a *Argument) { a.Premises[0] = c })
		}},
		{"add premise", func(m *Map) Edit { return AddPremise(m.Arguments[7].ID, m.Claims[2].ID) }},
		{"remove premise", func(m *Map) Edit {
			a := m.Arguments[7]
			return Batch("b", AddPremise(a.ID, m.Claims[2].ID), RemovePremise(a.ID, a.Premises[0]))
		}},
		{"target", func(m *Map) Edit { return SetTarget(m.Arguments[5].ID, m.Claims[0].ID) }},
		{"polarity", func(m *Map) Edit {
			a := m.Arguments[5]
			p := Pro
			if a.Polarity == Pro {
				p = Con
			}
			return SetPolarity(a.ID, p)
		}},
		{"add argument", func(m *Map) Edit {
			return AddArgument(&Argument{ID: ids(), Premises: []ID{m.Claims[9].ID}, Target: m.Claims[1].ID, Polarity: Con})
		}},
		{"add claim and undercut", func(m *Map) Edit {
			c := &Claim{ID: ids(), Text: "u"}
			return Batch("b", AddClaim(c), AddArgument(&Argument{ID: ids(), Premises: []ID{c.ID},
				Target: m.Arguments[2].ID, Polarity: Con}))
		}},
		{"remove claim", func(m *Map) Edit { return Remove(m.Claims[5].ID) }},
		{"remove argument", func(m *Map) Edit { return Remove(m.Arguments[3].ID) }},
		{"assess", func(m *Map) Edit { return Assess(m.Claims[2].ID, Rejected) }},
		{"critical question", func(m *Map) Edit {
			return AddChallenge(&Challenge{ID: ids(), Kind: CriticalQuestion, Target: m.Arguments[4].ID, Status: Open})
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := treeMap(60)
			h := NewHistory(m)
			check := func(step string) {
				t.Helper()
				Evaluate(m) // the memo, and a full check after a reshape
				got := Evaluate(m)
				t.Run(step, func(t *testing.T) { sameLabels(t, m, got, Evaluate(m.Clone())) })
			}
			check("before")
			if err := h.Do(tc.edit(m)); err != nil {
				t.Fatal(err)
			}
			check("done")
			h.Undo()
			check("undone")
			h.Redo()
			check("redone")
		})
	}
}

// BenchmarkEvaluateColdTree20000 is Evaluate after an edit of the graph's
// shape: the memo does not match and the IDs are resolved again.
func BenchmarkEvaluateColdTree20000(b *testing.B) {
	m := treeMap(20000)
	for b.Loop() {
		m.eval = new(evalMemo)
		Evaluate(m)
	}
}

// TestEvalMemoConcurrent evaluates one map from several goroutines, as
// readers may (run with -race): the memo is shared safely.
func TestEvalMemoConcurrent(t *testing.T) {
	m := treeMap(200)
	want := Evaluate(m.Clone()).ClaimCounts()
	done := make(chan Counts)
	for range 4 {
		go func() { done <- Evaluate(m).ClaimCounts() }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("counts %v, want %v", got, want)
		}
	}
}
