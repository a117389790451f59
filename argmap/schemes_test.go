package argmap_test

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/assets"
)

func TestSchemeCatalogue(t *testing.T) {
	t.Parallel()
	s, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"expert-opinion", "position-to-know", "popular-opinion", "positive-consequences",
		"negative-consequences", "practical-reasoning", "analogy", "cause-to-effect",
		"correlation-to-cause", "sign", "example", "commitment", "verbal-classification", "slippery-slope"}
	for _, id := range want {
		sc := s.ByID(id)
		if sc == nil {
			t.Errorf("no scheme %q", id)
			continue
		}
		if len(sc.CriticalQuestions) < 2 {
			t.Errorf("%s: %d critical questions, want at least 2", id, len(sc.CriticalQuestions))
		}
		if q, ok := sc.Question(len(sc.CriticalQuestions)); ok || q != "" {
			t.Errorf("%s: question past the end = %q", id, q)
		}
	}
	if len(s.All()) < 13 {
		t.Errorf("%d schemes, want at least 13", len(s.All()))
	}
	a := &argmap.Argument{Scheme: "expert-opinion"}
	if q := s.CriticalQuestion(a, 0); !strings.Contains(q, "expert") {
		t.Errorf("CriticalQuestion = %q", q)
	}
}

func TestParseSchemesErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{`{`, "schemes:"},
		{`{"format":"x","version":1,"schemes":[]}`, "format"},
		{`{"format":"argmap-schemes","version":1,"schemes":[{"id":"a","name":"A","premises":["p"],"conclusion":"c","criticalQuestions":["q"]},{"id":"a"}]}`, "schemes[1].id"},
		{`{"format":"argmap-schemes","version":1,"schemes":[{"id":"a","name":"A","premises":[],"conclusion":"c","criticalQuestions":["q"]}]}`, "schemes[0].premises"},
		{`{"format":"argmap-schemes","version":1,"schemes":[{"id":"a","bogus":1}]}`, "schemes:"},
		{`{"format":"argmap-schemes","version":1,"schemes":[null]}`, "schemes[0]"},
	}
	for _, tt := range tests {
		if _, err := argmap.ParseSchemes([]byte(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseSchemes(%s) = %v, want error with %q", tt.in, err, tt.want)
		}
	}
}
