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
	// bound): nodes of the labelling search plus decisions of the SAT
	// search. Use a context deadline to bound it in time.
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
	// Nodes is the search effort: labelling nodes visited plus SAT
	// decisions made.
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
		if left[i] == 0 && !f.cannotBeIn(int32(i)) {
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
			if left[y] == 0 && !f.cannotBeIn(y) {
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
// Two searches share the work. The labelling search (search.go) is the
// fastest on easy frameworks, argument maps among them, and runs alone
// for its first labellingFirst nodes. If it has not finished by then, it
// takes turns with the SAT-based search (prefsat.go), whose learnt
// clauses pay where the labelling search would prove the same thing over
// and over; each resumes where it stopped, each turn twice as long as the
// last, and the first to finish answers. Nodes counts the labelling
// search's nodes plus the SAT solver's decisions.
func (f *Framework) Preferred(ctx context.Context, opt Options) *Extensions {
	return f.preferred(ctx, opt, methodAuto)
}

// method picks the search; the benchmarks and tests force one.
type method int8

const (
	methodAuto      method = iota // decomposed, each component by methodHybrid
	methodLabelling               // the labelling search alone, on the whole framework
	methodSAT                     // the SAT-based search alone, on the whole framework
	methodHybrid                  // both taking turns, on the whole framework
	methodSCCSAT                  // decomposed, each component by methodSAT
)

// The turns (variables so that tests can make them short).
var (
	// labellingFirst is the labelling search's first turn, in nodes:
	// enough for maps and sparse frameworks, where building clauses
	// would cost more than searching.
	labellingFirst = 1 << 14
	// satShare is how many labelling nodes one SAT decision is granted
	// against: a decision (with its propagation, conflicts and the
	// labelling-like choice) costs about 25 nodes' time on the WS
	// benchmark, and the labelling search has been the faster on every
	// framework measured so far; at 64 the SAT turns take about a fifth
	// of the time there.
	satShare = 64
)

func (f *Framework) preferred(ctx context.Context, opt Options, m method) *Extensions {
	switch m {
	case methodAuto:
		return f.decomposed(ctx, opt, methodHybrid)
	case methodSCCSAT:
		return f.decomposed(ctx, opt, methodSAT)
	}
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
	return f.whole(ctx, opt, m, g, ext)
}

// whole searches f as one, by method m, from its grounded labelling g
// (with ext.Grounded filled and some node undecided).
func (f *Framework) whole(ctx context.Context, opt Options, m method, g []int8, ext *Extensions) *Extensions {
	if m == methodLabelling {
		s := f.labelling(ctx, opt, g)
		ext.Sets, ext.Complete, ext.Nodes = s.found, s.complete, s.nodes
		return ext
	}
	var p *prefSAT
	if m == methodSAT {
		p = newPrefSAT(f, g)
		if p.run(ctx, opt.MaxNodes) {
			return p.result(ext)
		}
		return stoppedEarly(ext, nil, p)
	}
	// The labelling search runs in this goroutine; whenever it has spent
	// its turn, stop calls turn, which gives the SAT search its own.
	lo := opt
	lo.MaxNodes = 0 // the turns keep to the budget
	s := &search{f: f, ctx: ctx, opt: lo, complete: true, limit: labellingFirst}
	if opt.MaxNodes > 0 {
		s.limit = min(s.limit, opt.MaxNodes)
	}
	satDone := false
	used := func() int {
		if p == nil {
			return s.nodes
		}
		return s.nodes + p.s.decisions
	}
	s.turn = func() bool {
		if ctx.Err() != nil || (opt.MaxNodes > 0 && used() >= opt.MaxNodes) {
			return true
		}
		if p == nil {
			p = newPrefSAT(f, g)
		}
		// Each search prunes with what the other found: the labelling
		// search's admissible sets give the SAT search extensions to grow
		// (one a turn), and the SAT search's extensions cover branches of
		// the labelling search.
		if p.started {
			for _, set := range s.found {
				if p.offer(set) {
					break
				}
			}
		}
		budget := max(s.limit/satShare, p.s.decisions+1)
		if opt.MaxNodes > 0 {
			budget = min(budget, p.s.decisions+opt.MaxNodes-used())
		}
		if p.run(ctx, budget) {
			satDone = true
			return true
		}
		for _, set := range p.found {
			s.keep(withGrounded(set, ext.Grounded))
		}
		s.limit *= 2
		if opt.MaxNodes > 0 {
			s.limit = min(s.limit, s.nodes+opt.MaxNodes-used())
		}
		return ctx.Err() != nil || (opt.MaxNodes > 0 && used() >= opt.MaxNodes)
	}
	f.labellingFrom(s, g)
	switch {
	case satDone:
		ext = p.result(ext)
	case s.complete:
		ext.Sets = s.found
	default:
		ext = stoppedEarly(ext, s, p)
	}
	ext.Nodes = used()
	return ext
}

// result fills ext with the extensions found by a finished SAT search.
func (p *prefSAT) result(ext *Extensions) *Extensions {
	ext.Sets = ext.Sets[:0]
	for _, set := range p.found {
		ext.Sets = append(ext.Sets, withGrounded(set, ext.Grounded))
	}
	if len(ext.Sets) == 0 {
		// No undecided node can be In: the grounded extension.
		ext.Sets = [][]int32{slices.Clone(ext.Grounded)}
	}
	ext.Nodes = p.s.decisions
	return ext
}

// stoppedEarly fills ext with what either search found before it stopped,
// the maximal sets of it: the labelling search's are admissible, the SAT
// search's preferred, plus the admissible set it was growing.
func stoppedEarly(ext *Extensions, s *search, p *prefSAT) *Extensions {
	keep := &search{}
	if s != nil {
		for _, set := range s.found {
			keep.keep(set)
		}
		ext.Nodes += s.nodes
	}
	if p != nil {
		for _, set := range p.found {
			keep.keep(withGrounded(set, ext.Grounded))
		}
		if set := p.partial(); set != nil {
			keep.keep(withGrounded(set, ext.Grounded))
		}
		ext.Nodes += p.s.decisions
	}
	ext.Sets, ext.Complete = keep.found, false
	return ext
}

func withGrounded(set, grounded []int32) []int32 {
	out := append(slices.Clone(set), grounded...)
	slices.Sort(out)
	return out
}

// labelling runs the labelling search from the grounded labelling g.
func (f *Framework) labelling(ctx context.Context, opt Options, g []int8) *search {
	s := &search{f: f, ctx: ctx, opt: opt, complete: true}
	f.labellingFrom(s, g)
	return s
}

func (f *Framework) labellingFrom(s *search, g []int8) {
	lab := make([]int8, f.N)
	for i, x := range g {
		switch x {
		case lIn:
			lab[i] = lIn
		case lOut:
			lab[i] = lOut
		default:
			lab[i] = blank
			if f.cannotBeIn(int32(i)) || slices.Contains(f.attackers[i], int32(i)) {
				lab[i] = lUndec // a self-attacker is never In
			}
		}
	}
	s.run(newState(f, lab))
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
	s.keep(set)
}

// keep adds the sorted set to found unless a set found contains it, and
// drops those it contains.
func (s *search) keep(set []int32) {
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
	if s.f != nil {
		if s.inSome == nil {
			s.inSome = make([]bool, s.f.N)
		}
		for _, x := range set {
			s.inSome[x] = true
		}
	}
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
