package layout

import (
	"math"
	"sort"

	"github.com/argmap/argmap/argmap"
)

// Stacking (as Graphviz's unflatten and the "compact" org charts do): the
// premises of one claim that hang from it alone are drawn in a column or a
// few below it instead of side by side, so that one bushy claim does not
// make the whole map wide. A claim hangs from its target alone (it is
// pendant) when it is the sole premise of one plain reason or objection
// that nothing undercuts, and every claim that supports or attacks it is
// pendant too: its subtree leaves nothing but the one link up. For the
// layered layout a stack is one node (a block). Inside, each subtree is an
// outline: a claim's own pendant premises below it, indented; every link is
// a short stub from the premise's left side to a spine that runs down from
// its target's bottom. The top claims of the stack join their column's
// spine, the columns' spines a bus along the top of the block, and one
// trunk runs from there into the target: a comb. Reasons and objections
// get separate stacks, so that one trunk is one kind of link.
//
// How much is stacked is a level: at level 0, leaves only, four or more of
// one polarity under one claim; at level 1, two or more leaves; above it,
// pendant subtrees of up to stackSizes[level] claims, in any number. The
// layout raises the level while the drawing is too wide (see engine).
// Inside a stack, a link from a member other than the one it hangs from (a
// support of a claim higher up) leaves the member's right side and runs in
// a channel of its own right of the column: up to the block's top and on
// as a link of the block, or to the other member's right side.

// stackLevels are the sizes of pendant subtree stacked at each level, and
// stackMins the number of them a group needs.
var (
	stackSizes = []int{1, 1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 128, 1 << 30}
	stackMins  = []int{4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
)

// Geometry of a stack, in map units.
const (
	spineRoom = 24 // from a column's (or a claim's) left edge to its premises; the spine runs in the middle
	stackVGap = 24 // between cards in a stack, and from the bus to the first (over the placer's margins)
	stackHGap = 20 // between columns (beside the spine room)
	chanGap   = 6  // between the channels of links leaving a column
	bracket   = 6  // from a spine to the bar joining linked premises
)

// stack is one block of stacked claims.
type stack struct {
	node  int   // the block's node in the reduced graph
	roots []int // the top claims, in child order
	cross []int // links from a member other than its primary one: in channels
	spine []float64
	w, h  float64
}

// stacking maps the full claim graph to the reduced one the layered layout
// works on.
type stacking struct {
	red    *graph
	node   []int // full claim node → reduced node (a stacked claim: its block)
	edge   []int // full edge → reduced edge; a stack's top claim: its block's; inside a stack: -1
	stacks []stack
	of     map[int]int    // reduced node → index in stacks
	in     []int          // full claim node → stack index, or -1
	off    []argmap.Point // stacked claim's centre from its block's top-left corner
	col    []int          // stacked claim's column
	kids   [][]int        // outline children of stacked claims
	// primary is each claim's first link (-1 for none); prem the premises
	// of each argument; chanX the x of each escape's or cross link's
	// channel from its block's left edge.
	primary []int
	prem    map[int]int
	chanX   map[int]float64
}

// pendancy is what stacking knows of each claim before it picks a level:
// which claims are pendant (and so may go into a stack at some level),
// each one's primary link and the size of its pendant subtree.
type pendancy struct {
	prem    map[int]int // premises of each argument (not undercutters)
	primary []int
	pendant []bool
	size    []int
}

// pendants finds the pendant claims of g, which no level of stacking
// depends on: a claim that is not pendant is never stacked.
func pendants(g *graph) pendancy {
	n := len(g.ids)
	outs := buildCSR(n, len(g.edges), func(i int) int { return g.edges[i].from }, func(i int) int { return i })
	prem := map[int]int{}
	undercut := map[int]bool{}
	for i := range g.edges {
		e := &g.edges[i]
		if e.kind == kindUndercut {
			undercut[e.anchor] = true
		} else {
			prem[e.anchor]++
		}
	}
	simple := func(i int) bool {
		e := &g.edges[i]
		return e.kind != kindUndercut && !undercut[e.anchor]
	}
	// primary is a claim's first link: the one it hangs from in an outline.
	primary := make([]int, n)
	wait := make([]int32, n) // links into v not yet known to come from a pendant claim
	badIn := make([]bool, n)
	for v := 0; v < n; v++ {
		primary[v] = -1
		if os := outs.of(v); len(os) > 0 {
			primary[v] = os[0]
		}
	}
	for i := range g.edges {
		wait[g.edges[i].to]++
		if !simple(i) {
			badIn[g.edges[i].to] = true
		}
	}
	ok := func(v int) bool {
		if primary[v] < 0 || badIn[v] {
			return false
		}
		for _, i := range outs.of(v) {
			if !simple(i) {
				return false
			}
		}
		return true
	}
	// below reports whether u hangs (through primary links) under v, a few
	// levels down: a link from u to v then stays inside v's subtree.
	below := func(u, v int) bool {
		for k := 0; k < 8 && u >= 0; k++ {
			if primary[u] < 0 {
				return false
			}
			u = g.edges[primary[u]].to
			if u == v {
				return true
			}
		}
		return false
	}
	into := make([][]int, n) // every link into v
	for i := range g.edges {
		into[g.edges[i].to] = append(into[g.edges[i].to], i)
	}
	// Pendant claims, children first (Kahn's order on the links into each):
	// every link into a pendant claim comes from a pendant claim of its
	// subtree.
	pendant := make([]bool, n)
	size := make([]int, n)
	var queue []int
	for v := 0; v < n; v++ {
		size[v] = 1
		if wait[v] == 0 && ok(v) {
			queue = append(queue, v)
		}
	}
	for q := 0; q < len(queue); q++ {
		v := queue[q]
		inside := true
		for _, i := range into[v] {
			if u := g.edges[i].from; primary[u] != i && !below(u, v) {
				inside = false
				break
			}
		}
		if !inside {
			continue
		}
		pendant[v] = true
		for _, i := range into[v] {
			if u := g.edges[i].from; primary[u] == i {
				size[v] += size[u]
			}
		}
		for _, i := range outs.of(v) {
			t := g.edges[i].to
			if wait[t]--; wait[t] == 0 && ok(t) {
				queue = append(queue, t)
			}
		}
	}
	return pendancy{prem: prem, primary: primary, pendant: pendant, size: size}
}

// stackLeaves finds the stacks of g at this level and returns the reduced
// graph; without any, the reduced graph is g itself.
func stackLeaves(g *graph, level int, nodeSep float64) *stacking {
	return stackPendants(g, pendants(g), level, nodeSep)
}

// stackPendants is stackLeaves with the pendant claims of g found already
// (they are the same at every level).
func stackPendants(g *graph, pd pendancy, level int, nodeSep float64) *stacking {
	n := len(g.ids)
	maxSize, minCount := stackSizes[level], stackMins[level]
	prem, primary, pendant, size := pd.prem, pd.primary, pd.pendant, pd.size
	cand := func(v int) bool { return pendant[v] && size[v] <= maxSize }
	// Outline children: the claims hanging from each, in child order.
	kids := make([][]int, n) // edges
	for i := range g.edges {
		if u := g.edges[i].from; primary[u] == i && pendant[u] {
			kids[g.edges[i].to] = append(kids[g.edges[i].to], i)
		}
	}
	for v := range kids {
		if len(kids[v]) > 1 {
			g.childOrder(kids[v])
		}
	}
	s := &stacking{node: make([]int, n), edge: make([]int, len(g.edges)), of: map[int]int{},
		in: make([]int, n), off: make([]argmap.Point, n), col: make([]int, n), kids: make([][]int, n),
		primary: primary, prem: prem, chanX: map[int]float64{}}
	for v := range s.in {
		s.in[v] = -1
	}
	type group struct {
		to    int
		roots []int
	}
	var groups []group
	work := make([]int, 0, n)
	for v := 0; v < n; v++ {
		if !cand(v) {
			work = append(work, v)
		}
	}
	for w := 0; w < len(work); w++ {
		p := work[w]
		// The co-premises of a linked argument go into a stack together or
		// not at all.
		candOf := map[int]int{}
		for _, i := range kids[p] {
			if cand(g.edges[i].from) {
				candOf[g.edges[i].anchor]++
			}
		}
		for _, kind := range []uint8{kindPro, kindCon} {
			var roots, rest []int
			total := 0
			for _, i := range kids[p] {
				e := &g.edges[i]
				if e.kind != kind {
					continue
				}
				if cand(e.from) && candOf[e.anchor] == prem[e.anchor] {
					roots = append(roots, e.from)
					total += size[e.from]
				} else if !cand(e.from) {
					continue // in work already
				} else {
					rest = append(rest, e.from)
				}
			}
			work = append(work, rest...)
			if len(roots) == 0 {
				continue
			}
			if len(roots) >= minCount && (maxSize == 1 || total >= 2) {
				groups = append(groups, group{p, roots})
				continue
			}
			work = append(work, roots...) // laid out in layers after all
		}
	}
	if len(groups) == 0 {
		for v := range s.node {
			s.node[v] = v
		}
		for i := range s.edge {
			s.edge[i] = i
		}
		s.red = g
		return s
	}
	// Members of each stack, with their outline children.
	for gi, gr := range groups {
		stack := append([]int(nil), gr.roots...)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			s.in[v] = gi
			for _, i := range kids[v] {
				c := g.edges[i].from
				s.kids[v] = append(s.kids[v], c)
				stack = append(stack, c)
			}
		}
	}
	r := &graph{index: make(map[argmap.ID]int, n)}
	s.stacks = make([]stack, len(groups))
	for gi := range s.stacks {
		s.stacks[gi].node = -1
	}
	for v := 0; v < n; v++ {
		gi := s.in[v]
		if gi >= 0 && s.stacks[gi].node >= 0 {
			s.node[v] = s.stacks[gi].node
			continue
		}
		s.node[v] = len(r.ids)
		r.index[g.ids[v]] = len(r.ids)
		r.ids = append(r.ids, g.ids[v])
		r.w = append(r.w, g.w[v])
		r.h = append(r.h, g.h[v])
		if gi >= 0 {
			s.stacks[gi].node = s.node[v]
			s.of[s.node[v]] = gi
		}
	}
	// Edges: the first top claim's link becomes the block's trunk and the
	// other top claims share it; links inside a stack are drawn by the
	// stack; other links from a stack leave its block by a channel of
	// their own beside the column (escapes), each a link of the block.
	first := make(map[int]int, len(groups)) // stack → reduced edge
	for i := range g.edges {
		e := g.edges[i]
		gi := s.in[e.from]
		switch {
		case gi < 0:
			s.edge[i] = len(r.edges)
			e.from, e.to = s.node[e.from], s.node[e.to]
			r.edges = append(r.edges, e)
		case s.in[e.to] == gi:
			s.edge[i] = -1
			if primary[e.from] != i {
				s.stacks[gi].cross = append(s.stacks[gi].cross, i)
			}
		case primary[e.from] == i:
			k, seen := first[gi]
			if !seen {
				k = len(r.edges)
				first[gi] = k
				e.from, e.to = s.node[e.from], s.node[e.to]
				r.edges = append(r.edges, e)
			}
			s.edge[i] = k
		default:
			s.edge[i] = len(r.edges)
			s.stacks[gi].cross = append(s.stacks[gi].cross, i)
			e.from, e.to = s.node[e.from], s.node[e.to]
			r.edges = append(r.edges, e)
		}
	}
	for gi, gr := range groups {
		st := &s.stacks[gi]
		st.roots = gr.roots
		s.shape(st, g, nodeSep)
		r.w[st.node], r.h[st.node] = st.w, st.h
	}
	s.red = r
	return s
}

// shape draws each top claim's subtree as an outline, puts the outlines in
// columns (about as many as make the block as tall as wide) and sets the
// block's size and every member's offset.
func (s *stacking) shape(st *stack, g *graph, nodeSep float64) {
	type box struct{ w, h float64 }
	boxes := make([]box, len(st.roots))
	total, widest := 0.0, 0.0
	for k, root := range st.roots {
		boxes[k] = s.outline(root, 0, 0, g, false)
		total += boxes[k].h
		widest = max(widest, boxes[k].w)
	}
	cols := max(1, min(len(st.roots), int(math.Round(math.Sqrt(total/(widest+spineRoom+stackHGap))))))
	target := total / float64(cols)
	// Columns in order, each filled up to the target height.
	var starts []int
	acc := 0.0
	for k := range st.roots {
		coPremise := k > 0 && g.edges[s.primary[st.roots[k]]].anchor == g.edges[s.primary[st.roots[k-1]]].anchor
		if k == 0 || (acc+boxes[k].h/2 > target && len(starts) < cols && !coPremise) {
			starts = append(starts, k)
			acc = 0
		}
		acc += boxes[k].h
	}
	st.spine = make([]float64, len(starts))
	// Columns of the members, then the channels each column needs.
	for c, from := range starts {
		to := len(st.roots)
		if c+1 < len(starts) {
			to = starts[c+1]
		}
		for k := from; k < to; k++ {
			s.setCol(st.roots[k], c)
		}
	}
	chans := make([][]int, len(starts))
	for _, i := range st.cross {
		c := s.col[g.edges[i].from]
		chans[c] = append(chans[c], i)
	}
	left := 0.0
	for c, from := range starts {
		to := len(st.roots)
		if c+1 < len(starts) {
			to = starts[c+1]
		}
		st.spine[c] = left + spineRoom/2
		y, wide := 0.0, 0.0
		for k := from; k < to; k++ {
			b := s.outline(st.roots[k], left+spineRoom, y, g, true)
			y += b.h
			wide = max(wide, b.w)
		}
		st.h = max(st.h, y)
		left += spineRoom + wide
		// Channels right of the column, the lower the member the further
		// right, so that no link out crosses another's channel (nothing is
		// right of a card in its row of an outline).
		ch := chans[c]
		sort.SliceStable(ch, func(a, b int) bool { return s.off[g.edges[ch[a]].from].Y < s.off[g.edges[ch[b]].from].Y })
		for j, i := range ch {
			s.chanX[i] = left + chanGap*float64(j+1)
		}
		if len(ch) > 0 {
			left += chanGap * float64(len(ch))
		}
		if c+1 < len(starts) {
			left += max(stackHGap, nodeSep/2)
		}
	}
	st.w = left
}

// setCol puts v's subtree into column c.
func (s *stacking) setCol(v, c int) {
	stack := []int{v}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		s.col[u] = c
		stack = append(stack, s.kids[u]...)
	}
}

// outline measures (and with set, places from the top-left x, y) the
// outline of v's subtree: v's card after a gap, its children below,
// indented by spineRoom.
func (s *stacking) outline(v int, x, y float64, g *graph, set bool) (b struct{ w, h float64 }) {
	type frame struct {
		v int
		x float64
	}
	stack := []frame{{v, x}}
	at := y
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		at += stackVGap
		if set {
			s.off[f.v] = argmap.Point{X: f.x + g.w[f.v]/2, Y: at + g.h[f.v]/2}
		}
		b.w = max(b.w, f.x-x+g.w[f.v])
		at += g.h[f.v]
		ks := s.kids[f.v]
		for k := len(ks) - 1; k >= 0; k-- {
			stack = append(stack, frame{ks[k], f.x + spineRoom})
		}
	}
	b.h = at - y
	return b
}
