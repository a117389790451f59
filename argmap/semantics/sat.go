package semantics

import (
	"context"
	"slices"
)

// A small CDCL SAT solver (watched literals, first-UIP learning with local
// minimisation, VSIDS, phase saving, Luby restarts, a bounded learnt-clause
// database), incremental: clauses may be added between calls, and a call
// may assume literals. It serves the preferred search (prefsat.go) and is
// kept to what that search needs.

// lit is a literal: variable v is 2v when positive, 2v+1 when negated.
type lit int32

func posLit(v int32) lit { return lit(2 * v) }
func negLit(v int32) lit { return lit(2*v + 1) }
func (l lit) not() lit   { return l ^ 1 }
func (l lit) v() int32   { return int32(l >> 1) }

// Truth values; a literal's value is its variable's, flipped when negated.
const (
	lUnset int8 = 0
	lTrue  int8 = 1
	lFalse int8 = -1
)

type clause struct {
	lits    []lit
	learnt  bool
	deleted bool
	lbd     int32
	act     float64
}

// watcher: c watches the negation of the list's literal; blocker is a
// literal of c whose truth spares looking at c.
type watcher struct {
	c       *clause
	blocker lit
}

// binImp: when the list's literal is true, l must be, by clause c.
type binImp struct {
	l lit
	c *clause
}

type satStatus int8

const (
	satUnknown satStatus = iota // stopped: context done or budget spent
	satYes
	satNo
)

type solver struct {
	ok       bool   // false once the clauses are unsatisfiable at level 0
	value    []int8 // per variable
	lval     []int8 // per literal, the same: propagation reads it
	level    []int32
	reason   []*clause
	phase    []bool // saved polarity: true for the positive literal
	decide   []bool // branched on (in the heap)
	activity []float64
	seen     []bool
	watches  [][]watcher
	bins     [][]binImp // per literal
	trail    []lit
	trailLim []int
	qhead    int
	heap     varHeap

	clauses  []*clause
	learnts  []*clause
	varInc   float64
	claInc   float64
	maxLearn int
	// model is the last satisfying assignment, per variable.
	model []bool

	// Effort: decisions and conflicts over every call.
	decisions, conflicts int
	units                int // level-0 assignments when simplify last ran

	// Bounds of a call: maxDecisions (0: none) and ctx, polled every
	// 256 conflicts or decisions.
	ctx          context.Context
	maxDecisions int
	// pick, when set, chooses the next decision (an unassigned literal),
	// or returns -1 to leave it to the activity order.
	pick       func() lit
	learnt     []lit // scratch for analyze
	toClear    []lit
	stack      []lit // scratch for redundant
	levelStamp []int // per level: stamp of the last clause counted
	stamp      int
}

func newSolver() *solver {
	s := &solver{ok: true, varInc: 1, claInc: 1, maxLearn: 2000, ctx: context.Background()}
	s.heap.act = &s.activity
	return s
}

// newVar adds a variable and returns it; phase is the polarity tried first.
func (s *solver) newVar(phase bool) int32 { return s.newVarDecide(phase, true) }

// newVarDecide adds a variable that the search branches on only when
// decide is true (or once every other is assigned): for variables that
// propagation defines from others, branching on them only misleads.
func (s *solver) newVarDecide(phase, decide bool) int32 {
	v := int32(len(s.value))
	s.decide = append(s.decide, decide)
	s.value = append(s.value, lUnset)
	s.lval = append(s.lval, lUnset, lUnset)
	s.level = append(s.level, 0)
	s.reason = append(s.reason, nil)
	s.phase = append(s.phase, phase)
	s.activity = append(s.activity, 0)
	s.seen = append(s.seen, false)
	s.watches = append(s.watches, nil, nil)
	s.bins = append(s.bins, nil, nil)
	if decide {
		s.heap.insert(v)
	}
	return v
}

func (s *solver) litValue(l lit) int8 {
	return s.lval[l]
}

func (s *solver) decisionLevel() int { return len(s.trailLim) }

func (s *solver) enqueue(l lit, from *clause) {
	v := l.v()
	if l&1 != 0 {
		s.value[v] = lFalse
	} else {
		s.value[v] = lTrue
	}
	s.lval[l], s.lval[l.not()] = lTrue, lFalse
	s.level[v] = int32(s.decisionLevel())
	s.reason[v] = from
	s.trail = append(s.trail, l)
}

// addClause adds a clause; the solver must be at level 0 (it is between
// calls). It reports false when the clauses became unsatisfiable.
func (s *solver) addClause(ls []lit) bool {
	if !s.ok {
		return false
	}
	c := make([]lit, 0, len(ls))
	for _, l := range ls {
		switch s.litValue(l) {
		case lTrue:
			return true
		case lFalse:
			continue
		}
		if slices.Contains(c, l.not()) {
			return true // a tautology
		}
		if !slices.Contains(c, l) {
			c = append(c, l)
		}
	}
	switch len(c) {
	case 0:
		s.ok = false
		return false
	case 1:
		s.enqueue(c[0], nil)
		if s.propagate() != nil {
			s.ok = false
		}
		return s.ok
	}
	cl := &clause{lits: c}
	if len(c) == 2 {
		s.attachBinary(cl)
		return true
	}
	s.clauses = append(s.clauses, cl)
	s.attach(cl)
	return true
}

// attachBinary files a two-literal clause in the implication lists, which
// propagation reads without touching the clause: most clauses of the
// preferred search's encoding have two literals.
func (s *solver) attachBinary(c *clause) {
	s.bins[c.lits[0].not()] = append(s.bins[c.lits[0].not()], binImp{c.lits[1], c})
	s.bins[c.lits[1].not()] = append(s.bins[c.lits[1].not()], binImp{c.lits[0], c})
}

func (s *solver) attach(c *clause) {
	s.watches[c.lits[0].not()] = append(s.watches[c.lits[0].not()], watcher{c, c.lits[1]})
	s.watches[c.lits[1].not()] = append(s.watches[c.lits[1].not()], watcher{c, c.lits[0]})
}

// propagate runs unit propagation over the trail; it returns a conflicting
// clause, or nil.
func (s *solver) propagate() *clause {
	for s.qhead < len(s.trail) {
		p := s.trail[s.qhead]
		s.qhead++
		for _, b := range s.bins[p] {
			switch s.lval[b.l] {
			case lFalse:
				s.qhead = len(s.trail)
				return b.c
			case lUnset:
				if b.c.lits[0] != b.l { // a reason has its implied literal first
					b.c.lits[0], b.c.lits[1] = b.l, b.c.lits[0]
				}
				s.enqueue(b.l, b.c)
			}
		}
		ws := s.watches[p]
		falseLit := p.not()
		i, j := 0, 0
		for i < len(ws) {
			w := ws[i]
			i++
			if s.litValue(w.blocker) == lTrue {
				ws[j] = w
				j++
				continue
			}
			c := w.c // never deleted: deleting purges the watches
			ls := c.lits
			if ls[0] == falseLit {
				ls[0], ls[1] = ls[1], falseLit
			}
			first := ls[0]
			if first != w.blocker && s.litValue(first) == lTrue {
				ws[j] = watcher{c, first}
				j++
				continue
			}
			moved := false
			for k := 2; k < len(ls); k++ {
				if s.litValue(ls[k]) != lFalse {
					ls[1], ls[k] = ls[k], falseLit
					s.watches[ls[1].not()] = append(s.watches[ls[1].not()], watcher{c, first})
					moved = true
					break
				}
			}
			if moved {
				continue
			}
			ws[j] = watcher{c, first}
			j++
			if s.litValue(first) == lFalse {
				j += copy(ws[j:], ws[i:])
				s.watches[p] = ws[:j]
				s.qhead = len(s.trail)
				return c
			}
			s.enqueue(first, c)
		}
		s.watches[p] = ws[:j]
	}
	return nil
}

// analyze derives the first-UIP clause of a conflict into s.learnt
// (asserting literal first) and returns the level to jump back to.
func (s *solver) analyze(confl *clause) (int, int32) {
	s.learnt = append(s.learnt[:0], 0)
	pathC := 0
	p := lit(-1)
	idx := len(s.trail) - 1
	dl := int32(s.decisionLevel())
	for {
		if confl.learnt {
			s.bumpClause(confl)
		}
		start := 0
		if p != -1 {
			start = 1
		}
		for _, q := range confl.lits[start:] {
			v := q.v()
			if !s.seen[v] && s.level[v] > 0 {
				s.bumpVar(v)
				s.seen[v] = true
				if s.level[v] >= dl {
					pathC++
				} else {
					s.learnt = append(s.learnt, q)
				}
			}
		}
		for !s.seen[s.trail[idx].v()] {
			idx--
		}
		p = s.trail[idx]
		idx--
		confl = s.reason[p.v()]
		s.seen[p.v()] = false
		pathC--
		if pathC == 0 {
			break
		}
	}
	s.learnt[0] = p.not()
	// Recursive minimisation (MiniSat's): drop a literal whose reasons
	// lead, through implied literals only, back to others of the clause.
	// The levels of the clause, folded into 32 bits, stop early a walk
	// that would reach a level the clause does not have.
	s.toClear = append(s.toClear[:0], s.learnt...)
	abstract := uint32(0)
	for _, q := range s.learnt[1:] {
		abstract |= s.abstractLevel(q.v())
	}
	j := 1
	for i := 1; i < len(s.learnt); i++ {
		q := s.learnt[i]
		if s.reason[q.v()] == nil || !s.redundant(q, abstract) {
			s.learnt[j] = q
			j++
		}
	}
	for _, q := range s.toClear {
		s.seen[q.v()] = false
	}
	s.learnt = s.learnt[:j]
	back := 0
	if len(s.learnt) > 1 {
		m := 1
		for i := 2; i < len(s.learnt); i++ {
			if s.level[s.learnt[i].v()] > s.level[s.learnt[m].v()] {
				m = i
			}
		}
		s.learnt[1], s.learnt[m] = s.learnt[m], s.learnt[1]
		back = int(s.level[s.learnt[1].v()])
	}
	// LBD: the number of distinct levels, a measure of the clause's use.
	s.stamp++
	lbd := int32(0)
	for _, q := range s.learnt {
		l := s.level[q.v()]
		for int(l) >= len(s.levelStamp) {
			s.levelStamp = append(s.levelStamp, 0)
		}
		if s.levelStamp[l] != s.stamp {
			s.levelStamp[l] = s.stamp
			lbd++
		}
	}
	return back, lbd
}

func (s *solver) abstractLevel(v int32) uint32 { return 1 << (s.level[v] & 31) }

// redundant reports whether the literal q of the clause being learnt
// (implied, not a decision) follows from the others: every path back
// through its reasons ends in literals of the clause or of level 0. The
// literals it proves redundant on the way stay seen, to be cleared with
// s.toClear, so that no literal is walked twice.
func (s *solver) redundant(q lit, abstract uint32) bool {
	stack := append(s.stack[:0], q)
	top := len(s.toClear)
	for len(stack) > 0 {
		r := s.reason[stack[len(stack)-1].v()]
		stack = stack[:len(stack)-1]
		for _, x := range r.lits[1:] {
			v := x.v()
			if s.seen[v] || s.level[v] == 0 {
				continue
			}
			if s.reason[v] == nil || s.abstractLevel(v)&abstract == 0 {
				for _, y := range s.toClear[top:] {
					s.seen[y.v()] = false
				}
				s.toClear = s.toClear[:top]
				s.stack = stack
				return false
			}
			s.seen[v] = true
			stack = append(stack, x)
			s.toClear = append(s.toClear, x)
		}
	}
	s.stack = stack
	return true
}

func (s *solver) cancelUntil(level int) {
	if s.decisionLevel() <= level {
		return
	}
	lim := s.trailLim[level]
	for i := len(s.trail) - 1; i >= lim; i-- {
		v := s.trail[i].v()
		s.phase[v] = s.trail[i]&1 == 0
		s.value[v] = lUnset
		s.lval[2*v], s.lval[2*v+1] = lUnset, lUnset
		s.reason[v] = nil
		if s.decide[v] && !s.heap.has(v) {
			s.heap.insert(v)
		}
	}
	s.trail = s.trail[:lim]
	s.trailLim = s.trailLim[:level]
	s.qhead = lim
}

func (s *solver) bumpVar(v int32) {
	s.activity[v] += s.varInc
	if s.activity[v] > 1e100 {
		for i := range s.activity {
			s.activity[i] *= 1e-100
		}
		s.varInc *= 1e-100
	}
	if s.heap.has(v) {
		s.heap.up(s.heap.pos[v])
	}
}

func (s *solver) bumpClause(c *clause) {
	c.act += s.claInc
	if c.act > 1e20 {
		for _, l := range s.learnts {
			l.act *= 1e-20
		}
		s.claInc *= 1e-20
	}
}

// reduceDB drops half the learnt clauses, the least useful first (high
// LBD, low activity), keeping the glue clauses (LBD ≤ 2) and the reasons
// of current assignments.
func (s *solver) reduceDB() {
	slices.SortFunc(s.learnts, func(a, b *clause) int {
		switch {
		case a.lbd != b.lbd:
			return int(b.lbd - a.lbd)
		case a.act < b.act:
			return -1
		case a.act > b.act:
			return 1
		}
		return 0
	})
	half := len(s.learnts) / 2
	kept := s.learnts[:0]
	for i, c := range s.learnts {
		r := s.reason[c.lits[0].v()]
		if i < half && c.lbd > 2 && r != c {
			c.deleted = true
			continue
		}
		kept = append(kept, c)
	}
	clear(s.learnts[len(kept):])
	s.learnts = kept
	s.purgeWatches()
}

func (s *solver) purgeWatches() {
	for l, ws := range s.watches {
		s.watches[l] = slices.DeleteFunc(ws, func(w watcher) bool { return w.c.deleted })
	}
}

// simplify, at level 0, drops the clauses satisfied there (those of
// retired selectors, mostly).
func (s *solver) simplify() {
	if len(s.trail) == s.units {
		return
	}
	s.units = len(s.trail)
	sat := func(c *clause) bool {
		for _, l := range c.lits {
			if s.litValue(l) == lTrue && s.level[l.v()] == 0 {
				c.deleted = true
				return true
			}
		}
		return false
	}
	s.clauses = slices.DeleteFunc(s.clauses, sat)
	s.learnts = slices.DeleteFunc(s.learnts, sat)
	s.purgeWatches()
}

// luby returns the i-th term (from 0) of the Luby sequence 1 1 2 1 1 2 4 …
func luby(i int) int {
	size, seq := 1, 0
	for size < i+1 {
		seq++
		size = 2*size + 1
	}
	for size-1 != i {
		size = (size - 1) / 2
		seq--
		i %= size
	}
	return 1 << seq
}

// solve looks for a model of the clauses with the assumed literals true.
// On satYes the model is in s.model; the solver is back at level 0 in
// every case.
func (s *solver) solve(assume []lit) satStatus {
	if !s.ok {
		return satNo
	}
	if s.propagate() != nil {
		s.ok = false
		return satNo
	}
	s.simplify()
	defer s.cancelUntil(0)
	for restarts := 0; ; restarts++ {
		switch st := s.search(100*luby(restarts), assume); st {
		case satYes:
			s.model = s.model[:0]
			for _, x := range s.value {
				s.model = append(s.model, x == lTrue)
			}
			return st
		case satNo:
			return st
		}
		if s.stopped() {
			return satUnknown
		}
		s.cancelUntil(0)
	}
}

// stopped reports whether the call must end: its context is done or its
// decision budget spent.
func (s *solver) stopped() bool {
	return (s.maxDecisions > 0 && s.decisions > s.maxDecisions) || s.ctx.Err() != nil
}

// search runs CDCL until a model, a refutation (under the assumptions), or
// nConf conflicts (satUnknown: restart).
func (s *solver) search(nConf int, assume []lit) satStatus {
	for n := 0; ; {
		if confl := s.propagate(); confl != nil {
			s.conflicts++
			n++
			if s.decisionLevel() == 0 {
				s.ok = false
				return satNo
			}
			back, lbd := s.analyze(confl)
			s.cancelUntil(back)
			if len(s.learnt) == 1 {
				s.enqueue(s.learnt[0], nil)
			} else {
				c := &clause{lits: slices.Clone(s.learnt), learnt: true, lbd: lbd}
				if len(c.lits) == 2 {
					s.attachBinary(c) // kept for good, as a glue clause would be
				} else {
					s.learnts = append(s.learnts, c)
					s.attach(c)
					s.bumpClause(c)
				}
				s.enqueue(c.lits[0], c)
			}
			s.varInc /= 0.95
			s.claInc /= 0.999
			if s.conflicts&255 == 0 && s.stopped() {
				return satUnknown
			}
			continue
		}
		if n >= nConf {
			return satUnknown
		}
		if len(s.learnts)-len(s.trail) >= s.maxLearn {
			s.reduceDB()
			s.maxLearn += s.maxLearn / 10
		}
		// Assumptions first, one level each; then the most active free
		// variable in its saved phase.
		var next lit = -1
		for s.decisionLevel() < len(assume) {
			a := assume[s.decisionLevel()]
			switch s.litValue(a) {
			case lTrue:
				s.trailLim = append(s.trailLim, len(s.trail))
				continue
			case lFalse:
				return satNo
			}
			next = a
			break
		}
		if next == -1 && s.pick != nil {
			next = s.pick()
		}
		if next == -1 {
			for {
				v := s.heap.pop()
				if v < 0 {
					v = int32(slices.Index(s.value, lUnset))
					if v < 0 {
						return satYes
					}
				}
				if s.value[v] == lUnset {
					next = negLit(v)
					if s.phase[v] {
						next = posLit(v)
					}
					break
				}
			}
		}
		s.decisions++
		if s.decisions&255 == 0 && s.stopped() {
			return satUnknown
		}
		s.trailLim = append(s.trailLim, len(s.trail))
		s.enqueue(next, nil)
	}
}

// varHeap is a binary max-heap of variables by activity.
type varHeap struct {
	act  *[]float64
	heap []int32
	pos  []int32 // index in heap, or -1
}

func (h *varHeap) has(v int32) bool { return int(v) < len(h.pos) && h.pos[v] >= 0 }

func (h *varHeap) less(a, b int32) bool { return (*h.act)[a] > (*h.act)[b] }

func (h *varHeap) insert(v int32) {
	for int(v) >= len(h.pos) {
		h.pos = append(h.pos, -1)
	}
	h.pos[v] = int32(len(h.heap))
	h.heap = append(h.heap, v)
	h.up(h.pos[v])
}

func (h *varHeap) up(i int32) {
	v := h.heap[i]
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(v, h.heap[p]) {
			break
		}
		h.heap[i] = h.heap[p]
		h.pos[h.heap[i]] = i
		i = p
	}
	h.heap[i] = v
	h.pos[v] = i
}

func (h *varHeap) pop() int32 {
	if len(h.heap) == 0 {
		return -1
	}
	top := h.heap[0]
	h.pos[top] = -1
	last := h.heap[len(h.heap)-1]
	h.heap = h.heap[:len(h.heap)-1]
	if len(h.heap) > 0 {
		h.heap[0] = last
		h.pos[last] = 0
		h.down(0)
	}
	return top
}

func (h *varHeap) down(i int32) {
	v := h.heap[i]
	n := int32(len(h.heap))
	for {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && h.less(h.heap[c+1], h.heap[c]) {
			c++
		}
		if !h.less(h.heap[c], v) {
			break
		}
		h.heap[i] = h.heap[c]
		h.pos[h.heap[i]] = i
		i = c
	}
	h.heap[i] = v
	h.pos[v] = i
}
