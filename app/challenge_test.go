package app

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

func TestObjectAndRebut(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Teenagers")
	e.Select([]argmap.ID{c.ID})
	e.menus.object.Action()
	if len(m.Challenges) != 1 || m.Challenges[0].Kind != argmap.Object || m.Challenges[0].Status != argmap.Open {
		t.Fatalf("challenges after Object: %+v", m.Challenges)
	}
	if !strings.Contains(e.status.Counts(), "1 open challenge") {
		t.Errorf("status %q does not count the open challenge", e.status.Counts())
	}
	if e.History().Len() != 1 || e.History().UndoLabel() != "Object" {
		t.Errorf("history %d entries, top %q; want 1, Object", e.History().Len(), e.History().UndoLabel())
	}
	objection := e.Selection()[0]
	if e.doc.Labels().Claim(c.ID) != eval.Out {
		t.Errorf("objected claim is %s, want OUT", e.doc.Labels().Claim(c.ID))
	}
	e.rebut(m.Challenges[0].ID)
	if m.Challenges[0].Status != argmap.Answered {
		t.Errorf("challenge %s after Rebut, want answered", m.Challenges[0].Status)
	}
	if e.doc.Labels().Claim(objection) != eval.Out || e.doc.Labels().Claim(c.ID) != eval.In {
		t.Errorf("after rebuttal: objection %s, claim %s; want OUT, IN", e.doc.Labels().Claim(objection), e.doc.Labels().Claim(c.ID))
	}
	e.undo()
	e.undo()
	if len(m.Challenges) != 0 || m.Claim(objection) != nil {
		t.Errorf("undo left %d challenges", len(m.Challenges))
	}
}

func TestCriticalQuestionUndercuts(t *testing.T) {
	e := newTestEditor(t)
	if e.schemes == nil || len(e.schemes.All()) == 0 {
		t.Fatal("no scheme catalogue (assets/schemes.json is in the repository)")
	}
	m := e.Map()
	o := claimByText(t, m, "A later start")
	arg := m.ArgumentsFrom(o.ID)[0]
	e.Select([]argmap.ID{arg.ID})
	p, ok := e.insp.current().(*argPanel)
	if !ok {
		t.Fatalf("inspector shows %T, want an argument", e.insp.current())
	}
	s := e.schemes.All()[0]
	p.scheme.sel.SetSelected(s.Name)
	if arg.Scheme != s.ID {
		t.Fatalf("scheme %q, want %q", arg.Scheme, s.ID)
	}
	if len(e.criticalQuestions(arg.ID)) == 0 || e.menus.askCQ.Disabled {
		t.Fatal("no critical questions offered for a scheme")
	}
	e.askCriticalQuestion(arg.ID, 1) // a question that names the conclusion
	if e.doc.Labels().Argument(arg.ID) == eval.In {
		t.Error("argument still applicable with an open critical question")
	}
	if len(p.chal.Objects) < 2 {
		t.Errorf("inspector lists %d challenge rows, want the question", len(p.chal.Objects))
	}
	// The question is worded with the argument's claims, never "{A}".
	target := strings.TrimRight(m.Claim(arg.Target).Text, ".")
	if d := e.challengeSection().describe(m.Challenges[0]); strings.ContainsAny(d, "{}") || !strings.Contains(d, "“"+target+"”") {
		t.Errorf("the inspector says %q, want the question with %q filled in", d, target)
	}
	ch := m.Challenges[0]
	e.do(argmap.AnswerChallenge(ch.ID, "yes, they do"))
	if ch.Status != argmap.Answered {
		t.Errorf("status %s", ch.Status)
	}
}
