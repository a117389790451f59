// Package microtexts reads the argumentation graphs of the arg-microtexts
// corpus (Peldszus and Stede, arggraph XML) as argument maps, and gives
// the graphs themselves to whoever measures argument mining against them.
//
// A file holds the text's elementary discourse units (edu, in text order),
// joints of adjacent units (joint), argumentative units (adu, proponent
// "pro" or opponent "opp") and edges: seg (EDU or joint to what it makes
// up), sup (support), exa (support by example), reb (rebut: an attack on a
// unit), und (undercut: an attack on an edge) and add (an additional,
// linked premise of an edge). The map has:
//
//   - a claim per ADU, whose text is its EDUs' in order, tagged
//     OpponentTag for an opponent's unit; a comment "arggraph a3 (pro): e3"
//     keeps the IDs. An EDU that makes up no ADU is a claim too, tagged
//     NonArgumentativeTag, so that no part of the text is lost;
//   - a pro argument per sup and exa edge (exa with the scheme "example"),
//     a con argument per reb edge, a con argument on the argument of the
//     attacked edge per und edge; an add edge adds its unit to the premises
//     of its edge's argument.
//
// DecodeText anchors every claim in the text of the file (the corpus's
// micro_b001.txt beside micro_b001.xml), which then becomes the map's
// source.
package microtexts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"github.com/argmap/argmap/argmap"
	"io"
	"strings"
	"sync"
)

// Tags the importer gives claims.
const (
	// OpponentTag marks a claim of the opponent (an ADU of type opp).
	OpponentTag = "opponent"
	// NonArgumentativeTag marks an EDU that makes up no ADU.
	NonArgumentativeTag = "non-argumentative"
)

// Edge types of the arggraph DTD.
const (
	Seg = "seg" // segmentation: EDU → ADU, EDU → joint, joint → ADU
	Sup = "sup" // support: ADU → ADU
	Exa = "exa" // support by example: ADU → ADU
	Add = "add" // an additional premise of an edge: ADU → edge
	Reb = "reb" // rebutting attack: ADU → ADU
	Und = "und" // undercutting attack: ADU → edge
)

// Graph is one arggraph file, as read: every ID is resolved, every edge
// goes between the kinds of node its type allows.
type Graph struct {
	ID      string // the arggraph's id, "micro_b001"
	TopicID string // topic_id, "waste_separation", or ""
	Stance  string // pro, con, unclear or ""
	EDUs    []EDU
	Joints  []Node
	ADUs    []ADU
	Edges   []Edge
}

// Node is where a node of the graph was declared.
type Node struct {
	ID   string
	Line int // 1-based line of its element in the file
}

// EDU is an elementary discourse unit: a segment of the text.
type EDU struct {
	Node
	Text string
}

// ADU is an argumentative discourse unit.
type ADU struct {
	Node
	Opponent bool // type "opp"; otherwise "pro"
}

// Edge is one edge of the graph.
type Edge struct {
	Node
	Src, Trg string
	Type     string // Seg, Sup, Exa, Add, Reb or Und
}

// Error is a fault in a file, with its line: argmap's one located error
// type, which every reader returns.
type Error = argmap.DecodeError

// errorf returns a fault at a line: the file is well-formed XML, but the
// graph it holds is not one (a missing or dangling node, a loop).
func errorf(line int, format string, a ...any) error {
	return argmap.LineError(argmap.KindInvalid, line, 0, format, a...)
}

// Sniff reports whether data looks like an arggraph: an <arggraph element
// near the start.
func Sniff(data []byte) bool {
	if len(data) > 4<<10 {
		data = data[:4<<10]
	}
	return bytes.Contains(data, []byte("<arggraph"))
}

// kind of node an ID names, for checking edges.
type kind int

const (
	kEDU kind = iota + 1
	kJoint
	kADU
	kEdge
)

func (k kind) String() string {
	return [...]string{"", "an EDU", "a joint", "an ADU", "an edge"}[k]
}

// Parse reads an arggraph file and checks it: IDs unique, every edge
// between the kinds of node its type allows, every ADU made of at least
// one EDU, no edge on an edge in a loop. Errors name the line.
func Parse(data []byte) (*Graph, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	g := &Graph{}
	kinds := map[string]kind{}
	lines := map[string]int{}
	declare := func(id string, k kind, line int) error {
		if id == "" {
			return errorf(line, "%s without an id", strings.TrimPrefix(k.String(), "an "))
		}
		if prev, dup := lines[id]; dup {
			return argmap.LineError(argmap.KindReference, line, 0, "id %q declared again (first on line %d)", id, prev)
		}
		kinds[id], lines[id] = k, line
		return nil
	}
	depth, root := 0, false
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, argmap.LineError(argmap.KindSyntax, se.Line, 0, "%s", se.Msg)
			}
			return nil, argmap.LineError(argmap.KindSyntax, line, 0, "%v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			attr := func(name string) string {
				for _, a := range t.Attr {
					if a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			if depth == 1 {
				if t.Name.Local != "arggraph" {
					return nil, argmap.LineError(argmap.KindFormat, line, 0, "<%s>: an arggraph file starts with <arggraph>", t.Name.Local)
				}
				root = true
				g.ID, g.TopicID, g.Stance = attr("id"), attr("topic_id"), attr("stance")
				continue
			}
			if depth > 2 {
				return nil, errorf(line, "<%s> inside <%s>: arggraph elements do not nest", t.Name.Local, "arggraph")
			}
			id := attr("id")
			switch t.Name.Local {
			case "edu":
				var text string
				if err := d.DecodeElement(&text, &t); err != nil {
					return nil, errorf(line, "edu %q: %v", id, err)
				}
				depth--
				if err := declare(id, kEDU, line); err != nil {
					return nil, err
				}
				g.EDUs = append(g.EDUs, EDU{Node: Node{id, line}, Text: text})
			case "joint":
				if err := declare(id, kJoint, line); err != nil {
					return nil, err
				}
				g.Joints = append(g.Joints, Node{id, line})
			case "adu":
				if err := declare(id, kADU, line); err != nil {
					return nil, err
				}
				typ := attr("type")
				if typ != "pro" && typ != "opp" {
					return nil, errorf(line, "adu %q: type %q, want pro or opp", id, typ)
				}
				g.ADUs = append(g.ADUs, ADU{Node: Node{id, line}, Opponent: typ == "opp"})
			case "edge":
				if err := declare(id, kEdge, line); err != nil {
					return nil, err
				}
				g.Edges = append(g.Edges, Edge{Node: Node{id, line}, Src: attr("src"), Trg: attr("trg"), Type: attr("type")})
			default:
				return nil, errorf(line, "<%s> is not an element of an arggraph (edu, joint, adu, edge)", t.Name.Local)
			}
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 && len(bytes.TrimSpace(t)) > 0 {
				return nil, errorf(line, "text %q between the elements of the arggraph", clip(string(bytes.TrimSpace(t))))
			}
		}
	}
	if !root {
		return nil, argmap.LineError(argmap.KindFormat, 1, 0, "no <arggraph> element")
	}
	if err := g.check(kinds); err != nil {
		return nil, err
	}
	return g, nil
}

func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}

// allowed lists, per edge type, the kinds of its source and target.
var allowed = sync.OnceValue(func() map[string]struct{ src, trg []kind } {
	return map[string]struct{ src, trg []kind }{
		Seg: {[]kind{kEDU, kJoint}, []kind{kJoint, kADU}},
		Sup: {[]kind{kADU}, []kind{kADU}},
		Exa: {[]kind{kADU}, []kind{kADU}},
		Reb: {[]kind{kADU}, []kind{kADU}},
		Und: {[]kind{kADU}, []kind{kEdge}},
		Add: {[]kind{kADU}, []kind{kEdge}},
	}
})

func has(ks []kind, k kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// check resolves the edges and checks what the DTD and the annotation
// scheme require.
func (g *Graph) check(kinds map[string]kind) error {
	edges := g.edgeIndex()
	madeOf := map[string]int{} // ADU or joint → segments into it
	for _, e := range g.Edges {
		rule, ok := allowed()[e.Type]
		if !ok {
			return errorf(e.Line, "edge %q: type %q, want seg, sup, exa, add, reb or und", e.ID, e.Type)
		}
		for _, end := range []struct {
			name, id string
			want     []kind
		}{{"src", e.Src, rule.src}, {"trg", e.Trg, rule.trg}} {
			k, ok := kinds[end.id]
			if !ok {
				return argmap.LineError(argmap.KindReference, e.Line, 0, "edge %q: %s %q is no node or edge of the graph", e.ID, end.name, end.id)
			}
			if !has(end.want, k) {
				return errorf(e.Line, "edge %q (%s): %s %q is %s", e.ID, e.Type, end.name, end.id, k)
			}
		}
		if e.Src == e.Trg {
			return errorf(e.Line, "edge %q goes from %q to itself", e.ID, e.Src)
		}
		// An undercut or an added premise belongs to an argument's edge; a
		// seg edge carries no argument (the fuzzer found the decoder
		// following one into nothing).
		if t := edges[e.Trg]; (e.Type == Und || e.Type == Add) && t != nil && t.Type == Seg {
			return errorf(e.Line, "edge %q (%s) aims at edge %q, a segmentation (seg) edge; it must aim at an argument's edge (sup, exa, reb, und or add)", e.ID, e.Type, e.Trg)
		}
		if e.Type == Seg {
			madeOf[e.Trg]++
		}
		if e.Type == Seg && kinds[e.Src] == kJoint && kinds[e.Trg] == kJoint {
			return errorf(e.Line, "edge %q: a joint (%q) cannot make up another joint", e.ID, e.Src)
		}
	}
	for _, a := range g.ADUs {
		if madeOf[a.ID] == 0 {
			return errorf(a.Line, "adu %q is made of no EDU (no seg edge leads to it)", a.ID)
		}
	}
	for _, j := range g.Joints {
		if madeOf[j.ID] == 0 {
			return errorf(j.Line, "joint %q joins no EDU (no seg edge leads to it)", j.ID)
		}
	}
	// An undercut or an additional premise aims at an edge, which may aim
	// at an edge again: the chain must end at a unit, not lead round.
	// Each edge is followed once (state), so that this is linear.
	const (
		open = 1 + iota
		done
	)
	state := make(map[string]int, len(g.Edges))
	for _, e := range g.Edges {
		var path []string
		for id := e.ID; ; {
			x := edges[id]
			if state[id] == done || x == nil || (x.Type != Und && x.Type != Add) {
				break
			}
			if state[id] == open {
				return errorf(e.Line, "edge %q: the edges it aims at lead round in a loop", e.ID)
			}
			state[id] = open
			path = append(path, id)
			id = x.Trg
		}
		for _, id := range path {
			state[id] = done
		}
	}
	return nil
}

// argumentEdge returns the edge whose argument the edge id belongs to:
// itself, or for an additional premise (add) the edge it adds to, and so
// on. Parse made sure that the chain ends.
func argumentEdge(id string, edges map[string]*Edge) *Edge {
	e := edges[id]
	for e.Type == Add {
		e = edges[e.Trg]
	}
	return e
}
