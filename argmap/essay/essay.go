// Package essay turns an argument map into an essay plan, in the order a
// student would write it: the thesis, the reasons from the ones that stand
// to the ones that fall, each with its own support and the objections to
// it, the objections to the thesis with the replies to them, a conclusion
// that says what the map concludes, and the questions still open.
// Rationale exports its plans to Word; this one is Markdown or plain text
// that reads well in any editor.
package essay

import (
	"fmt"
	"sort"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
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
	l     *eval.Labelling
	b     strings.Builder
	style Style
	seen  map[argmap.ID]bool
	// answered holds the answers in words to the con arguments whose
	// Object challenge is marked answered; built on first use.
	answered map[argmap.ID]string
}

// Write returns the essay plan of the map. Reasons are ordered and the
// conclusion worded by the map's grounded evaluation (eval.Evaluate).
func Write(m *argmap.Map, style Style) []byte {
	m = m.Accepted() // suggestions are left out until accepted
	w := &writer{m: m, l: eval.Evaluate(m), style: style, seen: map[argmap.ID]bool{}}
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
		w.para(w.conclusion(t))
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

// premises words an argument's premises as one sentence: a single premise
// as it is, linked premises as one list ("A; B; and C."), so that the
// sentence still reads after a lead-in such as "Because".
func (w *writer) premises(a *argmap.Argument) string {
	ps := make([]string, 0, len(a.Premises))
	for _, p := range a.Premises {
		if c := w.m.Claim(p); c != nil {
			ps = append(ps, strings.TrimRight(oneLine(c.Text), "."))
		}
	}
	switch len(ps) {
	case 0:
		return ""
	case 1:
		return ps[0] + "."
	}
	for i := 1; i < len(ps); i++ {
		ps[i] = lowerFirst(ps[i])
	}
	return strings.Join(ps[:len(ps)-1], "; ") + "; and " + ps[len(ps)-1] + "."
}

// rank orders labels for a plan: what stands first, what falls last.
func rank(l eval.Label) int {
	switch l {
	case eval.In:
		return 0
	case eval.Undec:
		return 1
	}
	return 2
}

// strength ranks arguments of the same label: one for itself, plus the
// support its premises get (recursively), less the attacks on it and its
// premises that are not themselves attacked. Crude, transparent, and good
// enough to break ties.
func strength(m *argmap.Map, a *argmap.Argument, depth int) int {
	s := 1
	if depth > 6 {
		return s
	}
	attacked := func(id argmap.ID) int {
		n := 0
		for _, x := range m.ArgumentsTo(id) {
			if x.Polarity == argmap.Con && len(replies(m, x)) == 0 {
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

// replies are the answers to an attack: con arguments against its premises
// (rebuttals) and against the attack's own step (undercutters).
func replies(m *argmap.Map, attack *argmap.Argument) []*argmap.Argument {
	var out []*argmap.Argument
	for _, p := range attack.Premises {
		for _, x := range m.ArgumentsTo(p) {
			if x.Polarity == argmap.Con {
				out = append(out, x)
			}
		}
	}
	for _, x := range m.ArgumentsTo(attack.ID) {
		if x.Polarity == argmap.Con {
			out = append(out, x)
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
	w.sortReasons(pros)
	w.heading(3, "Reasons, from what stands to what falls")
	for i, a := range pros {
		w.numbered(0, i+1, w.premises(a))
		w.line(1, w.verdict(a))
		w.support(a, 1)
	}
}

// verdict says in a line whether a reason stands, and if not, why.
func (w *writer) verdict(a *argmap.Argument) string {
	switch w.l.Argument(a.ID) {
	case eval.In:
		return "This reason stands: its premises hold and nothing undercuts the step."
	case eval.Undec:
		return "This reason is undecided: " + w.whyNot(a) + "."
	}
	return "This reason does not stand: " + w.whyNot(a) + "."
}

// whyNot says what keeps argument a from applying, naming claims in full.
func (w *writer) whyNot(a *argmap.Argument) string {
	for _, p := range a.Premises {
		if x := w.l.Claim(p); x != eval.In {
			verb := "falls"
			if x == eval.Undec {
				verb = "is undecided"
			}
			return w.quoted(p) + " " + verb + w.because(p)
		}
	}
	for _, ch := range w.m.Challenges {
		if ch.Kind == argmap.CriticalQuestion && ch.Target == a.ID && ch.Status == argmap.Open {
			if q := w.m.QuestionText(a.ID, ch.Question); q != "" {
				return "a critical question on the step is open (" + strings.TrimRight(q, "?") + "?)"
			}
			return "a critical question on the step is open"
		}
	}
	for _, u := range w.m.ArgumentsTo(a.ID) {
		if u.Polarity == argmap.Con && w.l.Argument(u.ID) != eval.Out {
			return "the step is undercut by " + w.quotedAll(u)
		}
	}
	return "it cannot apply"
}

// because says, after "X falls", why claim id falls: the first objection
// that stands, or its failing support. It goes one level deep only, so that
// the sentence stays a sentence.
func (w *writer) because(id argmap.ID) string {
	c := w.m.Claim(id)
	if c == nil {
		return ""
	}
	for _, x := range w.m.ArgumentsTo(id) {
		if x.Polarity == argmap.Con && w.l.Argument(x.ID) == eval.In {
			return ", because the objection " + w.quotedAll(x) + w.stands(x)
		}
	}
	switch {
	case c.Assessment == argmap.Rejected:
		return ": it is rejected"
	case c.Assessment == argmap.Questioned:
		return ": it is questioned and nothing that supports it stands"
	}
	return ": nothing that supports it stands"
}

// stands says, after an objection that stands, that nothing defeats it,
// and where its challenge was answered in words only, that such an answer
// does not: the plan must not tell a student the objection has no answer
// when they wrote one.
func (w *writer) stands(x *argmap.Argument) string {
	if _, ok := w.answerOf(x); ok {
		return " stands and nothing defeats it (an answer in words alone does not)"
	}
	return " stands and nothing defeats it"
}

// answerOf returns the answer in words to objection x: that of its Object
// challenge, where that is marked answered.
func (w *writer) answerOf(x *argmap.Argument) (string, bool) {
	if w.answered == nil {
		w.answered = map[argmap.ID]string{}
		for _, ch := range w.m.Challenges {
			if ch.Kind == argmap.Object && ch.Status == argmap.Answered {
				w.answered[ch.Argument] = ch.Answer
			}
		}
	}
	a, ok := w.answered[x.ID]
	return a, ok
}

// noReply is the line under an objection that nothing on the map answers;
// then is what to do after answering it. An answer given in words only is
// named, as what it is: not yet a reply that defeats the objection.
func (w *writer) noReply(x *argmap.Argument, then string) string {
	a, ok := w.answerOf(x)
	if !ok {
		return "No reply yet: concede it, or answer it" + then + "."
	}
	s := "Answered in words only"
	if a = strings.Join(strings.Fields(a), " "); a != "" {
		s += " (“" + a + "”)"
	}
	return s + ": it stands until a reply defeats it; concede it, or rebut or undercut it" + then + "."
}

func (w *writer) quoted(id argmap.ID) string {
	if c := w.m.Claim(id); c != nil {
		return "“" + strings.TrimRight(oneLine(c.Text), ".") + "”"
	}
	return "a removed claim"
}

func (w *writer) quotedAll(a *argmap.Argument) string {
	qs := make([]string, 0, len(a.Premises))
	for _, p := range a.Premises {
		qs = append(qs, w.quoted(p))
	}
	return strings.Join(qs, " and ")
}

// support lists what backs the premises of a, the objections to them with
// their replies (or that none exists yet), and the doubts about a's step.
func (w *writer) support(a *argmap.Argument, depth int) {
	if depth > 6 || w.seen[a.ID] {
		return
	}
	w.seen[a.ID] = true
	for _, u := range w.m.ArgumentsTo(a.ID) {
		if u.Polarity == argmap.Con {
			w.line(depth, "But the step may not follow: "+w.premises(u))
			w.replies(u, depth+1)
		}
	}
	for _, ch := range w.m.Challenges {
		if ch.Kind == argmap.CriticalQuestion && ch.Target == a.ID && ch.Status == argmap.Open {
			if q := w.m.QuestionText(a.ID, ch.Question); q != "" {
				w.line(depth, "Open question on the step: "+q)
			}
		}
	}
	for _, p := range a.Premises {
		about := w.m.ArgumentsTo(p)
		d := depth
		if len(a.Premises) > 1 && len(about) > 0 {
			// Linked premises: say which one the support below is for.
			w.line(depth, "On "+w.quoted(p)+":")
			d++
		}
		for _, x := range about {
			if x.Polarity == argmap.Pro {
				w.line(d, "Because "+lowerFirst(w.premises(x)))
				w.support(x, d+1)
			} else {
				w.line(d, "Objection: "+w.premises(x))
				w.replies(x, d+1)
			}
		}
	}
}

// replies lists the answers to an attack, or says that it has none.
func (w *writer) replies(attack *argmap.Argument, depth int) {
	rs := replies(w.m, attack)
	if len(rs) == 0 {
		w.line(depth, w.noReply(attack, ""))
	}
	for _, r := range rs {
		w.line(depth, "Reply: "+w.premises(r))
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
		for _, p := range a.Premises {
			for _, x := range w.m.ArgumentsTo(p) {
				if x.Polarity == argmap.Pro {
					w.line(1, "Because "+lowerFirst(w.premises(x)))
				}
			}
		}
		rs := replies(w.m, a)
		if len(rs) == 0 {
			w.line(1, w.noReply(a, " before the conclusion"))
		}
		for _, r := range rs {
			w.line(1, "Reply: "+w.premises(r))
		}
	}
}

// conclusion says what the map concludes about thesis t, and on what it
// turns: the reason it stands on, or what defeats it, or what is open.
func (w *writer) conclusion(t *argmap.Claim) string {
	thesis := "“" + strings.TrimRight(oneLine(t.Text), ".") + "”"
	var pros, cons []*argmap.Argument
	for _, a := range w.m.ArgumentsTo(t.ID) {
		if a.Polarity == argmap.Pro {
			pros = append(pros, a)
		} else {
			cons = append(cons, a)
		}
	}
	first := func(as []*argmap.Argument, x eval.Label) *argmap.Argument {
		for _, a := range as {
			if w.l.Argument(a.ID) == x {
				return a
			}
		}
		return nil
	}
	switch w.l.Claim(t.ID) {
	case eval.In:
		s := "The thesis stands: " + thesis
		if a := first(pros, eval.In); a != nil {
			s += " follows from " + w.quotedAll(a)
		} else {
			s += " is accepted as it is"
		}
		if len(cons) > 0 {
			s += ", and no objection to it survives"
		}
		return s + "."
	case eval.Undec:
		if a := first(cons, eval.Undec); a != nil {
			return "The thesis is contested: " + thesis + " stands or falls with the objection " + w.quotedAll(a) + ", which the map leaves undecided."
		}
		if a := first(pros, eval.Undec); a != nil {
			return "The thesis is contested: " + thesis + " rests on " + w.quotedAll(a) + ", which the map leaves undecided (" + w.whyNot(a) + ")."
		}
		return "The thesis is contested: the map leaves " + thesis + " undecided."
	}
	if a := first(cons, eval.In); a != nil {
		return "The thesis falls: the objection " + w.quotedAll(a) + w.stands(a) + ", so " + thesis + " cannot be maintained as it is."
	}
	if t.Assessment == argmap.Rejected {
		return "The thesis falls: " + thesis + " is rejected."
	}
	if len(pros) == 0 {
		return "The thesis falls: " + thesis + " is questioned and no reason is given for it."
	}
	w.sortReasons(pros)
	a := pros[0]
	s := "The thesis falls: no reason for " + thesis + " stands."
	if len(pros) > 1 {
		s = "The thesis falls: none of the reasons for " + thesis + " stands; the strongest"
	} else {
		s += " Its reason"
	}
	for _, p := range a.Premises {
		if x := w.l.Claim(p); x != eval.In {
			verb := "falls"
			if x == eval.Undec {
				verb = "is undecided"
			}
			return s + " turns on " + w.quoted(p) + ", which " + verb + w.because(p) + "."
		}
	}
	return s + " does not apply: " + w.whyNot(a) + "."
}

// sortReasons orders pro arguments from what stands to what falls, and
// by strength among equals.
func (w *writer) sortReasons(pros []*argmap.Argument) {
	sort.SliceStable(pros, func(i, j int) bool {
		ri, rj := rank(w.l.Argument(pros[i].ID)), rank(w.l.Argument(pros[j].ID))
		if ri != rj {
			return ri < rj
		}
		return strength(w.m, pros[i], 0) > strength(w.m, pros[j], 0)
	})
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
		s := w.challenge(ch)
		if ch.Note != "" {
			s += " — " + ch.Note
		}
		w.line(0, s)
	}
}

// challenge words what an open challenge doubts, naming the claims.
func (w *writer) challenge(ch *argmap.Challenge) string {
	if a := w.m.Argument(ch.Target); a != nil {
		step := "the step from " + w.quotedAll(a) + " to " + w.target(a)
		switch ch.Kind {
		case argmap.CriticalQuestion:
			if q := w.m.QuestionText(a.ID, ch.Question); q != "" {
				return "Critical question on " + step + ": " + q
			}
			return "Critical question on " + step
		case argmap.Undercut:
			return "Does " + step + " hold?"
		}
		return "Doubt about " + step
	}
	what := w.quoted(ch.Target)
	switch ch.Kind {
	case argmap.Object:
		return "Objection to " + what
	case argmap.Question:
		return what + " needs support"
	}
	return "Doubt about " + what
}

// target names what an argument aims at: a claim, or another step.
func (w *writer) target(a *argmap.Argument) string {
	if w.m.Claim(a.Target) != nil {
		return w.quoted(a.Target)
	}
	return "an inference"
}

// lowerFirst lowers the first letter of a sentence that follows a lead-in
// ("Because …"), unless the first word is a name or an acronym: a word
// that is capitalised inside sentences too, which this cannot know, so it
// only lowers common sentence openers.
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	switch strings.Trim(word, ",;:") {
	case "A", "An", "The", "So", "In", "If", "It", "Its", "This", "These", "That", "There", "Since", "At", "As", "To", "Even", "Buying", "No", "Without", "When", "While", "For", "Only", "Both", "Once", "Although":
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
