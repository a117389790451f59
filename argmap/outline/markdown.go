package outline

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Encode writes the map's outline as Markdown (the "md" export format).
func Encode(m *argmap.Map) ([]byte, error) {
	return Build(m).Markdown(), nil
}

// Markdown renders the outline: a section per thesis with numbered
// "Reasons" and "Objections", nested entries below each, then "Other
// claims" and "Open challenges". Every claim is preceded by its label
// (`IN`, `OUT` or `UNDEC`); critical questions are written out with the
// argument's claims in them. Claim text is written as it is, so that
// nothing of it is lost; line breaks inside a text stay inside its item.
func (o *Outline) Markdown() []byte {
	w := &writer{o: o}
	title := o.Title
	if strings.TrimSpace(title) == "" {
		title = "Argument map"
	}
	w.printf("# %s\n", oneLine(title))
	if len(o.Theses) == 0 && len(o.Loose) == 0 {
		w.printf("\n_The map is empty._\n")
	}
	for i, t := range o.Theses {
		label := "Main claim"
		if i > 0 {
			label = "Further claim"
		}
		w.printf("\n## %s: %s%s\n", label, mark(t.Label), oneLine(t.Claim.Text))
		w.notes(t.Claim.Annotations, t.Claim.Assessment, "", true)
		if len(t.Reasons) > 0 {
			w.printf("\n### Reasons\n\n")
			for j, e := range t.Reasons {
				w.entry(e, "", fmt.Sprintf("%d. ", j+1))
			}
		}
		if len(t.Objections) > 0 {
			w.printf("\n### Objections\n\n")
			for j, e := range t.Objections {
				w.entry(e, "", fmt.Sprintf("%d. ", j+1))
			}
		}
	}
	if len(o.Loose) > 0 {
		w.printf("\n## Other claims\n\n")
		for _, c := range o.Loose {
			w.item("", "- ", mark(o.Label(c.ID))+c.Text+tags(c.Tags))
			w.notes(c.Annotations, c.Assessment, "  ", false)
		}
	}
	if len(o.Open) > 0 {
		w.printf("\n## Open challenges\n\n")
		for i, ch := range o.Open {
			w.challenge(i+1, ch)
		}
	}
	return w.b.Bytes()
}

type writer struct {
	o *Outline
	b bytes.Buffer
}

func (w *writer) printf(format string, a ...any) { fmt.Fprintf(&w.b, format, a...) }

// item writes one list item; the lines of a multi-line text are indented to
// stay inside it.
func (w *writer) item(indent, marker, text string) {
	pad := indent + strings.Repeat(" ", utf8.RuneCountInString(marker))
	w.printf("%s%s%s\n", indent, marker, strings.ReplaceAll(text, "\n", "\n"+pad))
}

// entry writes an argument: "Reason: premise", or for linked premises
// "Reason (linked premises):" and each premise below; then what is said
// about each premise and about the inference.
func (w *writer) entry(e *Entry, indent, marker string) {
	head := string(e.Kind)
	if e.Kind == Reason && indent == "" || e.Kind == Objection && indent == "" {
		head = "" // the section heading already says it
	}
	sub := indent + strings.Repeat(" ", len(marker))
	extra := argumentNotes(e.Argument)
	if len(e.Premises) == 1 {
		p := e.Premises[0]
		w.item(indent, marker, prefix(head)+mark(p.Label)+p.Claim.Text+tags(p.Claim.Tags)+extra)
		w.point(p, sub)
	} else {
		label := "Together"
		if head != "" {
			label = head + ", together"
		}
		w.item(indent, marker, "**"+label+":**"+extra)
		for _, p := range e.Premises {
			w.item(sub, "- ", mark(p.Label)+p.Claim.Text+tags(p.Claim.Tags))
			w.point(p, sub+"  ")
		}
	}
	w.notes(e.Argument.Annotations, argmap.Unassessed, sub, false)
	for _, x := range e.Inference {
		w.entry(x, sub, "- ")
	}
}

// point writes a premise's notes and, unless written before, the reasons
// and objections about it.
func (w *writer) point(p *Point, indent string) {
	if p.Again {
		w.printf("%s- _(discussed above)_\n", indent)
		return
	}
	w.notes(p.Claim.Annotations, p.Claim.Assessment, indent, false)
	for _, e := range p.Reasons {
		w.entry(e, indent, "- ")
	}
	for _, e := range p.Objections {
		w.entry(e, indent, "- ")
	}
}

// mark is a claim's label as the outline shows it before the text, so that
// a reader sees at once what stands ("`IN` ", "`OUT` ", "`UNDEC` ").
func mark(l eval.Label) string {
	if l == eval.Unlabelled {
		return ""
	}
	return "`" + l.String() + "` "
}

func prefix(head string) string {
	if head == "" {
		return ""
	}
	return "**" + head + ":** "
}

// argumentNotes is what an argument's line says after its text: its
// scheme and tags.
func argumentNotes(a *argmap.Argument) string {
	var s string
	if a.Scheme != "" {
		s += " _(scheme: " + a.Scheme + ")_"
	}
	return s + tags(a.Tags)
}

func tags(ts []string) string {
	var s string
	for _, t := range ts {
		s += " `#" + t + "`"
	}
	return s
}

// notes writes a claim's or argument's assessment, links and comments as
// sub-items, or as paragraphs under a heading (top, with the tags, which
// otherwise follow the text on its line).
func (w *writer) notes(a argmap.Annotations, as argmap.Assessment, indent string, top bool) {
	var lines []string
	if as != argmap.Unassessed {
		lines = append(lines, "_Assessment: "+string(as)+"_")
	}
	if top && len(a.Tags) > 0 {
		lines = append(lines, "Tags:"+tags(a.Tags))
	}
	for _, l := range a.Links {
		lines = append(lines, "<"+l+">")
	}
	for _, c := range a.Comments {
		who := c.Author
		if !c.Time.IsZero() {
			if who != "" {
				who += ", "
			}
			who += c.Time.UTC().Format("2006-01-02")
		}
		if who != "" {
			who = " (" + who + ")"
		}
		lines = append(lines, "_Comment"+who+":_ "+c.Text)
	}
	for _, l := range lines {
		if top {
			w.printf("\n%s\n", l)
		} else {
			w.item(indent, "- ", l)
		}
	}
}

// challenge writes one open challenge: what it doubts, who raised it, the note.
func (w *writer) challenge(n int, ch *argmap.Challenge) {
	kind := map[argmap.ChallengeKind]string{
		argmap.Object: "Objection to", argmap.Undercut: "Undercut of", argmap.Question: "Question on",
		argmap.CriticalQuestion: fmt.Sprintf("Critical question %d on", ch.Question+1),
	}[ch.Kind]
	if kind == "" {
		kind = string(ch.Kind) + " on"
	}
	s := fmt.Sprintf("**%s** %s", kind, w.describe(ch.Target, 0))
	if ch.Kind == argmap.CriticalQuestion {
		if q := w.o.m.QuestionText(ch.Target, ch.Question); q != "" {
			s += ", asking: " + q
		}
	}
	var who []string
	if ch.Author != "" {
		who = append(who, ch.Author)
	}
	if !ch.Time.IsZero() {
		who = append(who, ch.Time.UTC().Format("2006-01-02"))
	}
	if len(who) > 0 {
		s += " (" + strings.Join(who, ", ") + ")"
	}
	if ch.Note != "" {
		s += ": " + ch.Note
	}
	w.item("", fmt.Sprintf("%d. ", n), s)
}

// describe names a claim by its text, an argument by its step (depth
// bounds a chain of arguments aimed at arguments).
func (w *writer) describe(id argmap.ID, depth int) string {
	m := w.o.m
	if c := m.Claim(id); c != nil {
		return "“" + oneLine(c.Text) + "”"
	}
	if a := m.Argument(id); a != nil {
		var ps []string
		for _, p := range a.Premises {
			if c := m.Claim(p); c != nil {
				ps = append(ps, "“"+oneLine(c.Text)+"”")
			}
		}
		if depth > 3 {
			return "the step from " + strings.Join(ps, " and ")
		}
		return "the step from " + strings.Join(ps, " and ") + " to " + w.describe(a.Target, depth+1)
	}
	return "a removed claim"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
