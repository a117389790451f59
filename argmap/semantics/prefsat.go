package semantics

import (
	"context"
	"slices"
)

// prefSAT enumerates the preferred extensions as PrefSAT does (Cerutti,
// Dunne, Giacomin and Vallati, 2013; ArgSemSAT, μ-toksia): ask the SAT
// solver for a complete labelling whose In set is not inside any extension
// found so far, grow it by asking for one with every In node kept and one
// more In, until there is none: that In set is maximal, a preferred
// extension. Block it (some node outside it must be In) and repeat until
// UNSAT. Learnt clauses carry over from one call to the next.
//
// The encoding covers only the nodes the grounded labelling leaves
// undecided: every complete labelling extends the grounded one, and an
// undecided node's attackers outside that set are all Out. Node k of the
// set has variables I(k)=2k (In) and O(k)=2k+1 (Out); Undec is neither.
// Its clauses (Cerutti et al.'s complete labelling, two variables a node):
// not both In and Out; In iff every attacker is Out; Out iff some attacker
// is In.
type prefSAT struct {
	s     *solver
	nodes []int32 // framework node of each variable pair
	found [][]int32
	// Where a run stopped, so that the next one resumes: growing says an
	// In set (inSet) is being grown; done that the enumeration finished.
	started, growing, done bool
	inSet                  []bool
	idx                    []int32   // variable pair of each framework node, or -1
	att                    [][]int32 // attackers of each variable pair, as pairs
	nAttacks               []int32   // attacks of each pair's node
}

// pick decides as the labelling search branches: for the Out node whose
// attackers include no In one yet and the fewest unassigned ones, one of
// them In, the most active (an Out node needs an In attacker); with no
// such node, In for the unassigned node that attacks most. On random
// frameworks of density 5 it takes a third fewer decisions than the
// activity order, and it finds the one extension of the WS benchmark,
// which the activity order did not in a minute.
func (p *prefSAT) pick() lit {
	s := p.s
	best, fewest := lit(-1), 1<<30
	for k := range p.nodes {
		if s.lval[posLit(int32(2*k+1))] != lTrue {
			continue
		}
		n, cand, act := 0, lit(-1), -1.0
		for _, b := range p.att[k] {
			l := posLit(2 * b)
			v := s.lval[l]
			if v == lTrue {
				n = -1
				break
			}
			if v == lUnset {
				n++
				if a := s.activity[l.v()]; a > act {
					cand, act = l, a
				}
			}
		}
		if n > 0 && n < fewest {
			best, fewest = cand, n
		}
	}
	if best >= 0 {
		return best
	}
	most := int32(-1)
	for k := range p.nodes {
		l := posLit(int32(2 * k))
		if s.lval[l] == lUnset && p.nAttacks[k] > most {
			best, most = l, p.nAttacks[k]
		}
	}
	return best
}

// offer hands the search an admissible set found by the labelling search
// (grounded nodes included): unless an extension found contains it, the
// next run grows it to a preferred extension first. It reports whether it
// took the set; it takes none while growing one of its own.
func (p *prefSAT) offer(set []int32) bool {
	if p.growing || p.done || !p.started {
		return false
	}
	clear(p.inSet)
	some := false
	for _, x := range set {
		if k := p.idx[x]; k >= 0 {
			p.inSet[k], some = true, true
		}
	}
	if !some {
		return false
	}
	for _, e := range p.found {
		inside := true
		for k, in := range p.inSet {
			if in && !contains(e, p.nodes[k]) {
				inside = false
				break
			}
		}
		if inside {
			return false
		}
	}
	p.growing = true
	return true
}

func newPrefSAT(f *Framework, lab []int8) *prefSAT {
	p := &prefSAT{s: newSolver(), idx: make([]int32, f.N)}
	idx := p.idx
	for x, l := range lab {
		idx[x] = -1
		if l == lUndec {
			idx[x] = int32(len(p.nodes))
			p.nodes = append(p.nodes, int32(x))
		}
	}
	s := p.s
	for range p.nodes {
		s.newVar(true) // In first: maximal sets come sooner
		// Out follows from the In variables by propagation: no branching.
		s.newVarDecide(false, false)
	}
	p.inSet = make([]bool, len(p.nodes))
	p.att = make([][]int32, len(p.nodes))
	p.nAttacks = make([]int32, len(p.nodes))
	s.pick = p.pick
	in := func(k int32) lit { return posLit(2 * k) }
	out := func(k int32) lit { return posLit(2*k + 1) }
	var inIf, outIf []lit
	for k, x := range p.nodes {
		k := int32(k)
		s.addClause([]lit{in(k).not(), out(k).not()})
		if f.cannotBeIn(x) {
			// Attacked by an Undec node outside the framework: never In,
			// Out exactly when an attacker here is In.
			s.addClause([]lit{in(k).not()})
		}
		// In(k), or some attacker not Out; not Out(k), or some attacker In.
		inIf = append(inIf[:0], in(k))
		outIf = append(outIf[:0], out(k).not())
		for _, z := range f.attackers[x] {
			b := idx[z]
			if b < 0 {
				continue // Out in the grounded labelling
			}
			p.att[k] = append(p.att[k], b)
			p.nAttacks[b]++
			s.addClause([]lit{in(k).not(), out(b)})
			s.addClause([]lit{in(b).not(), out(k)})
			inIf = append(inIf, out(b).not())
			outIf = append(outIf, in(b))
		}
		if !f.cannotBeIn(x) {
			s.addClause(inIf)
		}
		s.addClause(outIf)
	}
	return p
}

// run enumerates until done (then it reports true) or until ctx is done or
// the solver's decisions reach maxDecisions (0: no bound); a later call
// resumes where it stopped. p.found holds the extensions found, as sorted
// sets of undecided nodes.
func (p *prefSAT) run(ctx context.Context, maxDecisions int) bool {
	s := p.s
	s.ctx, s.maxDecisions = ctx, maxDecisions
	n := int32(len(p.nodes))
	var c, assume []lit
	if !p.started {
		p.started = true
		// Some undecided node is In: if none can be, the grounded
		// extension is the only preferred one.
		for k := int32(0); k < n; k++ {
			c = append(c, posLit(2*k))
		}
		s.addClause(c)
	}
	for !p.done {
		if !p.growing {
			switch s.solve(nil) {
			case satNo:
				p.done = true
				return true
			case satUnknown:
				return false
			}
			for k := int32(0); k < n; k++ {
				p.inSet[k] = s.model[2*k]
			}
			p.growing = true
		}
		// Grow the In set until it is maximal: ask for one with every
		// node of it In and one more.
		for {
			assume, c = assume[:0], c[:0]
			for k := int32(0); k < n; k++ {
				if p.inSet[k] {
					assume = append(assume, posLit(2*k))
				} else {
					c = append(c, posLit(2*k))
				}
			}
			if len(c) == 0 {
				break
			}
			// The "one more In" clause holds only while its selector is
			// assumed; the unit ¬sel retires it afterwards.
			sel := s.newVar(false)
			s.addClause(append([]lit{negLit(sel)}, c...))
			st := s.solve(append(assume, posLit(sel)))
			s.addClause([]lit{negLit(sel)})
			if st == satNo {
				break
			}
			if st == satUnknown {
				return false
			}
			for k := int32(0); k < n; k++ {
				p.inSet[k] = s.model[2*k]
			}
		}
		p.growing = false
		var set []int32
		c = c[:0]
		for k, in := range p.inSet {
			if in {
				set = append(set, p.nodes[k])
			} else {
				c = append(c, posLit(int32(2*k)))
			}
		}
		slices.Sort(set)
		p.found = append(p.found, set)
		// Block it: a new extension has an In node outside this one.
		if !s.addClause(c) {
			p.done = true
		}
	}
	return true
}

// partial returns, for a run that stopped early, the In set being grown:
// admissible (complete), though perhaps not maximal; nil if none.
func (p *prefSAT) partial() []int32 {
	if !p.growing {
		return nil
	}
	var set []int32
	for k, in := range p.inSet {
		if in {
			set = append(set, p.nodes[k])
		}
	}
	return set
}
