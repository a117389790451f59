package eval

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// Reason explains the label of a claim or an argument in one line, naming
// the claims responsible: "OUT: the objection 'X' stands and nothing
// defeats it", "UNDEC: in a cycle of attacks with 'Y'", "IN: supported by 'Z'".
// It returns "" for an ID the labelling does not know. Reasons are built on
// demand, so that Evaluate stays cheap on big maps.
func (l *Labelling) Reason(id argmap.ID) string {
	s, _ := l.Explain(id)
	return s
}

// Because returns the claims that Reason names, in the order it names
// them, so that the inspector can link to them ("jump to the objection").
func (l *Labelling) Because(id argmap.ID) []argmap.ID {
	_, ids := l.Explain(id)
	return ids
}

// Explain returns both Reason and Because.
func (l *Labelling) Explain(id argmap.ID) (string, []argmap.ID) {
	i, ok := l.g.index.get(id)
	if !ok {
		return "", nil
	}
	l.sccOnce.Do(l.prepareReasons)
	e := &explainer{Labelling: l}
	if int(i) < l.g.nc {
		return e.claimReason(i), e.ids
	}
	return e.argReason(i), e.ids
}

// explainer builds one reason and collects the claims it quotes.
type explainer struct {
	*Labelling
	ids []argmap.ID
}

// claim quotes the text of claim id and records it.
func (e *explainer) claim(id argmap.ID) string {
	c := e.g.m.Claim(id)
	if c == nil {
		return "''"
	}
	e.ids = append(e.ids, id)
	return quote(c.Text)
}

func (l *Labelling) prepareReasons() { l.scc = undecComponents(l.g, l.labels.flat()) }

// targeting returns the arguments aimed at node i.
func (l *Labelling) targeting(i int32) []int32 { return l.g.targeting(i) }

func (l *Labelling) sameCycle(i, j int32) bool {
	return l.labels.at(i) == Undec && l.labels.at(j) == Undec && l.scc[i] >= 0 && l.scc[i] == l.scc[j]
}

// first returns the first argument aimed at i of the given kind and label.
func (l *Labelling) first(i int32, kind uint8, x Label) int32 {
	for _, a := range l.targeting(i) {
		if l.g.args[int(a)-l.g.nc].kind == kind && l.labels.at(a) == x {
			return a
		}
	}
	return -1
}

func (e *explainer) claimReason(i int32) string {
	g := e.g
	c, x := g.claims.at(i), e.labels.at(i)
	switch x {
	case In:
		var parts []string
		if a := e.first(i, kindPro, In); a >= 0 {
			parts = append(parts, "supported by "+e.premisesText(a))
		} else if c.has(cAccepted) {
			parts = append(parts, "accepted")
		} else {
			parts = append(parts, "a premise that nothing defeats")
		}
		if a := e.first(i, kindCon, Out); a >= 0 {
			parts = append(parts, "the objection "+e.premisesText(a)+" fails")
		}
		return "IN: " + strings.Join(parts, "; ")
	case Out:
		switch {
		case c.has(cRejected):
			return "OUT: rejected"
		case e.first(i, kindCon, In) >= 0:
			return "OUT: the objection " + e.stands(e.first(i, kindCon, In))
		case c.has(cQuestioned):
			return "OUT: questioned and no reason for it stands"
		case e.first(i, kindPro, Out) >= 0:
			return "OUT: no reason for it stands: " + e.whyNot(e.first(i, kindPro, Out))
		}
		return "OUT: no reason for it stands"
	}
	if a := e.first(i, kindCon, Undec); a >= 0 {
		if e.sameCycle(i, a) {
			return "UNDEC: in a cycle of attacks with " + e.premisesText(a)
		}
		return "UNDEC: the objection " + e.premisesText(a) + " is undecided"
	}
	if a := e.first(i, kindPro, Undec); a >= 0 {
		if e.sameCycle(i, a) {
			return "UNDEC: its support goes round in a circle through " + e.premisesText(a)
		}
		return "UNDEC: its support " + e.premisesText(a) + " is undecided"
	}
	return "UNDEC: undecided"
}

func (e *explainer) argReason(i int32) string {
	g := e.g
	a := &g.args[int(i)-g.nc]
	arg := g.argument(i)
	if arg == nil {
		arg = &argmap.Argument{}
	}
	switch e.labels.at(i) {
	case In:
		return "IN: applies: its premises stand and nothing undercuts it"
	case Out:
		if a.missing {
			return "OUT: a premise is missing from the map"
		}
		if ch := g.cq(i); ch != nil {
			s := fmt.Sprintf("OUT: critical question %d is asked and has no answer", ch.Question+1)
			// The question in words, so the reason reads without the catalogue.
			if q := e.g.m.QuestionText(arg.ID, ch.Question); q != "" {
				s += ": " + q
			}
			if ch.Note != "" {
				s += " (" + quote(ch.Note) + ")"
			}
			return s
		}
		for _, p := range arg.Premises {
			if e.Claim(p) == Out {
				return "OUT: its premise " + e.claim(p) + " falls"
			}
		}
		if u := e.first(i, kindUndercut, In); u >= 0 {
			if e.answeredInWords(u) {
				return "OUT: the undercutter " + e.stands(u)
			}
			return "OUT: the undercutter " + e.premisesText(u) + " stands"
		}
		return "OUT: it cannot apply"
	case Undec:
		for _, p := range arg.Premises {
			if e.Claim(p) == Undec {
				if pi, _ := g.index.get(p); e.sameCycle(i, pi) {
					return "UNDEC: in a cycle of attacks with " + e.claim(p)
				}
				return "UNDEC: its premise " + e.claim(p) + " is undecided"
			}
		}
		if u := e.first(i, kindUndercut, Undec); u >= 0 {
			if e.sameCycle(i, u) {
				return "UNDEC: in a cycle of attacks with " + e.premisesText(u)
			}
			return "UNDEC: the undercutter " + e.premisesText(u) + " is undecided"
		}
	}
	return "UNDEC: undecided"
}

// stands says why the In con argument a (an objection or an undercutter)
// stands: "'X' stands and nothing defeats it". What was tried and failed
// is named, so that the reason never contradicts what the user did: a
// rebuttal or undercutter that fails, or an answer given in words only,
// which defeats nothing (the challenge is marked answered, yet the
// objection still counts until something defeats it).
func (e *explainer) stands(a int32) string {
	s := e.premisesText(a) + " stands"
	if arg := e.g.argument(a); arg != nil {
		for _, p := range arg.Premises {
			if pi, ok := e.g.index.get(p); ok && int(pi) < e.g.nc {
				if r := e.first(pi, kindCon, Out); r >= 0 {
					return s + ": the rebuttal " + e.premisesText(r) + " fails"
				}
			}
		}
	}
	if u := e.first(a, kindUndercut, Out); u >= 0 {
		return s + ": the undercutter " + e.premisesText(u) + " fails"
	}
	s += " and nothing defeats it"
	if e.answeredInWords(a) {
		s += ": an answer in words alone does not (rebut it or undercut it)"
	}
	return s
}

// answeredInWords reports whether the Object or Undercut challenge that
// added con argument node a is marked answered. The map's challenges are
// read as they are now, not as the labelling saw them: answering in words
// changes no label, so the labelling is kept.
func (e *explainer) answeredInWords(a int32) bool {
	arg := e.g.argument(a)
	if arg == nil {
		return false
	}
	for _, ch := range e.g.m.Challenges {
		if ch.Argument == arg.ID && ch.Status == argmap.Answered && (ch.Kind == argmap.Object || ch.Kind == argmap.Undercut) {
			return true
		}
	}
	return false
}

// whyNot says in a phrase why the Out argument node a does not apply.
func (e *explainer) whyNot(a int32) string {
	x, arg := &e.g.args[int(a)-e.g.nc], e.g.argument(a)
	if arg == nil {
		arg = &argmap.Argument{}
	}
	switch {
	case x.missing:
		return "a premise of its reason is missing"
	case e.g.cq(a) != nil:
		return "a critical question on the step from " + e.premisesText(a) + " has no answer"
	}
	for _, p := range arg.Premises {
		if e.Claim(p) == Out {
			return e.claim(p) + " falls"
		}
	}
	if u := e.first(a, kindUndercut, In); u >= 0 {
		step := e.premisesText(a)
		return "the step from " + step + " is undercut by " + e.premisesText(u)
	}
	return "its reason cannot apply"
}

// premisesText quotes the premises of argument node a: "'X' and 'Y'".
func (e *explainer) premisesText(a int32) string {
	arg := e.g.argument(a)
	if arg == nil {
		return "''"
	}
	var qs []string
	for _, p := range arg.Premises {
		if e.g.m.Claim(p) != nil {
			qs = append(qs, e.claim(p))
		}
	}
	if len(qs) == 0 {
		return "''"
	}
	return strings.Join(qs, " and ")
}

// quote puts a text in single quotes, on one line and cut to 60 characters.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = strings.TrimSpace(string(r[:59])) + "…"
	}
	return "'" + s + "'"
}

// undecComponents numbers the strongly connected components of the graph of
// influence (premise → argument → target) restricted to Undec nodes, with
// an iterative Tarjan; other nodes get -1. Two Undec nodes in one component
// are in a cycle, which is why they are undecided.
func undecComponents(g *graph, labels []Label) []int32 {
	n := g.n()
	comp := make([]int32, n)
	idx := make([]int32, n)
	low := make([]int32, n)
	onStack := make([]bool, n)
	for i := range comp {
		comp[i] = -1
	}
	succ := func(v int32) []int32 {
		if int(v) < g.nc {
			return g.premiseOf[g.premStart[v]:g.premStart[v+1]]
		}
		if t := g.args[int(v)-g.nc].target; t >= 0 {
			return []int32{t}
		}
		return nil
	}
	type frame struct {
		v    int32
		next int
	}
	var stack []int32
	var frames []frame
	counter, ncomp := int32(0), int32(0)
	for root := 0; root < n; root++ {
		if labels[root] != Undec || idx[root] != 0 {
			continue
		}
		frames = append(frames[:0], frame{v: int32(root)})
		counter++
		idx[root], low[root] = counter, counter
		stack = append(stack, int32(root))
		onStack[root] = true
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			ss := succ(f.v)
			if f.next < len(ss) {
				w := ss[f.next]
				f.next++
				if labels[w] != Undec {
					continue
				}
				if idx[w] == 0 {
					counter++
					idx[w], low[w] = counter, counter
					stack = append(stack, w)
					onStack[w] = true
					frames = append(frames, frame{v: w})
				} else if onStack[w] && idx[w] < low[f.v] {
					low[f.v] = idx[w]
				}
				continue
			}
			v := f.v
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				p := frames[len(frames)-1].v
				if low[v] < low[p] {
					low[p] = low[v]
				}
			}
			if low[v] == idx[v] {
				size := 0
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = ncomp
					size++
					if w == v {
						break
					}
				}
				// A single node is a cycle only if it feeds itself.
				if size == 1 && !feedsItself(succ(v), v) {
					comp[v] = -1
				}
				ncomp++
			}
		}
	}
	return comp
}

func feedsItself(ss []int32, v int32) bool {
	for _, w := range ss {
		if w == v {
			return true
		}
	}
	return false
}
