package scene

import (
	"math"
	"slices"
	"sort"
)

// gridCell is the side of a cell of the finest level of the spatial
// index, map units: about a card's width, so that a card sits in one to
// four cells and a 1600×1000 viewport at zoom 1 covers some forty.
const gridCell = 256

// gridLevels is how many levels the index has, each with cells 16 times
// the side of the one below (256 to a million map units): an item is filed
// at the finest level where it covers at most gridMaxItemCells cells, so
// that a long link across a wide map fills a few coarse cells and not
// thousands of fine ones.
const gridLevels = 4

// gridMaxItemCells is the most cells one item is filed under at a level.
const gridMaxItemCells = 256

// cellKey packs a cell's column and row.
type cellKey uint64

func keyOf(cx, cy int32) cellKey { return cellKey(uint32(cx))<<32 | cellKey(uint32(cy)) }

// cellRange returns the block of cells of side cell that r covers, and
// how many cells that is.
func cellRange(r Rect, cell float64) (x0, y0, x1, y1 int32, n int64) {
	x0, y0, x1, y1 = cellOf(r.X, cell), cellOf(r.Y, cell), cellOf(r.X+r.W, cell), cellOf(r.Y+r.H, cell)
	return x0, y0, x1, y1, (int64(x1) - int64(x0) + 1) * (int64(y1) - int64(y0) + 1)
}

// cellOf is the column (or row) of coordinate v in cells of side cell,
// clamped to ±2³⁰; 0 for NaN.
func cellOf(v, cell float64) int32 {
	f := math.Floor(v / cell)
	switch {
	case f >= -1<<30 && f <= 1<<30: // the common case; false for NaN
		return int32(f)
	case f > 1<<30:
		return 1 << 30
	case f < -1<<30:
		return -1 << 30
	}
	return 0
}

// level is one level of the index: its cells, and where each item is.
type level struct {
	cell float64
	// cells maps a cell to its list in lists: one map lookup per cell
	// filed, where a map of slices takes two (read, then write back).
	cells map[cellKey]int32
	lists [][]int32
	free  []int32 // lists emptied by remove, for reuse
	block []int32 // room for new lists (see add)
}

// list returns the items filed in cell k (nil for none).
func (lv *level) list(k cellKey) []int32 {
	if j, ok := lv.cells[k]; ok {
		return lv.lists[j]
	}
	return nil
}

// add files item i in cell k.
func (lv *level) add(k cellKey, i int32) {
	j, ok := lv.cells[k]
	if !ok {
		if n := len(lv.free); n > 0 {
			j, lv.free = lv.free[n-1], lv.free[:n-1]
		} else {
			j = int32(len(lv.lists))
			lv.lists = append(lv.lists, nil)
		}
		lv.cells[k] = j
	}
	l := lv.lists[j]
	if l == nil {
		// A new cell's list starts with room for a few items, carved out
		// of a shared block: a slice grown from nothing for each of tens
		// of thousands of cells was most of the index's allocations.
		if len(lv.block)+4 > cap(lv.block) {
			lv.block = make([]int32, 0, 4096)
		}
		n := len(lv.block)
		lv.block = lv.block[:n+4]
		l = lv.block[n : n : n+4]
	}
	lv.lists[j] = append(l, i)
}

// grid is a spatial index of items (card or edge indices) by what they
// cover, in uniform grids of several cell sizes: the viewport, hit tests
// and the free-place search look only at the cells they cover, so that
// their cost follows what is on screen and not the size of the map.
type grid struct {
	levels [gridLevels]level
	of     [][]cellKey // the cells each item is filed under, at level at[i]
	at     []int8      // the item's level; -1 for none, gridLevels for big
	big    []int32     // items too big for every level, checked by every query
	// mark and stamp dedupe the items of one query without a map.
	mark  []uint32
	stamp uint32
	// rs and keys are setWith's scratch, reused between items: fresh
	// slices grown for every edge were a third of building a big scene.
	rs    []Rect
	keys  []cellKey
	dedup keySet
	// arena holds the cell lists of items (of), carved out in blocks.
	arena []cellKey
}

// keySet dedupes the cells of one item: an open-addressing set in a
// fixed table, emptied by a new generation instead of clearing.
type keySet struct {
	keys [keySetSize]cellKey
	gen  [keySetSize]uint32
	cur  uint32
}

// keySetSize is the table of keySet: room for twice the most keys an
// item may collect (8×gridMaxItemCells), so that it stays half empty;
// more are deduped by sorting.
const keySetSize = 1 << keySetBits

const keySetBits = 12 // 16×gridMaxItemCells

// dedupe drops the repeated keys, in place, keeping the first of each.
func (ks *keySet) dedupe(keys []cellKey) []cellKey {
	if len(keys) > keySetSize/2 {
		slices.Sort(keys)
		return slices.Compact(keys)
	}
	ks.cur++
	if ks.cur == 0 { // wrapped: old generations could collide
		clear(ks.gen[:])
		ks.cur = 1
	}
	out := keys[:0]
	for _, k := range keys {
		h := uint32((uint64(k) * 0x9E3779B97F4A7C15) >> (64 - keySetBits)) // 0 to keySetSize-1
		for {
			if ks.gen[h] != ks.cur {
				ks.gen[h], ks.keys[h] = ks.cur, k
				out = append(out, k)
				break
			}
			if ks.keys[h] == k {
				break
			}
			h = (h + 1) & (keySetSize - 1)
		}
	}
	return out
}

func newGrid(n int) *grid {
	g := &grid{of: make([][]cellKey, n), at: make([]int8, n), mark: make([]uint32, n)}
	for i := range g.at {
		g.at[i] = -1
	}
	cell := float64(gridCell)
	for l := range g.levels {
		g.levels[l] = level{cell: cell, cells: map[cellKey]int32{}}
		cell *= 16
	}
	return g
}

// set files item i under the cells that rectangle r covers, replacing
// where it was filed before.
func (g *grid) set(i int, r Rect) {
	g.rs = append(g.rs[:0], r) // the scratch, not a slice per card
	rs := g.rs
	g.setWith(i, func(float64) ([]Rect, bool) { return rs, true })
}

// setSegs files item i under the cells its segments pass within tol of.
func (g *grid) setSegs(i int, segs []Seg, tol float64) {
	g.setWith(i, func(cell float64) ([]Rect, bool) {
		rs, ok := segCells(g.rs[:0], segs, tol, cell)
		g.rs = rs[:0]
		return rs, ok
	})
}

// setWith files item i under the rectangles rects gives for a cell size,
// at the finest level where they are few enough.
func (g *grid) setWith(i int, rects func(cell float64) ([]Rect, bool)) {
	for i >= len(g.of) {
		g.of = append(g.of, nil)
		g.at = append(g.at, -1)
		g.mark = append(g.mark, 0)
	}
	g.remove(i)
	for l := range g.levels {
		lv := &g.levels[l]
		if rs, ok := rects(lv.cell); ok {
			keys, ok := fileUnder(lv, &g.dedup, g.keys[:0], i, rs, lv.cell)
			g.keys = keys[:0]
			if ok {
				g.of[i], g.at[i] = g.keep(g.of[i], keys), int8(l)
				return
			}
		}
	}
	g.at[i] = gridLevels
	g.big = append(g.big, int32(i))
}

// keep copies keys into old when it has room, else into the arena.
func (g *grid) keep(old, keys []cellKey) []cellKey {
	if cap(old) >= len(keys) {
		return append(old[:0], keys...)
	}
	if len(g.arena)+len(keys) > cap(g.arena) {
		g.arena = make([]cellKey, 0, max(4096, len(keys)))
	}
	n := len(g.arena)
	g.arena = append(g.arena, keys...)
	return g.arena[n:len(g.arena):len(g.arena)]
}

// fileUnder adds item i to the cells of side cell that rs cover, and
// returns those cells (appended to keys), or false, filing nothing, when
// they are more than gridMaxItemCells.
func fileUnder(lv *level, set *keySet, keys []cellKey, i int, rs []Rect, cell float64) ([]cellKey, bool) {
	for _, r := range rs {
		x0, y0, x1, y1, n := cellRange(r, cell)
		// The pieces of a line overlap at their ends and share cells:
		// counted before the duplicates go, a line may reach 8× the limit.
		if n > gridMaxItemCells || int64(len(keys))+n > 8*gridMaxItemCells {
			return keys[:0], false
		}
		for cx := x0; cx <= x1; cx++ {
			for cy := y0; cy <= y1; cy++ {
				keys = append(keys, keyOf(cx, cy))
			}
		}
	}
	if len(rs) > 1 { // the pieces of a line share cells
		keys = set.dedupe(keys)
	}
	for _, k := range keys {
		lv.add(k, int32(i))
	}
	return keys, true
}

// remove takes item i out of the index.
func (g *grid) remove(i int) {
	drop := func(l []int32) []int32 {
		for j, x := range l {
			if x == int32(i) {
				l[j] = l[len(l)-1]
				return l[:len(l)-1]
			}
		}
		return l
	}
	switch l := g.at[i]; {
	case l == gridLevels:
		g.big = drop(g.big)
	case l >= 0:
		lv := &g.levels[l]
		for _, k := range g.of[i] {
			j, ok := lv.cells[k]
			if !ok {
				continue
			}
			if c := drop(lv.lists[j]); len(c) == 0 {
				delete(lv.cells, k)
				lv.lists[j] = c
				lv.free = append(lv.free, j)
			} else {
				lv.lists[j] = c
			}
		}
	}
	g.at[i], g.of[i] = -1, g.of[i][:0]
}

// query returns, ascending, every item filed in a cell that r touches
// (a superset of the items that meet r: the caller tests each), or ok
// false when r covers more cells than there are items, and a plain scan
// of every item is cheaper.
func (g *grid) query(r Rect) (items []int, ok bool) {
	if math.IsNaN(r.X + r.Y + r.W + r.H) {
		return nil, false
	}
	if _, _, _, _, n := cellRange(r, gridCell); n > int64(len(g.of))+16 {
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
	for l := range g.levels {
		lv := &g.levels[l]
		if len(lv.cells) == 0 {
			continue
		}
		x0, y0, x1, y1, _ := cellRange(r, lv.cell)
		for cx := x0; cx <= x1; cx++ {
			for cy := y0; cy <= y1; cy++ {
				add(lv.list(keyOf(cx, cy)))
			}
		}
	}
	add(g.big)
	sort.Ints(items)
	return items, true
}

// segCells returns, appended to rs, small rectangles along segs, tol wide, that together
// cover the strokes, in pieces of half a cell: an edge is filed under the
// cells its lines pass, not under its whole bounding box (a long diagonal
// link would fill a block of thousands of cells). It gives up (false) past
// gridMaxItemCells pieces.
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
