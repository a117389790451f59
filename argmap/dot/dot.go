// Package dot writes an argument map as a Graphviz digraph, for `dot
// -Tsvg` and the many tools that read DOT.
//
// Claims are rounded boxes with their text wrapped; an argument with one
// premise is one arrow from the premise to its target, an argument with
// several premises (or one that other arguments aim at) meets in a small
// junction point, so that linked premises read as one inference and an
// undercutter has a node to point at. Pro is green, con red; arrows aimed at
// an inference (undercut, or support of the step) are dashed. rankdir=BT
// puts conclusions on top.
package dot

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// Colours of the map canvas (DESIGN.md §5).
const (
	proColor = "#2e7d32"
	conColor = "#c62828"
)

// WrapWidth is the number of characters after which a claim's text is
// broken onto a new line, at a space.
const WrapWidth = 32

// Encode writes the map as a DOT digraph. Node names are stable for a map:
// c1, c2 … for claims and a1, a2 … for junctions, in map order.
func Encode(m *argmap.Map) ([]byte, error) {
	names := make(map[argmap.ID]string, len(m.Claims)+len(m.Arguments))
	for i, c := range m.Claims {
		names[c.ID] = fmt.Sprintf("c%d", i+1)
	}
	targeted := make(map[argmap.ID]bool)
	for _, a := range m.Arguments {
		targeted[a.Target] = true
	}
	junction := make(map[argmap.ID]bool)
	for i, a := range m.Arguments {
		names[a.ID] = fmt.Sprintf("a%d", i+1)
		junction[a.ID] = len(a.Premises) > 1 || targeted[a.ID]
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n", oneLine(m.Meta.Title))
	b.WriteString("digraph argmap {\n")
	fmt.Fprintf(&b, "  graph [rankdir=BT, nodesep=0.4, ranksep=0.5, fontname=\"Helvetica\", label=%s, labelloc=t];\n", quote(m.Meta.Title, 0))
	b.WriteString("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=11];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9];\n\n")
	for _, c := range m.Claims {
		fmt.Fprintf(&b, "  %s [label=%s%s];\n", names[c.ID], quote(c.Text, WrapWidth), claimAttrs(c))
	}
	b.WriteString("\n")
	for i, a := range m.Arguments {
		place := fmt.Sprintf("map.arguments[%d]", i)
		color := proColor
		if a.Polarity == argmap.Con {
			color = conColor
		}
		target, ok := names[a.Target]
		if !ok {
			return nil, fmt.Errorf("%s.target: unknown claim or argument %s", place, a.Target)
		}
		style := ""
		if m.Argument(a.Target) != nil {
			style = ", style=dashed"
		}
		label := ""
		if a.Scheme != "" {
			label = ", label=" + quote(a.Scheme, 0)
		}
		for j, p := range a.Premises {
			if m.Claim(p) == nil {
				return nil, fmt.Errorf("%s.premises[%d]: unknown claim %s", place, j, p)
			}
		}
		self := names[a.ID]
		if !junction[a.ID] {
			fmt.Fprintf(&b, "  %s -> %s [color=%q%s%s];\n", names[a.Premises[0]], target, color, style, label)
			continue
		}
		fmt.Fprintf(&b, "  %s [shape=point, width=0.08, color=%q];\n", self, color)
		for _, p := range a.Premises {
			fmt.Fprintf(&b, "  %s -> %s [color=%q, arrowhead=none];\n", names[p], self, color)
		}
		fmt.Fprintf(&b, "  %s -> %s [color=%q%s%s];\n", self, target, color, style, label)
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// claimAttrs gives a claim's colour, and marks its assessment: accepted
// claims get a double border, questioned ones a dashed, rejected ones a
// grey text.
func claimAttrs(c *argmap.Claim) string {
	var s string
	if c.Color != "" {
		s += fmt.Sprintf(", fillcolor=%q", c.Color)
	}
	switch c.Assessment {
	case argmap.Accepted:
		s += ", peripheries=2"
	case argmap.Questioned:
		s += ", style=\"rounded,filled,dashed\""
	case argmap.Rejected:
		s += ", fontcolor=\"#777777\""
	}
	return s
}

// quote makes a DOT string: backslashes and quotes escaped, line breaks as
// \n, and, when width > 0, long lines broken at spaces.
func quote(s string, width int) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, line := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		if i > 0 {
			b.WriteString(`\n`)
		}
		n := 0
		for j, w := range strings.Split(line, " ") {
			wl := utf8.RuneCountInString(w)
			switch {
			case j == 0:
			case width > 0 && n+1+wl > width:
				b.WriteString(`\n`)
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			for _, r := range w {
				switch {
				case r == '\\' || r == '"':
					b.WriteByte('\\')
				case r < 0x20 || r == 0x7f:
					r = ' ' // Graphviz chokes on control characters
				}
				b.WriteRune(r)
			}
			n += wl
		}
	}
	b.WriteByte('"')
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
