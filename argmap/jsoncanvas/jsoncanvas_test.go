package jsoncanvas

import (
	"regexp"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/layout"
)

// readCanvas reads a JSON Canvas file as a canvas app would, checking what
// the JSON Canvas 1.0 spec requires: nodes with a unique id, a type of
// text, file, link or group, integer x, y, width and height; edges with a
// unique id whose fromNode and toNode name nodes; colours a preset "1"…"6"
// or "#RRGGBB"; ends "none" or "arrow".
func readCanvas(t *testing.T, data []byte) (nodes map[string]map[string]any, edges []map[string]any) {
	t.Helper()
	var doc map[string][]map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	colour := regexp.MustCompile(`^([1-6]|#[0-9a-fA-F]{6})$`)
	ids := map[string]bool{}
	nodes = map[string]map[string]any{}
	for i, n := range doc["nodes"] {
		id, _ := n["id"].(string)
		if id == "" || ids[id] {
			t.Errorf("nodes[%d]: id %q empty or not unique", i, id)
		}
		ids[id] = true
		switch n["type"] {
		case "text":
			if _, ok := n["text"].(string); !ok {
				t.Errorf("nodes[%d]: a text node needs text", i)
			}
		case "file", "link", "group":
		default:
			t.Errorf("nodes[%d]: type %v", i, n["type"])
		}
		for _, k := range []string{"x", "y", "width", "height"} {
			f, ok := n[k].(float64)
			if !ok || f != float64(int64(f)) {
				t.Errorf("nodes[%d].%s = %v, want an integer", i, k, n[k])
			}
		}
		if c, ok := n["color"]; ok && !colour.MatchString(c.(string)) {
			t.Errorf("nodes[%d].color %q", i, c)
		}
		nodes[id] = n
	}
	for i, e := range doc["edges"] {
		id, _ := e["id"].(string)
		if id == "" || ids[id] {
			t.Errorf("edges[%d]: id %q empty or not unique", i, id)
		}
		ids[id] = true
		for _, k := range []string{"fromNode", "toNode"} {
			if s, _ := e[k].(string); nodes[s] == nil {
				t.Errorf("edges[%d].%s = %v names no node", i, k, e[k])
			}
		}
		for _, k := range []string{"fromEnd", "toEnd"} {
			if v, ok := e[k]; ok && v != "none" && v != "arrow" {
				t.Errorf("edges[%d].%s = %v", i, k, v)
			}
		}
		if c, ok := e["color"]; ok && !colour.MatchString(c.(string)) {
			t.Errorf("edges[%d].color %q", i, c)
		}
		edges = append(edges, e)
	}
	return nodes, edges
}

// TestEncodeReads (issue 14 item 15): the fixture's canvas reads as JSON
// Canvas 1.0 and keeps positions, colours, texts and every link.
func TestEncodeReads(t *testing.T) {
	t.Parallel()
	m := argmaptest.Small()
	m.Claims[0].Color = "#aa3300"
	data, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	nodes, edges := readCanvas(t, data)
	for _, c := range m.Claims {
		n := nodes[c.ID.String()]
		if n == nil {
			t.Fatalf("claim %q has no node", c.Text)
		}
		w, h := layout.EstimateText(c.Text)
		cx := n["x"].(float64) + n["width"].(float64)/2
		cy := n["y"].(float64) + n["height"].(float64)/2
		if n["text"] != c.Text || abs(cx-c.Pos.X) > 1 || abs(cy-c.Pos.Y) > 1 || n["width"].(float64) != float64(int(w+0.5)) || n["height"].(float64) != float64(int(h+0.5)) {
			t.Errorf("claim %q: node %v, want centre %v", c.Text, n, c.Pos)
		}
		if c.Color != "" && n["color"] != c.Color {
			t.Errorf("claim %q: colour %v, want %s", c.Text, n["color"], c.Color)
		}
	}
	// Every premise reaches its argument's target, directly or through
	// the argument's node.
	out := map[string][]string{}
	for _, e := range edges {
		out[e["fromNode"].(string)] = append(out[e["fromNode"].(string)], e["toNode"].(string))
	}
	claimIDs := map[string]bool{}
	for _, c := range m.Claims {
		claimIDs[c.ID.String()] = true
	}
	reaches := func(from, to string) bool {
		for _, x := range out[from] {
			if x == to {
				return true
			}
			for _, y := range out[x] {
				if y == to && !claimIDs[x] {
					return true
				}
			}
		}
		return false
	}
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			target := a.Target.String()
			if !reaches(p.String(), target) {
				t.Errorf("argument %s: no path from premise %s to target %s", a.ID, p, target)
			}
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
