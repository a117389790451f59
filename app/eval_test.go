package app

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

func TestEvaluationFollowsEdits(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	main := claimByText(t, m, "Secondary")
	rebuttal := claimByText(t, m, "Most parents")
	if got := e.doc.Labels().Claim(main.ID); got != eval.In {
		t.Fatalf("main claim is %s, want IN (its objection is rebutted)", got)
	}
	// What if the rebuttal is rejected: the objection stands, the claim falls.
	e.Select([]argmap.ID{rebuttal.ID})
	p := e.insp.current().(*claimPanel)
	p.assess.SetSelected("Rejected")
	if rebuttal.Assessment != argmap.Rejected {
		t.Fatalf("assessment %q, want rejected", rebuttal.Assessment)
	}
	if got := e.doc.Labels().Claim(main.ID); got != eval.Out {
		t.Fatalf("main claim is %s after rejecting the rebuttal, want OUT", got)
	}
	e.Select([]argmap.ID{main.ID})
	p = e.insp.current().(*claimPanel)
	if !p.eval.Visible() || !strings.HasPrefix(p.eval.Text, "OUT") {
		t.Errorf("inspector reason %q (visible %v), want an OUT reason", p.eval.Text, p.eval.Visible())
	}
	if !strings.Contains(e.status.Counts(), "fall") {
		t.Errorf("status %q has no evaluation summary", e.status.Counts())
	}
	e.setEvaluation(false)
	if e.doc.Labels() != nil || p.eval.Visible() {
		t.Error("overlay still on after turning it off")
	}
}
