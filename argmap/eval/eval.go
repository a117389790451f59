// Package eval computes the grounded evaluation of an argument map: which
// claims and arguments stand (IN), fall (OUT) or are undecided (UNDEC),
// each with a reason naming the claims responsible. Evaluate labels a map
// from nothing; an Evaluator keeps the labelling of one map as it is
// edited, at the cost of what each edit changed. Preferred semantics is in
// argmap/semantics.
package eval

import (
	"sync"

	"github.com/argmap/argmap/argmap"
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

// Labelling is the grounded labelling of a map, as Evaluate or an
// Evaluator computes it. It is read-only and safe for concurrent use. It
// refers to the map it was computed from: reasons quote the claims' texts
// as they are when asked, so get a new labelling after every change of the
// map's logic (Evaluator.Labels does so at the cost of what changed).
type Labelling struct {
	g      *graph
	labels cow[Label] // indexed like g: claims first, then arguments

	// claimAt and argAt map the indexes of a map with suggestions onto
	// those of its accepted view, which was evaluated; nil otherwise.
	claimAt, argAt []int32

	sccOnce sync.Once // guards scc, built for Reason
	scc     []int32   // strongly connected component of each Undec node
}

// graph is the map as a labelling saw it: the shared topology, the map
// it was read from and what the assessments and challenges said then.
type graph struct {
	*topo
	m      *argmap.Map
	claims cow[claimFlags]
	// cqOf gives, for an argument (index in args) blocked by an open
	// critical question, the first such question; nil when there is none.
	cqOf map[int32]*argmap.Challenge
}

// cq returns the open critical question that blocks argument node i, or nil.
func (g *graph) cq(i int32) *argmap.Challenge {
	if g.cqOf == nil {
		return nil
	}
	return g.cqOf[i-int32(g.nc)]
}

// argument returns the argument of node i as the map holds it now, or nil
// if the map has changed so much that it has no argument there: reasons
// asked of a labelling older than the map may be stale, but never panic.
func (g *graph) argument(i int32) *argmap.Argument {
	j := int(i) - g.nc
	if j < 0 || j >= len(g.m.Arguments) {
		return nil
	}
	return g.m.Arguments[j]
}

// Claim returns the label of the claim id, or Unlabelled if the map has no
// such claim.
func (l *Labelling) Claim(id argmap.ID) Label {
	if i, ok := l.g.index.get(id); ok && int(i) < l.g.nc {
		return l.labels.at(i)
	}
	return Unlabelled
}

// Argument returns the label of the argument id (In: applicable), or
// Unlabelled if the map has no such argument.
func (l *Labelling) Argument(id argmap.ID) Label {
	if i, ok := l.g.index.get(id); ok && int(i) >= l.g.nc {
		return l.labels.at(i)
	}
	return Unlabelled
}

// Label returns the label of a claim or an argument, or Unlabelled.
func (l *Labelling) Label(id argmap.ID) Label {
	if i, ok := l.g.index.get(id); ok {
		return l.labels.at(i)
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
	return l.labels.at(int32(i))
}

// ArgumentAt returns the label of the argument at index j of the map's
// Arguments as they were when evaluated, or Unlabelled when out of range.
func (l *Labelling) ArgumentAt(j int) Label {
	if j = remapIndex(l.argAt, j); j < 0 || j >= l.g.na {
		return Unlabelled
	}
	return l.labels.at(int32(l.g.nc + j))
}

// Applicable reports whether the argument id is applicable (labelled In).
func (l *Labelling) Applicable(id argmap.ID) bool { return l.Argument(id) == In }

// ClaimCounts counts the labels of the claims.
func (l *Labelling) ClaimCounts() Counts { return l.count(0, l.g.nc) }

// ArgumentCounts counts the labels of the arguments.
func (l *Labelling) ArgumentCounts() Counts { return l.count(l.g.nc, l.labels.n) }

func (l *Labelling) count(from, to int) Counts {
	var c Counts
	for i := from; i < to; i++ {
		switch l.labels.at(int32(i)) {
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
//
// Evaluate starts from nothing each time; whoever evaluates one map again
// and again (after every edit) keeps an Evaluator instead.
func Evaluate(m *argmap.Map) *Labelling { return New(m).Labels() }

// Changed returns the claims and arguments whose label differs in l from
// prev, in node order (claims first), so that a view redraws only those
// cards; all reports false when it cannot tell (prev is nil or numbered
// another way, as after a change of structure): then anything may differ.
// Between two labellings of one Evaluator after a local change it costs
// what the change touched.
func (l *Labelling) Changed(prev *Labelling) (ids []argmap.ID, all bool) {
	if prev == nil || prev.g.topo != l.g.topo {
		return nil, true
	}
	a, b := l.labels, prev.labels
	for k, c := range a.c {
		if c == b.c[k] {
			continue
		}
		for o := range c {
			if i := k*chunkLen + o; i < a.n && c[o] != b.c[k][o] {
				ids = append(ids, l.g.index.ids[i])
			}
		}
	}
	return ids, false
}
