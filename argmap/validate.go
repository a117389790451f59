package argmap

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Severity says whether a problem makes a map invalid.
type Severity int

// Severities of problems.
const (
	// Error: the map is broken (a dangling reference, a duplicate ID).
	Error Severity = iota
	// Warning: the map is valid but probably not what the author meant
	// (circular reasoning, an orphan claim).
	Warning
)

func (s Severity) String() string {
	if s == Warning {
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
	if p.Severity == Warning {
		return p.Place + ": warning: " + p.Message
	}
	return p.Place + ": " + p.Message
}

// Problems is every problem Validate found, in map order.
type Problems []Problem

// HasErrors reports whether any problem is an Error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns nil when there is no error, or an error listing the errors.
func (ps Problems) Err() error {
	var lines []string
	for _, p := range ps {
		if p.Severity == Error {
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
	v := validator{m: m, ids: make(map[ID]string, len(m.Claims)+len(m.Arguments))}
	v.claims()
	v.arguments()
	v.challenges()
	v.supportCycles()
	v.orphans()
	return v.ps
}

type validator struct {
	m   *Map
	ps  Problems
	ids map[ID]string // where each ID was first defined
}

func (v *validator) add(sev Severity, place, format string, a ...any) {
	v.ps = append(v.ps, Problem{Place: place, Message: fmt.Sprintf(format, a...), Severity: sev})
}

func (v *validator) define(id ID, place string) {
	if id == NilID {
		v.add(Error, place+".id", "missing ID")
		return
	}
	if first, dup := v.ids[id]; dup {
		v.add(Error, place+".id", "duplicate ID %s (also %s)", short(id), first)
		return
	}
	v.ids[id] = place
}

func (v *validator) claims() {
	for i, c := range v.m.Claims {
		place := fmt.Sprintf("map.claims[%d]", i)
		v.define(c.ID, place)
		switch {
		case strings.TrimSpace(c.Text) == "":
			v.add(Error, place+".text", "empty text")
		case !utf8.ValidString(c.Text):
			v.add(Error, place+".text", "invalid UTF-8")
		}
		if !c.Assessment.Valid() {
			v.add(Error, place+".assessment", "unknown assessment %q", c.Assessment)
		}
		if c.Anchor != nil && c.Anchor.Source != NilID && v.m.Source(c.Anchor.Source) == nil {
			v.add(Error, place+".anchor.source", "unknown source %s", short(c.Anchor.Source))
		}
	}
	for i, s := range v.m.Sources {
		v.define(s.ID, fmt.Sprintf("map.sources[%d]", i))
	}
}

func (v *validator) arguments() {
	for i, a := range v.m.Arguments {
		v.define(a.ID, fmt.Sprintf("map.arguments[%d]", i))
	}
	for i, a := range v.m.Arguments {
		place := fmt.Sprintf("map.arguments[%d]", i)
		if !a.Polarity.Valid() {
			v.add(Error, place+".polarity", "polarity %q is neither pro nor con", a.Polarity)
		}
		if len(a.Premises) == 0 {
			v.add(Error, place+".premises", "an argument needs at least one premise")
		}
		seen := map[ID]bool{}
		for j, p := range a.Premises {
			pp := fmt.Sprintf("%s.premises[%d]", place, j)
			switch {
			case v.m.Claim(p) == nil:
				v.add(Error, pp, "unknown claim %s", short(p))
			case p == a.Target:
				v.add(Error, pp, "the conclusion is one of its own premises")
			case seen[p]:
				v.add(Error, pp, "claim %s is a premise twice", short(p))
			}
			seen[p] = true
		}
		switch {
		case a.Target == a.ID:
			v.add(Error, place+".target", "an argument cannot target itself")
		case v.m.Claim(a.Target) == nil && v.m.Argument(a.Target) == nil:
			v.add(Error, place+".target", "unknown claim or argument %s", short(a.Target))
		}
	}
}

func (v *validator) challenges() {
	for i, ch := range v.m.Challenges {
		place := fmt.Sprintf("map.challenges[%d]", i)
		v.define(ch.ID, place)
		if v.m.Claim(ch.Target) == nil && v.m.Argument(ch.Target) == nil {
			v.add(Error, place+".target", "unknown claim or argument %s", short(ch.Target))
		}
		if ch.Argument != NilID && v.m.Argument(ch.Argument) == nil {
			v.add(Error, place+".argument", "unknown argument %s", short(ch.Argument))
		}
		switch ch.Kind {
		case Object, Undercut, Question, CriticalQuestion:
		default:
			v.add(Error, place+".kind", "unknown kind %q", ch.Kind)
		}
		switch ch.Status {
		case Open, Answered, Withdrawn:
		default:
			v.add(Error, place+".status", "unknown status %q", ch.Status)
		}
	}
}

// supportCycles warns about claims that support themselves through a chain
// of pro arguments (circular reasoning). It is an iterative DFS over the
// graph premise → target claim, so deep maps do not overflow the stack.
func (v *validator) supportCycles() {
	out := make(map[ID][]ID)
	for _, a := range v.m.Arguments {
		if a.Polarity != Pro || v.m.Claim(a.Target) == nil {
			continue
		}
		for _, p := range a.Premises {
			out[p] = append(out[p], a.Target)
		}
	}
	const (
		white = iota
		grey
		black
	)
	color := make(map[ID]int, len(out))
	index := make(map[ID]int, len(v.m.Claims))
	for i, c := range v.m.Claims {
		index[c.ID] = i
	}
	type frame struct {
		id   ID
		next int
	}
	for _, c := range v.m.Claims {
		if color[c.ID] != white {
			continue
		}
		stack := []frame{{id: c.ID}}
		color[c.ID] = grey
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == len(out[f.id]) {
				color[f.id] = black
				stack = stack[:len(stack)-1]
				continue
			}
			n := out[f.id][f.next]
			f.next++
			switch color[n] {
			case white:
				color[n] = grey
				stack = append(stack, frame{id: n})
			case grey:
				v.add(Warning, fmt.Sprintf("map.claims[%d]", index[n]),
					"circular reasoning: %q supports itself through %q", clip(v.m.Claim(n).Text), clip(v.m.Claim(f.id).Text))
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
	used := make(map[ID]bool, len(v.m.Claims))
	for _, a := range v.m.Arguments {
		used[a.Target] = true
		for _, p := range a.Premises {
			used[p] = true
		}
	}
	for i, c := range v.m.Claims {
		if !used[c.ID] {
			v.add(Warning, fmt.Sprintf("map.claims[%d]", i), "orphan: %q is connected to nothing", clip(c.Text))
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
