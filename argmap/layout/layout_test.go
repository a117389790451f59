package layout

import (
	"fmt"
	"math"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"pgregory.net/rapid"
)

// overlaps lists the pairs of cards that overlap, leaving out pairs of
// pinned cards (the user put them so; the layout never moves them).
func overlaps(m *argmap.Map, pos map[argmap.ID]argmap.Point, size SizeFunc) []string {
	var bad []string
	p := newPlacer(-1e-6) // touching is fine
	pinned := map[int32]bool{}
	for _, c := range m.Claims {
		w, h := size(c.ID)
		at := pos[c.ID]
		for _, k := range p.hits(p.box(at, positive(w), positive(h)), nil) {
			if c.Pinned && pinned[k] {
				continue
			}
			bad = append(bad, fmt.Sprintf("%q at %v", c.Text, at))
		}
		if c.Pinned {
			pinned[int32(len(p.rects))] = true
		}
		p.add(at, positive(w), positive(h))
	}
	return bad
}

// pinSome pins every k-th claim at a position of its own choosing.
func pinSome(m *argmap.Map, k int, spread float64) {
	for i, c := range m.Claims {
		if k > 0 && i%k == 0 {
			c.Pinned = true
			c.Pos = argmap.Point{X: math.Mod(float64(i)*7919, spread), Y: math.Mod(float64(i)*104729, spread/3)}
		}
	}
}

func TestLayoutNoOverlapAndPinsKept(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 150).Draw(t, "n")
		seed := rapid.Int64Range(0, 1<<20).Draw(t, "seed")
		k := rapid.SampledFrom([]int{0, 2, 5, 13}).Draw(t, "pinEvery")
		m := gen.Tree(n, seed)
		pinSome(m, k, 4000)
		before := m.Clone()
		size := EstimateSize(m)
		pos := Layout(m, size, Options{})
		if len(pos) != len(m.Claims) {
			t.Fatalf("%d positions for %d claims", len(pos), len(m.Claims))
		}
		if bad := overlaps(m, pos, size); len(bad) > 0 {
			t.Fatalf("overlapping cards: %v", bad[:min(3, len(bad))])
		}
		for _, c := range before.Claims {
			if c.Pinned && pos[c.ID] != c.Pos {
				t.Fatalf("pinned %q moved from %v to %v", c.Text, c.Pos, pos[c.ID])
			}
		}
	})
}

func TestTidyIsOneUndoableMoveOfUnpinned(t *testing.T) {
	t.Parallel()
	m := gen.Tree(300, 3)
	pinSome(m, 7, 3000)
	before := m.Clone()
	h := argmap.NewHistory(m)
	if err := h.Do(Tidy(m, nil, Options{})); err != nil {
		t.Fatal(err)
	}
	moved := 0
	for i, c := range m.Claims {
		if b := before.Claims[i]; c.Pinned != b.Pinned || (b.Pinned && c.Pos != b.Pos) {
			t.Fatalf("pinned claim %q changed", c.Text)
		}
		if c.Pos != before.Claims[i].Pos {
			moved++
		}
	}
	if moved == 0 {
		t.Fatal("Tidy moved nothing")
	}
	if bad := overlaps(m, positions(m), EstimateSize(m)); len(bad) > 0 {
		t.Fatalf("overlaps after Tidy: %v", bad[:1])
	}
	h.Undo()
	for i, c := range m.Claims {
		if c.Pos != before.Claims[i].Pos {
			t.Fatalf("undo left %q at %v, was %v", c.Text, c.Pos, before.Claims[i].Pos)
		}
	}
}

func positions(m *argmap.Map) map[argmap.ID]argmap.Point {
	pos := make(map[argmap.ID]argmap.Point, len(m.Claims))
	for _, c := range m.Claims {
		pos[c.ID] = c.Pos
	}
	return pos
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	for _, seed := range []int64{1, 2, 3} {
		m := gen.Tree(500, seed)
		pinSome(m, 11, 5000)
		a := Layout(m, nil, Options{})
		b := Layout(m.Clone(), nil, Options{})
		for id, p := range a {
			if b[id] != p {
				t.Fatalf("seed %d: claim %s at %v then %v", seed, id, p, b[id])
			}
		}
	}
}

// TestRanksRespectSupport: every premise outside a cycle is drawn below the
// claim it supports or attacks (undercutters below the conclusion of the
// inference they attack).
func TestRanksRespectSupport(t *testing.T) {
	t.Parallel()
	for _, seed := range []int64{1, 2, 3, 4, 5} {
		m := gen.Tree(800, seed)
		pos := Layout(m, nil, Options{})
		g := buildGraph(m, nil, EstimateSize(m))
		comp := g.components()
		for _, e := range g.edges {
			if comp[e.from] == comp[e.to] {
				continue // in a cycle
			}
			if p, q := pos[g.ids[e.from]], pos[g.ids[e.to]]; p.Y <= q.Y {
				t.Fatalf("seed %d: premise %q (y %v) not below its target %q (y %v)", seed,
					m.Claim(g.ids[e.from]).Text, p.Y, m.Claim(g.ids[e.to]).Text, q.Y)
			}
		}
	}
}

func TestNeedsLayout(t *testing.T) {
	t.Parallel()
	m := gen.Tree(10, 1)
	if NeedsLayout(m) {
		t.Error("a generated map has positions")
	}
	for _, c := range m.Claims {
		c.Pos = argmap.Point{}
	}
	if !NeedsLayout(m) {
		t.Error("a map with every claim at the origin needs layout")
	}
	if NeedsLayout(argmap.New("empty")) {
		t.Error("an empty map needs no layout")
	}
	// Laid out from nothing, it starts at the origin.
	pos := Layout(m, nil, Options{})
	minX, minY := math.Inf(1), math.Inf(1)
	for _, c := range m.Claims {
		w, h := EstimateText(c.Text)
		minX, minY = min(minX, pos[c.ID].X-w/2), min(minY, pos[c.ID].Y-h/2)
	}
	if minX != 0 || minY != 0 {
		t.Errorf("layout from scratch starts at (%v, %v), want the origin", minX, minY)
	}
}

func TestEstimateText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		h    float64
	}{
		{"", 44},
		{"short", 44},
		{"exactly twenty-eight chars!!", 44},
		{"exactly twenty-eight chars!! x", 64},
		{"one\ntwo", 64},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 84}, // 60 letters: 3 lines
	}
	for _, tt := range tests {
		if w, h := EstimateText(tt.text); w != CardWidth || h != tt.h {
			t.Errorf("EstimateText(%q) = %v×%v, want %v×%v", tt.text, w, h, CardWidth, tt.h)
		}
	}
}

// TestHostileMaps: broken references, cycles of undercutters, absurd
// positions and sizes never panic, and every unpinned card gets a finite
// place.
func TestHostileMaps(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"R", "A", "B", "C"}, []string{"A>R", "B!@0", "C!@1"})
	// Undercutters aimed at each other, an argument aimed at nothing, a
	// premise that does not exist, a duplicate claim ID.
	m.Arguments[1].Target = m.Arguments[2].ID
	m.Arguments[2].Target = m.Arguments[1].ID
	ids := argmap.DeterministicIDs("hostile")
	m.Arguments = append(m.Arguments,
		&argmap.Argument{ID: ids(), Premises: []argmap.ID{m.Claims[1].ID}, Target: ids(), Polarity: argmap.Pro},
		&argmap.Argument{ID: ids(), Premises: []argmap.ID{ids()}, Target: m.Claims[0].ID, Polarity: argmap.Con})
	m.Claims = append(m.Claims, &argmap.Claim{ID: m.Claims[3].ID, Text: "duplicate"})
	m.Claims[2].Pinned, m.Claims[2].Pos = true, argmap.Point{X: math.Inf(1), Y: math.NaN()}
	m.Claims[3].Pinned, m.Claims[3].Pos = true, argmap.Point{X: 1e300, Y: -1e300}
	m.Reindex()
	sizes := []SizeFunc{
		nil,
		func(argmap.ID) (float64, float64) { return math.NaN(), -5 },
		func(argmap.ID) (float64, float64) { return 1e12, 1e12 },
	}
	for i, size := range sizes {
		pos := Layout(m, size, Options{})
		for _, c := range m.Claims {
			if p := pos[c.ID]; !c.Pinned && !finite(p) {
				t.Errorf("size %d: claim %q at %v", i, c.Text, p)
			}
		}
		_ = Tidy(m, size, Options{})
		_ = TidySelection(m, []argmap.ID{m.Claims[0].ID, m.Claims[2].ID}, size, Options{})
		_ = PlaceNew(m, m.Claims[1].ID, size)
		_ = Plain(m, pos, Draw(m, size, Options{}).Routes, size)
		_ = DOT(m, size, Options{})
	}
}
