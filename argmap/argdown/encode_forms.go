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

// relationForms writes the bare relations, grouped under their target.
func (e *encoder) relationForms() {
	byTarget := map[argmap.ID][]*argmap.Argument{}
	for _, a := range e.m.Arguments {
		if e.argTitle[a.ID] == "" {
			byTarget[a.Target] = append(byTarget[a.Target], a)
		}
	}
	for _, c := range e.m.Claims {
		as := byTarget[c.ID]
		if len(as) == 0 {
			continue
		}
		fmt.Fprintf(&e.b, "[%s]\n", e.claimTitle[c.ID])
		for _, a := range as {
			sign := "<+"
			if a.Polarity == argmap.Con {
				sign = "<-"
			}
			fmt.Fprintf(&e.b, "    %s [%s]\n", sign, e.claimTitle[a.Premises[0]])
		}
		e.b.WriteString("\n")
	}
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
