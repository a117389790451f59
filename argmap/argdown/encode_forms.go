package argdown

import (
	"fmt"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// pcs writes an argument with its premise-conclusion structure.
func (e *encoder) pcs(a *argmap.Argument) {
	cs := a.Comments
	if _, ok := e.desc[a.ID]; ok {
		cs = cs[1:]
	}
	e.comments(cs, "")
	head := "<" + e.argTitle[a.ID] + ">"
	if body := text(e.desc[a.ID], a.Tags); body != "" {
		head += ": " + body
	}
	e.b.WriteString(head + "\n\n")
	for i, p := range a.Premises {
		fmt.Fprintf(&e.b, "(%d) [%s]\n", i+1, e.claimTitle[p])
	}
	if a.Scheme != "" {
		rule := escape(oneLine(a.Scheme))
		if strings.HasPrefix(rule, "(") || strings.Trim(rule, "-") == "" {
			rule = `\` + rule
		}
		fmt.Fprintf(&e.b, "--\n%s\n--\n", rule)
	} else {
		e.b.WriteString("----\n")
	}
	n := len(a.Premises) + 1
	if t := e.m.Claim(a.Target); t != nil && a.Polarity == argmap.Pro {
		fmt.Fprintf(&e.b, "(%d) [%s]\n\n", n, e.claimTitle[t.ID])
		return
	}
	fmt.Fprintf(&e.b, "(%d) (implicit conclusion) {argmap: implicit}\n", n)
	sign, ref := "->", ""
	if t := e.m.Claim(a.Target); t != nil {
		ref = "[" + e.claimTitle[t.ID] + "]"
	} else {
		ref = "<" + e.argTitle[a.Target] + ">"
		sign = "_>"
	}
	if a.Polarity == argmap.Pro {
		sign = "+>"
	}
	fmt.Fprintf(&e.b, "    %s %s\n\n", sign, ref)
}

// relationForms writes the bare relations, grouped under their target. Two
// bare con relations between the same two claims, one each way, are a
// mutual attack, which is how Decode reads a contradiction (><) or a
// contrary: they are written as one "><", under the target of the first.
func (e *encoder) relationForms() {
	byTarget := map[argmap.ID][]*argmap.Argument{}
	for _, a := range e.m.Arguments {
		if e.argTitle[a.ID] == "" {
			byTarget[a.Target] = append(byTarget[a.Target], a)
		}
	}
	mutual, skip := e.mutualAttacks()
	for _, c := range e.m.Claims {
		as := byTarget[c.ID]
		if len(as) == 0 {
			continue
		}
		var lines []string
		for _, a := range as {
			if skip[a.ID] {
				continue
			}
			sign := "<+"
			switch {
			case mutual[a.ID]:
				sign = "><"
			case a.Polarity == argmap.Con:
				sign = "<-"
			}
			lines = append(lines, fmt.Sprintf("    %s [%s]\n", sign, e.claimTitle[a.Premises[0]]))
		}
		if len(lines) == 0 {
			continue
		}
		fmt.Fprintf(&e.b, "[%s]\n", e.claimTitle[c.ID])
		for _, l := range lines {
			e.b.WriteString(l)
		}
		e.b.WriteString("\n")
	}
}

// mutualAttacks pairs the bare con relations P→T with a bare con relation
// T→P later in the map, each at most once: mutual holds the first of each
// pair (written as "><"), skip the second (written by it).
func (e *encoder) mutualAttacks() (mutual, skip map[argmap.ID]bool) {
	type pair struct{ from, to argmap.ID }
	open := map[pair][]argmap.ID{} // unpaired bare con relations, in map order
	mutual, skip = map[argmap.ID]bool{}, map[argmap.ID]bool{}
	for _, a := range e.m.Arguments {
		if e.argTitle[a.ID] != "" || a.Polarity != argmap.Con {
			continue
		}
		p := a.Premises[0]
		back := pair{a.Target, p}
		if first := open[back]; len(first) > 0 {
			mutual[first[0]], skip[a.ID] = true, true
			open[back] = first[1:]
			continue
		}
		open[pair{p, a.Target}] = append(open[pair{p, a.Target}], a.ID)
	}
	return mutual, skip
}

// text writes a statement's text and tags so that Decode reads back the
// same: special characters are escaped and the tags follow at the end.
func text(s string, tags []string) string {
	out := escapeText(oneLine(s))
	for _, t := range tags {
		t = oneLine(t)
		if t == "" {
			continue
		}
		simple := true
		for _, r := range t {
			if !isTagRune(r) {
				simple = false
			}
		}
		if simple {
			out += " #" + t
			continue
		}
		r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`, `#`, `\#`)
		out += " #(" + r.Replace(t) + ")"
	}
	return strings.TrimSpace(out)
}

// escape puts a backslash before every character that would mean
// something to Argdown.
func escape(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if special(rs, i) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
