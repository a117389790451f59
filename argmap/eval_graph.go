package argmap

// evalGraph is the map as Evaluate sees it: claims and arguments numbered
// (claims 0..nc-1, then arguments). A Labelling keeps it to answer reasons,
// so it holds only what reasons need: the read-only topology shared with
// the map's memo, and a byte of flags per claim. The counters of the
// worklist live in an evalScratch, borrowed for the solve only.
type evalGraph struct {
	m     *Map
	nc    int
	index *idIndex

	claims []claimFlags // read from the map at each evaluation
	args   []argInfo    // shared with the memo: read-only

	// premiseOf[premStart[c]:premStart[c+1]] are the arguments (node
	// numbers) that have claim c as a premise, once per occurrence.
	premStart []int32
	premiseOf []int32

	// init holds the counters the worklist starts from (see evalScratch).
	init []int32

	// cqOf gives, for an argument (index in args) blocked by an open
	// critical question, the first such question; nil when there is none.
	cqOf map[int32]*Challenge
}

// claimFlags is what Evaluate reads of a claim, and proIn.
type claimFlags uint8

const (
	cRejected     claimFlags = 1 << iota
	cQuestioned              // assessed Questioned or an open Question challenge
	cUnassessed              //
	cAccepted                //
	cNeedsSupport            // questioned, or unassessed with pro arguments on it
	cProIn                   // a pro argument for it is In (set by solve)
)

func (c claimFlags) has(f claimFlags) bool { return c&f != 0 }

// Kinds of argument for evaluation.
const (
	kindNone     uint8 = iota // a pro argument aimed at an argument, or a dangling one
	kindPro                   // pro on a claim
	kindCon                   // con on a claim
	kindUndercut              // con on an argument
)

// argInfo is what the IDs of a map say of an argument.
type argInfo struct {
	target  int32 // node number, or -1
	nprem   int32 // premise occurrences, found or not
	kind    uint8
	missing bool // a premise names no claim: Out from the start
}

// evalScratch holds what one evaluation writes while it runs: the claim
// flags, the labels, the counters and the queue. The counters are, in this
// order, for each claim the con and then the pro arguments on it not yet
// Out, and for each argument its premise occurrences not yet In and its
// undercutters not yet Out. No Labelling keeps it (it gets copies of the
// flags and labels, written in one sequential pass, which costs less than
// labelling into fresh, uncached memory): the map's memo lends its one
// spare to one evaluation at a time, and concurrent ones make their own,
// so that a warm Evaluate allocates only its result.
type evalScratch struct {
	flags  []claimFlags
	labels []Label
	cnt    []int32
	queue  []int32
}

// borrowScratch returns the memo's spare scratch, or a new one.
func (e *evalMemo) borrowScratch() *evalScratch {
	if e != nil {
		if s := e.spare.Swap(nil); s != nil {
			return s
		}
	}
	return new(evalScratch)
}

// giveBack returns s to the memo as its spare, for the next evaluation.
func (e *evalMemo) giveBack(s *evalScratch) {
	if e != nil {
		e.spare.Store(s)
	}
}

// claimFlags returns s.flags resized to nc claims, to be overwritten.
func (s *evalScratch) claimFlags(nc int) []claimFlags {
	if cap(s.flags) < nc {
		s.flags = make([]claimFlags, nc)
	}
	s.flags = s.flags[:nc]
	return s.flags
}

// reset readies s to solve n nodes: cnt a copy of init, the labels all
// Unlabelled and an empty queue.
func (s *evalScratch) reset(init []int32, n int) {
	if cap(s.cnt) < len(init) {
		s.cnt = make([]int32, len(init))
	}
	s.cnt = s.cnt[:len(init)]
	copy(s.cnt, init)
	if cap(s.labels) < n {
		s.labels = make([]Label, n)
	}
	s.labels = s.labels[:n]
	clear(s.labels)
	if cap(s.queue) < n {
		s.queue = make([]int32, 0, n)
	}
	s.queue = s.queue[:0]
}

func (g *evalGraph) n() int { return g.nc + len(g.args) }

// cq returns the open critical question that blocks argument node i, or nil.
func (g *evalGraph) cq(i int32) *Challenge {
	if g.cqOf == nil {
		return nil
	}
	return g.cqOf[i-int32(g.nc)]
}

// argument returns the argument of node i as the map holds it now, or nil
// if the map has changed so much that it has no argument there: reasons
// asked of a labelling older than the map may be stale, but never panic.
func (g *evalGraph) argument(i int32) *Argument {
	j := int(i) - g.nc
	if j < 0 || j >= len(g.m.Arguments) {
		return nil
	}
	return g.m.Arguments[j]
}

// buildEvalGraph numbers the claims and arguments of m. The numbering and
// the counters that depend only on the IDs come from the map's memo when it
// still matches; what the assessments and challenges add is read afresh
// each time.
// The claim flags are written into s.
func buildEvalGraph(m *Map, s *evalScratch) *evalGraph {
	t := m.eval.load()
	var g *evalGraph
	if t != nil && t.nc == len(m.Claims) {
		// One pass over the claims both checks the memo and reads the
		// assessments: on big maps reading the map is most of the cost.
		if g = t.graph(m, s); !g.readClaims(t.index.ids) || !t.argsMatch(m) {
			g = nil
		} else if t.shape != m.shape {
			// Checked in full: remember the shape, so that the next
			// evaluation can take the short way.
			u := *t
			u.shape = m.shape
			m.eval.store(&u)
		}
	}
	if g == nil {
		t = buildEvalTopo(m)
		m.eval.store(t)
		g = t.graph(m, s)
		g.readClaims(nil)
	}
	nc := g.nc
	for _, ch := range m.Challenges {
		if ch.Status != Open {
			continue
		}
		t, ok := g.index.get(ch.Target)
		if !ok {
			continue
		}
		switch {
		case ch.Kind == CriticalQuestion && int(t) >= nc:
			j := t - int32(nc)
			if g.cqOf == nil {
				g.cqOf = map[int32]*Challenge{}
			}
			if g.cqOf[j] == nil {
				g.cqOf[j] = ch
			}
		case ch.Kind == Question && int(t) < nc:
			g.claims[t] |= cQuestioned | cNeedsSupport
		}
	}
	return g
}

// graph returns a graph for evaluating m on t, with claim flags (in s) to
// fill.
func (t *evalTopo) graph(m *Map, s *evalScratch) *evalGraph {
	return &evalGraph{
		m:         m,
		nc:        t.nc,
		index:     t.index,
		claims:    s.claimFlags(t.nc),
		args:      t.args,
		premStart: t.premStart,
		premiseOf: t.premiseOf,
		init:      t.init,
	}
}

// readClaims records the claims' assessments. Given ids (the claim IDs the
// graph was numbered with), it stops and reports false at the first claim
// whose ID differs.
func (g *evalGraph) readClaims(ids []ID) bool {
	cs := g.m.Claims
	fl := g.claims[:len(cs)]
	pro := g.init[len(cs) : 2*len(cs)]
	if ids != nil {
		ids = ids[:len(cs)]
	}
	for i, c := range cs {
		if ids != nil && c.ID != ids[i] {
			return false
		}
		var x claimFlags
		switch c.Assessment {
		case Unassessed:
			x = cUnassessed
			if pro[i] > 0 {
				x |= cNeedsSupport
			}
		case Rejected:
			x = cRejected
		case Questioned:
			x = cQuestioned | cNeedsSupport
		case Accepted:
			x = cAccepted
		}
		fl[i] = x
	}
	return true
}
