package semantics

import (
	"context"
	"slices"
)

// SCC-wise decomposition (Baroni, Giacomin and Guida's SCC-recursiveness of
// preferred semantics; Liao's conditioned sub-frameworks). A preferred
// labelling of a framework is, component by component in topological
// order, a preferred labelling of the component conditioned on the labels
// of the components before it: a node with an In attacker upstream is Out
// and leaves the component; a node with an Undec attacker upstream (and no
// In one) can never be In (noIn), as if a self-attacking node attacked it;
// the other nodes are free. So the search runs on each component alone,
// small where the framework is sparse, and enumerates the combinations by
// a depth-first walk over the components; a component conditioned the same
// way twice is searched once (memo).

// sccs returns the strongly connected components of the subgraph of f that
// the nodes with keep[x] induce, in topological order: every attacker of a
// component (among the kept nodes) lies in it or in an earlier one. Tarjan's
// algorithm, iterative, so that a long chain cannot overflow the stack.
func (f *Framework) sccs(keep []bool) [][]int32 {
	const unvisited = -1
	index := make([]int32, f.N)
	low := make([]int32, f.N)
	onStack := make([]bool, f.N)
	for i := range index {
		index[i] = unvisited
	}
	var comps [][]int32
	var stack []int32
	type frame struct{ x, next int32 }
	var call []frame
	counter := int32(0)
	for root := int32(0); int(root) < f.N; root++ {
		if !keep[root] || index[root] != unvisited {
			continue
		}
		call = append(call, frame{root, 0})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			top := &call[len(call)-1]
			x := top.x
			if int(top.next) < len(f.attacks[x]) {
				y := f.attacks[x][top.next]
				top.next++
				switch {
				case !keep[y]:
				case index[y] == unvisited:
					index[y], low[y] = counter, counter
					counter++
					stack = append(stack, y)
					onStack[y] = true
					call = append(call, frame{y, 0})
				case onStack[y]:
					low[x] = min(low[x], index[y])
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].x
				low[p] = min(low[p], low[x])
			}
			if low[x] == index[x] {
				k := len(stack) - 1
				for stack[k] != x {
					k--
				}
				comp := slices.Clone(stack[k:])
				for _, y := range comp {
					onStack[y] = false
				}
				stack = stack[:k]
				comps = append(comps, comp)
			}
		}
	}
	// Tarjan finishes a component after every component it attacks.
	slices.Reverse(comps)
	return comps
}

// Conditions of a node of a component, from its attackers upstream.
const (
	condFree int8 = iota // every attacker upstream is Out
	condOut              // an attacker upstream is In
	condNoIn             // an attacker upstream is Undec, none In
)

// decomp walks the components of a framework's undecided nodes.
type decomp struct {
	f        *Framework
	ctx      context.Context
	opt      Options
	leaf     method
	comps    [][]int32
	compOf   []int32 // component of each node, or -1 if the grounded labelling decides it
	lab      []int8  // the labels so far: grounded ones, then components' as the walk sets them
	cond     []int8  // scratch: the condition of each node of the component at hand
	ins      []int32 // the In nodes of the components walked so far
	memo     []map[string][][]int32
	found    [][]int32
	partial  [][]int32 // admissible sets found when the search stopped early
	nodes    int
	complete bool
	loc      []int32 // scratch for sub: local index of each node, or -1
}

// memoLimit bounds the conditionings remembered per component.
const memoLimit = 1 << 12

// decomposed enumerates the preferred extensions of f component by
// component, searching each hard component with the leaf method.
func (f *Framework) decomposed(ctx context.Context, opt Options, leaf method) *Extensions {
	g := f.grounded()
	ext := &Extensions{Complete: true}
	keep := make([]bool, f.N)
	undecided := 0
	for i, x := range g {
		switch x {
		case lIn:
			ext.Grounded = append(ext.Grounded, int32(i))
		case lUndec:
			keep[i] = true
			undecided++
		}
	}
	if undecided == 0 {
		ext.Sets = [][]int32{slices.Clone(ext.Grounded)}
		return ext
	}
	comps := f.sccs(keep)
	if len(comps) == 1 {
		return f.whole(ctx, opt, leaf, g, ext)
	}
	d := &decomp{
		f: f, ctx: ctx, opt: opt, leaf: leaf, comps: comps,
		compOf: make([]int32, f.N), lab: g, cond: make([]int8, f.N),
		ins: slices.Clone(ext.Grounded), memo: make([]map[string][][]int32, len(comps)),
		complete: true, loc: make([]int32, f.N),
	}
	for i := range d.compOf {
		d.compOf[i], d.loc[i] = -1, -1
	}
	for c, comp := range comps {
		for _, x := range comp {
			d.compOf[x] = int32(c)
		}
	}
	d.walk(0)
	ext.Nodes = d.nodes
	if d.complete {
		ext.Sets = d.found
		return ext
	}
	keepMax := &search{}
	for _, set := range d.found {
		keepMax.keep(set)
	}
	for _, set := range d.partial {
		keepMax.keep(set)
	}
	ext.Sets, ext.Complete = keepMax.found, false
	return ext
}

// budgetLeft reports the node budget left (0: unbounded), and false when
// it is spent.
func (d *decomp) budgetLeft() (int, bool) {
	if d.opt.MaxNodes == 0 {
		return 0, true
	}
	left := d.opt.MaxNodes - d.nodes
	return left, left > 0
}

// stop counts a step of the walk and reports whether the walk must end.
func (d *decomp) stop() bool {
	if !d.complete {
		return true
	}
	d.nodes++
	if _, ok := d.budgetLeft(); !ok || (d.nodes&255 == 0 && d.ctx.Err() != nil) {
		d.stopHere()
	}
	return !d.complete
}

// stopHere ends the walk, keeping the In set so far: admissible, since
// each component walked has a complete labelling conditioned on those
// before it.
func (d *decomp) stopHere() {
	d.complete = false
	d.partial = append(d.partial, sorted(d.ins))
}

func sorted(set []int32) []int32 {
	out := slices.Clone(set)
	slices.Sort(out)
	return out
}

// walk labels the components from c on in every way that extends the
// labels of those before it to a preferred labelling.
func (d *decomp) walk(c int) {
	if d.stop() {
		return
	}
	if c == len(d.comps) {
		d.found = append(d.found, sorted(d.ins))
		return
	}
	comp := d.comps[c]
	f := d.f
	trivial := len(comp) == 1
	for _, x := range comp {
		st := condFree
		for _, z := range f.attackers[x] {
			if d.compOf[z] == int32(c) {
				if z == x {
					trivial = false // a self-attacker: never In
				}
				continue
			}
			switch d.lab[z] {
			case lIn:
				st = condOut
			case lUndec:
				if st == condFree {
					st = condNoIn
				}
			}
			if st == condOut {
				break
			}
		}
		if f.cannotBeIn(x) && st == condFree {
			st = condNoIn
		}
		d.cond[x] = st
	}
	if trivial {
		// One node, attacked from upstream only: its label follows.
		x := comp[0]
		switch d.cond[x] {
		case condFree:
			d.lab[x] = lIn
			d.ins = append(d.ins, x)
			d.walk(c + 1)
			d.ins = d.ins[:len(d.ins)-1]
		case condOut:
			d.lab[x] = lOut
			d.walk(c + 1)
		default:
			d.lab[x] = lUndec
			d.walk(c + 1)
		}
		return
	}
	sets, ok := d.component(c)
	if !ok {
		return
	}
	n := len(d.ins)
	for _, set := range sets {
		for _, x := range comp {
			d.lab[x] = lUndec
		}
		for _, x := range set {
			d.lab[x] = lIn
		}
		for _, x := range comp {
			if d.lab[x] == lIn {
				continue
			}
			if d.cond[x] == condOut {
				d.lab[x] = lOut
				continue
			}
			for _, z := range f.attackers[x] {
				if d.compOf[z] == int32(c) && d.lab[z] == lIn {
					d.lab[x] = lOut
					break
				}
			}
		}
		d.ins = append(d.ins[:n], set...)
		d.walk(c + 1)
		if !d.complete {
			break
		}
	}
	d.ins = d.ins[:n]
}

// component returns the preferred In sets of component c under the
// conditions in d.cond, searched on the conditioned sub-framework (which
// may itself split into components) or remembered. It reports false when
// the search stopped early.
func (d *decomp) component(c int) ([][]int32, bool) {
	comp := d.comps[c]
	key := make([]byte, len(comp))
	for i, x := range comp {
		key[i] = byte(d.cond[x])
	}
	if sets, ok := d.memo[c][string(key)]; ok {
		return sets, true
	}
	sub, orig := d.sub(comp)
	opt := d.opt
	opt.MaxNodes, _ = d.budgetLeft()
	ext := sub.decomposed(d.ctx, opt, d.leaf)
	d.nodes += ext.Nodes
	sets := make([][]int32, len(ext.Sets))
	for i, set := range ext.Sets {
		sets[i] = make([]int32, len(set))
		for j, x := range set {
			sets[i][j] = orig[x]
		}
	}
	if !ext.Complete {
		d.complete = false
		n := len(d.ins)
		for _, set := range sets {
			d.partial = append(d.partial, sorted(append(d.ins[:n], set...)))
		}
		d.ins = d.ins[:n]
		if len(sets) == 0 {
			d.partial = append(d.partial, sorted(d.ins))
		}
		return nil, false
	}
	if d.memo[c] == nil {
		d.memo[c] = map[string][][]int32{}
	}
	if len(d.memo[c]) < memoLimit {
		d.memo[c][string(key)] = sets
	}
	return sets, true
}

// sub builds the sub-framework of comp under the conditions in d.cond:
// the nodes not forced Out, the attacks between them, and noIn for those
// with an Undec attacker upstream. It returns the original node of each
// local one.
func (d *decomp) sub(comp []int32) (*Framework, []int32) {
	var orig []int32
	for _, x := range comp {
		if d.cond[x] != condOut {
			d.loc[x] = int32(len(orig))
			orig = append(orig, x)
		}
	}
	s := NewFramework(len(orig), nil)
	for i, x := range orig {
		if d.cond[x] == condNoIn {
			if s.noIn == nil {
				s.noIn = make([]bool, len(orig))
			}
			s.noIn[i] = true
		}
		for _, z := range d.f.attackers[x] {
			if k := d.loc[z]; k >= 0 && d.compOf[z] == d.compOf[x] {
				s.Attack(k, int32(i))
			}
		}
	}
	for _, x := range comp {
		d.loc[x] = -1
	}
	return s, orig
}
