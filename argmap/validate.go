package argmap

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Severity says whether a problem makes a map invalid.
type Severity int

// Severities of problems.
const (
	// SeverityError: the map is broken (a dangling reference, a duplicate ID).
	SeverityError Severity = iota
	// SeverityWarning: the map is valid but probably not what the author meant
	// (circular reasoning, an orphan claim).
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// Problem is one thing wrong with a map, with its place in the map, such
// as "map.arguments[3].premises[0]".
type Problem struct {
	Place    string
	Message  string
	Severity Severity
}

func (p Problem) String() string {
	if p.Severity == SeverityWarning {
		return p.Place + ": warning: " + p.Message
	}
	return p.Place + ": " + p.Message
}

// Problems is every problem Validate found, in map order.
type Problems []Problem

// HasErrors reports whether any problem is a SeverityError.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Err returns nil when there is no error, or an error listing the errors.
func (ps Problems) Err() error {
	var lines []string
	for _, p := range ps {
		if p.Severity == SeverityError {
			lines = append(lines, p.String())
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(lines, "\n"))
}

// Validate reports every problem of the map at once: duplicate or missing
// IDs, dangling references, an argument whose conclusion is one of its own
// premises, empty or invalid text, bad polarity or assessment (errors);
// cycles of support (circular reasoning) and orphan claims (warnings).
func Validate(m *Map) Problems {
	v := validator{m: m, ids: make(map[ID]ref, len(m.Claims)+len(m.Arguments))}
	v.claims()
	v.arguments()
	v.challenges()
	v.round()
	v.dialogue()
	v.supportCycles()
	v.orphans()
	return v.ps
}

// ref is where an ID is defined: a list of the map and an index in it. The
// place string is only made for a problem, since a 20,000-claim map has
// none to report and formatting 40,000 places took a third of the time.
type ref struct {
	list string // "claims", "arguments", "challenges", "sources"
	i    int
}

func (r ref) String() string { return "map." + r.list + "[" + strconv.Itoa(r.i) + "]" }

type validator struct {
	m   *Map
	ps  Problems
	ids map[ID]ref // where each ID was first defined
}

func (v *validator) add(sev Severity, place, format string, a ...any) {
	v.ps = append(v.ps, Problem{Place: place, Message: fmt.Sprintf(format, a...), Severity: sev})
}

func (v *validator) define(id ID, at ref) {
	if id == NilID {
		v.add(SeverityError, at.String()+".id", "missing ID")
		return
	}
	if first, dup := v.ids[id]; dup {
		v.add(SeverityError, at.String()+".id", "duplicate ID %s (also %s)", short(id), first)
		return
	}
	v.ids[id] = at
}

func (v *validator) claims() {
	for i, c := range v.m.Claims {
		at := ref{"claims", i}
		v.define(c.ID, at)
		switch {
		case strings.TrimSpace(c.Text) == "":
			v.add(SeverityError, at.String()+".text", "empty text")
		case !utf8.ValidString(c.Text):
			v.add(SeverityError, at.String()+".text", "invalid UTF-8")
		}
		if !c.Assessment.Valid() {
			v.add(SeverityError, at.String()+".assessment", "unknown assessment %q", c.Assessment)
		}
		if c.Anchor != nil && c.Anchor.Source != NilID && v.m.Source(c.Anchor.Source) == nil {
			v.add(SeverityError, at.String()+".anchor.source", "unknown source %s", short(c.Anchor.Source))
		}
	}
	for i, s := range v.m.Sources {
		v.define(s.ID, ref{"sources", i})
	}
}

// isClaim reports whether id was defined as a claim.
func (v *validator) isClaim(id ID) bool {
	r, ok := v.ids[id]
	return ok && r.list == "claims"
}

func (v *validator) arguments() {
	for i, a := range v.m.Arguments {
		v.define(a.ID, ref{"arguments", i})
	}
	// seen holds the premises of one argument when it has many: looking
	// each one up among those before it was quadratic (a million premises
	// took minutes). Most arguments have a few, where a scan is cheaper.
	const manyPremises = 16
	var seen map[ID]bool
	for i, a := range v.m.Arguments {
		at := ref{"arguments", i}
		many := len(a.Premises) > manyPremises
		if many {
			if seen == nil {
				seen = make(map[ID]bool, len(a.Premises))
			}
			clear(seen)
		}
		if !a.Polarity.Valid() {
			v.add(SeverityError, at.String()+".polarity", "polarity %q is neither pro nor con", a.Polarity)
		}
		if len(a.Premises) == 0 {
			v.add(SeverityError, at.String()+".premises", "an argument needs at least one premise")
		}
		for j, p := range a.Premises {
			pp := func() string { return at.String() + ".premises[" + strconv.Itoa(j) + "]" }
			switch {
			case !v.isClaim(p):
				v.add(SeverityError, pp(), "unknown claim %s", short(p))
			case p == a.Target:
				v.add(SeverityError, pp(), "the conclusion is one of its own premises")
			case many && seen[p], !many && slices.Contains(a.Premises[:j], p):
				v.add(SeverityError, pp(), "claim %s is a premise twice", short(p))
			}
			if many {
				seen[p] = true
			}
		}
		switch r, ok := v.ids[a.Target]; {
		case a.Target == a.ID:
			v.add(SeverityError, at.String()+".target", "an argument cannot target itself")
		case !ok || (r.list != "claims" && r.list != "arguments"):
			v.add(SeverityError, at.String()+".target", "unknown claim or argument %s", short(a.Target))
		}
	}
}

func (v *validator) challenges() {
	for i, ch := range v.m.Challenges {
		place := ref{"challenges", i}.String() // few challenges: no need to be lazy
		v.define(ch.ID, ref{"challenges", i})
		if v.m.Claim(ch.Target) == nil && v.m.Argument(ch.Target) == nil {
			v.add(SeverityError, place+".target", "unknown claim or argument %s", short(ch.Target))
		}
		if ch.Argument != NilID && v.m.Argument(ch.Argument) == nil {
			v.add(SeverityError, place+".argument", "unknown argument %s", short(ch.Argument))
		}
		switch ch.Kind {
		case Object, Undercut, Question, CriticalQuestion:
		default:
			v.add(SeverityError, place+".kind", "unknown kind %q", ch.Kind)
		}
		switch ch.Status {
		case Open, Answered, Withdrawn:
		default:
			v.add(SeverityError, place+".status", "unknown status %q", ch.Status)
		}
	}
}

// round checks the round's speeches (an ID each, once, a name, a side)
// and that every claim's speech is one of them.
func (v *validator) round() {
	r := v.m.Round
	seen := map[ID]int{}
	if r != nil {
		if r.Format != CustomFormat && LookupFormat(r.Format) == nil {
			v.add(SeverityError, "map.round.format", "unknown format %q", r.Format)
		}
		for i, s := range r.Speeches {
			at := "map.round.speeches[" + strconv.Itoa(i) + "]"
			switch first, dup := seen[s.ID]; {
			case s.ID == NilID:
				v.add(SeverityError, at+".id", "missing ID")
			case dup:
				v.add(SeverityError, at+".id", "duplicate ID %s (also map.round.speeches[%d])", short(s.ID), first)
			default:
				seen[s.ID] = i
			}
			if strings.TrimSpace(s.Name) == "" {
				v.add(SeverityError, at+".name", "empty name")
			}
			if strings.TrimSpace(s.Side) == "" {
				v.add(SeverityError, at+".side", "empty side")
			}
		}
	}
	for i, c := range v.m.Claims {
		if _, ok := seen[c.Speech]; c.Speech != NilID && !ok {
			v.add(SeverityError, ref{"claims", i}.String()+".speech", "unknown speech %s", short(c.Speech))
		}
	}
}

// supportCycles warns about claims that support themselves through a chain
// of pro arguments (circular reasoning). It is an iterative DFS over the
// graph premise → target claim, on claim indices with the edges in flat
// arrays, so deep maps do not overflow the stack and big ones stay fast.
func (v *validator) supportCycles() {
	n := len(v.m.Claims)
	index := func(id ID) int {
		if r, ok := v.ids[id]; ok && r.list == "claims" {
			return r.i
		}
		return -1
	}
	// Edges premise → target in compressed rows: start[u]..start[u+1].
	start := make([]int32, n+1)
	type edge struct{ from, to int32 }
	var edges []edge
	for _, a := range v.m.Arguments {
		if a.Polarity != Pro {
			continue
		}
		t := index(a.Target)
		if t < 0 {
			continue
		}
		for _, p := range a.Premises {
			if u := index(p); u >= 0 {
				edges = append(edges, edge{int32(u), int32(t)})
				start[u+1]++
			}
		}
	}
	for u := 0; u < n; u++ {
		start[u+1] += start[u]
	}
	out := make([]int32, len(edges))
	fill := append([]int32(nil), start[:n]...)
	for _, e := range edges {
		out[fill[e.from]] = e.to
		fill[e.from]++
	}
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, n)
	type frame struct{ u, next int32 }
	var stack []frame
	for root := range n {
		if color[root] != white {
			continue
		}
		stack = append(stack[:0], frame{int32(root), start[root]})
		color[root] = grey
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == start[f.u+1] {
				color[f.u] = black
				stack = stack[:len(stack)-1]
				continue
			}
			w := out[f.next]
			f.next++
			switch color[w] {
			case white:
				color[w] = grey
				stack = append(stack, frame{w, start[w]})
			case grey:
				v.add(SeverityWarning, ref{"claims", int(w)}.String(),
					"circular reasoning: %q supports itself through %q", clip(v.m.Claims[w].Text), clip(v.m.Claims[f.u].Text))
			}
		}
	}
}

// orphans warns about claims that no argument touches, on maps that have
// arguments at all (a fresh map of loose claims is a work in progress).
func (v *validator) orphans() {
	if len(v.m.Arguments) == 0 {
		return
	}
	used := make([]bool, len(v.m.Claims))
	mark := func(id ID) {
		if r, ok := v.ids[id]; ok && r.list == "claims" {
			used[r.i] = true
		}
	}
	for _, a := range v.m.Arguments {
		mark(a.Target)
		for _, p := range a.Premises {
			mark(p)
		}
	}
	for i, c := range v.m.Claims {
		if !used[i] {
			v.add(SeverityWarning, ref{"claims", i}.String(), "orphan: %q is connected to nothing", clip(c.Text))
		}
	}
}

// clip shortens text for messages.
func clip(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// CheckArguments reports the first argument that a writer cannot draw: one
// with no premises, an unknown premise or an unknown target. Writers of
// drawings (GraphML, JSON Canvas) call it before they place anything; a
// map that passed Validate always passes it.
func CheckArguments(m *Map) error {
	for _, a := range m.Arguments {
		if len(a.Premises) == 0 {
			return fmt.Errorf("arguments: %s has no premises", a.ID)
		}
		for _, p := range a.Premises {
			if m.Claim(p) == nil {
				return fmt.Errorf("arguments: %s has an unknown premise %s", a.ID, p)
			}
		}
		if m.Claim(a.Target) == nil && m.Argument(a.Target) == nil {
			return fmt.Errorf("arguments: %s aims at an unknown %s", a.ID, a.Target)
		}
	}
	return nil
}
