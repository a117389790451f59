// Package graphml writes argument maps as GraphML with yEd's graphics
// extension (y:ShapeNode geometry, fills, labels; y:PolyLineEdge arrows
// and colours), so that a map opens in yEd laid out as in Argmap, to be
// arranged further there.
//
// Every claim is a rounded rectangle at its card's place (the card's
// centre is the claim's position; its size is layout.EstimateText's),
// filled with the claim's colour (white when it has none), labelled with
// its text. An argument is a small ellipse between its premises and its
// target, labelled "+" or "−" and its scheme, with an edge from each
// premise to it and an arrow from it to its target (a claim, or another
// argument's ellipse for undercutters and supports of an inference):
// green for pro, red for con. Tags and comments go into each node's
// GraphML description data (yEd shows it in the properties).
package graphml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
)

// Colours of pro and con.
const (
	ProColor = "#2E7D32"
	ConColor = "#C62828"
)

// Encode writes the map as GraphML for yEd. Node IDs are the map's IDs.
func Encode(m *argmap.Map) ([]byte, error) {
	if err := argmap.CheckArguments(m); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <key for="node" id="d0" attr.name="description" attr.type="string"/>
  <key for="node" id="d1" yfiles.type="nodegraphics"/>
  <key for="edge" id="d2" yfiles.type="edgegraphics"/>
  <key for="graph" id="d3" attr.name="title" attr.type="string"/>
  <graph id="G" edgedefault="directed">
`)
	fmt.Fprintf(&b, "    <data key=\"d3\">%s</data>\n", esc(m.Meta.Title))
	centre := argmap.JunctionPoints(m)
	for _, c := range m.Claims {
		w, h := layout.EstimateText(c.Text)
		fill := c.Color
		if fill == "" {
			fill = "#FFFFFF"
		}
		node(&b, c.ID.String(), c.Text, describe(c.Annotations), c.Pos, w, h, fill, "#000000", "roundrectangle")
	}
	for _, a := range m.Arguments {
		sign, col := "+", ProColor
		if a.Polarity == argmap.Con {
			sign, col = "−", ConColor
		}
		label := sign
		if a.Scheme != "" {
			label += " " + a.Scheme
		}
		node(&b, a.ID.String(), label, describe(a.Annotations), centre[a.ID], float64(30+7*len([]rune(a.Scheme))), 30, "#FFFFFF", col, "ellipse")
	}
	for _, a := range m.Arguments {
		col := ProColor
		if a.Polarity == argmap.Con {
			col = ConColor
		}
		for i, p := range a.Premises {
			edge(&b, fmt.Sprintf("%s-p%d", a.ID, i+1), p.String(), a.ID.String(), col, "none")
		}
		edge(&b, a.ID.String()+"-t", a.ID.String(), a.Target.String(), col, "standard")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return b.Bytes(), nil
}

func node(b *bytes.Buffer, id, label, desc string, centre argmap.Point, w, h float64, fill, border, shape string) {
	fmt.Fprintf(b, "    <node id=\"%s\">\n", esc(id))
	if desc != "" {
		fmt.Fprintf(b, "      <data key=\"d0\">%s</data>\n", esc(desc))
	}
	fmt.Fprintf(b, `      <data key="d1">
        <y:ShapeNode>
          <y:Geometry x="%s" y="%s" width="%s" height="%s"/>
          <y:Fill color="%s" transparent="false"/>
          <y:BorderStyle color="%s" type="line" width="1.0"/>
          <y:NodeLabel alignment="center" autoSizePolicy="content" modelName="internal" modelPosition="c">%s</y:NodeLabel>
          <y:Shape type="%s"/>
        </y:ShapeNode>
      </data>
    </node>
`, num(centre.X-w/2), num(centre.Y-h/2), num(w), num(h), strings.ToUpper(fill), border, esc(label), shape)
}

func edge(b *bytes.Buffer, id, from, to, col, arrow string) {
	fmt.Fprintf(b, `    <edge id="%s" source="%s" target="%s">
      <data key="d2">
        <y:PolyLineEdge>
          <y:LineStyle color="%s" type="line" width="1.5"/>
          <y:Arrows source="none" target="%s"/>
        </y:PolyLineEdge>
      </data>
    </edge>
`, esc(id), esc(from), esc(to), col, arrow)
}

// describe joins tags and comments for the description data.
func describe(an argmap.Annotations) string {
	var parts []string
	if len(an.Tags) > 0 {
		parts = append(parts, "#"+strings.Join(an.Tags, " #"))
	}
	for _, c := range an.Comments {
		parts = append(parts, c.Text)
	}
	return strings.Join(parts, "\n")
}

func num(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	return fmt.Sprintf("%.1f", f)
}

// esc escapes text for XML character data and attributes; characters XML
// 1.0 cannot hold become U+FFFD.
func esc(s string) string {
	var b bytes.Buffer
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		return ""
	}
	return b.String()
}
