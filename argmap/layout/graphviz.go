package layout

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// Graphviz measures lengths in points, 72 to the inch; map units are taken
// as points, so inches are map units / pointsPerInch.
const pointsPerInch = 72

// inch formats map units as inches the way Graphviz prints them: five
// significant digits, never an exponent.
func inch(v float64) string {
	v /= pointsPerInch
	switch a := math.Abs(v); {
	case a < 1e-5:
		return "0"
	case a >= 1e5:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'g', 5, 64)
}

// DOT writes the map as a Graphviz digraph set up like our layout (premise
// → target with conclusions on top, boxes of the same sizes, the same gaps),
// so that `dot -Tplain` can be compared with Plain. Nodes are named by
// claim ID and labelled with the claim's text.
func DOT(m *argmap.Map, size SizeFunc, opts Options) []byte {
	if size == nil {
		size = EstimateSize(m)
	}
	o := opts.withDefaults()
	var b bytes.Buffer
	fmt.Fprintf(&b, "digraph argmap {\n\trankdir=BT;\n\tnodesep=%s;\n\tranksep=%s;\n", inch(o.NodeSep), inch(o.RankSep))
	b.WriteString("\tnode [shape=box, fixedsize=true];\n")
	seen := map[argmap.ID]bool{}
	for _, c := range m.Claims {
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		w, h := size(c.ID)
		fmt.Fprintf(&b, "\t%s [width=%s, height=%s, label=%s];\n", quoteID(c.ID.String()), inch(positive(w)), inch(positive(h)), dotQuote(c.Text))
	}
	for _, l := range Links(m) {
		style, color := linkStyle(l.Kind)
		fmt.Fprintf(&b, "\t%s -> %s [style=%s, color=%s];\n", quoteID(l.From.String()), quoteID(l.To.String()), style, color)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func linkStyle(k LinkKind) (style, color string) {
	switch k {
	case LinkCon:
		return "solid", "red"
	case LinkUndercut:
		return "dashed", "red"
	}
	return "solid", "black"
}

// dotQuote is a DOT string literal.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

var (
	dotIDRe  = lazyregexp.New(`^[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z_0-9\x{80}-\x{10FFFF}]*$`)
	dotNumRe = lazyregexp.New(`^-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)$`)
)

// quoteID writes a name or label as Graphviz's plain output does: bare
// when it is a DOT identifier or number (and no keyword), quoted otherwise.
func quoteID(s string) string {
	switch strings.ToLower(s) {
	case "node", "edge", "graph", "digraph", "subgraph", "strict":
		return dotQuote(s)
	}
	if dotIDRe.MatchString(s) || dotNumRe.MatchString(s) {
		return s
	}
	return dotQuote(s)
}

// Plain writes laid-out positions in Graphviz's `plain` format (inches, y
// up, origin at the bottom-left of the drawing), line for line comparable
// with `dot -Tplain` on DOT's output: one node line per claim, one edge line
// per link, as drawn: routes[i] (when given, one per link of Links(m)) is
// written as a chain of straight cubic Bézier pieces through its points
// (3k+1 points for k pieces, as Graphviz writes splines); without routes a
// link is a straight line from border to border.
func Plain(m *argmap.Map, pos map[argmap.ID]argmap.Point, routes []Route, size SizeFunc) []byte {
	if size == nil {
		size = EstimateSize(m)
	}
	type box struct{ x, y, w, h float64 }
	boxes := map[argmap.ID]box{}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range m.Claims {
		if _, dup := boxes[c.ID]; dup {
			continue
		}
		w, h := size(c.ID)
		p := pos[c.ID]
		bx := box{p.X, p.Y, positive(w), positive(h)}
		boxes[c.ID] = bx
		x0, x1 = min(x0, bx.x-bx.w/2), max(x1, bx.x+bx.w/2)
		y0, y1 = min(y0, bx.y-bx.h/2), max(y1, bx.y+bx.h/2)
	}
	if len(boxes) == 0 {
		x0, y0, x1, y1 = 0, 0, 0, 0
	}
	// Map y grows downwards; plain's grows upwards from the bottom.
	px := func(x float64) string { return inch(x - x0) }
	py := func(y float64) string { return inch(y1 - y) }
	var b bytes.Buffer
	fmt.Fprintf(&b, "graph 1 %s %s\n", inch(x1-x0), inch(y1-y0))
	done := map[argmap.ID]bool{}
	for _, c := range m.Claims {
		if done[c.ID] {
			continue
		}
		done[c.ID] = true
		bx := boxes[c.ID]
		fmt.Fprintf(&b, "node %s %s %s %s %s %s solid box black lightgrey\n",
			quoteID(c.ID.String()), px(bx.x), py(bx.y), inch(bx.w), inch(bx.h), quoteID(c.Text))
	}
	links := Links(m)
	if len(routes) != len(links) {
		routes = nil
	}
	for i, l := range links {
		var pts []argmap.Point
		if routes != nil {
			pts = routes[i].Points
		}
		if len(pts) < 2 {
			t, h := boxes[l.From], boxes[l.To]
			pts = straight(argmap.Point{X: t.x, Y: t.y}, argmap.Point{X: h.x, Y: h.y}, t.w, t.h, h.w, h.h)
		}
		style, color := linkStyle(l.Kind)
		fmt.Fprintf(&b, "edge %s %s %d", quoteID(l.From.String()), quoteID(l.To.String()), 3*(len(pts)-1)+1)
		fmt.Fprintf(&b, " %s %s", px(pts[0].X), py(pts[0].Y))
		for k := 1; k < len(pts); k++ {
			a, z := pts[k-1], pts[k]
			for j := 1; j <= 3; j++ {
				f := float64(j) / 3
				fmt.Fprintf(&b, " %s %s", px(a.X+(z.X-a.X)*f), py(a.Y+(z.Y-a.Y)*f))
			}
		}
		fmt.Fprintf(&b, " %s %s\n", style, color)
	}
	b.WriteString("stop\n")
	return b.Bytes()
}

// clip is where the line from the centre c of a w×h box towards p leaves
// the box.
func clip(c, p argmap.Point, w, h float64) argmap.Point {
	dx, dy := p.X-c.X, p.Y-c.Y
	if dx == 0 && dy == 0 {
		return c
	}
	t := math.Inf(1)
	if dx != 0 {
		t = min(t, w/2/math.Abs(dx))
	}
	if dy != 0 {
		t = min(t, h/2/math.Abs(dy))
	}
	t = min(t, 1)
	return argmap.Point{X: c.X + dx*t, Y: c.Y + dy*t}
}
