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
	inspectorChoice(t, e, "Rejected").SetSelected("Rejected")
	if rebuttal.Assessment != argmap.Rejected {
		t.Fatalf("assessment %q, want rejected", rebuttal.Assessment)
	}
	if got := e.doc.Labels().Claim(main.ID); got != eval.Out {
		t.Fatalf("main claim is %s after rejecting the rebuttal, want OUT", got)
	}
	e.Select([]argmap.ID{main.ID})
	if _, ok := inspectorLabel(t, e, "OUT"); !ok {
		t.Errorf("inspector shows %q, want an OUT reason", inspectorLabels(t, e))
	}
	if !strings.Contains(statusCounts(t, e), "fall") {
		t.Errorf("status %q has no evaluation summary", statusCounts(t, e))
	}
	e.setEvaluation(false)
	if _, shown := inspectorLabel(t, e, "OUT"); e.doc.Labels() != nil || shown {
		t.Error("overlay still on after turning it off")
	}
}

// TestLogicEditKeepsTheScene: an edit of logic alone (an assessment, a
// challenge) redraws the badges in place instead of building the scene
// again, which cost about 0.3 s per assessment on a 20,000-claim map; a
// structural edit still rebuilds it.
func TestLogicEditKeepsTheScene(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	main := claimByText(t, m, "Secondary")
	rebuttal := claimByText(t, m, "Most parents")
	s := shownView(t, e).Scene()
	if got := s.Card(main.ID).Status; got != eval.In {
		t.Fatalf("main claim's badge %s, want IN", got)
	}
	steps := []struct {
		name string
		do   func() error
		want eval.Label
	}{
		{"reject the rebuttal", func() error { return e.do(argmap.Assess(rebuttal.ID, argmap.Rejected)) }, eval.Out},
		{"undo", func() error { e.doc.History().Undo(); return nil }, eval.In},
		{"redo", func() error { e.doc.History().Redo(); return nil }, eval.Out},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if shownView(t, e).Scene() != s {
			t.Errorf("%s: the scene was built again", st.name)
		}
		if got := shownView(t, e).Scene().Card(main.ID).Status; got != st.want {
			t.Errorf("%s: main claim's badge %s, want %s", st.name, got, st.want)
		}
	}
	add, _, _ := argmap.SupportClaim(nil, m, main.ID, "a new reason")
	if err := e.do(add); err != nil {
		t.Fatal(err)
	}
	if shownView(t, e).Scene() == s {
		t.Error("a new reason did not rebuild the scene")
	}
}
