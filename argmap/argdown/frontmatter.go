package argdown

import (
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// frontMatter reads the YAML-like block between === lines that starts at
// line i, keeping the title, subtitle, date and authors, and returns the index of the
// line after it. Only simple YAML is understood: key: value, values
// continued on more indented lines, and "- item" lists.
func (p *parser) frontMatter(i int) (int, error) {
	start := i
	end := -1
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(string(p.lines[j].text)) == "===" {
			end = j
			break
		}
	}
	if end < 0 {
		return 0, errorf(p.lines[start].no, 1, "front matter opened with === is not closed with ===")
	}
	type entry struct {
		value string
		items []string
		line  int
	}
	var key string
	entries := map[string]*entry{}
	for j := start + 1; j < end; j++ {
		raw := string(p.lines[j].text)
		t := strings.TrimSpace(raw)
		if t == "" {
			continue
		}
		if !unicode.IsSpace(rune(raw[0])) {
			k, v, ok := strings.Cut(t, ":")
			if !ok {
				key = ""
				continue
			}
			key = strings.TrimSpace(k)
			entries[key] = &entry{value: strings.TrimSpace(v), line: p.lines[j].no}
			continue
		}
		e := entries[key]
		if e == nil {
			continue
		}
		if item, ok := strings.CutPrefix(t, "- "); ok {
			e.items = append(e.items, unquote(strings.TrimSpace(item)))
		} else if len(e.items) == 0 {
			e.value = strings.TrimSpace(e.value + " " + t)
		}
	}
	if e := entries["model"]; e != nil && strictRe.MatchString(e.value) {
		p.doc.Strict = true
	}
	if e := entries["title"]; e != nil {
		p.doc.Title = unquote(e.value)
	}
	// Argdown's own examples spell it both ways.
	for _, k := range []string{"subTitle", "subtitle"} {
		if e := entries[k]; e != nil && p.doc.Subtitle == "" {
			p.doc.Subtitle = unquote(e.value)
		}
	}
	if e := entries["date"]; e != nil {
		p.doc.Date, p.doc.dateLine = unquote(e.value), e.line
	}
	for _, k := range []string{"author", "authors"} {
		e := entries[k]
		if e == nil {
			continue
		}
		if len(e.items) > 0 {
			p.doc.Authors = append(p.doc.Authors, e.items...)
		} else if v := unquote(e.value); v != "" {
			if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
				for _, a := range strings.Split(v[1:len(v)-1], ",") {
					if a = unquote(strings.TrimSpace(a)); a != "" {
						p.doc.Authors = append(p.doc.Authors, a)
					}
				}
			} else {
				p.doc.Authors = append(p.doc.Authors, v)
			}
		}
	}
	return end + 1, nil
}

var strictRe = lazyregexp.New(`(^|\s)mode\s*:\s*["']?strict\b`)

// unquote removes YAML quotes: "..." with \" and \\ escapes, or '...'
// with ” for a quote.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		var b strings.Builder
		in := s[1 : len(s)-1]
		for i := 0; i < len(in); i++ {
			if in[i] == '\\' && i+1 < len(in) {
				i++
				switch in[i] {
				case 'n':
					b.WriteByte(' ')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(in[i])
				}
				continue
			}
			b.WriteByte(in[i])
		}
		return b.String()
	}
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}
