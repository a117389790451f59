package flow_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/flow"
)

func TestSummaryGolden(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		round func(*testing.T) *round
	}{
		{"policy", policyRound},
		{"bp", bpRound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.round(t)
			argmaptest.Golden(t, filepath.Join("testdata", "summary-"+tc.name+".md"), flow.Summarize(r.m).Markdown())
		})
	}
}

// TestSummaryPolicy: the policy round's plan falls to the disadvantage the
// affirmative answered too late; the dropped case turn is among what the
// decision turns on only if its fall changes the plan's label.
func TestSummaryPolicy(t *testing.T) {
	t.Parallel()
	r := policyRound(t)
	s := flow.Summarize(r.m)
	if len(s.Conclusions) != 1 || s.Conclusions[0].ID != r.claim["plan"] {
		t.Fatalf("conclusions %+v, want the plan", s.Conclusions)
	}
	var sides []string
	for _, sd := range s.Sides {
		var d []string
		for _, it := range sd.Dropped {
			d = append(d, r.name[it.ID])
		}
		sides = append(sides, sd.Name+":"+strings.Join(d, ","))
	}
	if got, want := strings.Join(sides, " "), "Affirmative:solves,nolink2 Negative:turn"; got != want {
		t.Errorf("dropped per side %q, want %q", got, want)
	}
	for _, tt := range s.TurnsOn {
		if tt.Label != eval.In || tt.Effect == "" {
			t.Errorf("turn %q: label %v, effect %q", tt.Text, tt.Label, tt.Effect)
		}
	}
}

// TestSummaryNoRound: a map without a round says so.
func TestSummaryNoRound(t *testing.T) {
	t.Parallel()
	s := flow.Summarize(argmap.New("plain"))
	if !strings.Contains(string(s.Markdown()), "no debate round") || len(s.Sides) != 0 {
		t.Errorf("summary of a plain map: %+v", s)
	}
}
