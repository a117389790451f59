package scene

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// segCells is how edges were filed before segKeys: small rectangles along
// segs, tol wide, in pieces of half a cell, appended to rs; false past
// gridMaxItemCells pieces. segKeys must give the cells cellsOf gives over
// these pieces.
func segCells(rs []Rect, segs []Seg, tol, cell float64) ([]Rect, bool) {
	total := 0.0
	for _, sg := range segs {
		total += (math.Abs(sg.B.X-sg.A.X) + math.Abs(sg.B.Y-sg.A.Y)) / cell
	}
	if !(total <= gridMaxItemCells) { // also NaN
		return rs, false
	}
	for _, sg := range segs {
		l := math.Hypot(sg.B.X-sg.A.X, sg.B.Y-sg.A.Y)
		if sg.A.X == sg.B.X || sg.A.Y == sg.B.Y || l <= cell {
			rs = append(rs, sg.Bounds().Inset(tol))
			continue
		}
		n := math.Ceil(l / (cell / 2))
		if n+float64(len(rs)) > gridMaxItemCells || math.IsNaN(n) {
			return rs, false
		}
		for k := 0.0; k < n; k++ {
			a := Point{X: sg.A.X + (sg.B.X-sg.A.X)*k/n, Y: sg.A.Y + (sg.B.Y-sg.A.Y)*k/n}
			b := Point{X: sg.A.X + (sg.B.X-sg.A.X)*(k+1)/n, Y: sg.A.Y + (sg.B.Y-sg.A.Y)*(k+1)/n}
			rs = append(rs, Seg{a, b}.Bounds().Inset(tol))
		}
	}
	return rs, true
}

// TestSegKeysIsSegCells: segKeys files an edge under the same cells, at
// the same levels, as the pieces of segCells did, each cell once: short
// and long, straight and slanted, one segment and several meeting, up to
// and past the limits of a level.
func TestSegKeysIsSegCells(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	var ks keySet
	pt := func(spread float64) Point {
		return Point{X: (r.Float64() - 0.5) * spread, Y: (r.Float64() - 0.5) * spread}
	}
	// The links of a generated map too, as Build files them.
	tree := Build(gen.Tree(2000, 3), Mono, Options{})
	for i := range tree.Edges {
		check(&ks, t, fmt.Sprint("tree edge ", i), tree.Edges[i].Segs)
	}
	for round := range 6000 {
		spread := []float64{100, 1000, 1e4, 1e5, 1e6, 3e7}[round%6]
		var segs []Seg
		switch round % 6 {
		case 0: // one segment
			segs = []Seg{{pt(spread), pt(spread)}}
		case 1: // a horizontal one
			a := pt(spread)
			segs = []Seg{{a, Point{X: a.X + spread*r.Float64(), Y: a.Y}}}
		case 2: // nearly level or nearly upright, as a big map's links run
			a, d, e := pt(spread), spread*(r.Float64()-0.5), 300*(r.Float64()-0.5)
			if r.IntN(2) == 0 {
				segs = []Seg{{a, Point{X: a.X + d, Y: a.Y + e}}}
			} else {
				segs = []Seg{{a, Point{X: a.X + e, Y: a.Y + d}}}
			}
			if r.IntN(3) == 0 { // on a row's border, far out, or at a whole number
				k := float64(r.IntN(1000)-500) * 256 * math.Pow(16, float64(r.IntN(4)))
				segs[0].A.Y, segs[0].B.Y = k-edgeTol+float64(r.IntN(3)-1)*1e-9, k-edgeTol
				if r.IntN(2) == 0 {
					segs[0].A.X += 1 << 41
					segs[0].B.X += 1 << 41
				}
			}
		default: // linked premises joining at a junction, then the arrow
			j := pt(spread)
			for range 1 + r.IntN(4) {
				segs = append(segs, Seg{pt(spread), j})
			}
			segs = append(segs, Seg{j, pt(spread)})
		}
		check(&ks, t, fmt.Sprint("round ", round), segs)
	}
}

// check compares segKeys with the pieces of segCells at every level.
func check(ks *keySet, t *testing.T, name string, segs []Seg) {
	t.Helper()
	for l := range gridLevels {
		cell := gridCell * math.Pow(16, float64(l))
		rs, rok := segCells(nil, segs, edgeTol, cell)
		var want []cellKey
		if rok {
			want, rok = cellsOf(ks, nil, rs, cell)
		}
		got, ok := segKeys(ks, nil, segs, edgeTol, cell)
		if ok != rok {
			t.Fatalf("%s level %d: segKeys ok = %v, the pieces give %v (%v)", name, l, ok, rok, segs)
		}
		if !ok {
			continue
		}
		if len(slices.Compact(slices.Sorted(slices.Values(got)))) != len(got) {
			t.Fatalf("%s level %d: segKeys gave a cell twice", name, l)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%s level %d: segKeys gave %d cells, the pieces %d (%v)", name, l, len(got), len(want), segs)
		}
	}
}

// TestFillIsSet: the index Build fills at once holds every item in the
// cells and levels that filing the items one by one gives, so queries
// find the same candidates; and it stays right as items move in and out
// of its dense block.
func TestFillIsSet(t *testing.T) {
	t.Parallel()
	m := gen.Tree(600, 5)
	s := Build(m, Mono, Options{})
	one := newLineGrid(len(s.Edges), edgeTol)
	for i := range s.Edges {
		one.setSegs(i, s.Edges[i].Segs)
	}
	cards := newGrid(len(s.Cards))
	for i := range s.Cards {
		cards.set(i, s.Cards[i].Box)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	check := func(stage string) {
		t.Helper()
		// An index filled anew from the scene as it is now: what was
		// taken out on a move must be gone (a cell left holding an
		// edge would show as one candidate more).
		fresh, freshCards := newLineGrid(len(s.Edges), edgeTol), newGrid(len(s.Cards))
		fresh.fill(len(s.Edges), func(i int, cell float64, keys []cellKey) ([]cellKey, bool) {
			return segKeys(&fresh.dedup, keys, s.Edges[i].Segs, edgeTol, cell)
		})
		for i := range s.Edges {
			fresh.segs[i] = s.Edges[i].Segs
		}
		var box [1]Rect
		freshCards.fill(len(s.Cards), func(i int, cell float64, keys []cellKey) ([]cellKey, bool) {
			box[0] = s.Cards[i].Box
			return cellsOf(nil, keys, box[:], cell)
		})
		b := s.Bounds
		for k := range 400 {
			w := []float64{0, 50, 800, 5000, 1e5}[k%5]
			r := Rect{b.X + rng.Float64()*b.W*1.4 - b.W*0.2 - w/2, b.Y + rng.Float64()*b.H*1.4 - b.H*0.2 - w/2, w, w * 0.6}
			for _, g := range []struct {
				name      string
				got, want *grid
			}{{"edges", s.edgeGrid, one}, {"cards", s.cardGrid, cards}, {"edges anew", s.edgeGrid, fresh}, {"cards anew", s.cardGrid, freshCards}} {
				gi, gok := g.got.query(r)
				wi, wok := g.want.query(r)
				if gok != wok || !slices.Equal(gi, wi) {
					t.Fatalf("%s: %s query(%v) = %d items, %v; filed one by one %d, %v", stage, g.name, r, len(gi), gok, len(wi), wok)
				}
			}
		}
	}
	check("built")
	for k := range 80 {
		c := m.Claims[rng.IntN(len(m.Claims))]
		b := s.Bounds
		// Half the moves leave the scene's bounds, and so the dense block.
		to := Point{X: b.X + rng.Float64()*b.W, Y: b.Y + rng.Float64()*b.H}
		if k%2 == 0 {
			to = Point{X: b.X - 5000 - rng.Float64()*1e5, Y: b.Y + b.H + 3000*rng.Float64()}
		}
		for _, e := range s.MoveCards([]argmap.ID{c.ID}, []Point{to}) {
			one.setSegs(e, s.Edges[e].Segs)
		}
		cards.set(s.CardIndex(c.ID), s.Card(c.ID).Box)
	}
	check("moved")
}

// TestCellOf: a coordinate's cell is the floor of its quotient by the
// cell's side, clamped, for every level's side, near whole cells, at the
// clamps, and for infinities and NaN.
func TestCellOf(t *testing.T) {
	t.Parallel()
	ref := func(v, cell float64) int32 {
		f := math.Floor(v / cell)
		switch {
		case f >= -1<<30 && f <= 1<<30:
			return int32(f)
		case f > 1<<30:
			return 1 << 30
		case f < -1<<30:
			return -1 << 30
		}
		return 0
	}
	r := rand.New(rand.NewPCG(5, 6))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 255.999, 256, -256, -256.0001, 1e300, -1e300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		(1 << 30) * 256, (1<<30)*256 + 300, -(1 << 30) * 256, -(1<<30)*256 - 300}
	for range 20000 {
		vals = append(vals, (r.Float64()-0.5)*math.Pow(10, float64(r.IntN(12))), float64(r.IntN(1<<20)-1<<19)*64)
	}
	for l := range gridLevels {
		cell := gridCell * math.Pow(16, float64(l))
		for _, v := range vals {
			if got, want := cellOf(v, 1/cell), ref(v, cell); got != want {
				t.Fatalf("cellOf(%v) at side %v = %d, want %d", v, cell, got, want)
			}
		}
	}
}

// TestDenseForTidiedMaps: a map spread as a tidy packs it (some 20 of
// the finest cells per card) is indexed in dense blocks at every level,
// not through the map of cells, and its queries find what filing the
// cards one by one finds.
func TestDenseForTidiedMaps(t *testing.T) {
	m := gen.Tree(2000, 3)
	for i, c := range m.Claims { // 45 a row, 1,254 apart: 24 cells of 256 each
		c.Pos = argmap.Point{X: float64(i%45) * 1254, Y: float64(i/45) * 1254}
	}
	s := Build(m, Mono, Options{})
	_, _, _, _, n := cellRange(s.Bounds, gridCell)
	if per := float64(n) / float64(len(s.Cards)); per < 17 || per > 32 {
		t.Fatalf("%.1f cells a card: the test wants a tidied map's spread", per)
	}
	for _, g := range []*grid{s.cardGrid, s.edgeGrid} {
		for l := range g.levels {
			if g.levels[l].dense == nil {
				t.Errorf("lines=%v: level %d (cells of %v) has no dense block", g.lines, l, g.levels[l].cell)
			}
		}
	}
	one := newGrid(len(s.Cards))
	for i := range s.Cards {
		one.set(i, s.Cards[i].Box)
	}
	b := s.Bounds
	for k := range 200 {
		r := Rect{b.X + float64(k%20)*b.W/20, b.Y + float64(k/20)*b.H/10, 3000, 2000}
		gi, gok := s.cardGrid.query(r)
		wi, wok := one.query(r)
		if gok != wok || !slices.Equal(gi, wi) {
			t.Fatalf("query(%v) = %d items, %v; filed one by one %d, %v", r, len(gi), gok, len(wi), wok)
		}
	}
}
