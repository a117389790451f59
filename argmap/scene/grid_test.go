package scene

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// linearVisible is what Visible returned before the spatial index: the
// reference the index must agree with.
func linearVisible(s *Scene, r Rect) (cards, edges []int) {
	for i := range s.Cards {
		if s.Cards[i].Box.Intersects(r) {
			cards = append(cards, i)
		}
	}
	for i := range s.Edges {
		for _, sg := range s.Edges[i].Segs {
			if SegHitsRect(sg, r.Inset(edgeTol)) {
				edges = append(edges, i)
				break
			}
		}
	}
	return cards, edges
}

func linearCardAt(s *Scene, p Point) int {
	for i := len(s.Cards) - 1; i >= 0; i-- {
		if s.Cards[i].Box.Contains(p) {
			return i
		}
	}
	return -1
}

// TestGridAgreesWithScan checks the index against a plain scan over many
// viewports and points, after the scene was built, after cards were
// dragged and after a card's text grew.
func TestGridAgreesWithScan(t *testing.T) {
	t.Parallel()
	m := gen.Tree(400, 3)
	s := Build(m, Mono, Options{Cache: NewCache()})
	rng := rand.New(rand.NewSource(1))
	check := func(stage string) {
		t.Helper()
		b := s.Bounds
		for k := 0; k < 300; k++ {
			w := []float64{0, 50, 800, 5000, 1e7}[k%5]
			r := Rect{b.X + rng.Float64()*b.W - w/2, b.Y + rng.Float64()*b.H - w/2, w, w * 0.6}
			gc, ge := s.Visible(r)
			lc, le := linearVisible(s, r)
			if !slices.Equal(gc, lc) || !slices.Equal(ge, le) {
				t.Fatalf("%s: Visible(%v) = %d cards, %d edges; a scan finds %d, %d", stage, r, len(gc), len(ge), len(lc), len(le))
			}
			p := Point{X: r.X, Y: r.Y}
			if g, l := s.CardAt(p), linearCardAt(s, p); g != l {
				t.Fatalf("%s: CardAt(%v) = %d, a scan finds %d", stage, p, g, l)
			}
			if got := len(s.CardsIn(r)); got != len(lc) {
				t.Fatalf("%s: CardsIn = %d, want %d", stage, got, len(lc))
			}
		}
	}
	check("built")
	for k := 0; k < 50; k++ {
		c := m.Claims[rng.Intn(len(m.Claims))]
		s.MoveCards([]argmap.ID{c.ID}, []Point{{X: s.Bounds.X + rng.Float64()*s.Bounds.W, Y: s.Bounds.Y + rng.Float64()*s.Bounds.H}})
	}
	check("dragged")
	c := m.Claim(m.Arguments[0].Target)
	c.Text += " and a great many more words so that the card grows by several lines of text"
	s.UpdateCard(m, c.ID)
	check("text grew")
}

func TestSegHitsRect(t *testing.T) {
	t.Parallel()
	r := Rect{0, 0, 10, 10}
	for _, tc := range []struct {
		name string
		s    Seg
		want bool
	}{
		{"through", Seg{Point{X: -5, Y: 5}, Point{X: 15, Y: 5}}, true},
		{"inside", Seg{Point{X: 2, Y: 2}, Point{X: 3, Y: 3}}, true},
		{"diagonal through a corner", Seg{Point{X: -1, Y: 1}, Point{X: 1, Y: -1}}, true},
		{"above", Seg{Point{X: -5, Y: -1}, Point{X: 15, Y: -1}}, false},
		{"diagonal past a corner", Seg{Point{X: 9, Y: -3}, Point{X: 13, Y: 1}}, false},
		{"ends short", Seg{Point{X: -5, Y: 5}, Point{X: -1, Y: 5}}, false},
		{"vertical beside", Seg{Point{X: 11, Y: -5}, Point{X: 11, Y: 15}}, false},
	} {
		if got := SegHitsRect(tc.s, r); got != tc.want {
			t.Errorf("%s: SegHitsRect = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFree(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	mb := s.Card(f.M).Box
	below := Rect{mb.X, mb.Y + 2000, mb.W, mb.H}
	up := Seg{below.Center(), mb.Center()}
	if s.Free(mb, nil, argmap.NilID, nil) {
		t.Error("the main conclusion's box is free")
	}
	if !s.Free(mb, nil, f.M, nil) {
		t.Error("a card's own box is not free for it")
	}
	if !s.Free(below, nil, argmap.NilID, nil) {
		t.Error("a box far below the map is not free")
	}
	// A link from far below up to M crosses the cards on the way.
	if s.Free(below, []Seg{up}, argmap.NilID, map[argmap.ID]bool{f.M: true}) {
		t.Error("a link through the premises row counts as free")
	}
	// A box on the arrow from C up to M, between them, is not free.
	cb := s.Card(f.C).Box
	mid := Seg{cb.Center(), mb.Center()}.Mid()
	if s.Free(RectAround(mid, 20, 20), nil, argmap.NilID, nil) {
		t.Error("a box on an arrow counts as free")
	}
}
