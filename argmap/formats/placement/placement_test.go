package placement

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
)

// afMap is the map of an ICCMA framework.
func afMap(t testing.TB, data string) *argmap.Map {
	f, err := af.ParseICCMA([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return f.ToMap("")
}

// loose is n claims and no attacks; chain n claims each attacking the next.
func loose(n int) string { return fmt.Sprintf("p af %d\n", n) }

func chain(n int) string {
	var b strings.Builder
	b.WriteString(loose(n))
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "%d %d\n", i, i+1)
	}
	return b.String()
}

// overlap reports two cards of m that overlap, given their sizes.
func overlap(m *argmap.Map, size func(argmap.ID) (float64, float64)) string {
	type box struct{ x0, y0, x1, y1 float64 }
	var bs []box
	for _, c := range m.Claims {
		w, h := size(c.ID)
		bs = append(bs, box{c.Pos.X - w/2, c.Pos.Y - h/2, c.Pos.X + w/2, c.Pos.Y + h/2})
	}
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			a, b := bs[i], bs[j]
			if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
				return fmt.Sprintf("claims %d and %d", i, j)
			}
		}
	}
	return ""
}

func TestLayOut(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		data string
	}{
		{"a few claims: the full layout", chain(10)},
		{"a row too long for the canvas: the grid", loose(36_000)},
		{"beyond the full layout: the grid", chain(MaxFullLayout + 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := afMap(t, tc.data)
			if err := LayOut(m, nil); err != nil {
				t.Fatal(err)
			}
			if err := argmap.CheckLimits(m); err != nil {
				t.Fatal(err)
			}
			seen := make(map[argmap.Point]bool, len(m.Claims))
			for _, c := range m.Claims {
				if seen[c.Pos] {
					t.Fatalf("two cards at %v", c.Pos)
				}
				seen[c.Pos] = true
			}
		})
	}
}

// The grid keeps cards of different heights apart, and linked claims near:
// a chain comes out in reading order.
func TestGrid(t *testing.T) {
	t.Parallel()
	m := afMap(t, chain(50))
	size := func(id argmap.ID) (float64, float64) {
		if m.Claim(id).Text == "7" {
			return 240, 900 // one tall card
		}
		return 240, 80
	}
	pos := grid(m, size)
	for _, c := range m.Claims {
		c.Pos = pos[c.ID]
	}
	if o := overlap(m, size); o != "" {
		t.Fatalf("%s overlap", o)
	}
	// 50 claims: rows of 8, the chain in reading order: claim k at row
	// k/8, column k%8.
	for k, c := range m.Claims {
		first := pos[m.Claims[k/8*8].ID]
		p := pos[c.ID]
		if k%8 > 0 && !(p.X > pos[m.Claims[k-1].ID].X && p.Y == first.Y) {
			t.Fatalf("claim %d at %v is not right of claim %d at %v", k, p, k-1, pos[m.Claims[k-1].ID])
		}
		if k >= 8 && k%8 == 0 && !(p.Y > pos[m.Claims[k-8].ID].Y && p.X == pos[m.Claims[0].ID].X) {
			t.Fatalf("claim %d at %v does not start the row below claim %d", k, p, k-8)
		}
	}
}

// A map that even the grid cannot fit is left alone, with a reason a user
// understands.
func TestLayOutTooBig(t *testing.T) {
	t.Parallel()
	m := afMap(t, loose(MaxFullLayout+1))
	err := LayOut(m, func(argmap.ID) (float64, float64) { return 240, 1e6 })
	if err == nil || !strings.Contains(err.Error(), "do not fit on the canvas") {
		t.Fatalf("err = %v", err)
	}
	for _, c := range m.Claims {
		if c.Pos != (argmap.Point{}) {
			t.Fatal("the map was changed")
		}
	}
}

// The grid is linear in the claims: compare n and 10n.
func BenchmarkLayOutGrid(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		m := afMap(b, chain(n))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				for _, c := range m.Claims {
					c.Pos = argmap.Point{}
				}
				if err := LayOut(m, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
