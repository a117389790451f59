package semantics

import (
	"context"
	"slices"
)

// Labels of the search. MustOut marks a node that attacks an In node and so
// must end Out (attacked by an In node) for the In set to be admissible.
const (
	blank int8 = iota
	lIn
	lOut
	lMustOut
	lUndec
)

// Options bound the search for preferred extensions.
type Options struct {
	// MaxNodes stops the search after this many search nodes (0: no
	// bound). Use a context deadline to bound it in time.
	MaxNodes int
}

// Extensions is what the search found.
type Extensions struct {
	// Sets are the preferred extensions found, each a sorted list of
	// nodes. When Complete is false they are admissible sets, not
	// necessarily maximal, and not all of them.
	Sets [][]int32
	// Grounded is the grounded extension, always exact.
	Grounded []int32
	// Complete is false when the search stopped early (deadline or node
	// budget).
	Complete bool
	// Nodes is the number of search nodes visited.
	Nodes int
}

// Grounded returns the grounded labelling of f (lIn, lOut or lUndec per
// node), by a worklist over counters of attackers not yet Out.
func (f *Framework) grounded() []int8 {
	lab := make([]int8, f.N)
	left := make([]int32, f.N)
	queue := make([]int32, 0, f.N)
	for i := 0; i < f.N; i++ {
		left[i] = int32(len(f.attackers[i]))
		if left[i] == 0 {
			lab[i] = lIn
			queue = append(queue, int32(i))
		}
	}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, y := range f.attacks[x] {
			if lab[y] != blank {
				continue
			}
			if lab[x] == lIn {
				lab[y] = lOut
				queue = append(queue, y)
				continue
			}
			left[y]--
			if left[y] == 0 {
				lab[y] = lIn
				queue = append(queue, y)
			}
		}
	}
	for i := range lab {
		if lab[i] == blank {
			lab[i] = lUndec
		}
	}
	return lab
}

// Preferred enumerates the preferred extensions of f. It stops early when
// ctx is done or the node budget is spent, and says so in Complete.
//
// Two searches share the work: the labelling search (search.go), fastest on
// easy frameworks such as argument maps, runs first with a small node
// budget; a framework it cannot finish in that budget goes to the
// SAT-based search (prefsat.go), whose learnt clauses keep hard frameworks
// tractable. Nodes counts the labelling search's nodes plus the SAT
// solver's decisions.
func (f *Framework) Preferred(ctx context.Context, opt Options) *Extensions {
	return f.preferred(ctx, opt, methodAuto)
}

// method picks the search; the benchmarks and tests force one.
type method int8

const (
	methodAuto method = iota
	methodLabelling
	methodSAT
)

// labellingFirst is the node budget of the labelling search before the
// SAT-based one takes over: enough for maps and sparse frameworks, where
// building clauses would cost more than searching.
const labellingFirst = 4096

func (f *Framework) preferred(ctx context.Context, opt Options, m method) *Extensions {
	g := f.grounded()
	ext := &Extensions{Complete: true}
	undecided := 0
	for i, x := range g {
		switch x {
		case lIn:
			ext.Grounded = append(ext.Grounded, int32(i))
		case lUndec:
			undecided++
		}
	}
	if undecided == 0 {
		ext.Sets = [][]int32{slices.Clone(ext.Grounded)}
		return ext
	}
	if m != methodSAT {
		o := opt
		if m == methodAuto && (o.MaxNodes == 0 || o.MaxNodes > labellingFirst) {
			o.MaxNodes = labellingFirst
		}
		s := f.labelling(ctx, o, g)
		ext.Sets, ext.Complete, ext.Nodes = s.found, s.complete, s.nodes
		if s.complete || m == methodLabelling || ctx.Err() != nil || (opt.MaxNodes > 0 && s.nodes >= opt.MaxNodes) {
			return ext
		}
	}
	budget := 0
	if opt.MaxNodes > 0 {
		budget = max(opt.MaxNodes-ext.Nodes, 1)
	}
	p := newPrefSAT(f, g)
	sets, complete := p.run(ctx, budget)
	if complete && len(sets) == 0 {
		sets = [][]int32{nil} // no undecided node can be In: the grounded extension
	}
	if !complete && len(sets) == 0 {
		// Stopped before finding anything: keep what the labelling
		// search found (admissible sets, sound to report).
		ext.Complete, ext.Nodes = false, ext.Nodes+p.s.decisions
		return ext
	}
	ext.Sets = ext.Sets[:0]
	for _, set := range sets {
		set = append(set, ext.Grounded...)
		slices.Sort(set)
		ext.Sets = append(ext.Sets, set)
	}
	ext.Complete, ext.Nodes = complete, ext.Nodes+p.s.decisions
	return ext
}

// labelling runs the labelling search from the grounded labelling g.
func (f *Framework) labelling(ctx context.Context, opt Options, g []int8) *search {
	s := &search{f: f, ctx: ctx, opt: opt, complete: true}
	lab := make([]int8, f.N)
	for i, x := range g {
		switch x {
		case lIn:
			lab[i] = lIn
		case lOut:
			lab[i] = lOut
		default:
			lab[i] = blank
			if slices.Contains(f.attackers[i], int32(i)) {
				lab[i] = lUndec // a self-attacker is never In
			}
		}
	}
	s.run(newState(f, lab))
	return s
}

// covered reports whether every set this branch can reach (its In and blank
// nodes) lies inside an extension already found, so it can bring nothing
// new.
func (s *search) covered(lab []int8) bool {
	for _, e := range s.found {
		ok := true
		for x, l := range lab {
			if (l == lIn || l == blank) && !contains(e, int32(x)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func contains(sorted []int32, x int32) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return ok
}

// record keeps the In set of a finished labelling if no extension found
// contains it, and drops those it contains.
func (s *search) record(lab []int8) {
	var set []int32
	for x, l := range lab {
		if l == lIn {
			set = append(set, int32(x))
		}
	}
	for _, e := range s.found {
		if subset(set, e) {
			return
		}
	}
	kept := s.found[:0]
	for _, e := range s.found {
		if !subset(e, set) {
			kept = append(kept, e)
		}
	}
	s.found = append(kept, set)
}

// subset reports whether sorted a ⊆ sorted b.
func subset(a, b []int32) bool {
	if len(a) > len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}
