package argdowncheck

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap/argdown"
)

// The conformance tests compare statements and relations as Argdown's
// model step leaves them, by name. These are the modelling choices it
// allows for, each on purpose:
//   - Untitled statements are named by the letters and digits of their
//     text (see stmtName), not by Argdown's "Untitled N" numbers, which
//     also count anonymous arguments. Texts differ only in markup: Argdown
//     removes bold, italic and a link's address, Argmap keeps them as typed.
//   - An anonymous argument is named by its main conclusion.
//   - Argdown's "contrary" (an attack between two statements in strict
//     mode) and "attack" are compared as one kind ("attack"); the map has
//     one kind of con argument (a contrary is two of them, one each way).
//   - An undercut aims at an inference in Argdown, here at the argument it
//     belongs to: both are named by the argument.
//   - @include lines are text to @argdown/core (its CLI's include step is
//     not in it); Parse reads no other file, so those lines are left out.
//   - Files Argdown itself refuses (lexer or parser errors) are read
//     leniently by Argmap and not compared.
// The model step itself (done alike on both sides): a relation from a
// reconstructed argument starts from its main conclusion; identical
// relations are one; a relation from an argument to its own conclusion is
// dropped; an attack from a statement on a reconstructed argument is
// dropped when the statement already attacks one of its premises.

// rel is one relation in the compared view.
type rel struct {
	typ, from, to    string
	fromStmt, toStmt bool
}

// modelView applies Argdown's model step to relations and names them.
func modelView(rels []rel, concl map[string]string, premises map[string][]string) []string {
	seen := map[string]bool{}
	var out []string
	type pair struct{ from, to string }
	stmtAttacks := map[pair]bool{}
	for i := range rels {
		r := &rels[i]
		if !r.fromStmt {
			if c, ok := concl[r.from]; ok {
				r.from, r.fromStmt = c, true
			}
		}
		if r.typ == "contrary" {
			r.typ = "attack"
		}
		if r.fromStmt && r.toStmt && r.typ != "support" {
			stmtAttacks[pair{r.from, r.to}] = true
			if r.typ == "contradictory" {
				stmtAttacks[pair{r.to, r.from}] = true
			}
		}
	}
	for _, r := range rels {
		if r.fromStmt && r.toStmt && r.from == r.to {
			continue
		}
		if r.fromStmt && !r.toStmt && r.typ == "attack" {
			redundant := false
			for _, p := range premises[r.to] {
				redundant = redundant || stmtAttacks[pair{r.from, p}]
			}
			if redundant {
				continue
			}
		}
		from, to := r.from, r.to
		if r.typ == "contradictory" && to < from && r.fromStmt && r.toStmt {
			from, to = to, from
		}
		name := func(stmt bool, s string) string {
			if stmt {
				return Name("statement", s)
			}
			return Name("argument", s)
		}
		k := r.typ + " " + name(r.fromStmt, from) + " -> " + name(r.toStmt, to)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// DocView is Argmap's reading in the compared view.
func DocView(d *argdown.Document) (stmts []string, rels []string) {
	sname := func(key string) string {
		s := d.Statement(key)
		return stmtName(s.Title, s.Untitled, s.Text)
	}
	for _, s := range d.Statements {
		if strings.HasPrefix(s.Text, "@include") {
			continue
		}
		stmts = append(stmts, sname(s.Key))
	}
	aname := func(a *argdown.Argument) string {
		if a.Anonymous && len(a.Steps) > 0 {
			return "pcs of " + sname(a.MainConclusion())
		}
		return a.Title
	}
	concl := map[string]string{}
	premises := map[string][]string{}
	for _, a := range d.Arguments {
		if len(a.Steps) == 0 {
			continue
		}
		concl[aname(a)] = sname(a.MainConclusion())
		for _, st := range a.Steps {
			for _, p := range st.Premises {
				premises[aname(a)] = append(premises[aname(a)], sname(p))
			}
		}
	}
	var rs []rel
	name := func(n argdown.Node) string {
		if n.Argument {
			return aname(d.Argument(n.Key))
		}
		return sname(n.Key)
	}
	for _, r := range d.Relations {
		rs = append(rs, rel{typ: string(r.Type), from: name(r.From), to: name(r.To), fromStmt: !r.From.Argument, toStmt: !r.To.Argument})
	}
	sort.Strings(stmts)
	return stmts, modelView(rs, concl, premises)
}

// RealView is Argdown's result in the compared view. Its relations have
// had the model step already; applying it again changes nothing.
func RealView(r Result) (stmts []string, rels []string) {
	text := map[string]string{}
	for _, s := range r.Statements {
		untitled := strings.HasPrefix(s.Title, "Untitled ")
		text[s.Title] = stmtName(s.Title, untitled, s.Text)
		if strings.HasPrefix(s.Text, "@include") {
			continue
		}
		stmts = append(stmts, text[s.Title])
	}
	aname := map[string]string{}
	concl := map[string]string{}
	premises := map[string][]string{}
	for _, a := range r.Arguments {
		aname[a.Title] = a.Title
		if len(a.PCS) == 0 {
			continue
		}
		c := text[a.PCS[len(a.PCS)-1].Title]
		if strings.HasPrefix(a.Title, "Untitled ") {
			aname[a.Title] = "pcs of " + c
		}
		concl[aname[a.Title]] = c
		for _, p := range a.PCS {
			if p.Role == "premise" {
				premises[aname[a.Title]] = append(premises[aname[a.Title]], text[p.Title])
			}
		}
	}
	var rs []rel
	for _, x := range r.Relations {
		name := func(typ, s string) string {
			if typ == "statement" {
				return text[s]
			}
			return aname[s]
		}
		rs = append(rs, rel{typ: x.Type, from: name(x.FromType, x.From), to: name(x.ToType, x.To),
			fromStmt: x.FromType == "statement", toStmt: x.ToType == "statement"})
	}
	sort.Strings(stmts)
	return stmts, modelView(rs, concl, premises)
}

// stmtName names a statement for comparison: by its title, or, for an
// untitled one, by the letters and digits of its text (Argdown numbers
// untitled statements, but its text has Markdown markup removed, and
// Argmap keeps it as typed: the letters and digits agree).
func stmtName(title string, untitled bool, text string) string {
	if !untitled {
		return title
	}
	text = linkAddress.ReplaceAllString(text, "]")
	var b strings.Builder
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) > 40 {
		s = s[:40]
	}
	return "~" + s
}

// linkAddress is the address part of a Markdown link, which Argdown drops.
var linkAddress = regexp.MustCompile(`\]\([^)\s]*\)`)

// diff lists what one sorted list has that the other lacks, as a multiset.
func diff(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return onlyA, onlyB
}

// Diff compares two views: what only Argmap has, what only Argdown has,
// as one message, or "" when they agree.
func Diff(gs, gr, ws, wr []string) string {
	var msg strings.Builder
	if a, b := diff(gs, ws); len(a)+len(b) > 0 {
		msg.WriteString("statements differ:\n  only Argmap:  " + strings.Join(a, ", ") + "\n  only Argdown: " + strings.Join(b, ", ") + "\n")
	}
	if a, b := diff(gr, wr); len(a)+len(b) > 0 {
		msg.WriteString("relations differ:\n  only Argmap:  " + strings.Join(a, "\n                ") + "\n  only Argdown: " + strings.Join(b, "\n                ") + "\n")
	}
	return msg.String()
}
