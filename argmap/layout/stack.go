package layout

import (
	"math"

	"github.com/argmap/argmap/argmap"
)

// Stacking leaves (as Graphviz's unflatten and the "compact" org charts
// do): the leaf premises of one claim — claims that nothing supports or
// attacks and that are the sole premise of one plain reason or objection —
// are drawn, when there are stackMin or more of one polarity, in a column
// or a few below the claim instead of side by side, so that one bushy claim
// does not make the whole map wide. For the layered layout the stack is a
// single node (a block); its links are drawn as a comb: a short stub from
// each leaf's left side to the column's spine, the spines joined by a bus
// along the top of the block, and one trunk from there into the claim.
// Reasons and objections get separate stacks, so that one trunk is one
// kind of link.

// stackMin is the number of leaves of one polarity under one claim from
// which they are stacked.
const stackMin = 4

// Geometry of a stack, in map units.
const (
	spineRoom = 24 // from a column's left edge to its cards; the spine runs in the middle
	stackVGap = 24 // between cards of a column, and from the bus to the first (over the placer's margins)
	stackHGap = 20 // between columns (beside the spine room)
)

// stack is one block of stacked leaves.
type stack struct {
	node   int   // the block's node in the reduced graph
	leaves []int // claim nodes of the full graph, in child order
	// off is each leaf's centre relative to the block's top-left corner;
	// col its column; spine the x of each column's spine from the left.
	off   []argmap.Point
	col   []int
	spine []float64
	w, h  float64
}

// stacking maps the full claim graph to the reduced one the layered layout
// works on.
type stacking struct {
	red    *graph
	node   []int // full claim node → reduced node (a stacked leaf: its block)
	edge   []int // full edge → reduced edge (a stacked leaf's: its block's)
	stacks []stack
	of     map[int]int // reduced node → index in stacks
}

// stackLeaves finds the stacks of g and returns the reduced graph; without
// any, the reduced graph is g itself.
func stackLeaves(g *graph, nodeSep float64) *stacking {
	n := len(g.ids)
	out := make([]int32, n)
	in := make([]int32, n)
	prem := map[int]int{}   // argument → premises in the graph
	undercut := map[int]bool{} // argument → has an undercutter
	for i := range g.edges {
		e := &g.edges[i]
		out[e.from]++
		in[e.to]++
		if e.kind == kindUndercut {
			undercut[e.anchor] = true
		} else {
			prem[e.anchor]++
		}
	}
	type key struct {
		to   int
		kind uint8
	}
	groups := map[key][]int{} // → edges
	var keys []key
	for i := range g.edges {
		e := &g.edges[i]
		if e.kind == kindUndercut || out[e.from] != 1 || in[e.from] != 0 || prem[e.anchor] != 1 || undercut[e.anchor] {
			continue
		}
		k := key{e.to, e.kind}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	s := &stacking{node: make([]int, n), edge: make([]int, len(g.edges)), of: map[int]int{}}
	leafGroup := make([]int, n) // claim node → stack index + 1
	var chosen [][]int
	for _, k := range keys {
		if es := groups[k]; len(es) >= stackMin {
			for _, i := range es {
				leafGroup[g.edges[i].from] = len(chosen) + 1
			}
			chosen = append(chosen, es)
		}
	}
	if len(chosen) == 0 {
		for v := range s.node {
			s.node[v] = v
		}
		for i := range s.edge {
			s.edge[i] = i
		}
		s.red = g
		return s
	}
	r := &graph{index: make(map[argmap.ID]int, n)}
	s.stacks = make([]stack, len(chosen))
	for v := 0; v < n; v++ {
		gi := leafGroup[v] - 1
		if gi >= 0 && len(s.stacks[gi].leaves) > 0 {
			s.node[v] = s.stacks[gi].node
			s.stacks[gi].leaves = append(s.stacks[gi].leaves, v)
			continue
		}
		s.node[v] = len(r.ids)
		r.index[g.ids[v]] = len(r.ids)
		r.ids = append(r.ids, g.ids[v])
		r.w = append(r.w, g.w[v])
		r.h = append(r.h, g.h[v])
		if gi >= 0 {
			s.stacks[gi].node = s.node[v]
			s.stacks[gi].leaves = []int{v}
			s.of[s.node[v]] = gi
		}
	}
	// Leaves in child order (the order of their edges), then the block's
	// geometry.
	for gi, es := range chosen {
		st := &s.stacks[gi]
		st.leaves = st.leaves[:0]
		for _, i := range es {
			st.leaves = append(st.leaves, g.edges[i].from)
		}
		st.shape(g, nodeSep)
		r.w[st.node], r.h[st.node] = st.w, st.h
	}
	for i := range g.edges {
		e := g.edges[i]
		if gi := leafGroup[e.from] - 1; gi >= 0 {
			if g.edges[chosen[gi][0]].from != e.from {
				s.edge[i] = -1 // set below, once the block's edge exists
				continue
			}
		}
		s.edge[i] = len(r.edges)
		e.from, e.to = s.node[e.from], s.node[e.to]
		r.edges = append(r.edges, e)
	}
	for i := range g.edges {
		if s.edge[i] < 0 {
			s.edge[i] = s.edge[chosen[leafGroup[g.edges[i].from]-1][0]]
		}
	}
	s.red = r
	return s
}

// shape lays the leaves out in columns (about as many as the square root
// of a third of them, so that the block is roughly as tall as wide) and
// sets the block's size.
func (st *stack) shape(g *graph, nodeSep float64) {
	k := len(st.leaves)
	cols := max(1, int(math.Round(math.Sqrt(float64(k)/3))))
	per := (k + cols - 1) / cols
	cols = (k + per - 1) / per
	st.off = make([]argmap.Point, k)
	st.col = make([]int, k)
	st.spine = make([]float64, cols)
	left := 0.0
	for c := 0; c < cols; c++ {
		lo, hi := c*per, min(k, (c+1)*per)
		wide := 0.0
		for _, v := range st.leaves[lo:hi] {
			wide = max(wide, g.w[v])
		}
		st.spine[c] = left + spineRoom/2
		y := 0.0
		for i := lo; i < hi; i++ {
			v := st.leaves[i]
			y += stackVGap
			st.off[i] = argmap.Point{X: left + spineRoom + g.w[v]/2, Y: y + g.h[v]/2}
			st.col[i] = c
			y += g.h[v]
		}
		st.h = max(st.h, y)
		left += spineRoom + wide
		if c+1 < cols {
			left += max(stackHGap, nodeSep/2)
		}
	}
	st.w = left
}
