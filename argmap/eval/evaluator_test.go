package eval_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

// sameLabelling fails t unless got labels and explains every claim and
// argument of m as want does.
func sameLabelling(t *testing.T, step string, m *argmap.Map, got, want *eval.Labelling) {
	t.Helper()
	if got.ClaimCounts() != want.ClaimCounts() || got.ArgumentCounts() != want.ArgumentCounts() {
		t.Errorf("%s: counts %v %v, cold %v %v", step, got.ClaimCounts(), got.ArgumentCounts(), want.ClaimCounts(), want.ArgumentCounts())
	}
	for i, c := range m.Claims {
		gr, gb := got.Explain(c.ID)
		wr, wb := want.Explain(c.ID)
		if got.Claim(c.ID) != want.Claim(c.ID) || got.ClaimAt(i) != want.ClaimAt(i) || gr != wr || fmt.Sprint(gb) != fmt.Sprint(wb) {
			t.Errorf("%s: claim %d %q: %v (at %v) %q %v, cold %v (at %v) %q %v", step, i, c.Text,
				got.Claim(c.ID), got.ClaimAt(i), gr, gb, want.Claim(c.ID), want.ClaimAt(i), wr, wb)
		}
	}
	for j, a := range m.Arguments {
		gr, wr := got.Reason(a.ID), want.Reason(a.ID)
		if got.Argument(a.ID) != want.Argument(a.ID) || got.ArgumentAt(j) != want.ArgumentAt(j) || gr != wr {
			t.Errorf("%s: argument %d: %v (at %v) %q, cold %v (at %v) %q", step, j,
				got.Argument(a.ID), got.ArgumentAt(j), gr, want.Argument(a.ID), want.ArgumentAt(j), wr)
		}
	}
}

// TestEvaluatorMatchesEvaluate is the property an Evaluator rests on: after
// any sequence of edits, undos and redos reported to it, its labelling,
// reasons included, is the one Evaluate computes from nothing on the map as
// it is. The edits are drawn at random among those that change the logic
// (assessments, questions and critical questions opened, answered and
// reopened, objections, undercutters, suggestions proposed, accepted and
// rejected, removals, premises, targets and polarities) and some that do
// not (texts, positions); Labels is asked after most steps, not all, so
// that changes also reach it in groups.
func TestEvaluatorMatchesEvaluate(t *testing.T) {
	t.Parallel()
	for seed := uint64(1); seed <= 12; seed++ {
		// Limit 1 makes every re-label a full solve; 8, some of them.
		limit := []int{0, 1, 8}[seed%3]
		t.Run(fmt.Sprint("seed", seed, "/limit", limit), func(t *testing.T) {
			t.Parallel()
			ids := argmaptest.IDs(t.Name())
			r := rand.New(rand.NewPCG(seed, 7))
			m := gen.Tree(30+int(seed)*10, int64(seed))
			h := argmap.NewHistory(m)
			ev := eval.New(m)
			eval.SetRelabelLimit(ev, limit)
			h.OnChange = ev.Apply
			for step := 0; step < 250; step++ {
				name := randomStep(r, ids, m, h)
				if r.IntN(4) == 0 {
					continue
				}
				got := ev.Labels()
				if t.Failed() {
					return
				}
				sameLabelling(t, fmt.Sprintf("step %d (%s)", step, name), m, got, eval.Evaluate(m))
			}
		})
	}
}

// randomStep runs one random edit, undo or redo on h and names it. Edits
// that fail (a target that would make a cycle of one) change nothing.
func randomStep(r *rand.Rand, ids argmap.IDSource, m *argmap.Map, h *argmap.History) string {
	claim := func() argmap.ID { return m.Claims[r.IntN(len(m.Claims))].ID }
	arg := func() (argmap.ID, bool) {
		if len(m.Arguments) == 0 {
			return argmap.NilID, false
		}
		return m.Arguments[r.IntN(len(m.Arguments))].ID, true
	}
	challenge := func() (argmap.ID, bool) {
		if len(m.Challenges) == 0 {
			return argmap.NilID, false
		}
		return m.Challenges[r.IntN(len(m.Challenges))].ID, true
	}
	do := func(name string, e argmap.Edit) string {
		_ = h.Do(e)
		return name
	}
	assessments := []argmap.Assessment{argmap.Unassessed, argmap.Accepted, argmap.Rejected, argmap.Questioned}
	switch k := r.IntN(22); k {
	case 0, 1, 2, 3:
		return do("assess", argmap.Assess(claim(), assessments[r.IntN(len(assessments))]))
	case 4:
		return do("question", challengeOn(ids, claim(), argmap.Question, 0))
	case 5:
		if a, ok := arg(); ok {
			return do("critical question", challengeOn(ids, a, argmap.CriticalQuestion, r.IntN(3)))
		}
	case 6:
		if ch, ok := challenge(); ok {
			return do("answer", argmap.AnswerChallenge(ch, "because"))
		}
	case 7:
		if ch, ok := challenge(); ok {
			return do("reopen", argmap.ReopenChallenge(ch))
		}
	case 8:
		return do("object", relation(ids, claim(), argmap.Con, "an objection"))
	case 9:
		if a, ok := arg(); ok {
			return do("undercut", relation(ids, a, argmap.Con, "an undercutter"))
		}
	case 10:
		if r.IntN(2) == 0 {
			return do("support", relation(ids, claim(), argmap.Pro, "a reason"))
		}
		// A reason or an objection from a claim already there, which may
		// fall: the target's first pro argument makes it need support.
		pol := []argmap.Polarity{argmap.Pro, argmap.Con}[r.IntN(2)]
		return do("argue", argmap.AddArgument(&argmap.Argument{ID: ids.New(), Premises: []argmap.ID{claim()}, Target: claim(), Polarity: pol}))
	case 11:
		e := argmap.Batch("suggest", relation(ids, claim(), argmap.Con, "a suggested objection"), challengeOn(ids, claim(), argmap.Question, 0))
		return do("propose", argmap.Propose(argmap.Proposal{By: "bot"}, e))
	case 12:
		if p := m.Pending(); len(p) > 0 {
			return do("accept", argmap.Accept(p[r.IntN(len(p))]))
		}
	case 13:
		if p := m.Pending(); len(p) > 0 {
			return do("reject", argmap.Reject(p[r.IntN(len(p))]))
		}
	case 14:
		if len(m.Claims) > 5 {
			return do("remove claim", argmap.Remove(claim()))
		}
	case 15:
		if a, ok := arg(); ok {
			return do("remove argument", argmap.Remove(a))
		}
	case 16:
		if a, ok := arg(); ok {
			return do("target", argmap.SetTarget(a, claim()))
		}
	case 17:
		if a, ok := arg(); ok {
			p := argmap.Pro
			if r.IntN(2) == 0 {
				p = argmap.Con
			}
			return do("polarity", argmap.SetPolarity(a, p))
		}
	case 18:
		if a, ok := arg(); ok {
			return do("add premise", argmap.AddPremise(a, claim()))
		}
	case 19:
		if a, ok := arg(); ok {
			if ps := m.Argument(a).Premises; len(ps) > 1 {
				return do("remove premise", argmap.RemovePremise(a, ps[r.IntN(len(ps))]))
			}
		}
	case 20:
		switch r.IntN(3) {
		case 0:
			return do("text", argmap.SetText(claim(), fmt.Sprint("text ", r.IntN(100))))
		case 1:
			return do("lone claim", argmap.AddClaim(&argmap.Claim{ID: ids.New(), Text: "alone"}))
		}
		return do("move", argmap.Move([]argmap.ID{claim()}, []argmap.Point{{X: 1, Y: 2}}, true))
	case 21:
		if r.IntN(2) == 0 && h.Undo() {
			return "undo"
		}
		if h.Redo() {
			return "redo"
		}
	}
	return "nothing"
}

// relation adds a claim and an argument from it to target: an objection,
// an undercutter or a reason, made of the plain edits.
func relation(ids argmap.IDSource, target argmap.ID, pol argmap.Polarity, text string) argmap.Edit {
	c := &argmap.Claim{ID: ids.New(), Text: text}
	a := &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{c.ID}, Target: target, Polarity: pol}
	return argmap.Batch("relation", argmap.AddClaim(c), argmap.AddArgument(a))
}

// challengeOn opens a challenge of the given kind on target.
func challengeOn(ids argmap.IDSource, target argmap.ID, kind argmap.ChallengeKind, question int) argmap.Edit {
	return argmap.AddChallenge(&argmap.Challenge{ID: ids.New(), Kind: kind, Target: target,
		Status: argmap.Open, Question: question, Note: "why?"})
}
