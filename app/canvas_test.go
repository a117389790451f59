package app

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
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
