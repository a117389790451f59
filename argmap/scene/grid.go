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
// how many cells that is. cell is a power of two (every level's is), so
// that multiplying by its inverse is exact: the same as dividing, and
// cheaper, four times for each of the million pieces of a big map's edges.
func cellRange(r Rect, cell float64) (x0, y0, x1, y1 int32, n int64) {
	inv := 1 / cell
	x0, y0, x1, y1 = cellOf(r.X, inv), cellOf(r.Y, inv), cellOf(r.X+r.W, inv), cellOf(r.Y+r.H, inv)
	return x0, y0, x1, y1, (int64(x1) - int64(x0) + 1) * (int64(y1) - int64(y0) + 1)
}

// cellOf is the column (or row) of coordinate v in cells whose side is
// 1/inv, clamped to ±2³⁰; 0 for NaN.
func cellOf(v, inv float64) int32 {
	f := v * inv
	switch {
	case f >= -1<<30 && f <= 1<<30: // the common case; false for NaN
		// The floor of f, without math.Floor's call: truncate, then
		// step down where that went up (f negative, not whole).
		i := int32(f)
		if float64(i) > f {
			i--
		}
		return i
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
	// dense, when not nil, maps the cells of a block (cols×rows from
	// column x0, row y0: the scene's bounds at Build) to their lists in
	// lists, plus one (0: an empty cell); cells outside it go through the
	// map. Hashing every key was most of filing a big map's edges.
	dense      []int32
	x0, y0     int64
	cols, rows int64
	// cells maps a cell outside dense to its list in lists: one map
	// lookup per cell filed, where a map of slices takes two (read, then
	// write back).
	cells  map[cellKey]int32
	filled int // cells with a list, in dense and cells together
	lists  [][]int32
	free   []int32 // lists emptied by remove, for reuse
	block  []int32 // room for new lists (see add)
}

// window gives the level a dense block over the cells of b, when that
// block has at most limit cells.
func (lv *level) window(b Rect, limit int64) {
	x0, y0, x1, y1, n := cellRange(b, lv.cell)
	if n > limit || n <= 0 || math.IsNaN(b.X+b.Y+b.W+b.H) {
		return
	}
	lv.x0, lv.y0, lv.cols, lv.rows = int64(x0), int64(y0), int64(x1)-int64(x0)+1, int64(y1)-int64(y0)+1
	lv.dense = make([]int32, n)
}

// slot returns the place of cell k in dense, or -1 when it lies outside.
func (lv *level) slot(k cellKey) int64 {
	x, y := int64(int32(uint32(k>>32)))-lv.x0, int64(int32(uint32(k)))-lv.y0
	if uint64(x) < uint64(lv.cols) && uint64(y) < uint64(lv.rows) {
		return y*lv.cols + x
	}
	return -1
}

// lookup returns the list of cell k in lists.
func (lv *level) lookup(k cellKey) (int32, bool) {
	if d := lv.slot(k); d >= 0 {
		j := lv.dense[d] - 1
		return j, j >= 0
	}
	j, ok := lv.cells[k]
	return j, ok
}

// bind makes j the list of cell k (which has none).
func (lv *level) bind(k cellKey, j int32) {
	lv.filled++
	if d := lv.slot(k); d >= 0 {
		lv.dense[d] = j + 1
		return
	}
	lv.cells[k] = j
}

// unbind leaves cell k without a list.
func (lv *level) unbind(k cellKey) {
	lv.filled--
	if d := lv.slot(k); d >= 0 {
		lv.dense[d] = 0
		return
	}
	delete(lv.cells, k)
}

// list returns the items filed in cell k (nil for none).
func (lv *level) list(k cellKey) []int32 {
	if j, ok := lv.lookup(k); ok {
		return lv.lists[j]
	}
	return nil
}

// newList returns a list index for a new cell, reusing an emptied one.
func (lv *level) newList() int32 {
	if n := len(lv.free); n > 0 {
		j := lv.free[n-1]
		lv.free = lv.free[:n-1]
		return j
	}
	lv.lists = append(lv.lists, nil)
	return int32(len(lv.lists) - 1)
}

// add files item i in cell k.
func (lv *level) add(k cellKey, i int32) {
	j, ok := lv.lookup(k)
	if !ok {
		j = lv.newList()
		lv.bind(k, j)
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
	// lines, when true, makes an index of items drawn as segments (the
	// edges): it keeps a copy of each item's segments, tol wide, in segs
	// rather than its cells in of, and works the cells out again to take
	// an item out. A big map's edges are filed under close to a million
	// cells; their segments are a few tens of thousands.
	lines bool
	tol   float64
	segs  [][]Seg
}

// newLineGrid returns an index of n items drawn as segments, tol wide
// (see grid.lines).
func newLineGrid(n int, tol float64) *grid {
	g := newGrid(n)
	g.lines, g.tol, g.segs = true, tol, make([][]Seg, n)
	return g
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

// window gives every level a dense block of cells over b (the scene's
// bounds), where that block is not much bigger than the n items: the
// cells of a map drawn in one place are then found by arithmetic, not
// hashing. A tidied map, packed to the window's shape, has about 19 of
// the finest cells per card (381,376 for 20,000 claims): a bound of 16
// sent every cell of such a map through the map of cells (a third of
// building its scene, issue 16); 32 is 128 bytes an item at most.
func (g *grid) window(b Rect, n int) {
	for l := range g.levels {
		g.levels[l].window(b, denseCellsPerItem*int64(n)+4096)
	}
}

// denseCellsPerItem bounds a level's dense block, in cells per item.
const denseCellsPerItem = 32

// set files item i under the cells that rectangle r covers, replacing
// where it was filed before.
func (g *grid) set(i int, r Rect) {
	g.rs = append(g.rs[:0], r) // the scratch, not a slice per card
	rs := g.rs
	g.setWith(i, func(cell float64, keys []cellKey) ([]cellKey, bool) {
		return cellsOf(&g.dedup, keys, rs, cell)
	})
}

// setSegs files item i of a line index under the cells its segments
// pass within the index's tol of, and keeps a copy of them.
func (g *grid) setSegs(i int, segs []Seg) {
	tol := g.tol
	g.setWith(i, func(cell float64, keys []cellKey) ([]cellKey, bool) {
		return segKeys(&g.dedup, keys, segs, tol, cell)
	})
	g.segs[i] = append(g.segs[i][:0], segs...)
}

// setWith files item i under the cells that cells gives for a cell size
// (appended to keys, each once), at the finest level where they are few
// enough.
func (g *grid) setWith(i int, cells func(cell float64, keys []cellKey) ([]cellKey, bool)) {
	for i >= len(g.of) {
		g.of = append(g.of, nil)
		g.at = append(g.at, -1)
		g.mark = append(g.mark, 0)
		if g.lines {
			g.segs = append(g.segs, nil)
		}
	}
	g.remove(i)
	for l := range g.levels {
		lv := &g.levels[l]
		keys, ok := cells(lv.cell, g.keys[:0])
		g.keys = keys[:0]
		if ok {
			for _, k := range keys {
				lv.add(k, int32(i))
			}
			g.at[i] = int8(l)
			if !g.lines {
				g.of[i] = g.keep(g.of[i], keys)
			}
			return
		}
	}
	g.at[i] = gridLevels
	g.big = append(g.big, int32(i))
}

// filed returns the cells item i is filed under at level l: of[i], or in
// a line index its segments' cells worked out again (the same, as they
// were filed at that level).
func (g *grid) filed(i int, l int8) []cellKey {
	if !g.lines {
		return g.of[i]
	}
	keys, _ := segKeys(&g.dedup, g.keys[:0], g.segs[i], g.tol, g.levels[l].cell)
	g.keys = keys[:0]
	return keys
}

// keep copies keys into old when it has room, else into the arena.
func (g *grid) keep(old, keys []cellKey) []cellKey {
	if cap(old) >= len(keys) {
		return append(old[:0], keys...)
	}
	if len(g.arena)+len(keys) > cap(g.arena) {
		// Blocks grow, to 64k keys: a big map's edges take close to a
		// million.
		g.arena = make([]cellKey, 0, max(4096, len(keys), min(2*cap(g.arena), 1<<16)))
	}
	n := len(g.arena)
	g.arena = append(g.arena, keys...)
	return g.arena[n:len(g.arena):len(g.arena)]
}

// cellsOf returns, appended to keys, the cells of side cell that rs
// cover, each once, or false when they are more than gridMaxItemCells.
func cellsOf(set *keySet, keys []cellKey, rs []Rect, cell float64) ([]cellKey, bool) {
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
	return keys, true
}

// fill files items 0 to n-1 of an empty index at once, each under the
// cells that cells gives for it and a cell size, as setWith would one by
// one: each cell's list is counted first and then cut from one
// slab, rather than grown item by item (filing the edges of a big map
// appended to lists close to a million times). A line index keeps no
// cells: it asks cells again to place the items (working a link's cells
// out costs less than keeping megabytes of them).
func (g *grid) fill(n int, cells func(i int, cell float64, keys []cellKey) ([]cellKey, bool)) {
	for i := len(g.of); i < n; i++ {
		g.of = append(g.of, nil)
		g.at = append(g.at, -1)
		g.mark = append(g.mark, 0)
	}
	// Each item's level, and how long each cell's list is.
	var count [gridLevels][]int32
	var total [gridLevels]int
	for i := range n {
		g.at[i] = gridLevels
		for l := range g.levels {
			// The cells of an index that keeps them go straight into
			// the arena's free room, kept there when they fit (else
			// copied into a new block).
			room := g.keys[:0]
			if !g.lines {
				if cap(g.arena)-len(g.arena) < 2*gridMaxItemCells {
					g.arena = make([]cellKey, 0, max(4096, min(2*cap(g.arena), 1<<16)))
				}
				room = g.arena[len(g.arena):]
			}
			keys, ok := cells(i, g.levels[l].cell, room)
			if !ok {
				continue
			}
			lv := &g.levels[l]
			for _, k := range keys {
				j, ok := lv.lookup(k)
				if !ok {
					// A new cell's list: numbered now, made below
					// when the lists are counted (no list of lists
					// grown a cell at a time).
					j = int32(len(count[l]))
					lv.bind(k, j)
					count[l] = append(count[l], 0)
				}
				count[l][j]++
			}
			total[l] += len(keys)
			g.at[i] = int8(l)
			switch {
			case g.lines:
				g.keys = keys[:0]
			case len(keys) > 0 && len(keys) <= cap(room) && &keys[:1][0] == &room[:1][0]:
				g.arena = g.arena[:len(g.arena)+len(keys)]
				g.of[i] = keys[:len(keys):len(keys)]
			default:
				g.of[i] = g.keep(nil, keys)
			}
			break
		}
		if g.at[i] == gridLevels {
			g.big = append(g.big, int32(i))
		}
	}
	// The lists, cut from one slab per level, then filled in item order.
	// Finding a cell's list again is arithmetic in the dense block, which
	// holds the cells of a scene just built.
	for l := range g.levels {
		lv := &g.levels[l]
		lv.lists = make([][]int32, len(count[l]))
		slab := make([]int32, total[l])
		off := 0
		for j, c := range count[l] {
			lv.lists[j] = slab[off : off : off+int(c)]
			off += int(c)
		}
	}
	for i := range n {
		l := g.at[i]
		if l < 0 || l >= gridLevels {
			continue
		}
		lv := &g.levels[l]
		keys := g.of[i]
		if g.lines {
			keys, _ = cells(i, lv.cell, g.keys[:0])
			g.keys = keys[:0]
		}
		for _, k := range keys {
			j, _ := lv.lookup(k)
			lv.lists[j] = append(lv.lists[j], int32(i))
		}
	}
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
		for _, k := range g.filed(i, l) {
			j, ok := lv.lookup(k)
			if !ok {
				continue
			}
			if c := drop(lv.lists[j]); len(c) == 0 {
				lv.unbind(k)
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
		if lv.filled == 0 {
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

// segKeys returns, appended to keys, each once, the cells of side cell
// that an item drawn as segs passes within tol of: the cells of small
// rectangles along segs, tol wide, in pieces of half a cell, so that an
// edge is filed under the cells its lines pass, not under its whole
// bounding box (a long diagonal link would fill a block of thousands of
// cells). It gives up (false) past gridMaxItemCells pieces, or where a
// piece or all of them together cover more cells than cellsOf allows.
//
// It gives the cells of cellsOf over the pieces (segCells in the tests),
// without making the pieces: the pieces of one segment follow one another,
// so a cell that two of them cover is covered by every one between, and a
// piece skips the cells of the one before; only the segments of a linked
// edge, which meet, are deduped by the set.
func segKeys(set *keySet, keys []cellKey, segs []Seg, tol, cell float64) ([]cellKey, bool) {
	total := 0.0
	for _, sg := range segs {
		total += (math.Abs(sg.B.X-sg.A.X) + math.Abs(sg.B.Y-sg.A.Y)) / cell
	}
	if !(total <= gridMaxItemCells) { // also NaN
		return keys[:0], false
	}
	start := len(keys)
	pieces, raw := 0.0, int64(0)
	// A segment cut in pieces may be filed as one block (see block) when
	// the pieces cannot reach cellsOf's limit: each covers at most four
	// cells (its sides are under a cell), so bound their count here.
	bound := int64(0)
	for _, sg := range segs {
		if sg.A.X == sg.B.X || sg.A.Y == sg.B.Y || math.Hypot(sg.B.X-sg.A.X, sg.B.Y-sg.A.Y) <= cell {
			_, _, _, _, n := cellRange(sg.Bounds().Inset(tol), cell)
			bound += n
		} else {
			bound += 4 * int64(math.Ceil(math.Hypot(sg.B.X-sg.A.X, sg.B.Y-sg.A.Y)/(cell/2)))
		}
	}
	blocks := bound <= 8*gridMaxItemCells && tol >= 1 && 4*tol+2 < cell
	// piece adds the cells of r but those of the block px0..py1 before.
	var px0, py0, px1, py1 int32
	first := true
	piece := func(r Rect) bool {
		x0, y0, x1, y1, n := cellRange(r, cell)
		if n > gridMaxItemCells || raw+n > 8*gridMaxItemCells {
			return false
		}
		raw += n
		for cx := x0; cx <= x1; cx++ {
			for cy := y0; cy <= y1; cy++ {
				if !first && cx >= px0 && cx <= px1 && cy >= py0 && cy <= py1 {
					continue
				}
				keys = append(keys, keyOf(cx, cy))
			}
		}
		px0, py0, px1, py1, first = x0, y0, x1, y1, false
		return true
	}
	for _, sg := range segs {
		first = true
		l := math.Hypot(sg.B.X-sg.A.X, sg.B.Y-sg.A.Y)
		if sg.A.X == sg.B.X || sg.A.Y == sg.B.Y || l <= cell {
			pieces++
			if !piece(sg.Bounds().Inset(tol)) {
				return keys[:start], false
			}
			continue
		}
		n := math.Ceil(l / (cell / 2))
		if n+pieces > gridMaxItemCells || math.IsNaN(n) {
			return keys[:start], false
		}
		pieces += n
		dx, dy := sg.B.X-sg.A.X, sg.B.Y-sg.A.Y
		if blocks {
			if x0, y0, x1, y1, ok := block(sg, n, tol, cell); ok {
				raw += 4 * int64(n) // at most; the bound above keeps it legal
				for cx := x0; cx <= x1; cx++ {
					for cy := y0; cy <= y1; cy++ {
						keys = append(keys, keyOf(cx, cy))
					}
				}
				continue
			}
		}
		// Each piece starts where the one before ends (the same
		// arithmetic): each point is worked out once.
		a := Point{X: sg.A.X + dx*0/n, Y: sg.A.Y + dy*0/n}
		for k := 0.0; k < n; k++ {
			b := Point{X: sg.A.X + dx*(k+1)/n, Y: sg.A.Y + dy*(k+1)/n}
			if !piece(Seg{a, b}.Bounds().Inset(tol)) {
				return keys[:start], false
			}
			a = b
		}
	}
	if len(segs) > 1 { // the segments of a linked edge meet
		keys = keys[:start+len(set.dedupe(keys[start:]))]
	}
	return keys, true
}

// block returns the cells that the n pieces of sg, tol wide, cover
// together, when they lie in one row (or one column) of cells: then
// those cells are a run along it, from the cells of the first piece to
// those of the last, worked out from the two end pieces alone where the
// others took four divisions and four cells each (most links of a big
// map run nearly level across a row of coarse cells).
//
// It is false where that may not hold exactly: far from the origin, where
// rounding grows; where the pieces advance less than a unit along the
// run; where the segment, with a margin for rounding, reaches a second row.
func block(sg Seg, n, tol, cell float64) (x0, y0, x1, y1 int32, ok bool) {
	const far, margin = 1 << 40, 1.0 / 64 // rounding there is under 1/1000
	if math.Abs(sg.A.X) > far || math.Abs(sg.A.Y) > far || math.Abs(sg.B.X) > far || math.Abs(sg.B.Y) > far {
		return 0, 0, 0, 0, false
	}
	dx, dy := sg.B.X-sg.A.X, sg.B.Y-sg.A.Y
	inv := 1 / cell
	oneRow := cellOf(math.Min(sg.A.Y, sg.B.Y)-tol-margin, inv) == cellOf(math.Max(sg.A.Y, sg.B.Y)+tol+margin, inv) && math.Abs(dx)/n > 1
	oneCol := cellOf(math.Min(sg.A.X, sg.B.X)-tol-margin, inv) == cellOf(math.Max(sg.A.X, sg.B.X)+tol+margin, inv) && math.Abs(dy)/n > 1
	if !oneRow && !oneCol {
		return 0, 0, 0, 0, false
	}
	// The end pieces, with the arithmetic of segKeys' loop.
	p0 := Point{X: sg.A.X + dx*0/n, Y: sg.A.Y + dy*0/n}
	p1 := Point{X: sg.A.X + dx*1/n, Y: sg.A.Y + dy*1/n}
	q0 := Point{X: sg.A.X + dx*(n-1)/n, Y: sg.A.Y + dy*(n-1)/n}
	q1 := Point{X: sg.A.X + dx*n/n, Y: sg.A.Y + dy*n/n}
	ax0, ay0, ax1, ay1, _ := cellRange(Seg{p0, p1}.Bounds().Inset(tol), cell)
	bx0, by0, bx1, by1, _ := cellRange(Seg{q0, q1}.Bounds().Inset(tol), cell)
	return min(ax0, bx0), min(ay0, by0), max(ax1, bx1), max(ay1, by1), true
}
