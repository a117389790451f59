package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/assets"
)

func TestObjectAndRebut(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Teenagers")
	e.Select([]argmap.ID{c.ID})
	menuItem(t, e, "Challenge", challenge.LabelObject).Action()
	if len(m.Challenges) != 1 || m.Challenges[0].Kind != argmap.Object || m.Challenges[0].Status != argmap.Open {
		t.Fatalf("challenges after Object: %+v", m.Challenges)
	}
	if !strings.Contains(statusCounts(t, e), "1 open challenge") {
		t.Errorf("status %q does not count the open challenge", statusCounts(t, e))
	}
	if e.History().Len() != 1 || e.History().UndoLabel() != "Object" {
		t.Errorf("history %d entries, top %q; want 1, Object", e.History().Len(), e.History().UndoLabel())
	}
	objection := e.Selection()[0]
	if e.doc.Labels().Claim(c.ID) != eval.Out {
		t.Errorf("objected claim is %s, want OUT", e.doc.Labels().Claim(c.ID))
	}
	shownView(t, e).CloseEditor()
	e.Select([]argmap.ID{c.ID})
	test.Tap(inspectorButton(t, e, "Rebut"))
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
	m := e.Map()
	o := claimByText(t, m, "A later start")
	arg := m.ArgumentsFrom(o.ID)[0]
	e.Select([]argmap.ID{arg.ID})
	s := catalogue(t).All()[0]
	inspectorChoice(t, e, s.Name).SetSelected(s.Name)
	if arg.Scheme != s.ID {
		t.Fatalf("scheme %q, want %q", arg.Scheme, s.ID)
	}
	if menuItem(t, e, "Challenge", "Ask Critical Question…").Disabled {
		t.Fatal("no critical questions offered for a scheme")
	}
	askCriticalQuestion(t, e, 1) // a question that names the conclusion
	if len(m.Challenges) != 1 || m.Challenges[0].Kind != argmap.CriticalQuestion || m.Challenges[0].Question != 1 {
		t.Fatalf("challenges after asking question 1: %+v", m.Challenges)
	}
	if e.doc.Labels().Argument(arg.ID) == eval.In {
		t.Error("argument still applicable with an open critical question")
	}
	// The question is worded with the argument's claims, never "{A}".
	target := strings.TrimRight(m.Claim(arg.Target).Text, ".")
	if d, ok := inspectorLabel(t, e, "Critical question: "); !ok || strings.ContainsAny(d, "{}") || !strings.Contains(d, "“"+target+"”") {
		t.Errorf("the inspector says %q, want the question with %q filled in", inspectorLabels(t, e), target)
	}
	ch := m.Challenges[0]
	e.do(argmap.AnswerChallenge(ch.ID, "yes, they do"))
	if ch.Status != argmap.Answered {
		t.Errorf("status %s", ch.Status)
	}
}

// catalogue is the scheme catalogue the editor offers (assets/schemes.json).
func catalogue(t *testing.T) *argmap.Schemes {
	t.Helper()
	s, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil || len(s.All()) == 0 {
		t.Fatalf("no scheme catalogue (assets/schemes.json is in the repository): %v", err)
	}
	return s
}

// askCriticalQuestion asks question i of the selected argument's scheme
// as a user does: Challenge › Ask Critical Question…, then its Ask button.
func askCriticalQuestion(t *testing.T, e *Editor, i int) {
	t.Helper()
	menuItem(t, e, "Challenge", "Ask Critical Question…").Action()
	top := e.win.Canvas().Overlays().Top()
	var asks []*widget.Button
	visit(top, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Ask" {
			asks = append(asks, b)
		}
		return true
	})
	if i >= len(asks) {
		t.Fatalf("the dialog offers %d questions, want question %d", len(asks), i)
	}
	test.Tap(asks[i])
	if e.win.Canvas().Overlays().Top() == top {
		t.Error("the dialog is still open after asking")
	}
}
