package argmap

// evalGraph is the map as Evaluate sees it: claims and arguments numbered
// (claims 0..nc-1, then arguments), with the counters of the worklist.
type evalGraph struct {
	m     *Map
	nc    int
	index *idIndex

	claims []claimNode
	args   []argNode

	// premiseOf[premStart[c]:premStart[c+1]] are the arguments (node
	// numbers) that have claim c as a premise, once per occurrence.
	premStart []int32
	premiseOf []int32

	// cqs are the open critical questions that block arguments; kept
	// apart so that the big slices hold no pointers for the GC to scan.
	cqs []*Challenge
}

type claimNode struct {
	conLeft, proLeft int32 // con / pro arguments on it not yet Out
	needsSupport     bool
	rejected         bool
	questioned       bool // assessed Questioned or an open Question challenge
	unassessed       bool
	accepted         bool
	proIn            bool // a pro argument for it is In
}

// Kinds of argument for evaluation.
const (
	kindNone     uint8 = iota // a pro argument aimed at an argument, or a dangling one
	kindPro                   // pro on a claim
	kindCon                   // con on a claim
	kindUndercut              // con on an argument
)

type argNode struct {
	premLeft int32 // premise occurrences not yet In
	nprem    int32 // premise occurrences, found or not
	ucLeft   int32 // undercutters not yet Out
	target   int32 // node number, or -1
	kind     uint8
	// blocked: Out from the start, because a premise names no claim or a
	// critical question asked of it is open.
	blocked bool
	cq      int32 // index in cqs of the first open critical question on it, or -1
	missing bool  // a premise names no claim
}

func (g *evalGraph) n() int { return g.nc + len(g.args) }

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

// aim records that argument j targets node t with polarity pol.
func (g *evalGraph) aim(j int, t int32, pol Polarity) {
	x, nc := &g.args[j], g.nc
	switch {
	case int(t) < nc && pol == Pro:
		x.kind, x.target = kindPro, t
		g.claims[t].proLeft++
	case int(t) < nc && pol == Con:
		x.kind, x.target = kindCon, t
		g.claims[t].conLeft++
	case pol == Con:
		x.kind, x.target = kindUndercut, t
		g.args[int(t)-nc].ucLeft++
	}
}

// buildEvalGraph numbers the claims and arguments of m and counts, for each,
// the inputs the worklist waits for. The numbering and the counters that
// depend only on the IDs come from the map's memo when it still matches;
// what the assessments and challenges add is read afresh each time.
func buildEvalGraph(m *Map) *evalGraph {
	t := m.eval.load()
	var g *evalGraph
	if t != nil && t.nc == len(m.Claims) {
		// One pass over the claims both checks the memo and reads the
		// assessments: on big maps reading the map is most of the cost.
		if g = t.graph(m); !g.readClaims(t.index.ids) || !t.argsMatch(m) {
			g = nil
		}
	}
	if g == nil {
		t = buildEvalTopo(m)
		m.eval.store(t)
		g = t.graph(m)
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
			a := &g.args[int(t)-nc]
			if a.cq < 0 {
				a.cq = int32(len(g.cqs))
				g.cqs = append(g.cqs, ch)
			}
			a.blocked = true
		case ch.Kind == Question && int(t) < nc:
			g.claims[t].questioned = true
		}
	}
	for i := range g.claims {
		x := &g.claims[i]
		x.needsSupport = x.questioned || (x.unassessed && x.proLeft > 0)
	}
	return g
}

// graph returns a graph for evaluating m, with copies of t's counters.
func (t *evalTopo) graph(m *Map) *evalGraph {
	return &evalGraph{
		m:         m,
		nc:        t.nc,
		index:     t.index,
		claims:    append([]claimNode(nil), t.claims...),
		args:      append([]argNode(nil), t.args...),
		premStart: t.premStart,
		premiseOf: t.premiseOf,
	}
}

// readClaims records the claims' assessments. Given ids (the claim IDs the
// graph was numbered with), it stops and reports false at the first claim
// whose ID differs.
func (g *evalGraph) readClaims(ids []ID) bool {
	for i, c := range g.m.Claims {
		if ids != nil && c.ID != ids[i] {
			return false
		}
		x := &g.claims[i]
		x.rejected = c.Assessment == Rejected
		x.questioned = c.Assessment == Questioned
		x.unassessed = c.Assessment == Unassessed
		x.accepted = c.Assessment == Accepted
	}
	return true
}
