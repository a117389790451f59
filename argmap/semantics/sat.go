package semantics

import (
	"context"
	"slices"

	"github.com/crillab/gophersat/solver"
)

// satSearch enumerates the preferred extensions of f with a SAT solver, in
// the way of PrefSAT (Cerutti, Dunne, Giacomin and Vallati): find a
// complete extension not inside any extension found so far, grow it while
// a strictly larger complete extension exists, record the maximum, and
// start again until none is left. Each call of the solver is one node of
// the budget, plus one for each of its conflicts. A call is not
// interruptible, so the deadline is checked between calls; each call is
// one NP question on the framework, far smaller than the whole search.
type satSearch struct {
	f     *Framework
	ctx   context.Context
	opt   Options
	base  [][]int // the complete labellings of f, with the grounded facts
	nodes int
	found [][]int32
	undec []int8 // the grounded labelling
}

// Variable x+1 says x is In.
func (s *satSearch) in(x int32) int { return int(x) + 1 }

// encode writes the admissible sets of f among the nodes the grounded
// labelling g leaves undecided (its In nodes are in every preferred
// extension, its Out nodes in none): an In node has no In attacker, and
// each of its attackers has an In attacker.
func (s *satSearch) encode(g []int8) {
	n := s.f.N
	s.undec = g
	seen := make([]int32, n)
	for i := range seen {
		seen[i] = -1
	}
	// undecided attackers without repeats, for clauses without repeated
	// literals
	att := make([][]int32, n)
	for x := int32(0); int(x) < n; x++ {
		for _, b := range s.f.attackers[x] {
			if g[b] == lUndec && seen[b] != x {
				seen[b] = x
				att[x] = append(att[x], b)
			}
		}
	}
	for x := int32(0); int(x) < n; x++ {
		switch g[x] {
		case lIn:
			s.base = append(s.base, []int{s.in(x)})
			continue
		case lOut:
			s.base = append(s.base, []int{-s.in(x)})
			continue
		}
		for _, b := range att[x] {
			s.base = append(s.base, []int{-s.in(x), -s.in(b)})
			def := []int{-s.in(x)}
			for _, c := range att[b] {
				def = append(def, s.in(c))
			}
			s.base = append(s.base, def)
		}
	}
}

// stop reports whether the budget or the deadline is spent.
func (s *satSearch) stop() bool {
	return (s.opt.MaxNodes > 0 && s.nodes >= s.opt.MaxNodes) || s.ctx.Err() != nil
}

// solve answers whether base plus extra is satisfiable, and if so the In
// set of a model. The solver copies nothing it is given, so each call gets
// fresh clauses.
func (s *satSearch) solve(extra [][]int) ([]int32, bool) {
	cnf := make([][]int, 0, len(s.base)+len(extra))
	for _, c := range s.base {
		cnf = append(cnf, slices.Clone(c))
	}
	for _, c := range extra {
		cnf = append(cnf, slices.Clone(c))
	}
	sv := solver.New(solver.ParseSliceNb(cnf, s.f.N))
	st := sv.Solve()
	s.nodes += 1 + sv.Stats.NbConflicts
	if st != solver.Sat {
		return nil, false
	}
	var set []int32
	for v, b := range sv.Model()[:s.f.N] {
		if b {
			set = append(set, int32(v))
		}
	}
	return set, true
}

// outside is the clause "some node not in set is In" (an undecided one:
// the grounded labelling decides the others).
func (s *satSearch) outside(set []int32) []int {
	var c []int
	for x := int32(0); int(x) < s.f.N; x++ {
		if s.undec[x] == lUndec && !contains(set, x) {
			c = append(c, s.in(x))
		}
	}
	return c
}

// run enumerates; it reports false when it stopped early, the sets found
// then being preferred extensions and, last, perhaps an admissible set
// that was still growing.
func (s *satSearch) run() bool {
	var blocking [][]int
	for {
		if s.stop() {
			return false
		}
		set, ok := s.solve(blocking)
		if !ok {
			return true
		}
		for {
			if s.stop() {
				s.found = append(s.found, set)
				return false
			}
			grow := [][]int{s.outside(set)}
			for _, x := range set {
				grow = append(grow, []int{s.in(x)})
			}
			larger, ok := s.solve(grow)
			if !ok {
				break
			}
			set = larger
		}
		s.found = append(s.found, set)
		c := s.outside(set)
		if len(c) == 0 { // every node is In: the only extension
			return true
		}
		blocking = append(blocking, c)
	}
}
