package flow_test

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/flow"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// TestSampleRound: the embedded round loads and validates, has eight
// speeches and 25 to 40 claims, all in speeches, none on another's card;
// and a dropped argument decides it: the summary's first claim the
// decision turns on is dropped, and it is the access argument.
func TestSampleRound(t *testing.T) {
	t.Parallel()
	m, err := native.Decode(assets.SampleRound)
	if err != nil {
		t.Fatal(err)
	}
	if err := argmap.Validate(m).Err(); err != nil {
		t.Fatal(err)
	}
	if m.Round == nil || len(m.Round.Speeches) < 8 || len(m.Claims) < 25 || len(m.Claims) > 40 {
		t.Fatalf("round %v with %d claims", m.Round, len(m.Claims))
	}
	g := flow.Layout(m)
	if len(g.Cells) != len(m.Claims) {
		t.Errorf("%d of %d claims on the flow sheet", len(g.Cells), len(m.Claims))
	}
	s := flow.Summarize(m)
	if len(s.TurnsOn) == 0 {
		t.Fatalf("the decision turns on nothing:\n%s", s.Markdown())
	}
	first := s.TurnsOn[0]
	if !first.Dropped || !strings.HasPrefix(first.Text, "People with disabilities") || first.Side != "opp" {
		t.Errorf("the decision turns first on %+v, want the Opposition's dropped access argument", first)
	}
	if s.Conclusions[0].Text != "Private cars should be banned from city centres." || s.Conclusions[0].Label != eval.Out {
		t.Errorf("conclusion %+v, want the motion, OUT", s.Conclusions[0])
	}
	md := string(s.Markdown())
	for _, want := range []string{"**dropped**: never answered", "would be IN instead of OUT", "Government loses the round"} {
		if !strings.Contains(md, want) {
			t.Errorf("summary lacks %q:\n%s", want, md)
		}
	}
}
