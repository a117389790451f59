package layout

import (
	"math"
	"slices"
	"sort"

	"github.com/argmap/argmap/argmap"
)

// MayBeDrawn reports whether the claims of m may stand where Draw (and so
// a Tidy) with these card sizes and options would put them: a cheap
// necessary test, for a caller that would otherwise lay the whole map out
// again only to find that it is not a tidy's drawing. It runs the phases
// that fix the cards' heights on the page (stacking at each level, cycle
// breaking, ranking), none of the crossing reduction, placement or
// routing, and checks what they imply: in each connected part, the cards
// of one layer hang from one line, layers in order at least a gap apart,
// neighbours in a layer no closer than NodeSep, the members of a stack
// where its outline puts them; or a part is one of the layout's grids.
// Pinned cards are not looked at (the layout keeps them where they are).
// A few cards may be off those places (see movedCards): a map tidied and
// then nudged a card or two passes, as the layout gives every link whose
// cards did not move its route back. A map saved right after a Tidy
// passes, unless the placer had to move a card off its place; a grid, a
// hand-placed map, one laid out with other card sizes or gaps, one with
// many cards dragged fail. size may be nil for EstimateSize(m).
func MayBeDrawn(m *argmap.Map, size SizeFunc, opts Options) bool {
	if size == nil {
		size = EstimateSize(m)
	}
	o := opts.withDefaults()
	g := buildGraph(m, nil, size)
	n := len(g.ids)
	if n == 0 {
		return true
	}
	pos := make([]argmap.Point, n)
	free := make([]bool, n)
	seen := make([]bool, n)
	nFree := 0
	for _, c := range m.Claims {
		if v, ok := g.index[c.ID]; ok && !seen[v] {
			seen[v] = true
			pos[v], free[v] = c.Pos, !c.Pinned
			if free[v] {
				nFree++
			}
		}
	}
	limit := movedCards(nFree)
	// First what no level changes: claims that are not pendant are never
	// stacked, and their layers do not depend on what is (a stack hangs
	// below its claim); most maps that are no drawing fail here.
	pd := pendants(g)
	g.breakCycles()
	g.rankNodes()
	comp := partsOf(n, g.edges)
	cells := partCells(comp, g.w, g.h, o)
	var items []drawnItem
	for v := range n {
		if free[v] && !pd.pendant[v] {
			items = append(items, drawnItem{comp: comp[v], rank: g.rank[v], x: pos[v].X, y: pos[v].Y, top: pos[v].Y - g.h[v]/2, w: g.w[v], h: g.h[v]})
		}
	}
	stacked := false
	// Of these no more than half may be moved, too: a map with more of
	// them off their rows was placed some other way, and at 20,000 claims
	// the 2% of all would let a grid by depth pass (376 of its 507 are
	// off) and cost every level's stacking.
	mv := &moves{limit: min(limit, max(minMoved, len(items)/2))}
	for _, part := range byPart(items) {
		before := mv.n
		if bandsAgree(part, o, mv) {
			continue
		}
		mv.n = before // a grid, if any, is checked whole
		if !stacked {
			// What is stacked at level 0 is stacked at every level, in
			// a block wider and taller than the card: a grid's cells are
			// that big at least.
			stacked = true
			resetFlags(g) // the items have their layers
			st := stackPendants(g, pd, 0, o.NodeSep)
			for v, si := range st.in {
				if si >= 0 {
					c := cells[comp[v]]
					c.w, c.h = max(c.w, g.w[v]+spineRoom+o.NodeSep), max(c.h, g.h[v]+stackVGap+o.NodeSep)
				}
			}
		}
		if !mayBeGrid(part, cells[part[0].comp]) {
			return false
		}
	}
	// Then each level of stacking, as the layout may have picked any; from
	// the top, as a big map stacks much (at other levels than the drawing's
	// the stacks' members are seldom where their outlines put them, which
	// is found before ranking).
	var last []int
	for level := len(stackSizes) - 1; level >= 0; level-- {
		resetFlags(g)
		st := stackPendants(g, pd, level, o.NodeSep)
		if last != nil && slices.Equal(st.in, last) {
			continue // the same stacks as the level above: the same answer
		}
		last = st.in
		if drawnAt(g, st, pos, free, o, &moves{limit: limit}) {
			return true
		}
	}
	return false
}

// movedCards is how many of a map's free cards MayBeDrawn lets be off the
// places the layout gives them: minMoved, or maxMovedShare of the free
// cards if more (and no more than half of the cards never stacked). Users often tidy and then nudge a card or two; the
// layout then still gives every link whose cards did not move its route,
// worth its seconds, where a hand-placed map, a grid or another layout
// has most of its cards off those places. On a small map the layout costs
// little, so minMoved is generous there.
func movedCards(free int) int {
	return max(minMoved, int(float64(free)*maxMovedShare))
}

const (
	minMoved      = 3
	maxMovedShare = 0.02
)

// moves counts the cards MayBeDrawn takes for moved off their places, up
// to a limit.
type moves struct{ n, limit int }

// add counts k more moved cards and reports whether they are within the
// limit still.
func (mv *moves) add(k int) bool {
	mv.n += k
	return mv.n <= mv.limit
}

// drawnItem is a card, or a stack's block, as MayBeDrawn checks it: its
// connected part and layer, its centre, the y of its top and its size.
type drawnItem struct {
	comp, rank      int
	x, y, top, w, h float64
}

// drawnEps is how far apart two coordinates may be and still count as
// one: positions are stored exactly, but sums in another order round.
const drawnEps = 1e-3

// drawnAt checks the claims against the layout with the stacks st: every
// part either in bands or a grid of the layout's shape, but for the moved
// cards mv allows.
func drawnAt(g *graph, st *stacking, pos []argmap.Point, free []bool, o Options, mv *moves) bool {
	// A block's top-left corner: the one most of its members that may
	// move imply; the others are out of their places in the outline.
	type corner struct {
		at  argmap.Point
		set bool
	}
	type member struct {
		si int
		at argmap.Point
	}
	var members []member
	for v := range g.ids {
		if si := st.in[v]; si >= 0 && free[v] {
			members = append(members, member{si, argmap.Point{X: pos[v].X - st.off[v].X, Y: pos[v].Y - st.off[v].Y}})
		}
	}
	sort.Slice(members, func(a, b int) bool {
		x, y := &members[a], &members[b]
		if x.si != y.si {
			return x.si < y.si
		}
		if x.at.X != y.at.X {
			return x.at.X < y.at.X
		}
		return x.at.Y < y.at.Y
	})
	same := func(a, b argmap.Point) bool {
		return math.Abs(a.X-b.X) <= drawnEps && math.Abs(a.Y-b.Y) <= drawnEps
	}
	corners := make([]corner, len(st.stacks))
	for i := 0; i < len(members); {
		j := i + 1
		for j < len(members) && members[j].si == members[i].si {
			j++
		}
		best, bestN := members[i].at, 0
		for k := i; k < j; {
			l := k + 1
			for l < j && same(members[l].at, members[k].at) {
				l++
			}
			if l-k > bestN {
				best, bestN = members[k].at, l-k
			}
			k = l
		}
		if !mv.add(j - i - bestN) {
			return false
		}
		corners[members[i].si] = corner{best, true}
		i = j
	}
	r := st.red
	r.breakCycles()
	r.rankNodes()
	comp := partsOf(len(r.ids), r.edges)
	var items []drawnItem
	for rv := range r.ids {
		var it drawnItem
		if si, ok := st.of[rv]; ok {
			c := corners[si]
			if !c.set {
				continue
			}
			it = drawnItem{x: c.at.X + r.w[rv]/2, y: c.at.Y + r.h[rv]/2, top: c.at.Y, w: r.w[rv], h: r.h[rv]}
		} else {
			v := g.index[r.ids[rv]]
			if !free[v] {
				continue
			}
			it = drawnItem{x: pos[v].X, y: pos[v].Y, top: pos[v].Y - r.h[rv]/2, w: r.w[rv], h: r.h[rv]}
		}
		it.comp, it.rank = comp[rv], r.rank[rv]
		items = append(items, it)
	}
	cells := partCells(comp, r.w, r.h, o)
	for _, part := range byPart(items) {
		before := mv.n
		if bandsAgree(part, o, mv) {
			continue
		}
		mv.n = before // a grid is checked whole
		if !isGrid(part, cells[part[0].comp]) {
			return false
		}
	}
	return true
}

// gridCells is the shape of a part if the layout drew it as a grid (see
// gridShape): its claim nodes, in cells w×h.
type gridCells struct {
	claims int
	w, h   float64
}

// partCells is the shape of each part (by its number in comp) if the
// layout drew it as a grid: a cell as big as the biggest node and NodeSep.
func partCells(comp []int, w, h []float64, o Options) map[int]*gridCells {
	cells := map[int]*gridCells{}
	for v, k := range comp {
		c := cells[k]
		if c == nil {
			c = &gridCells{}
			cells[k] = c
		}
		c.claims++
		c.w, c.h = max(c.w, w[v]+o.NodeSep), max(c.h, h[v]+o.NodeSep)
	}
	return cells
}

// resetFlags undoes what ranking left on g's edges, as the layout does
// before it tries another level.
func resetFlags(g *graph) {
	g.rank = nil
	for i := range g.edges {
		g.edges[i].reversed, g.edges[i].loose, g.edges[i].flat = false, false, false
	}
}

// partsOf numbers the connected parts of a graph of n nodes: each node
// gets its part's least node (layout's components and MayBeDrawn share it).
func partsOf(n int, edges []edge) []int {
	parent := make([]int, n)
	for v := range parent {
		parent[v] = v
	}
	find := func(v int) int {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	for i := range edges {
		a, b := find(edges[i].from), find(edges[i].to)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	for v := range parent {
		parent[v] = find(v)
	}
	return parent
}

// byPart sorts the items by part, layer and x, and returns each part's.
func byPart(items []drawnItem) [][]drawnItem {
	sort.Slice(items, func(a, b int) bool {
		x, y := &items[a], &items[b]
		if x.comp != y.comp {
			return x.comp < y.comp
		}
		if x.rank != y.rank {
			return x.rank < y.rank
		}
		return x.x < y.x
	})
	var parts [][]drawnItem
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].comp == items[i].comp {
			j++
		}
		parts = append(parts, items[i:j])
		i = j
	}
	return parts
}

// bandsAgree checks one part's items, sorted by layer and x, against the
// layered drawing: the items of a layer share the top of its band, each
// band below the one before by at least its tallest item and RankSep, and
// neighbours in a layer are NodeSep apart or more. The items that do not
// fit it count as moved in mv, and it says false once they are more than
// mv allows. A layer's line is the top most of its items share (of those
// as many, the highest: a card dragged down leaves its row's line where
// it was); its items off that line, or too close to a neighbour on it,
// are moved; a layer with no line far enough below the one before is
// moved whole, or the one before if that has fewer items on its line (a
// lone card dragged down, the root of a tree say).
func bandsAgree(part []drawnItem, o Options, mv *moves) bool {
	type band struct {
		top, tall float64
		n         int // the items on its line
	}
	var bands []band // the layers kept, top to bottom
	var tops []float64
	for i := 0; i < len(part); {
		j := i + 1
		for j < len(part) && part[j].rank == part[i].rank {
			j++
		}
		layer := part[i:j]
		i = j
		// The lines of the layer, most items first.
		tops = tops[:0]
		for k := range layer {
			tops = append(tops, layer[k].top)
		}
		slices.Sort(tops)
		type line struct {
			top float64
			n   int
		}
		var lines []line
		for k := 0; k < len(tops); {
			l := k + 1
			for l < len(tops) && tops[l]-tops[k] <= drawnEps {
				l++
			}
			lines = append(lines, line{tops[k], l - k})
			k = l
		}
		slices.SortStableFunc(lines, func(a, b line) int { return b.n - a.n })
		fits := func(top float64) bool {
			if len(bands) == 0 {
				return true
			}
			b := bands[len(bands)-1]
			return top >= b.top+b.tall+o.RankSep-drawnEps
		}
		for len(bands) > 0 && !fits(lines[0].top) && bands[len(bands)-1].n < lines[0].n {
			if !mv.add(bands[len(bands)-1].n) {
				return false
			}
			bands = bands[:len(bands)-1]
		}
		at := -1
		for k := range lines {
			if fits(lines[k].top) {
				at = k
				break
			}
		}
		if at < 0 {
			if !mv.add(len(layer)) {
				return false
			}
			continue
		}
		top := lines[at].top
		if !mv.add(len(layer) - lines[at].n) {
			return false
		}
		// Its items on the line, left to right: one too close to the
		// last kept is moved.
		var last *drawnItem
		b := band{top: top}
		for k := range layer {
			it := &layer[k]
			if math.Abs(it.top-top) > drawnEps {
				continue
			}
			if last != nil && it.x-it.w/2 < last.x+last.w/2+o.NodeSep-drawnEps {
				if !mv.add(1) {
					return false
				}
				continue
			}
			last = it
			b.tall, b.n = max(b.tall, it.h), b.n+1
		}
		bands = append(bands, b)
	}
	return true
}

// mayBeGrid is what a part drawn as a grid (see gridPlace) shows at any
// level of stacking, given cells no bigger than the real ones (those of
// its cards alone): centres on rows at least a cell's height apart, in a
// row at least a cell's width apart, filled row by row in the order of
// the layers; and no more rows times columns than the grid can have for
// its claims (about as many cells as claims).
func mayBeGrid(part []drawnItem, c *gridCells) bool {
	grid := inRows(part)
	rows, cols, inRow := 1, 1, 1
	for k := 1; k < len(grid); k++ {
		a, b := &grid[k-1], &grid[k]
		sameRow := b.y == a.y // inRows made them equal
		if b.rank < a.rank || (!sameRow && b.y-a.y < c.h-drawnEps) || (sameRow && b.x-a.x < c.w-drawnEps) {
			return false
		}
		if sameRow {
			inRow++
		} else {
			rows, inRow = rows+1, 1
		}
		cols = max(cols, inRow)
	}
	// The columns used: distinct x across all rows.
	xs := make([]float64, len(grid))
	for k := range grid {
		xs[k] = grid[k].x
	}
	slices.Sort(xs)
	distinct := min(1, len(xs))
	for k := 1; k < len(xs); k++ {
		if xs[k]-xs[k-1] > drawnEps {
			distinct++
		}
	}
	// A grid of c claims in cols columns has ceil(c/cols) rows: rows ×
	// columns is below c plus a row.
	return rows*max(cols, distinct) < 2*c.claims+1
}

// inRows returns a copy of the items sorted into rows (centres within
// drawnEps of the row's first), top to bottom, each left to right.
func inRows(items []drawnItem) []drawnItem {
	out := slices.Clone(items)
	sort.Slice(out, func(a, b int) bool { return out[a].y < out[b].y })
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].y-out[i].y <= drawnEps {
			out[j].y = out[i].y
			j++
		}
		sort.Slice(out[i:j], func(a, b int) bool { return out[i+a].x < out[i+b].x })
		i = j
	}
	return out
}

// isGrid checks a part's items (centres) against the grid the layout
// would draw it as: each on a cell of the part's grid, filled row by row
// in the order of the layers.
func isGrid(items []drawnItem, c *gridCells) bool {
	if c == nil {
		return false
	}
	cols := max(1, int(math.Ceil(math.Sqrt(float64(c.claims)*c.h/c.w))))
	x0, y0 := math.Inf(1), math.Inf(1)
	for _, it := range items {
		x0, y0 = min(x0, it.x), min(y0, it.y)
	}
	type cell struct{ k, rank int }
	at := make([]cell, len(items))
	for i, it := range items {
		col, row := math.Round((it.x-x0)/c.w), math.Round((it.y-y0)/c.h)
		if math.Abs(x0+col*c.w-it.x) > drawnEps || math.Abs(y0+row*c.h-it.y) > drawnEps || col >= float64(cols) {
			return false
		}
		at[i] = cell{int(row)*cols + int(col), it.rank}
	}
	sort.Slice(at, func(a, b int) bool { return at[a].k < at[b].k })
	for i := 1; i < len(at); i++ {
		if at[i].k == at[i-1].k || at[i].rank < at[i-1].rank {
			return false
		}
	}
	return true
}
