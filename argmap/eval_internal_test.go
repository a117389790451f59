package argmap

import (
	"fmt"
	"math/rand/v2"
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
	g := buildEvalGraph(treeMap(20000))
	claims := append([]claimFlags(nil), g.claims...)
	labels := make([]Label, g.n())
	for b.Loop() {
		copy(g.claims, claims) // solve sets cProIn
		clear(labels)
		s := g.m.eval.borrowScratch(g.init, g.n())
		g.solve(labels, s)
		g.m.eval.giveBack(s)
	}
}

// BenchmarkBuildTree20000 times reading the map into the graph.
func BenchmarkBuildTree20000(b *testing.B) {
	m := treeMap(20000)
	for b.Loop() {
		buildEvalGraph(m)
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
		{"premise", func(m *Map) { m.Arguments[7].Premises[0] = m.Claims[1].ID }},
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
