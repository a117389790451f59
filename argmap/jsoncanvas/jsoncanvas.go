// Package jsoncanvas writes argument maps as JSON Canvas 1.0
// (https://jsoncanvas.org), the format of Obsidian's canvases and other
// canvas apps.
//
// Every claim is a text node at its card's place (the card's centre is
// the claim's position; its size is layout.EstimateText's), with the
// claim's colour. An argument with one premise, aimed at a claim and not
// itself the target of an argument, is an edge from the premise to the
// target, labelled "pro" or "con" and coloured green or red (canvas
// presets 4 and 1). Any other argument (linked premises, or one that an
// undercutter or a support aims at) is a small text node of its own
// between its premises and its target, holding "+" or "−" and its scheme,
// with edges from each premise to it and from it to its target. Tags and
// the text of comments are not carried; canvas has no place for them.
package jsoncanvas

import (
	"bytes"
	"fmt"
	"math"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
)

// Canvas is a JSON Canvas 1.0 document.
type Canvas struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Node is a canvas node; Argmap writes text nodes only.
type Node struct {
	ID     string `json:"id"`
	Type   string `json:"type"`
	Text   string `json:"text"`
	X      int    `json:"x"`
	Y      int    `json:"y"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	Color  string `json:"color,omitempty"`
}

// Edge is a canvas edge.
type Edge struct {
	ID       string `json:"id"`
	FromNode string `json:"fromNode"`
	ToNode   string `json:"toNode"`
	ToEnd    string `json:"toEnd,omitempty"`
	Color    string `json:"color,omitempty"`
	Label    string `json:"label,omitempty"`
}

// Canvas presets for pro and con (JSON Canvas: 1 red, 4 green).
const (
	ProColor = "4"
	ConColor = "1"
)

// Encode writes the map as JSON Canvas. Node and edge IDs are the map's
// IDs, so that the same map always gives the same file.
func Encode(m *argmap.Map) ([]byte, error) {
	c, err := Build(m)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Build makes the canvas of a map.
func Build(m *argmap.Map) (*Canvas, error) {
	c := &Canvas{Nodes: []Node{}, Edges: []Edge{}}
	// Junction nodes sit between the premises' centre and the target.
	centre := argmap.JunctionPoints(m)
	for _, cl := range m.Claims {
		w, h := layout.EstimateText(cl.Text)
		c.Nodes = append(c.Nodes, Node{
			ID: cl.ID.String(), Type: "text", Text: cl.Text,
			X: round(cl.Pos.X - w/2), Y: round(cl.Pos.Y - h/2), Width: round(w), Height: round(h),
			Color: cl.Color,
		})
	}
	targeted := map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		targeted[a.Target] = true
	}
	node := map[argmap.ID]bool{} // arguments drawn as nodes
	for _, a := range m.Arguments {
		if len(a.Premises) != 1 || m.Claim(a.Target) == nil || targeted[a.ID] {
			node[a.ID] = true
		}
	}
	if err := argmap.CheckArguments(m); err != nil {
		return nil, err
	}
	for _, a := range m.Arguments {
		sign, col, label := "+", ProColor, "pro"
		if a.Polarity == argmap.Con {
			sign, col, label = "−", ConColor, "con"
		}
		if !node[a.ID] {
			c.Edges = append(c.Edges, Edge{ID: a.ID.String(), FromNode: a.Premises[0].String(), ToNode: a.Target.String(), ToEnd: "arrow", Color: col, Label: label})
			continue
		}
		p := centre[a.ID]
		text := sign
		if a.Scheme != "" {
			text += " " + a.Scheme
		}
		w := 40 + 8*len([]rune(a.Scheme))
		c.Nodes = append(c.Nodes, Node{ID: a.ID.String(), Type: "text", Text: text, X: round(p.X - float64(w)/2), Y: round(p.Y - 20), Width: w, Height: 40, Color: col})
		for i, pr := range a.Premises {
			c.Edges = append(c.Edges, Edge{ID: fmt.Sprintf("%s-p%d", a.ID, i+1), FromNode: pr.String(), ToNode: a.ID.String(), Color: col})
		}
		c.Edges = append(c.Edges, Edge{ID: a.ID.String() + "-t", FromNode: a.ID.String(), ToNode: a.Target.String(), ToEnd: "arrow", Color: col, Label: label})
	}
	return c, nil
}

func round(f float64) int {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int(math.Round(f))
}
