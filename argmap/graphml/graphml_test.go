package graphml

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/layout"
)

// The parts of GraphML with yEd's extension that the reader checks.
type gmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID     string `xml:"id,attr"`
		For    string `xml:"for,attr"`
		YFiles string `xml:"yfiles.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []gmlNode `xml:"node"`
		Edges       []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key  string `xml:"key,attr"`
				Line struct {
					Style struct {
						Color string `xml:"color,attr"`
					} `xml:"http://www.yworks.com/xml/graphml LineStyle"`
					Arrows struct {
						Target string `xml:"target,attr"`
					} `xml:"http://www.yworks.com/xml/graphml Arrows"`
				} `xml:"http://www.yworks.com/xml/graphml PolyLineEdge"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmlNode struct {
	ID   string `xml:"id,attr"`
	Data []struct {
		Key   string `xml:"key,attr"`
		Text  string `xml:",chardata"`
		Shape *struct {
			Fill struct {
				Color string `xml:"color,attr"`
			} `xml:"http://www.yworks.com/xml/graphml Fill"`
			Label string `xml:"http://www.yworks.com/xml/graphml NodeLabel"`
		} `xml:"http://www.yworks.com/xml/graphml ShapeNode"`
	} `xml:"data"`
}

// geometry is a node's y:Geometry.
type geometry struct {
	X, Y, Width, Height float64
}

func readGeometry(t *testing.T, data []byte) map[string]geometry {
	t.Helper()
	var d struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Geom []struct {
				X      string `xml:"x,attr"`
				Y      string `xml:"y,attr"`
				Width  string `xml:"width,attr"`
				Height string `xml:"height,attr"`
			} `xml:"data>ShapeNode>Geometry"`
		} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	out := map[string]geometry{}
	for _, n := range d.Nodes {
		if len(n.Geom) != 1 {
			t.Errorf("node %s: %d geometries", n.ID, len(n.Geom))
			continue
		}
		g := n.Geom[0]
		f := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Errorf("node %s: geometry %q", n.ID, s)
			}
			return v
		}
		out[n.ID] = geometry{f(g.X), f(g.Y), f(g.Width), f(g.Height)}
	}
	return out
}

// TestEncodeReads (issue 14 item 15): the fixture's GraphML reads as XML
// with yEd's keys, every node has a geometry at its claim's place, a fill
// and a label, and every edge joins existing nodes.
func TestEncodeReads(t *testing.T) {
	t.Parallel()
	m := argmaptest.Small()
	m.Claims[1].Color = "#aa3300"
	data, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	var d gmlDoc
	if err := xml.Unmarshal(data, &d); err != nil {
		t.Fatalf("not GraphML: %v\n%s", err, data)
	}
	yfiles := map[string]string{}
	for _, k := range d.Keys {
		if k.YFiles != "" {
			yfiles[k.ID] = k.For + " " + k.YFiles
		}
	}
	if yfiles["d1"] != "node nodegraphics" || yfiles["d2"] != "edge edgegraphics" || d.Graph.EdgeDefault != "directed" {
		t.Errorf("keys %v, edgedefault %q", yfiles, d.Graph.EdgeDefault)
	}
	geom := readGeometry(t, data)
	ids := map[string]bool{}
	labels := map[string]string{}
	fills := map[string]string{}
	for _, n := range d.Graph.Nodes {
		ids[n.ID] = true
		for _, dd := range n.Data {
			if dd.Shape != nil {
				labels[n.ID] = dd.Shape.Label
				fills[n.ID] = dd.Shape.Fill.Color
			}
		}
	}
	if len(d.Graph.Nodes) != len(m.Claims)+len(m.Arguments) {
		t.Errorf("%d nodes, want %d", len(d.Graph.Nodes), len(m.Claims)+len(m.Arguments))
	}
	for _, c := range m.Claims {
		id := c.ID.String()
		g := geom[id]
		w, h := layout.EstimateText(c.Text)
		if labels[id] != c.Text || abs(g.X+g.Width/2-c.Pos.X) > 0.1 || abs(g.Y+g.Height/2-c.Pos.Y) > 0.1 || abs(g.Width-w) > 0.1 || abs(g.Height-h) > 0.1 {
			t.Errorf("claim %q: label %q, geometry %+v, want centre %v", c.Text, labels[id], g, c.Pos)
		}
		if c.Color != "" && fills[id] != strings.ToUpper(c.Color) {
			t.Errorf("claim %q: fill %q", c.Text, fills[id])
		}
	}
	if len(d.Graph.Edges) == 0 {
		t.Fatal("no edges")
	}
	for _, e := range d.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
		}
		if len(e.Data) != 1 || e.Data[0].Line.Style.Color == "" {
			t.Errorf("edge %s has no yEd line style", e.ID)
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
