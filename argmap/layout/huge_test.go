package layout

import (
	"fmt"
	"math"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// degenerate builds a map of n claims: isolated, each with a self-loop
// (an argument with itself as premise and target), or a chain (each
// claim supporting the one before).
func degenerate(n int, kind string) *argmap.Map {
	ids := argmap.DeterministicIDs("degenerate/" + kind)
	m := argmap.New(kind)
	m.Claims = make([]*argmap.Claim, n)
	for i := range m.Claims {
		m.Claims[i] = &argmap.Claim{ID: ids(), Text: "claim"}
	}
	switch kind {
	case "loops":
		for _, c := range m.Claims {
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: c.ID, Polarity: argmap.Pro})
		}
	case "chain":
		for i := 1; i < n; i++ {
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{m.Claims[i].ID}, Target: m.Claims[i-1].ID, Polarity: argmap.Pro})
		}
	}
	m.Reindex()
	return m
}

// TestHugeMapsStayWithinLimits: 36,000 isolated claims pack into rows near
// the target shape (not one row ten million wide), and a chain too long to
// draw in layers within the coordinate limit is drawn as a grid; both
// without overlaps and within ±argmap.MaxCoord.
func TestHugeMapsStayWithinLimits(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n    int
		kind string
	}{{36000, "isolated"}, {45000, "chain"}} {
		m := degenerate(tt.n, tt.kind)
		size := EstimateSize(m)
		d := Draw(m, size, Options{})
		name := fmt.Sprintf("%d %s", tt.n, tt.kind)
		a, w, h := aspectOf(m, d.Pos, size)
		if a > 3 || a < 1.0/3 {
			t.Errorf("%s: %.0f × %.0f, width:height %.2f", name, w, h, a)
		}
		for id, p := range d.Pos {
			if !finite(p) || math.Abs(p.X) > argmap.MaxCoord || math.Abs(p.Y) > argmap.MaxCoord {
				t.Fatalf("%s: claim %s at %v", name, id, p)
			}
		}
		if bad := overlaps(m, d.Pos, size); len(bad) > 0 {
			t.Errorf("%s: %d overlaps, first %s", name, len(bad), bad[0])
		}
	}
}

// BenchmarkDegenerate lays out huge degenerate maps: a million isolated
// claims, 500,000 self-loops, a chain of 100,000. Run once:
//
//	go test -run - -bench Degenerate -benchtime 1x ./argmap/layout
func BenchmarkDegenerate(b *testing.B) {
	for _, tt := range []struct {
		n    int
		kind string
	}{{1_000_000, "isolated"}, {500_000, "loops"}, {100_000, "chain"}} {
		b.Run(fmt.Sprintf("%s-%d", tt.kind, tt.n), func(b *testing.B) {
			m := degenerate(tt.n, tt.kind)
			b.ReportAllocs()
			for b.Loop() {
				Layout(m, nil, Options{})
			}
		})
	}
}
