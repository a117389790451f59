package eval

import (
	"sync"

	"github.com/argmap/argmap/argmap"
)

// topo is what evaluation derives from the IDs of a map alone: the node
// numbers (claims 0..nc-1, then arguments), the premise lists and targets
// resolved, and the counters of pro, con and undercutting arguments. It is
// read-only once built and shared by the labellings made on it, so an
// Evaluator builds one only when the structure of the map changed.
type topo struct {
	nc, na int
	index  *idIndex // node number ↔ ID: the claims' IDs, then the arguments'

	args []argInfo
	// init holds the counters a solve starts from, in this order: for each
	// claim the con and then the pro arguments on it not yet Out, and for
	// each argument its premise occurrences not yet In and its
	// undercutters not yet Out.
	init []int32

	// premiseOf[premStart[c]:premStart[c+1]] are the arguments (node
	// numbers) that have claim c as a premise, once per occurrence.
	premStart []int32
	premiseOf []int32
	// prem[premOff[j]:premOff[j+1]] are the premises of argument j as claim
	// numbers, -1 for one that names no claim.
	premOff []int32
	prem    []int32

	// byTarget lists the arguments aimed at each node, in map order; it is
	// built on first use (reasons, an incremental re-label).
	targetsOnce sync.Once
	targets     byTarget
}

// byTarget lists, for each node, the arguments (node numbers) aimed at it.
type byTarget struct {
	start []int32
	args  []int32
}

// argInfo is what the IDs of a map say of an argument.
type argInfo struct {
	target  int32 // node number, or -1
	nprem   int32 // premise occurrences, found or not
	kind    uint8
	missing bool // a premise names no claim: Out from the start
}

// Kinds of argument for evaluation.
const (
	kindNone     uint8 = iota // a pro argument aimed at an argument, or a dangling one
	kindPro                   // pro on a claim
	kindCon                   // con on a claim
	kindUndercut              // con on an argument
)

func (t *topo) n() int { return t.nc + t.na }

// aim returns the kind and target node of an argument with the given
// polarity aimed at node ti (-1: no such node) from node self.
func (t *topo) aim(ti, self int32, pol argmap.Polarity) (uint8, int32) {
	switch {
	case ti < 0 || ti == self:
	case int(ti) < t.nc && pol == argmap.Pro:
		return kindPro, ti
	case int(ti) < t.nc && pol == argmap.Con:
		return kindCon, ti
	case int(ti) >= t.nc && pol == argmap.Con:
		return kindUndercut, ti
	}
	return kindNone, -1
}

// buildTopo numbers the claims and arguments of m and resolves the
// premises and targets of the arguments.
func buildTopo(m *argmap.Map) *topo {
	nc, na := len(m.Claims), len(m.Arguments)
	t := &topo{
		nc:      nc,
		na:      na,
		index:   newIDIndex(nc + na),
		args:    make([]argInfo, na),
		init:    make([]int32, 2*nc+2*na),
		premOff: make([]int32, na+1),
	}
	con, pro := t.init[:nc], t.init[nc:2*nc]
	premLeft, ucLeft := t.init[2*nc:2*nc+na], t.init[2*nc+na:]
	setAim := func(j int, ti int32, pol argmap.Polarity) {
		x := &t.args[j]
		x.kind, x.target = t.aim(ti, int32(nc+j), pol)
		switch x.kind {
		case kindPro:
			pro[ti]++
		case kindCon:
			con[ti]++
		case kindUndercut:
			ucLeft[int(ti)-nc]++
		}
	}
	for _, c := range m.Claims {
		t.index.add(c.ID)
	}
	counts := make([]int32, nc+1)
	// prem holds every argument's premises as claim numbers (-1: no such
	// claim), so that each ID is looked up once. A target that is a claim
	// is resolved at once; the others (undercut arguments, later in the
	// list) wait until every argument has its number.
	t.prem = make([]int32, 0, na+na/2)
	var later []int32
	for j, a := range m.Arguments {
		t.index.add(a.ID)
		x := &t.args[j]
		x.target = -1
		x.nprem = int32(len(a.Premises))
		for _, p := range a.Premises {
			ci, ok := t.index.get(p)
			if !ok || int(ci) >= nc {
				x.missing = true
				t.prem = append(t.prem, -1)
				continue
			}
			t.prem = append(t.prem, ci)
			counts[ci]++
			premLeft[j]++
		}
		t.premOff[j+1] = int32(len(t.prem))
		if ti, ok := t.index.get(a.Target); ok && int(ti) < nc {
			setAim(j, ti, a.Polarity)
		} else {
			later = append(later, int32(j))
		}
	}
	for _, j := range later {
		if ti, ok := t.index.get(m.Arguments[j].Target); ok {
			setAim(int(j), ti, m.Arguments[j].Polarity)
		}
	}
	t.fillPremiseOf(counts)
	return t
}

// sameArgument reports whether argument a, at position j of the map t was
// built from, still resolves as t says: the same premises, target and
// polarity (its ID was checked by the caller).
func (t *topo) sameArgument(j int, a *argmap.Argument) bool {
	x := &t.args[j]
	ps := t.prem[t.premOff[j]:t.premOff[j+1]]
	if len(ps) != len(a.Premises) {
		return false
	}
	for k, p := range a.Premises {
		ci, ok := t.index.get(p)
		if !ok || int(ci) >= t.nc {
			ci = -1
		}
		if ci != ps[k] {
			return false
		}
	}
	ti, _ := t.index.get(a.Target)
	kind, target := t.aim(ti, int32(t.nc+j), a.Polarity)
	return kind == x.kind && target == x.target
}

// targeting returns the arguments aimed at node i.
func (t *topo) targeting(i int32) []int32 {
	t.targetsOnce.Do(t.buildTargets)
	return t.targets.args[t.targets.start[i]:t.targets.start[i+1]]
}

func (t *topo) buildTargets() {
	n := t.n()
	bt := byTarget{start: make([]int32, n+1)}
	for j := range t.args {
		if x := t.args[j].target; x >= 0 {
			bt.start[x+1]++
		}
	}
	for i := 0; i < n; i++ {
		bt.start[i+1] += bt.start[i]
	}
	bt.args = make([]int32, bt.start[n])
	fill := append([]int32(nil), bt.start[:n]...)
	for j := range t.args {
		if x := t.args[j].target; x >= 0 {
			bt.args[fill[x]] = int32(t.nc + j)
			fill[x]++
		}
	}
	t.targets = bt
}

// claimFlags is what evaluation reads of a claim, and proIn.
type claimFlags uint8

const (
	cRejected     claimFlags = 1 << iota
	cQuestioned              // assessed Questioned or an open Question challenge
	cUnassessed              //
	cAccepted                //
	cNeedsSupport            // questioned, or unassessed with pro arguments on it
	cAsked                   // an open Question challenge on it
	cProIn                   // a pro argument for it is In (set by solve)
)

func (c claimFlags) has(f claimFlags) bool { return c&f != 0 }

// assessed returns the flags an assessment gives a claim that pro
// arguments target (or not).
func assessed(a argmap.Assessment, hasPro bool) claimFlags {
	switch a {
	case argmap.Unassessed:
		if hasPro {
			return cUnassessed | cNeedsSupport
		}
		return cUnassessed
	case argmap.Rejected:
		return cRejected
	case argmap.Questioned:
		return cQuestioned | cNeedsSupport
	case argmap.Accepted:
		return cAccepted
	}
	return 0
}

// asked is what an open Question challenge adds to a claim's flags.
const asked = cAsked | cQuestioned | cNeedsSupport

// solver is the worklist of an evaluation: what one solve writes while it
// runs. An Evaluator keeps one, so that a warm evaluation allocates only
// its result.
type solver struct {
	t      *topo
	flags  []claimFlags // the claims' flags; solve adds cProIn
	cq     map[int32]*argmap.Challenge
	labels []Label
	cnt    []int32 // the counters, laid out as topo.init
	queue  []int32 // n long: the nodes labelled, in order, up to tail
	tail   int

	// For relabel: the influenced nodes, whether each is Out at once, and
	// a mark per node (equal to epoch: influenced this time).
	reach []int32
	outs  []bool
	mark  []uint32
	epoch uint32
}

// grow returns s resized to n elements, reusing its array when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// solveAll labels every node from scratch: the worklist pass. It sets
// each node at most once; a node is queued when it is labelled, and
// labelling a node updates the counters of the nodes it influences.
func (s *solver) solveAll(base []claimFlags) {
	t := s.t
	nc, n := int32(t.nc), int32(t.n())
	s.cnt = grow(s.cnt, len(t.init))
	copy(s.cnt, t.init)
	s.flags = grow(s.flags, int(nc))
	copy(s.flags, base)
	s.labels = grow(s.labels, int(n))
	clear(s.labels)
	s.queue = grow(s.queue, int(n))
	labels, queue, cnt := s.labels, s.queue, s.cnt
	pro := cnt[nc : 2*nc]
	tail := 0
	for i, c := range s.flags {
		x := Unlabelled
		switch {
		case c&cRejected != 0, c&cNeedsSupport != 0 && pro[i] == 0:
			x = Out
		case cnt[i] == 0 && c&cNeedsSupport == 0:
			x = In
		default:
			continue
		}
		labels[i] = x
		queue[tail] = int32(i)
		tail++
	}
	// Blocked arguments are Out from the start, so that argIn need not ask.
	for j := range s.cq {
		if i := nc + j; labels[i] == Unlabelled {
			labels[i] = Out
			queue[tail] = i
			tail++
		}
	}
	premLeft, ucLeft := cnt[2*nc:2*nc+int32(t.na)], cnt[2*nc+int32(t.na):]
	for j := range t.args {
		i := nc + int32(j)
		if labels[i] != Unlabelled {
			continue
		}
		switch {
		case t.args[j].missing:
			labels[i] = Out
		case premLeft[j] == 0 && ucLeft[j] == 0:
			labels[i] = In
		default:
			continue
		}
		queue[tail] = i
		tail++
	}
	s.tail = tail
	s.propagate(0)
	for i := range labels {
		if labels[i] == Unlabelled {
			labels[i] = Undec
		}
	}
}

// set labels node i x and queues it, unless it has a label.
func (s *solver) set(i int32, x Label) {
	if s.labels[i] == Unlabelled {
		s.labels[i] = x
		s.queue[s.tail] = i
		s.tail++
	}
}

// claimIn labels claim i In if it has met the conditions for In.
func (s *solver) claimIn(i int32) {
	if c := s.flags[i]; s.cnt[i] == 0 && !c.has(cRejected) && (!c.has(cNeedsSupport) || c.has(cProIn)) {
		s.set(i, In)
	}
}

// argIn labels argument node i In if its premises are In and its
// undercutters Out.
func (s *solver) argIn(i int32) {
	nc, na := s.t.nc, s.t.na
	if j := int(i) - nc; s.cnt[2*nc+j] == 0 && s.cnt[2*nc+na+j] == 0 {
		s.set(i, In)
	}
}

// propagate runs the worklist from queue[h:tail] until it is empty. Each
// node is queued at most once, so the queue (n long) never overflows. The
// hot loop keeps everything in locals: the rules of claimIn and argIn are
// written out where they apply.
func (s *solver) propagate(h int) {
	t := s.t
	nc, na := int32(t.nc), int32(t.na)
	labels, flags, cnt, queue := s.labels, s.flags, s.cnt, s.queue
	con, pro := cnt[:nc:nc], cnt[nc:2*nc:2*nc]
	premLeft, ucLeft := cnt[2*nc:2*nc+na:2*nc+na], cnt[2*nc+na:]
	args, premStart, premiseOf := t.args, t.premStart, t.premiseOf
	tail := s.tail
	for ; h < tail; h++ {
		i := queue[h]
		x := labels[i]
		if i < nc {
			// A claim: its arguments learn of a premise.
			for _, a := range premiseOf[premStart[i]:premStart[i+1]] {
				if labels[a] != Unlabelled {
					continue
				}
				if x == Out {
					labels[a] = Out
				} else if j := a - nc; premLeft[j] > 1 || ucLeft[j] != 0 {
					premLeft[j]--
					continue
				} else {
					premLeft[j] = 0
					labels[a] = In
				}
				queue[tail] = a
				tail++
			}
			continue
		}
		ai := &args[i-nc]
		tg := ai.target
		if tg < 0 || labels[tg] != Unlabelled {
			continue
		}
		var y Label
		switch ai.kind {
		case kindPro:
			if x == In {
				f := flags[tg] | cProIn
				flags[tg] = f
				if con[tg] != 0 || f&cRejected != 0 {
					continue
				}
				y = In
			} else {
				pro[tg]--
				if flags[tg]&cNeedsSupport == 0 || pro[tg] != 0 {
					continue
				}
				y = Out
			}
		case kindCon:
			if x == In {
				y = Out
			} else {
				con[tg]--
				if f := flags[tg]; con[tg] != 0 || f&cRejected != 0 || f&cNeedsSupport != 0 && f&cProIn == 0 {
					continue
				}
				y = In
			}
		case kindUndercut:
			if x == In {
				y = Out
			} else {
				j := tg - nc
				ucLeft[j]--
				if ucLeft[j] != 0 || premLeft[j] != 0 {
					continue
				}
				y = In
			}
		default:
			continue
		}
		labels[tg] = y
		queue[tail] = tg
		tail++
	}
	s.tail = tail
}
