package argmap_test

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// questionMap has one argument per arity of each scheme of the catalogue:
// claim texts "P1", "P2", "P3" and the conclusion "C.".
func questionMap(t *testing.T, scheme string, premises int) (*argmap.Map, argmap.ID) {
	t.Helper()
	ids := argmap.DeterministicIDs("questions/" + scheme)
	m := argmap.New("q")
	target := &argmap.Claim{ID: ids(), Text: "C."}
	m.Claims = append(m.Claims, target)
	a := &argmap.Argument{ID: ids(), Target: target.ID, Polarity: argmap.Pro, Scheme: scheme}
	for i := range premises {
		c := &argmap.Claim{ID: ids(), Text: "P" + string(rune('1'+i)) + "."}
		m.Claims = append(m.Claims, c)
		a.Premises = append(a.Premises, c.ID)
	}
	m.Arguments = append(m.Arguments, a)
	m.Reindex()
	return m, a.ID
}

func TestQuestionText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		scheme   string
		premises int
		index    int
		want     string
	}{
		{"expert-opinion", 1, 3, "Is the expert personally reliable here: honest, free of a conflict of interest?"},
		{"expert-opinion", 1, 4, "Do other experts in the field agree with the claim “C”, or is it disputed among them?"},
		{"position-to-know", 1, 0, "Is the source really in a position to know whether the claim “C” is true?"},
		{"cause-to-effect", 2, 0, "How strong is the causal generalisation that the cause “P1” and “P2” brings about the effect “C”?"},
		{"negative-consequences", 2, 2, "Are there good consequences of the course of action that “C” sets itself against that outweigh the bad consequences “P1” and “P2”?"},
		// Practical reasoning fills its goal and means from its two
		// premises, in order; with one premise it cannot tell which it is.
		{"practical-reasoning", 2, 3, "Is it practically possible for the actor to carry out the action set out in “P2”?"},
		{"practical-reasoning", 3, 0, "Does the actor have other goals that conflict with the goal “P1”?"},
		{"practical-reasoning", 1, 3, "Is it practically possible for the actor to carry out the action?"},
		{"expert-opinion", 1, 6, ""}, // no such question
		{"", 1, 0, ""},               // no scheme
		{"no-such-scheme", 1, 0, ""}, // not in the catalogue
	}
	for _, tt := range tests {
		m, id := questionMap(t, tt.scheme, tt.premises)
		if got := m.QuestionText(id, tt.index); got != tt.want {
			t.Errorf("%s/%d premises, question %d:\n got %q\nwant %q", tt.scheme, tt.premises, tt.index, got, tt.want)
		}
	}
	m := argmap.New("")
	if got := m.QuestionText(argmap.NewID(), 0); got != "" {
		t.Errorf("an unknown argument: %q", got)
	}
}

// No question of any scheme, filled or not, shows a slot in braces.
func TestQuestionTextsHaveNoSlots(t *testing.T) {
	t.Parallel()
	for _, sc := range argmap.DefaultSchemes().All() {
		for n := 0; n <= 3; n++ {
			m, id := questionMap(t, sc.ID, n)
			qs := m.QuestionTexts(id)
			if len(qs) != len(sc.CriticalQuestions) {
				t.Fatalf("%s: %d questions, want %d", sc.ID, len(qs), len(sc.CriticalQuestions))
			}
			for i, q := range qs {
				if strings.ContainsAny(q, "{}") || q == "" {
					t.Errorf("%s with %d premises, question %d: %q", sc.ID, n, i, q)
				}
				// A slot's wording must not repeat the words before it
				// ("the sign the sign").
				w := strings.Fields(q)
				for j := 0; j+3 < len(w); j++ {
					if w[j] == w[j+2] && w[j+1] == w[j+3] {
						t.Errorf("%s, question %d repeats %q: %q", sc.ID, i, w[j]+" "+w[j+1], q)
					}
				}
				if q != m.QuestionText(id, i) {
					t.Errorf("%s: QuestionTexts[%d] differs from QuestionText", sc.ID, i)
				}
			}
		}
	}
}

func TestParseSchemesSlots(t *testing.T) {
	t.Parallel()
	base := `{"format":"argmap-schemes","version":1,"schemes":[{"id":"a","name":"A","premises":["{E} says"],"conclusion":"c","criticalQuestions":["Is {E} right?"],"slots":%s}]}`
	tests := []struct{ slots, want string }{
		{`{}`, "schemes[0].slots: no wording for {E}"},
		{`{"E":{"name":"the expert","from":"premise 0"}}`, "schemes[0].slots.E.from"},
		{`{"E":{"name":"the expert","from":"middle"}}`, "schemes[0].slots.E.from"},
		{`{"E":{"name":"the expert","as":"no quote"}}`, "schemes[0].slots.E.as"},
		{`{"E":{"name":"the expert","from":"premise 2","as":"the one in %s"}}`, ""},
	}
	for _, tt := range tests {
		_, err := argmap.ParseSchemes([]byte(strings.Replace(base, "%s", tt.slots, 1)))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("slots %s: %v", tt.slots, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("slots %s: %v, want an error with %q", tt.slots, err, tt.want)
		}
	}
}
