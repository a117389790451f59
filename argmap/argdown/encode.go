package argdown

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap"
)

// Encode writes the map as Argdown text that Decode reads back to the same
// claims and arguments (see the package documentation for what is lost).
// The output is deterministic: the same map gives the same bytes.
func Encode(m *argmap.Map) ([]byte, error) {
	e := &encoder{m: m, claimTitle: map[argmap.ID]string{}, argTitle: map[argmap.ID]string{}, desc: map[argmap.ID]string{}, data: map[argmap.ID]string{}}
	if err := e.check(); err != nil {
		return nil, err
	}
	e.titles()
	e.frontMatter()
	for _, c := range m.Claims {
		var cs []argmap.Comment
		for _, cm := range c.Comments {
			if _, _, ok := statementComment(cm.Text); !ok {
				cs = append(cs, cm)
			}
		}
		e.comments(cs, "")
		body := text(c.Text, c.Tags)
		if d := e.data[c.ID]; d != "" {
			body += " " + d
		}
		fmt.Fprintf(&e.b, "[%s]: %s\n\n", e.claimTitle[c.ID], body)
	}
	for _, a := range m.Arguments {
		if e.argTitle[a.ID] != "" {
			e.pcs(a)
		}
	}
	e.relationForms()
	if len(m.Claims) == 0 {
		// Argdown refuses a document with no element at all; a heading
		// is the least that says nothing.
		e.b.WriteString("# Empty map\n")
	}
	out := bytes.TrimRight(e.b.Bytes(), "\n")
	return append(out, '\n'), nil
}

type encoder struct {
	m          *argmap.Map
	b          bytes.Buffer
	claimTitle map[argmap.ID]string
	argTitle   map[argmap.ID]string // arguments written with a PCS
	desc       map[argmap.ID]string // their descriptions, taken from a "<Title>: …" comment
	data       map[argmap.ID]string // a claim's Argdown data block, from its "Argdown statement" comment
}

// check refuses a map whose arguments name what does not exist, which no
// Argdown text could say.
func (e *encoder) check() error {
	for i, a := range e.m.Arguments {
		if len(a.Premises) == 0 {
			return fmt.Errorf("arguments[%d]: no premises", i)
		}
		for k, p := range a.Premises {
			if e.m.Claim(p) == nil {
				return fmt.Errorf("arguments[%d].premises[%d]: unknown claim %s", i, k, p)
			}
		}
		if e.m.Claim(a.Target) == nil && e.m.Argument(a.Target) == nil {
			return fmt.Errorf("arguments[%d].target: unknown claim or argument %s", i, a.Target)
		}
	}
	return nil
}

// titles gives every claim a title derived from its text and every
// argument that needs a PCS a title: its own from a "<Title>: description"
// comment (as Decode writes it), or A1, A2, ….
func (e *encoder) titles() {
	used := map[string]bool{}
	for i, c := range e.m.Claims {
		t := deriveTitle(c.Text)
		for _, cm := range c.Comments {
			if title, data, ok := statementComment(cm.Text); ok && !used[title] {
				t = title
				e.data[c.ID] = data
				break
			}
		}
		// A claim Decode made of an unreconstructed argument keeps the
		// argument's title.
		for _, cm := range c.Comments {
			if title, ok := strings.CutPrefix(cm.Text, "Argdown argument "); ok {
				if title, _, ok := argumentComment(title); ok {
					t = title
					break
				}
			}
		}
		if t == "" {
			t = fmt.Sprintf("C%d", i+1)
		}
		e.claimTitle[c.ID] = unique(t, used)
	}
	targeted := map[argmap.ID]bool{}
	for _, a := range e.m.Arguments {
		targeted[a.Target] = true
	}
	usedArg := map[string]bool{}
	bare := map[string]bool{} // the relations written bare so far
	n := 0
	for _, a := range e.m.Arguments {
		// A second argument saying the same as a bare relation gets a PCS
		// of its own: Argdown merges identical relations.
		if k := a.Premises[0].String() + string(a.Polarity) + a.Target.String(); isRelationForm(e.m, a, targeted) && !bare[k] {
			bare[k] = true
			continue
		}
		n++
		t := ""
		if len(a.Comments) > 0 {
			if title, desc, ok := argumentComment(a.Comments[0].Text); ok && !usedArg[title] {
				t = title
				e.desc[a.ID] = desc
			}
		}
		if t == "" {
			t = fmt.Sprintf("A%d", n)
		}
		e.argTitle[a.ID] = unique(t, usedArg)
	}
}

// isRelationForm reports whether an argument is written as a bare
// relation: one premise, a claim as target, nothing that needs an Argdown
// argument to carry it.
func isRelationForm(m *argmap.Map, a *argmap.Argument, targeted map[argmap.ID]bool) bool {
	return len(a.Premises) == 1 && m.Claim(a.Target) != nil && a.Scheme == "" &&
		len(a.Tags) == 0 && len(a.Comments) == 0 && !targeted[a.ID]
}

// argumentComment reads "<Title>: description" or "<Title>".
func argumentComment(s string) (title, desc string, ok bool) {
	if !strings.HasPrefix(s, "<") {
		return "", "", false
	}
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", "", false
	}
	title = strings.TrimSpace(s[1:end])
	rest := s[end+1:]
	if title == "" || strings.ContainsAny(title, "<>[]\\\n") {
		return "", "", false
	}
	if rest == "" {
		return title, "", true
	}
	if d, found := strings.CutPrefix(rest, ": "); found {
		return title, d, true
	}
	return "", "", false
}

func unique(t string, used map[string]bool) string {
	u := t
	for k := 2; used[u]; k++ {
		u = fmt.Sprintf("%s %d", t, k)
	}
	used[u] = true
	return u
}

// deriveTitle takes the first words of a text, letters and digits only.
func deriveTitle(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' })
	var out []string
	n := 0
	for _, w := range words {
		w = strings.Trim(w, "'-")
		if w == "" {
			continue
		}
		if n+len([]rune(w)) > 40 || len(out) == 5 {
			break
		}
		out = append(out, w)
		n += len([]rune(w)) + 1
	}
	return strings.Join(out, " ")
}

func (e *encoder) frontMatter() {
	meta := e.m.Meta
	if meta.Title == "" && len(meta.Authors) == 0 && meta.Created.IsZero() {
		return
	}
	e.b.WriteString("===\n")
	if meta.Title != "" {
		fmt.Fprintf(&e.b, "title: %s\n", yamlQuote(meta.Title))
	}
	switch len(meta.Authors) {
	case 0:
	case 1:
		fmt.Fprintf(&e.b, "author: %s\n", yamlQuote(meta.Authors[0]))
	default:
		e.b.WriteString("author:\n")
		for _, a := range meta.Authors {
			fmt.Fprintf(&e.b, "    - %s\n", yamlQuote(a))
		}
	}
	if !meta.Created.IsZero() {
		// ISO, which no reader can take the wrong way round.
		fmt.Fprintf(&e.b, "date: %s\n", meta.Created.UTC().Format("2006-01-02"))
	}
	e.b.WriteString("===\n\n")
}

func yamlQuote(s string) string {
	s = oneLine(s)
	s = strings.ReplaceAll(s, `\`, `\\`)
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// comments writes comments as // lines, which Argdown ignores.
func (e *encoder) comments(cs []argmap.Comment, indent string) {
	for _, c := range cs {
		fmt.Fprintf(&e.b, "%s// %s\n", indent, oneLine(c.Text))
	}
}
