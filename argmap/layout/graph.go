package layout

import (
	"sort"

	"github.com/argmap/argmap/argmap"
)

// Kinds of edge, in the order children are laid out under their target:
// reasons first, then objections; undercutters follow the premises of the
// argument they attack.
const (
	kindPro uint8 = iota
	kindCon
	kindUndercut
)

// edge is one premise → target link of an argument, between claim nodes.
// An undercutter's edge ends at the claim its attacked argument concludes,
// so that the undercutter is ranked and ordered beside that argument.
type edge struct {
	from, to int // premise node (lower) → target node (upper)
	arg      int // the argument whose premise `from` is
	anchor   int // the argument that directly targets `to`: groups co-premises
	sub      int // position among the anchor's premises; undercutters after them
	kind     uint8
	class    uint8 // 0 when anchor is pro, 1 when con: reasons left of objections
	reversed bool  // broken to make the ranking acyclic (only inside cycles)
	// loose marks an attack inside a cycle, left out of the ranking; it is
	// drawn all the same, between the layers its ends fall in.
	loose bool
	flat  bool // a loose edge between claims of one layer: no dummies
}

// upper and lower are the edge's ends in the acyclic ranking.
func (e *edge) upper() int {
	if e.reversed {
		return e.from
	}
	return e.to
}

func (e *edge) lower() int {
	if e.reversed {
		return e.to
	}
	return e.from
}

// graph is the claim graph the layout works on: nodes are the claims taken
// into the layout, in map order.
type graph struct {
	ids   []argmap.ID
	index map[argmap.ID]int
	w, h  []float64
	edges []edge
	rank  []int
}

// buildGraph takes the claims for which take is true (all when take is nil)
// and the arguments between them.
func buildGraph(m *argmap.Map, take func(*argmap.Claim) bool, size SizeFunc) *graph {
	g := &graph{index: make(map[argmap.ID]int, len(m.Claims))}
	for _, c := range m.Claims {
		if _, dup := g.index[c.ID]; dup || (take != nil && !take(c)) {
			continue
		}
		w, h := size(c.ID)
		g.index[c.ID] = len(g.ids)
		g.ids = append(g.ids, c.ID)
		g.w = append(g.w, positive(w))
		g.h = append(g.h, positive(h))
	}
	argIndex := make(map[argmap.ID]int, len(m.Arguments))
	for i, a := range m.Arguments {
		if _, dup := argIndex[a.ID]; !dup {
			argIndex[a.ID] = i
		}
	}
	for i, a := range m.Arguments {
		anchor, target, ok := resolve(m, argIndex, i)
		if !ok {
			continue
		}
		t, in := g.index[target]
		if !in {
			continue
		}
		kind, class := kindPro, uint8(0)
		if m.Arguments[anchor].Polarity == argmap.Con {
			class = 1
		}
		switch {
		case anchor != i:
			kind = kindUndercut
		case a.Polarity == argmap.Con:
			kind = kindCon
		}
		for k, p := range a.Premises {
			f, in := g.index[p]
			if !in || f == t {
				continue
			}
			sub := k
			if kind == kindUndercut {
				sub = 1 << 20
			}
			g.edges = append(g.edges, edge{from: f, to: t, arg: i, anchor: anchor, sub: sub, kind: kind, class: class})
		}
	}
	return g
}

// positive keeps sizes usable when a size function returns nonsense.
func positive(v float64) float64 {
	if v > 0 && v < 1e9 {
		return v
	}
	return 1
}

// resolve follows an argument's target through undercut arguments to the
// claim at the end: it returns the last argument of the chain (the one aimed
// at the claim) and the claim. ok is false for a dangling or cyclic chain.
func resolve(m *argmap.Map, argIndex map[argmap.ID]int, i int) (anchor int, target argmap.ID, ok bool) {
	for steps := 0; steps <= len(m.Arguments); steps++ {
		a := m.Arguments[i]
		j, isArg := argIndex[a.Target]
		if !isArg {
			return i, a.Target, m.Claim(a.Target) != nil
		}
		i = j
	}
	return 0, argmap.NilID, false
}

// csr is a compact adjacency list: the neighbours of v are
// list[start[v]:start[v+1]].
type csr struct {
	start []int
	list  []int
}

func (c *csr) of(v int) []int { return c.list[c.start[v]:c.start[v+1]] }

// buildCSR groups items by key(item) for n keys, keeping item order.
func buildCSR(n, items int, key func(i int) int, val func(i int) int) csr {
	c := csr{start: make([]int, n+1), list: make([]int, items)}
	for i := 0; i < items; i++ {
		c.start[key(i)+1]++
	}
	for v := 0; v < n; v++ {
		c.start[v+1] += c.start[v]
	}
	fill := append([]int(nil), c.start[:n]...)
	for i := 0; i < items; i++ {
		k := key(i)
		c.list[fill[k]] = val(i)
		fill[k]++
	}
	return c
}

// childOrder sorts edge indices as children are laid out under a target.
func (g *graph) childOrder(es []int) {
	sort.SliceStable(es, func(a, b int) bool {
		x, y := &g.edges[es[a]], &g.edges[es[b]]
		if x.reversed != y.reversed {
			return !x.reversed
		}
		if x.class != y.class {
			return x.class < y.class
		}
		if x.anchor != y.anchor {
			return x.anchor < y.anchor
		}
		return x.sub < y.sub
	})
}

// breakCycles reverses, for ranking only, the edges that close a cycle: a
// depth-first search from the main conclusions downwards (target to
// premise, reasons first) reverses each edge that leads back to a claim on
// the current path, so the claim met first stays above.
func (g *graph) breakCycles() {
	n := len(g.ids)
	g.loosenAttackCycles()
	down := buildCSR(n, len(g.edges), func(i int) int { return g.edges[i].to }, func(i int) int { return i })
	for v := 0; v < n; v++ {
		g.childOrder(down.of(v))
	}
	hasUp := make([]bool, n)
	for i := range g.edges {
		hasUp[g.edges[i].from] = true
	}
	const (
		white = iota
		grey
		black
	)
	state := make([]uint8, n)
	type frame struct{ v, next int }
	var stack []frame
	visit := func(root int) {
		state[root] = grey
		stack = append(stack[:0], frame{root, 0})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			kids := down.of(f.v)
			if f.next == len(kids) {
				state[f.v] = black
				stack = stack[:len(stack)-1]
				continue
			}
			e := kids[f.next]
			f.next++
			if g.edges[e].loose {
				continue
			}
			c := g.edges[e].from
			switch state[c] {
			case grey:
				g.edges[e].reversed = true
			case white:
				state[c] = grey
				stack = append(stack, frame{c, 0})
			}
		}
	}
	for v := 0; v < n; v++ {
		if !hasUp[v] && state[v] == white {
			visit(v)
		}
	}
	for v := 0; v < n; v++ {
		if state[v] == white {
			visit(v)
		}
	}
}

// rankNodes gives every claim its layer: 0 for claims that conclude and
// support nothing, and one below the lowest of its targets otherwise
// (longest path from the top over the acyclic edges).
func (g *graph) rankNodes() {
	n := len(g.ids)
	g.rank = make([]int, n)
	indeg := make([]int, n)
	var tight []int
	for i := range g.edges {
		if !g.edges[i].loose {
			tight = append(tight, i)
			indeg[g.edges[i].lower()]++
		}
	}
	down := buildCSR(n, len(tight), func(k int) int { return g.edges[tight[k]].upper() }, func(k int) int { return g.edges[tight[k]].lower() })
	queue := make([]int, 0, n)
	for v := 0; v < n; v++ {
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for q := 0; q < len(queue); q++ {
		u := queue[q]
		for _, v := range down.of(u) {
			if r := g.rank[u] + 1; r > g.rank[v] {
				g.rank[v] = r
			}
			indeg[v]--
			if indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	// Loose edges point up between the layers their ends fell in.
	for i := range g.edges {
		if e := &g.edges[i]; e.loose {
			e.reversed = g.rank[e.from] < g.rank[e.to]
			e.flat = g.rank[e.from] == g.rank[e.to]
		}
	}
}

// loosenAttackCycles leaves the attacks inside cycles out of the ranking, so
// that two far-apart objections attacking each other do not drag a subtree
// down the map; a claim whose only links up are such attacks keeps its
// first one, so that it stays below what it attacks.
func (g *graph) loosenAttackCycles() {
	comp := g.components()
	tightUp := make([]bool, len(g.ids))
	for i := range g.edges {
		e := &g.edges[i]
		e.loose = e.kind != kindPro && comp[e.from] == comp[e.to]
		if !e.loose {
			tightUp[e.from] = true
		}
	}
	for i := range g.edges {
		if e := &g.edges[i]; e.loose && !tightUp[e.from] {
			e.loose = false
			tightUp[e.from] = true
		}
	}
}

// components numbers the strongly connected components of the claim graph
// (Tarjan's algorithm, without recursion).
func (g *graph) components() []int {
	n := len(g.ids)
	up := buildCSR(n, len(g.edges), func(i int) int { return g.edges[i].from }, func(i int) int { return g.edges[i].to })
	index := make([]int, n)
	low := make([]int, n)
	comp := make([]int, n)
	onStack := make([]bool, n)
	for v := range index {
		index[v] = -1
	}
	var stack []int
	type frame struct{ v, next int }
	var call []frame
	next, comps := 0, 0
	for root := 0; root < n; root++ {
		if index[root] >= 0 {
			continue
		}
		call = append(call[:0], frame{root, 0})
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			ws := up.of(f.v)
			if f.next < len(ws) {
				w := ws[f.next]
				f.next++
				switch {
				case index[w] < 0:
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{w, 0})
				case onStack[w]:
					low[f.v] = min(low[f.v], index[w])
				}
				continue
			}
			v := f.v
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = comps
					if w == v {
						break
					}
				}
				comps++
			}
		}
	}
	return comp
}
