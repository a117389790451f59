package argdown

import (
	"fmt"
	"strings"
)

// element reads the start of a statement or an argument: [T]: text, [T],
// <A>: text, <A>, or plain text (an untitled statement). It opens the
// element for continuation lines.
func (p *parser) element(rs []rune, line, col int, allowArg bool) (Node, error) {
	if len(rs) > 0 && (rs[0] == '[' || rs[0] == '<' && allowArg) {
		closer := ']'
		if rs[0] == '<' {
			closer = '>'
		}
		j := -1
		for k := 1; k < len(rs); k++ {
			if rs[k] == '\\' {
				k++
				continue
			}
			if rs[k] == closer {
				j = k
				break
			}
		}
		if j < 0 {
			return Node{}, errorf(line, col, "unclosed %c", rs[0])
		}
		title := string(newInline([]string{string(rs[1:j])}).r)
		after := rs[j+1:]
		switch {
		case title == "":
			// "[]" is text.
		case len(after) > 0 && after[0] == ':':
			return p.define(rs[0] == '<', title, string(after[1:]), line, col, true), nil
		case len(after) > 0 && after[0] == '(':
			// A Markdown link: text.
		case trailerOnly(after):
			return p.define(rs[0] == '<', title, string(after), line, col, false), nil
		}
	}
	p.untitled++
	key := fmt.Sprintf("\x00statement %d", p.untitled)
	s := &Statement{Key: key, Title: fmt.Sprintf("Untitled %d", p.untitled), Untitled: true,
		Defined: true, Group: p.group(), Line: line, Column: col}
	p.doc.stmts[key] = s
	p.doc.Statements = append(p.doc.Statements, s)
	n := Node{Key: key}
	p.doc.order = append(p.doc.order, n)
	s.defs = [][]string{{string(rs)}}
	p.cur = func(t string) { s.defs[0] = append(s.defs[0], t) }
	return n, nil
}

// trailerOnly reports whether rs holds nothing but tags and data.
func trailerOnly(rs []rune) bool {
	in := newInline([]string{string(rs)})
	in.trailer()
	return len(in.r) == 0
}

// define records a definition (def) or a reference of a titled statement
// or argument and opens it for continuation lines.
func (p *parser) define(arg bool, title, text string, line, col int, def bool) Node {
	n := Node{Argument: arg, Key: title}
	part := []string{strings.TrimSpace(text)}
	if arg {
		a := p.doc.args[title]
		if a == nil {
			a = &Argument{Key: title, Title: title, Group: p.group(), Line: line, Column: col}
			p.doc.args[title] = a
			p.doc.Arguments = append(p.doc.Arguments, a)
			p.doc.order = append(p.doc.order, n)
		}
		k := len(a.defs)
		a.defs = append(a.defs, part)
		p.cur = func(t string) { a.defs[k] = append(a.defs[k], t) }
		return n
	}
	s := p.doc.stmts[title]
	if s == nil {
		s = &Statement{Key: title, Title: title, Group: p.group(), Line: line, Column: col}
		p.doc.stmts[title] = s
		p.doc.Statements = append(p.doc.Statements, s)
		p.doc.order = append(p.doc.order, n)
	}
	if def {
		s.Defined = true
	}
	k := len(s.defs)
	s.defs = append(s.defs, part)
	if !def {
		// A reference carries tags but no text: keep it apart.
		s.refs = append(s.refs, k)
	}
	p.cur = func(t string) { s.defs[k] = append(s.defs[k], t) }
	return n
}

// finish reads the collected texts of all statements and arguments.
func (p *parser) finish() {
	for _, s := range p.doc.Statements {
		isRef := map[int]bool{}
		for _, k := range s.refs {
			isRef[k] = true
		}
		var tags []string
		for k, d := range s.defs {
			c := readContent(d)
			tags = append(tags, c.tags...)
			s.data = append(s.data, c.data...)
			if !isRef[k] && s.Text == "" {
				s.Text = c.text
			}
		}
		s.Tags = dedupe(tags)
		if s.Text == "" {
			// Only referenced, or defined by tags alone: a claim needs text.
			s.Text = s.Title
		}
		s.Implicit = dataMatches(s.data, implicitRe)
		for _, d := range s.data {
			if !implicitRe.MatchString(d) {
				s.Data = append(s.Data, d)
			}
		}
	}
	for _, a := range p.doc.Arguments {
		var tags []string
		for _, d := range a.defs {
			c := readContent(d)
			tags = append(tags, c.tags...)
			if a.Description == "" {
				a.Description = c.text
			}
		}
		a.Tags = dedupe(tags)
	}
}
