// Package essay turns an argument map into an essay plan, in the order a
// student would write it: the thesis, the reasons from strongest to weakest
// with their own support, the objections with the replies to them, the
// questions still open, and a conclusion. Rationale exports its plans to
// Word; this one is Markdown or plain text that reads well in any editor.
package essay

import (
	"fmt"
	"sort"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Style selects the output: Markdown or plain text.
type Style int

// Styles of essay plan.
const (
	Markdown Style = iota
	Plain
)

type writer struct {
	m     *argmap.Map
	b     strings.Builder
	style Style
	seen  map[argmap.ID]bool
}

// Write returns the essay plan of the map.
func Write(m *argmap.Map, style Style) []byte {
	w := &writer{m: m, style: style, seen: map[argmap.ID]bool{}}
	roles := m.Roles()
	var theses []*argmap.Claim
	for _, c := range m.Claims {
		if roles[c.ID] == argmap.RoleMain || roles[c.ID] == argmap.RoleConclusion {
			theses = append(theses, c)
		}
	}
	title := m.Meta.Title
	if title == "" {
		title = "Untitled map"
	}
	w.heading(1, "Essay plan: "+title)
	if len(theses) == 0 {
		w.line(0, "The map has no conclusion yet: connect a reason to a claim first.")
	}
	for i, t := range theses {
		if len(theses) > 1 {
			w.heading(2, fmt.Sprintf("Thesis %d", i+1))
		} else {
			w.heading(2, "Thesis")
		}
		w.para(t.Text)
		w.reasons(t.ID)
		w.objections(t.ID)
		w.heading(3, "Conclusion")
		w.para(conclusion(m, t))
	}
	w.open()
	return []byte(w.b.String())
}

func (w *writer) heading(level int, s string) {
	// One blank line before a heading, none at the top of the document.
	lead := "\n"
	if out := w.b.String(); out == "" || strings.HasSuffix(out, "\n\n") {
		lead = ""
	}
	if w.style == Markdown {
		fmt.Fprintf(&w.b, "%s%s %s\n\n", lead, strings.Repeat("#", level), s)
		return
	}
	u := "="
	if level > 1 {
		u = "-"
	}
	fmt.Fprintf(&w.b, "%s%s\n%s\n\n", lead, s, strings.Repeat(u, len([]rune(s))))
}

func (w *writer) para(s string) { fmt.Fprintf(&w.b, "%s\n", oneLine(s)) }

func (w *writer) line(depth int, s string) {
	fmt.Fprintf(&w.b, "%s- %s\n", strings.Repeat("   ", depth), oneLine(s))
}

func (w *writer) numbered(depth, n int, s string) {
	fmt.Fprintf(&w.b, "%s%d. %s\n", strings.Repeat("  ", depth), n, oneLine(s))
}

// premises joins linked premises into one sentence.
func (w *writer) premises(a *argmap.Argument) string {
	ps := make([]string, 0, len(a.Premises))
	for _, p := range a.Premises {
		if c := w.m.Claim(p); c != nil {
			ps = append(ps, strings.TrimRight(oneLine(c.Text), "."))
		}
	}
	if len(ps) > 1 {
		return "Taken together: " + strings.Join(ps, "; ") + "."
	}
	if len(ps) == 1 {
		return ps[0] + "."
	}
	return ""
}

// strength ranks an argument: one for itself, plus the support its premises
// get (recursively), less the attacks on it and its premises that are not
// themselves attacked. Crude, transparent, and good enough to order a plan.
func strength(m *argmap.Map, a *argmap.Argument, depth int) int {
	s := 1
	if depth > 6 {
		return s
	}
	attacked := func(id argmap.ID) int {
		n := 0
		for _, x := range m.ArgumentsTo(id) {
			if x.Polarity == argmap.Con && len(rebuttals(m, x)) == 0 {
				n++
			}
		}
		return n
	}
	s -= attacked(a.ID)
	for _, p := range a.Premises {
		s -= attacked(p)
		for _, x := range m.ArgumentsTo(p) {
			if x.Polarity == argmap.Pro {
				s += strength(m, x, depth+1)
			}
		}
	}
	return s
}

// rebuttals are the con arguments against the premises of an attack.
func rebuttals(m *argmap.Map, attack *argmap.Argument) []*argmap.Argument {
	var out []*argmap.Argument
	for _, p := range attack.Premises {
		for _, x := range m.ArgumentsTo(p) {
			if x.Polarity == argmap.Con {
				out = append(out, x)
			}
		}
	}
	return out
}

func (w *writer) reasons(target argmap.ID) {
	var pros []*argmap.Argument
	for _, a := range w.m.ArgumentsTo(target) {
		if a.Polarity == argmap.Pro {
			pros = append(pros, a)
		}
	}
	if len(pros) == 0 {
		return
	}
	sort.SliceStable(pros, func(i, j int) bool { return strength(w.m, pros[i], 0) > strength(w.m, pros[j], 0) })
	w.heading(3, "Reasons, strongest first")
	for i, a := range pros {
		w.numbered(0, i+1, w.premises(a))
		w.support(a, 1)
	}
}

// support lists what backs the premises of a, and the undercutters of a.
func (w *writer) support(a *argmap.Argument, depth int) {
	if depth > 6 || w.seen[a.ID] {
		return
	}
	w.seen[a.ID] = true
	for _, u := range w.m.ArgumentsTo(a.ID) {
		if u.Polarity == argmap.Con {
			w.line(depth, "But the step may not follow: "+w.premises(u))
		}
	}
	for _, p := range a.Premises {
		for _, x := range w.m.ArgumentsTo(p) {
			if x.Polarity == argmap.Pro {
				w.line(depth, "Because "+w.premises(x))
				w.support(x, depth+1)
			} else {
				w.line(depth, "Objection: "+w.premises(x))
				for _, r := range rebuttals(w.m, x) {
					w.line(depth+1, "Reply: "+w.premises(r))
				}
			}
		}
	}
}

func (w *writer) objections(target argmap.ID) {
	var cons []*argmap.Argument
	for _, a := range w.m.ArgumentsTo(target) {
		if a.Polarity == argmap.Con {
			cons = append(cons, a)
		}
	}
	if len(cons) == 0 {
		return
	}
	w.heading(3, "Objections and replies")
	for i, a := range cons {
		w.numbered(0, i+1, "Objection: "+w.premises(a))
		rs := rebuttals(w.m, a)
		if len(rs) == 0 {
			w.line(1, "No reply yet: concede it, or answer it before the conclusion.")
		}
		for _, r := range rs {
			w.line(1, "Reply: "+w.premises(r))
		}
	}
}

func (w *writer) open() {
	var open []*argmap.Challenge
	for _, ch := range w.m.Challenges {
		if ch.Status == argmap.Open {
			open = append(open, ch)
		}
	}
	if len(open) == 0 {
		return
	}
	w.heading(2, "Open questions to address")
	for _, ch := range open {
		what := ""
		if c := w.m.Claim(ch.Target); c != nil {
			what = c.Text
		} else if a := w.m.Argument(ch.Target); a != nil {
			what = "the step to: " + strings.TrimRight(oneLine(w.text(a.Target)), ".")
		}
		s := fmt.Sprintf("%s %s", kinds[ch.Kind], what)
		if ch.Note != "" {
			s += " — " + ch.Note
		}
		w.line(0, s)
	}
}

func (w *writer) text(id argmap.ID) string {
	if c := w.m.Claim(id); c != nil {
		return c.Text
	}
	return "an inference"
}

var kinds = map[argmap.ChallengeKind]string{
	argmap.Object:           "Objection raised against:",
	argmap.Undercut:         "Doubt that the step follows:",
	argmap.Question:         "Needs support:",
	argmap.CriticalQuestion: "Critical question on",
}

func conclusion(m *argmap.Map, t *argmap.Claim) string {
	pro, con := 0, 0
	for _, a := range m.ArgumentsTo(t.ID) {
		if a.Polarity == argmap.Pro {
			pro++
		} else {
			con++
		}
	}
	return fmt.Sprintf("Restate the thesis (%s) in the light of %d reason(s) and %d objection(s) weighed above.",
		strings.TrimRight(oneLine(t.Text), "."), pro, con)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
