package eval

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// treeMap is a small stand-in for gen.Tree: n claims in a random tree,
// every claim but the root a premise of a pro (85%) or con argument on its
// parent.
func treeMap(n int) *argmap.Map {
	r := rand.New(rand.NewPCG(1, 2))
	ids := argmap.DeterministicIDs(fmt.Sprint("tree", n))
	m := argmap.New("tree")
	for i := 0; i < n; i++ {
		m.Claims = append(m.Claims, &argmap.Claim{ID: ids(), Text: fmt.Sprint("c", i)})
		if i == 0 {
			continue
		}
		pol := argmap.Pro
		if r.IntN(100) < 15 {
			pol = argmap.Con
		}
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{m.Claims[i].ID},
			Target: m.Claims[r.IntN(i)].ID, Polarity: pol})
	}
	m.Reindex()
	return m
}

// BenchmarkSolveTree20000 times the worklist alone, on a numbering and
// claim flags already read: what a full re-label costs an Evaluator.
func BenchmarkSolveTree20000(b *testing.B) {
	ev := New(treeMap(20000))
	ev.Labels()
	for b.Loop() {
		ev.s.solveAll(ev.base)
	}
}

// BenchmarkBuildTree20000 times numbering the map: what a change of
// structure costs an Evaluator beyond the solve.
func BenchmarkBuildTree20000(b *testing.B) {
	m := treeMap(20000)
	for b.Loop() {
		buildTopo(m)
	}
}

// BenchmarkEvaluateColdTree20000 is Evaluate: numbering, reading and
// solving from nothing.
func BenchmarkEvaluateColdTree20000(b *testing.B) {
	m := treeMap(20000)
	for b.Loop() {
		Evaluate(m)
	}
}

// sameLabels fails t unless got labels and explains m like want.
func sameLabels(t *testing.T, m *argmap.Map, got, want *Labelling) {
	t.Helper()
	if got.ClaimCounts() != want.ClaimCounts() || got.ArgumentCounts() != want.ArgumentCounts() {
		t.Errorf("counts %v %v, fresh %v %v", got.ClaimCounts(), got.ArgumentCounts(), want.ClaimCounts(), want.ArgumentCounts())
	}
	for i, c := range m.Claims {
		if got.Claim(c.ID) != want.Claim(c.ID) || got.ClaimAt(i) != want.ClaimAt(i) || got.Reason(c.ID) != want.Reason(c.ID) {
			t.Errorf("claim %s: %v %q, fresh %v %q", c.Text, got.Claim(c.ID), got.Reason(c.ID),
				want.Claim(c.ID), want.Reason(c.ID))
		}
		if g, w := fmt.Sprint(got.Because(c.ID)), fmt.Sprint(want.Because(c.ID)); g != w {
			t.Errorf("claim %s: because %s, fresh %s", c.Text, g, w)
		}
	}
	for j, a := range m.Arguments {
		if got.Argument(a.ID) != want.Argument(a.ID) || got.ArgumentAt(j) != want.ArgumentAt(j) || got.Reason(a.ID) != want.Reason(a.ID) {
			t.Errorf("argument %v: %v %q, fresh %v %q", a.ID, got.Argument(a.ID), got.Reason(a.ID),
				want.Argument(a.ID), want.Reason(a.ID))
		}
	}
}

// TestEvaluatorReset checks that after the map was changed directly (not
// by an Edit), Reset, or an Apply of a change that names no IDs, makes
// the Evaluator label like Evaluate on a fresh copy of the map.
func TestEvaluatorReset(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("reset")
	cases := []struct {
		name string
		edit func(m *argmap.Map)
	}{
		{"none", func(m *argmap.Map) {}},
		{"assessment", func(m *argmap.Map) { m.Claims[3].Assessment = argmap.Rejected }},
		{"text", func(m *argmap.Map) { m.Claims[3].Text = "changed" }},
		{"target", func(m *argmap.Map) { m.Arguments[5].Target = m.Claims[0].ID }},
		{"polarity", func(m *argmap.Map) {
			for _, a := range m.Arguments {
				if a.Polarity == argmap.Pro {
					a.Polarity = argmap.Con
				} else {
					a.Polarity = argmap.Pro
				}
			}
		}},
		{"premise written in place", func(m *argmap.Map) { m.Arguments[7].Premises[0] = m.Claims[1].ID }},
		{"premises replaced", func(m *argmap.Map) { m.Arguments[7].Premises = []argmap.ID{m.Claims[1].ID} }},
		{"premise added", func(m *argmap.Map) {
			m.Arguments[7].Premises = append(m.Arguments[7].Premises, m.Claims[2].ID)
		}},
		{"claim id", func(m *argmap.Map) { m.Claims[4].ID = ids(); m.Reindex() }},
		{"claims swapped", func(m *argmap.Map) { m.Claims[1], m.Claims[2] = m.Claims[2], m.Claims[1] }},
		{"argument removed", func(m *argmap.Map) { m.Arguments = m.Arguments[:len(m.Arguments)-1]; m.Reindex() }},
		{"undercut", func(m *argmap.Map) {
			c := &argmap.Claim{ID: ids(), Text: "u"}
			m.Claims = append(m.Claims, c)
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID},
				Target: m.Arguments[2].ID, Polarity: argmap.Con})
			m.Reindex()
		}},
		{"question", func(m *argmap.Map) {
			m.Challenges = append(m.Challenges, &argmap.Challenge{ID: ids(), Kind: argmap.Question,
				Target: m.Claims[0].ID, Status: argmap.Open})
		}},
		{"suggestion", func(m *argmap.Map) { m.Arguments[3].Proposal = &argmap.Proposal{By: "test"} }},
	}
	for _, tc := range cases {
		for _, how := range []string{"Reset", "Apply"} {
			t.Run(tc.name+"/"+how, func(t *testing.T) {
				m := treeMap(60)
				ev := New(m)
				ev.Labels()
				tc.edit(m)
				if how == "Reset" {
					ev.Reset(m)
				} else {
					ev.Apply(argmap.Change{Aspects: argmap.Everything})
				}
				sameLabels(t, m, ev.Labels(), Evaluate(m.Clone()))
			})
		}
	}
}

// TestEvaluatorEdits checks every kind of edit of the logic, done, undone
// and redone through a History that reports to an Evaluator: each time it
// labels and explains like Evaluate on a fresh copy of the map.
func TestEvaluatorEdits(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("evaluator-edits")
	cases := []struct {
		name string
		edit func(m *argmap.Map) argmap.Edit
	}{
		{"premise written in place", func(m *argmap.Map) argmap.Edit {
			c := m.Claims[1].ID
			return argmap.UpdateArgument(m.Arguments[7].ID, "p", func(a *argmap.Argument) { a.Premises[0] = c })
		}},
		{"premise written in place with a detail", func(m *argmap.Map) argmap.Edit {
			c := m.Claims[1].ID
			return argmap.Batch("b", argmap.UpdateArgument(m.Arguments[7].ID, "p", func(a *argmap.Argument) { a.Premises[0] = c }),
				argmap.SetMeta(argmap.Meta{Title: "t"}))
		}},
		{"add premise", func(m *argmap.Map) argmap.Edit { return argmap.AddPremise(m.Arguments[7].ID, m.Claims[2].ID) }},
		{"remove premise", func(m *argmap.Map) argmap.Edit {
			a := m.Arguments[7]
			return argmap.Batch("b", argmap.AddPremise(a.ID, m.Claims[2].ID), argmap.RemovePremise(a.ID, a.Premises[0]))
		}},
		{"target", func(m *argmap.Map) argmap.Edit { return argmap.SetTarget(m.Arguments[5].ID, m.Claims[0].ID) }},
		{"polarity", func(m *argmap.Map) argmap.Edit {
			a := m.Arguments[5]
			p := argmap.Pro
			if a.Polarity == argmap.Pro {
				p = argmap.Con
			}
			return argmap.SetPolarity(a.ID, p)
		}},
		{"scheme", func(m *argmap.Map) argmap.Edit { return argmap.SetScheme(m.Arguments[5].ID, "expert-opinion") }},
		{"add argument", func(m *argmap.Map) argmap.Edit {
			return argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{m.Claims[9].ID}, Target: m.Claims[1].ID, Polarity: argmap.Con})
		}},
		{"add a failing reason to a leaf", func(m *argmap.Map) argmap.Edit {
			return argmap.Batch("b", argmap.Assess(m.Claims[9].ID, argmap.Rejected),
				argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{m.Claims[9].ID}, Target: m.Claims[59].ID, Polarity: argmap.Pro}))
		}},
		{"add a lone claim", func(m *argmap.Map) argmap.Edit { return argmap.AddClaim(&argmap.Claim{ID: ids(), Text: "alone"}) }},
		{"add claim and undercut", func(m *argmap.Map) argmap.Edit {
			c := &argmap.Claim{ID: ids(), Text: "u"}
			return argmap.Batch("b", argmap.AddClaim(c), argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID},
				Target: m.Arguments[2].ID, Polarity: argmap.Con}))
		}},
		{"remove claim", func(m *argmap.Map) argmap.Edit { return argmap.Remove(m.Claims[5].ID) }},
		{"remove argument", func(m *argmap.Map) argmap.Edit { return argmap.Remove(m.Arguments[3].ID) }},
		{"assess", func(m *argmap.Map) argmap.Edit { return argmap.Assess(m.Claims[2].ID, argmap.Rejected) }},
		{"assess the root", func(m *argmap.Map) argmap.Edit { return argmap.Assess(m.Claims[0].ID, argmap.Questioned) }},
		{"text", func(m *argmap.Map) argmap.Edit { return argmap.SetText(m.Claims[1].ID, "a new text") }},
		{"question", func(m *argmap.Map) argmap.Edit {
			return argmap.AddChallenge(&argmap.Challenge{ID: ids(), Kind: argmap.Question, Target: m.Claims[1].ID, Status: argmap.Open})
		}},
		{"critical question", func(m *argmap.Map) argmap.Edit {
			return argmap.AddChallenge(&argmap.Challenge{ID: ids(), Kind: argmap.CriticalQuestion, Target: m.Arguments[4].ID, Status: argmap.Open})
		}},
		{"objection", func(m *argmap.Map) argmap.Edit {
			c := &argmap.Claim{ID: ids(), Text: "no"}
			return argmap.Batch("b", argmap.AddClaim(c), argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID},
				Target: m.Claims[3].ID, Polarity: argmap.Con}))
		}},
		{"suggested objection", func(m *argmap.Map) argmap.Edit {
			c := &argmap.Claim{ID: ids(), Text: "no"}
			return argmap.Propose(argmap.Proposal{By: "test"}, argmap.Batch("b", argmap.AddClaim(c),
				argmap.AddArgument(&argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: m.Claims[3].ID, Polarity: argmap.Con})))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := treeMap(60)
			h := argmap.NewHistory(m)
			ev := New(m)
			h.OnChange = ev.Apply
			check := func(step string) {
				t.Helper()
				got := ev.Labels()
				if again := ev.Labels(); again != got {
					t.Errorf("%s: a second Labels without a change made a new labelling", step)
				}
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

// TestEvaluateConcurrent evaluates one map from several goroutines, as
// readers may (run with -race): Evaluate shares nothing.
func TestEvaluateConcurrent(t *testing.T) {
	t.Parallel()
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

// TestEvaluatorCriticalQuestions: two critical questions open on one
// argument; answering the first leaves the argument blocked by the second,
// a change of reason and not of label, which the Evaluator must not miss.
func TestEvaluatorCriticalQuestions(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs(t.Name())
	m := treeMap(20)
	h := argmap.NewHistory(m)
	ev := New(m)
	h.OnChange = ev.Apply
	target := m.Arguments[4].ID
	q0 := &argmap.Challenge{ID: ids(), Kind: argmap.CriticalQuestion, Target: target, Status: argmap.Open, Question: 0}
	q1 := &argmap.Challenge{ID: ids(), Kind: argmap.CriticalQuestion, Target: target, Status: argmap.Open, Question: 1, Note: "who says?"}
	steps := []struct {
		name string
		run  func() error
	}{
		{"first", func() error { return h.Do(argmap.AddChallenge(q0)) }},
		{"second", func() error { return h.Do(argmap.AddChallenge(q1)) }},
		{"answer the first", func() error { return h.Do(argmap.AnswerChallenge(q0.ID, "yes")) }},
		{"undo", func() error { h.Undo(); return nil }},
		{"redo", func() error { h.Redo(); return nil }},
		{"withdraw the second", func() error { return h.Do(argmap.WithdrawChallenge(q1.ID, "no matter")) }},
	}
	for _, s := range steps {
		if err := s.run(); err != nil {
			t.Fatal(err)
		}
		got := ev.Labels()
		t.Run(s.name, func(t *testing.T) { sameLabels(t, m, got, Evaluate(m)) })
		if want := "OUT: critical question 2 is asked and has no answer ('who says?')"; s.name == "redo" && got.Reason(target) != want {
			t.Errorf("after %s: reason %q, want %q", s.name, got.Reason(target), want)
		}
	}
}

// TestLabellingChanged checks Changed against a comparison of every label,
// after an edit that changes a few labels and after one that renumbers.
func TestLabellingChanged(t *testing.T) {
	t.Parallel()
	m := treeMap(3000)
	h := argmap.NewHistory(m)
	ev := New(m)
	h.OnChange = ev.Apply
	diff := func(a, b *Labelling) []argmap.ID {
		var ids []argmap.ID
		for _, c := range m.Claims {
			if a.Claim(c.ID) != b.Claim(c.ID) {
				ids = append(ids, c.ID)
			}
		}
		for _, x := range m.Arguments {
			if a.Argument(x.ID) != b.Argument(x.ID) {
				ids = append(ids, x.ID)
			}
		}
		return ids
	}
	before := ev.Labels()
	if ids, all := before.Changed(nil); !all || ids != nil {
		t.Errorf("Changed(nil) = %v, %v; want all", ids, all)
	}
	for _, i := range []int{2999, 1500, 7, 0} {
		if err := h.Do(argmap.Assess(m.Claims[i].ID, argmap.Rejected)); err != nil {
			t.Fatal(err)
		}
		after := ev.Labels()
		ids, all := after.Changed(before)
		if all || fmt.Sprint(ids) != fmt.Sprint(diff(after, before)) {
			t.Errorf("rejecting claim %d: Changed = %v, %v; want %v", i, ids, all, diff(after, before))
		}
		before = after
	}
	if err := h.Do(argmap.Remove(m.Claims[5].ID)); err != nil {
		t.Fatal(err)
	}
	if _, all := ev.Labels().Changed(before); !all {
		t.Error("after a removal Changed should report all")
	}
}
