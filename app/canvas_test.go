package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// TestAskedQuestionShowsOnTheMap: the shell gives the canvas the scheme
// and the asked question of an argument, which does not apply while the
// question is open and applies again once it is answered.
func TestAskedQuestionShowsOnTheMap(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	var link *argmap.Argument
	for _, a := range m.Arguments {
		if len(a.Premises) == 2 {
			link = a
		}
	}
	e.do(argmap.SetScheme(link.ID, "expert-opinion"))
	if mk := e.argMarks()[link.ID]; mk.Scheme != "Expert opinion" || len(mk.Questions) != 0 || mk.Inapplicable {
		t.Fatalf("marks %+v before the question, want the scheme alone", mk)
	}
	ed, ch := argmap.AskCriticalQuestion(argmap.Mint{}, link.ID, 0, "me", "")
	e.do(ed)
	mk := e.argMarks()[link.ID]
	if len(mk.Questions) != 1 || mk.Questions[0].Text == "" || strings.ContainsAny(mk.Questions[0].Text, "{}") || mk.Questions[0].Answered || !mk.Inapplicable {
		t.Fatalf("marks %+v after asking, want one open question and the argument not applying", mk)
	}
	e.do(argmap.AnswerChallenge(ch, "yes"))
	if mk := e.argMarks()[link.ID]; len(mk.Questions) != 1 || !mk.Questions[0].Answered || mk.Inapplicable {
		t.Fatalf("marks %+v after the answer, want it answered and the argument applying", mk)
	}
}

// TestCanvasMarksAreRenderMarks: what the canvas draws on the arguments
// is render.ArgMarks (the pictures' marks) with the questions' words on
// top, with the evaluation shown and without, questions open and answered.
func TestCanvasMarksAreRenderMarks(t *testing.T) {
	for _, evaluating := range []bool{true, false} {
		e := newTestEditor(t)
		e.setEvaluation(evaluating)
		args := e.Map().Arguments
		e.do(argmap.SetScheme(args[0].ID, "expert-opinion"))
		e.do(argmap.SetScheme(args[1].ID, "sign"))
		ed, ch := argmap.AskCriticalQuestion(argmap.Mint{}, args[0].ID, 1, "me", "")
		e.do(ed)
		ed, _ = argmap.AskCriticalQuestion(argmap.Mint{}, args[0].ID, 0, "me", "")
		e.do(ed)
		e.do(argmap.AnswerChallenge(ch, "yes"))
		ed, _ = argmap.AskCriticalQuestion(argmap.Mint{}, args[2].ID, 0, "me", "")
		e.do(ed)

		var labels scene.Labels
		if l := e.doc.Labels(); l != nil {
			labels = l
		}
		want := render.ArgMarks(e.Map(), labels)
		got := e.argMarks()
		if len(got) != len(want) {
			t.Fatalf("evaluating %v: %d marks, render has %d", evaluating, len(got), len(want))
		}
		for id, w := range want {
			g := got[id]
			var answered []bool
			for _, q := range g.Questions {
				if q.Text == "" || strings.ContainsAny(q.Text, "{}") {
					t.Errorf("evaluating %v: argument %v: question text %q", evaluating, id, q.Text)
				}
				answered = append(answered, q.Answered)
			}
			if g.Scheme != w.Scheme || g.Inapplicable != w.Inapplicable || fmt.Sprint(answered) != fmt.Sprint(w.Answered) {
				t.Errorf("evaluating %v: argument %v: canvas %+v, render %+v", evaluating, id, g, w)
			}
		}
		if q := got[args[0].ID].Questions; len(q) != 2 || !q[0].Answered || q[1].Answered {
			t.Errorf("evaluating %v: questions of the first argument %+v, want answered then open", evaluating, q)
		}
	}
}
