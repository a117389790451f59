package argmap_test

import (
	"errors"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
)

func TestChallenges(t *testing.T) {
	t.Parallel()
	mint := argmaptest.Mint(t.Name())
	m, ids, err := argmaptest.Parse(nil, "claim c: Coffee is healthy\nclaim p: Dr Smith says so\npro r: p -> c\n")
	if err != nil {
		t.Fatal(err)
	}
	h := argmap.NewHistory(m)
	label := func(name string, id argmap.ID) eval.Label {
		t.Helper()
		return eval.Evaluate(m).Label(id)
	}
	do := func(e argmap.Edit) {
		t.Helper()
		if err := h.Do(e); err != nil {
			t.Fatal(err)
		}
	}
	c, r := ids["c"], ids["r"]
	if label("c", c) != eval.In {
		t.Fatal("c should stand at first")
	}

	// Object: c falls to an unanswered objection; rebutting it restores c.
	e, oc, oa := argmap.ObjectTo(mint, m, c, "Coffee raises blood pressure", "ann", "really?")
	do(e)
	if label("c", c) != eval.Out || m.Argument(oa).Premises[0] != oc {
		t.Fatalf("after objecting, c is %s", label("c", c))
	}
	open := argmap.OpenChallenges(m)
	if len(open) != 1 || open[0].Kind != argmap.Object || open[0].Author != "ann" || !open[0].Time.Equal(argmaptest.Epoch()) || open[0].Argument != oa {
		t.Fatalf("open challenges = %+v", open)
	}
	e, _, _ = argmap.Rebut(mint.IDs, m, open[0].ID, "Only briefly, and not in regular drinkers")
	do(e)
	if label("c", c) != eval.In || len(argmap.OpenChallenges(m)) != 0 || m.Challenges[0].Status != argmap.Answered {
		t.Fatalf("after rebutting, c is %s, challenges %+v", label("c", c), m.Challenges)
	}
	h.Undo()
	if label("c", c) != eval.Out || len(argmap.OpenChallenges(m)) != 1 {
		t.Fatal("undo of the rebuttal should reopen the challenge")
	}
	h.Undo()
	if label("c", c) != eval.In || len(m.Challenges) != 0 || len(m.Claims) != 2 {
		t.Fatal("undo of the objection should leave the map as it was")
	}

	// A critical question blocks r until answered; withdraw and reopen.
	e, q := argmap.AskCriticalQuestion(mint, r, 1, "bob", "")
	do(e)
	if label("r", r) != eval.Out || label("c", c) != eval.Out {
		t.Fatal("an open critical question should undercut r")
	}
	do(argmap.AnswerChallenge(q, "Dr Smith is a cardiologist"))
	if label("r", r) != eval.In {
		t.Fatal("an answered question no longer undercuts")
	}
	do(argmap.ReopenChallenge(q))
	if label("r", r) != eval.Out {
		t.Fatal("a reopened question undercuts again")
	}
	do(argmap.WithdrawChallenge(q, "never mind"))
	if label("r", r) != eval.In || m.Challenge(q).Answer != "never mind" {
		t.Fatal("a withdrawn question no longer undercuts")
	}

	// Undercut: the step from p to c fails.
	e, _, ua := argmap.UndercutArg(mint, m, r, "Dr Smith is paid by a coffee chain", "cy", "")
	do(e)
	if label("r", r) != eval.Out || m.Argument(ua).Target != r || argmap.ChallengesOn(m, r)[1].Kind != argmap.Undercut {
		t.Fatal("undercut should make r inapplicable")
	}
	h.Undo()

	// Question: p now needs support; a reason answers the question;
	// withdrawing a question clears the assessment.
	e, qp := argmap.QuestionClaim(mint, ids["p"], "dee", "source?")
	do(e)
	if m.Claim(ids["p"]).Assessment != argmap.Questioned || label("p", ids["p"]) != eval.Out {
		t.Fatal("a questioned claim with no support falls")
	}
	e, _, _ = argmap.SupportClaim(mint.IDs, m, ids["p"], "It is in his 2024 paper")
	do(e)
	if label("p", ids["p"]) != eval.In || m.Challenge(qp).Status != argmap.Answered {
		t.Fatal("a reason answers the question")
	}
	h.Undo()
	do(argmap.AnswerQuestions(m, ids["p"], "see the paper"))
	if m.Challenge(qp).Status != argmap.Answered || m.Challenge(qp).Answer != "see the paper" {
		t.Fatal("AnswerQuestions answers the open question")
	}
	h.Undo()
	do(argmap.WithdrawChallenge(qp, "found it"))
	if m.Claim(ids["p"]).Assessment != argmap.Unassessed || label("p", ids["p"]) != eval.In {
		t.Fatal("withdrawing the question clears the assessment")
	}
	h.Undo()
	if m.Claim(ids["p"]).Assessment != argmap.Questioned || m.Challenge(qp).Status != argmap.Open {
		t.Fatal("undo of the withdrawal")
	}
	h.Redo()
	if m.Claim(ids["p"]).Assessment != argmap.Unassessed {
		t.Fatal("redo of the withdrawal")
	}
}

func TestChallengeErrors(t *testing.T) {
	t.Parallel()
	mint := argmaptest.Mint(t.Name())
	m := argmap.New("x")
	if err := argmap.WithdrawChallenge(mint.ID(), "").Apply(m); !errors.Is(err, argmap.ErrNotFound) {
		t.Errorf("withdraw unknown: %v", err)
	}
	e, _, _ := argmap.Rebut(mint.IDs, m, mint.ID(), "x")
	if err := e.Apply(m); !errors.Is(err, argmap.ErrNotFound) {
		t.Errorf("rebut unknown: %v", err)
	}
	e, _, _ = argmap.ObjectTo(mint, m, mint.ID(), "x", "", "")
	if err := e.Apply(m); err == nil || len(m.Claims) != 0 {
		t.Errorf("object to unknown: %v, %d claims", err, len(m.Claims))
	}
}
