package argmap

import (
	"slices"
	"sync"
)

// Label is what the evaluation says of a claim or an argument: it stands
// (In), falls (Out) or is undecided (Undec). For an argument, In means
// applicable: its premises stand and nothing undercuts it.
type Label int8

// Labels. Unlabelled is what a Labelling answers for an ID it does not know.
const (
	Unlabelled Label = iota
	In
	Out
	Undec
)

// String returns "IN", "OUT", "UNDEC", or "" for Unlabelled.
func (l Label) String() string {
	switch l {
	case In:
		return "IN"
	case Out:
		return "OUT"
	case Undec:
		return "UNDEC"
	}
	return ""
}

// Counts are how many claims (or arguments) got each label.
type Counts struct {
	In, Out, Undec int
}

// Labelling is the grounded labelling of a map, as Evaluate computes it. It
// is read-only and safe for concurrent use. It refers to the map it was
// computed from: reasons quote the claims' texts as they are when asked, so
// compute a new labelling after every edit (Evaluate is linear and fast).
type Labelling struct {
	g      *evalGraph
	labels []Label // indexed like g: claims first, then arguments

	// claimAt and argAt map the indexes of a map with suggestions onto
	// those of its accepted view, which was evaluated; nil otherwise.
	claimAt, argAt []int32

	sccOnce sync.Once // guards targets and scc, built for Reason
	targets byTarget
	scc     []int32 // strongly connected component of each Undec node
}

// Claim returns the label of the claim id, or Unlabelled if the map has no
// such claim.
func (l *Labelling) Claim(id ID) Label {
	if i, ok := l.g.index.get(id); ok && int(i) < l.g.nc {
		return l.labels[i]
	}
	return Unlabelled
}

// Argument returns the label of the argument id (In: applicable), or
// Unlabelled if the map has no such argument.
func (l *Labelling) Argument(id ID) Label {
	if i, ok := l.g.index.get(id); ok && int(i) >= l.g.nc {
		return l.labels[i]
	}
	return Unlabelled
}

// Label returns the label of a claim or an argument, or Unlabelled.
func (l *Labelling) Label(id ID) Label {
	if i, ok := l.g.index.get(id); ok {
		return l.labels[i]
	}
	return Unlabelled
}

// ClaimAt returns the label of the claim at index i of the map's Claims as
// they were when evaluated, or Unlabelled when i is out of range: a lookup
// without hashing, for callers that walk the map in order (the canvas).
func (l *Labelling) ClaimAt(i int) Label {
	if i = remapIndex(l.claimAt, i); i < 0 || i >= l.g.nc {
		return Unlabelled
	}
	return l.labels[i]
}

// ArgumentAt returns the label of the argument at index j of the map's
// Arguments as they were when evaluated, or Unlabelled when out of range.
func (l *Labelling) ArgumentAt(j int) Label {
	if j = remapIndex(l.argAt, j); j < 0 || j >= len(l.g.args) {
		return Unlabelled
	}
	return l.labels[l.g.nc+j]
}

// Applicable reports whether the argument id is applicable (labelled In).
func (l *Labelling) Applicable(id ID) bool { return l.Argument(id) == In }

// ClaimCounts counts the labels of the claims.
func (l *Labelling) ClaimCounts() Counts { return l.count(0, l.g.nc) }

// ArgumentCounts counts the labels of the arguments.
func (l *Labelling) ArgumentCounts() Counts { return l.count(l.g.nc, len(l.labels)) }

func (l *Labelling) count(from, to int) Counts {
	var c Counts
	for _, x := range l.labels[from:to] {
		switch x {
		case In:
			c.In++
		case Out:
			c.Out++
		case Undec:
			c.Undec++
		}
	}
	return c
}

// Evaluate computes the grounded labelling of m (DESIGN.md §4): the least
// fixed point of these rules, with whatever they leave open labelled Undec.
//
//   - An argument is In (applicable) when all its premises are In and every
//     undercutter of it is Out; it is Out when a premise is Out, an
//     undercutter is In, or an asked critical question on it is open (an
//     open critical question is an undercutter that stands).
//   - A claim is Out when an applicable con argument targets it, when it is
//     rejected, or when it needs support (it is questioned, or it is not
//     accepted and pro arguments target it) and every pro argument is Out.
//   - A claim is In when every con argument against it is Out, it is not
//     rejected, and it needs no support or a pro argument for it is In.
//
// A pro argument aimed at an argument has no effect. On a map whose only
// relations are single-premise con arguments between unassessed claims this
// is exactly Dung's grounded labelling. Evaluate is linear in the size of the
// map (a worklist with counters), deterministic and does not change m.
// Suggestions not yet accepted take no part: a map with some is evaluated
// as its Accepted view, and they are Unlabelled.
func Evaluate(m *Map) *Labelling {
	if v := m.Accepted(); v != m {
		return evaluateAccepted(m, v)
	}
	s := m.eval.borrowScratch()
	g := buildEvalGraph(m, s)
	s.reset(g.init, g.n())
	g.solve(s.labels, s)
	// The labelling keeps copies: s goes back to the memo.
	g.claims = slices.Clone(g.claims)
	l := &Labelling{g: g, labels: slices.Clone(s.labels)}
	m.eval.giveBack(s)
	return l
}

// solve labels every node: the worklist pass of Evaluate. It sets each node
// at most once; a node is queued when it is labelled, and labelling a node
// updates the counters (in s) of the nodes it influences.
func (g *evalGraph) solve(labels []Label, s *evalScratch) {
	nc, na := g.nc, len(g.args)
	con, pro := s.cnt[:nc:nc], s.cnt[nc:2*nc:2*nc]
	premLeft, ucLeft := s.cnt[2*nc:2*nc+na:2*nc+na], s.cnt[2*nc+na:]
	claims := g.claims
	queue := s.queue[:0]
	set := func(i int32, x Label) {
		if labels[i] == Unlabelled {
			labels[i] = x
			queue = append(queue, i)
		}
	}
	// claimIn checks whether claim i has met the conditions for In.
	claimIn := func(i int32) {
		if c := claims[i]; con[i] == 0 && !c.has(cRejected) && (!c.has(cNeedsSupport) || c.has(cProIn)) {
			set(i, In)
		}
	}
	argIn := func(i int32) {
		if j := int(i) - nc; premLeft[j] == 0 && ucLeft[j] == 0 {
			set(i, In)
		}
	}
	for i, c := range claims {
		switch {
		case c.has(cRejected):
			set(int32(i), Out)
		case c.has(cNeedsSupport) && pro[i] == 0:
			set(int32(i), Out)
		default:
			claimIn(int32(i))
		}
	}
	// Blocked arguments are Out from the start, so that argIn need not ask.
	if g.cqOf != nil {
		for j := range g.cqOf {
			set(int32(nc)+j, Out)
		}
	}
	for j := range g.args {
		i := int32(nc + j)
		if g.args[j].missing {
			set(i, Out)
		} else {
			argIn(i)
		}
	}
	for h := 0; h < len(queue); h++ {
		i := queue[h]
		x := labels[i]
		if int(i) < nc {
			// A claim: its arguments learn of a premise.
			for _, a := range g.premiseOf[g.premStart[i]:g.premStart[i+1]] {
				if labels[a] != Unlabelled {
					continue
				}
				if x == Out {
					set(a, Out)
					continue
				}
				premLeft[int(a)-nc]--
				argIn(a)
			}
			continue
		}
		a := &g.args[int(i)-nc]
		t := a.target
		if t < 0 || labels[t] != Unlabelled {
			continue
		}
		switch a.kind {
		case kindPro:
			if x == In {
				claims[t] |= cProIn
				claimIn(t)
			} else {
				pro[t]--
				if claims[t].has(cNeedsSupport) && pro[t] == 0 {
					set(t, Out)
				}
			}
		case kindCon:
			if x == In {
				set(t, Out)
			} else {
				con[t]--
				claimIn(t)
			}
		case kindUndercut:
			if x == In {
				set(t, Out)
			} else {
				ucLeft[int(t)-nc]--
				argIn(t)
			}
		}
	}
	s.queue = queue
	for i := range labels {
		if labels[i] == Unlabelled {
			labels[i] = Undec
		}
	}
}
