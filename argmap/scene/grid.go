package scene

import (
	"math"
	"sort"
)

// gridCell is the side of a cell of the spatial index, map units: about a
// card's width, so that a card sits in one to four cells and a 1600×1000
// viewport at zoom 1 covers some forty.
const gridCell = 256

// gridMaxCells is the most cells one item is filed under; an item that
// spans more (a long link across a wide map) goes to the grid's list of
// big items, which every query checks, instead of filling thousands of
// cells.
const gridMaxCells = 256

// cellKey packs a cell's column and row.
type cellKey uint64

func keyOf(cx, cy int32) cellKey { return cellKey(uint32(cx))<<32 | cellKey(uint32(cy)) }

// span is the block of cells an item is filed under; big marks an item in
// the big list instead.
type span struct {
	x0, y0, x1, y1 int32
	big, set       bool
}

func spanOf(r Rect) span {
	if math.IsNaN(r.X) || math.IsNaN(r.Y) || math.IsNaN(r.W) || math.IsNaN(r.H) {
		return span{big: true, set: true}
	}
	c := func(v float64) int32 {
		return int32(math.Max(-1<<30, math.Min(1<<30, math.Floor(v/gridCell))))
	}
	s := span{x0: c(r.X), y0: c(r.Y), x1: c(r.X + r.W), y1: c(r.Y + r.H), set: true}
	if (int64(s.x1)-int64(s.x0)+1)*(int64(s.y1)-int64(s.y0)+1) > gridMaxCells {
		s.big = true
	}
	return s
}

// grid is a uniform-grid spatial index of items (card or edge indices)
// by their rectangles: the viewport, hit tests and the free-place search
// look only at the cells they cover, so that their cost follows what is
// on screen and not the size of the map.
type grid struct {
	cells map[cellKey][]int32
	spans []span
	big   []int32
	// mark and stamp dedupe the items of one query without a map.
	mark  []uint32
	stamp uint32
}

func newGrid(n int) *grid {
	return &grid{cells: make(map[cellKey][]int32, n), spans: make([]span, n), mark: make([]uint32, n)}
}

// set files item i under rectangle r, replacing where it was filed before.
func (g *grid) set(i int, r Rect) {
	for i >= len(g.spans) {
		g.spans = append(g.spans, span{})
		g.mark = append(g.mark, 0)
	}
	ns := spanOf(r)
	old := g.spans[i]
	if old == ns {
		return
	}
	if old.set {
		g.remove(i, old)
	}
	g.spans[i] = ns
	if ns.big {
		g.big = append(g.big, int32(i))
		return
	}
	for cx := ns.x0; cx <= ns.x1; cx++ {
		for cy := ns.y0; cy <= ns.y1; cy++ {
			k := keyOf(cx, cy)
			g.cells[k] = append(g.cells[k], int32(i))
		}
	}
}

func (g *grid) remove(i int, s span) {
	drop := func(l []int32) []int32 {
		for j, x := range l {
			if x == int32(i) {
				l[j] = l[len(l)-1]
				return l[:len(l)-1]
			}
		}
		return l
	}
	if s.big {
		g.big = drop(g.big)
		return
	}
	for cx := s.x0; cx <= s.x1; cx++ {
		for cy := s.y0; cy <= s.y1; cy++ {
			k := keyOf(cx, cy)
			if l := drop(g.cells[k]); len(l) == 0 {
				delete(g.cells, k)
			} else {
				g.cells[k] = l
			}
		}
	}
}

// query returns, ascending, every item filed in a cell that r touches
// (a superset of the items whose rectangle meets r: the caller tests
// each), or ok false when r covers more cells than there are items, and a
// plain scan of every item is cheaper.
func (g *grid) query(r Rect) (items []int, ok bool) {
	s := spanOf(r)
	if s.big && (int64(s.x1)-int64(s.x0)+1)*(int64(s.y1)-int64(s.y0)+1) > int64(len(g.spans)) {
		return nil, false
	}
	if math.IsNaN(r.X + r.Y + r.W + r.H) {
		return nil, false
	}
	g.stamp++
	if g.stamp == 0 { // wrapped: old marks could collide
		clear(g.mark)
		g.stamp = 1
	}
	add := func(l []int32) {
		for _, x := range l {
			if g.mark[x] != g.stamp {
				g.mark[x] = g.stamp
				items = append(items, int(x))
			}
		}
	}
	for cx := s.x0; cx <= s.x1; cx++ {
		for cy := s.y0; cy <= s.y1; cy++ {
			add(g.cells[keyOf(cx, cy)])
		}
	}
	add(g.big)
	sort.Ints(items)
	return items, true
}
