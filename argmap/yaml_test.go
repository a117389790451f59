package argmap_test

import (
	"fmt"
	"strings"
)

// yamlLine is one meaningful line of a YAML file.
type yamlLine struct {
	n      int // 1-based line number
	indent int
	text   string // without indentation
}

// parseYAML reads the small subset of YAML the Carneades CAES files use:
// nested maps by indentation, block lists ("- x"), flow lists ("[a, b]"),
// plain and double-quoted scalars, folded or literal blocks (">", "|",
// kept as text) and '#' comment lines. Values are map[string]any, []any
// or string. Enough for caes-yaml; not a general YAML parser.
func parseYAML(src string) (any, error) {
	var ls []yamlLine
	for i, raw := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		t := strings.TrimLeft(raw, " ")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if strings.Contains(raw[:len(raw)-len(t)], "\t") {
			return nil, fmt.Errorf("line %d: tab in indentation", i+1)
		}
		ls = append(ls, yamlLine{i + 1, len(raw) - len(t), strings.TrimRight(t, " ")})
	}
	p := &yamlParser{ls: ls}
	if len(ls) == 0 {
		return map[string]any{}, nil
	}
	v, err := p.block(ls[0].indent)
	if err == nil && p.i < len(ls) {
		err = fmt.Errorf("line %d: unexpected indentation", ls[p.i].n)
	}
	return v, err
}

type yamlParser struct {
	ls []yamlLine
	i  int
}

// block reads the map or list whose lines start at indentation ind.
func (p *yamlParser) block(ind int) (any, error) {
	if strings.HasPrefix(p.ls[p.i].text, "- ") || p.ls[p.i].text == "-" {
		var list []any
		for p.i < len(p.ls) && p.ls[p.i].indent == ind && strings.HasPrefix(p.ls[p.i].text, "-") {
			list = append(list, scalar(strings.TrimSpace(strings.TrimPrefix(p.ls[p.i].text, "-"))))
			p.i++
		}
		return list, nil
	}
	m := map[string]any{}
	for p.i < len(p.ls) && p.ls[p.i].indent == ind {
		l := p.ls[p.i]
		k, v, ok := strings.Cut(l.text, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want key: value", l.n)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		p.i++
		switch {
		case v == ">" || v == "|":
			var parts []string
			for p.i < len(p.ls) && p.ls[p.i].indent > ind {
				parts = append(parts, p.ls[p.i].text)
				p.i++
			}
			m[k] = strings.Join(parts, " ")
		case v == "" && p.i < len(p.ls) && p.ls[p.i].indent > ind:
			sub, err := p.block(p.ls[p.i].indent)
			if err != nil {
				return nil, err
			}
			m[k] = sub
		case v == "" && p.i < len(p.ls) && p.ls[p.i].indent == ind && strings.HasPrefix(p.ls[p.i].text, "- "):
			sub, err := p.block(ind) // a list may sit at the key's own indentation
			if err != nil {
				return nil, err
			}
			m[k] = sub
		default:
			m[k] = scalar(v)
		}
	}
	return m, nil
}

// scalar reads a flow list, a quoted string or a plain scalar.
func scalar(v string) any {
	if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
		var list []any
		for _, s := range strings.Split(v[1:len(v)-1], ",") {
			if s = strings.TrimSpace(s); s != "" {
				list = append(list, scalar(s))
			}
		}
		return list
	}
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		return v[1 : len(v)-1]
	}
	return v
}
