package aif

import (
	"fmt"
	"strings"
	"sync"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// Envelope names the form an AIF-JSON document came in.
type Envelope string

// The envelopes AIF-JSON is found in (FORMATS.md §1.1).
const (
	AIFdb      Envelope = "AIFdb nodeset"        // {nodes, edges, locutions}
	OVA3Export Envelope = "OVA3 export"          // {AIF, OVA, text}
	OVA3Save   Envelope = "OVA3 save"            // {nodes, edges, …, analysis} with x/y in nodes
	DialAM     Envelope = "AIF without metadata" // DialAM reduced: no timestamps, no formEdgeID
)

// node is one AIF node with its ID normalised to a string.
type node struct {
	index       int
	id          string
	text        string
	typ         string // upper case: I L RA CA MA PA TA YA
	timestamp   string
	scheme      string // a name or a numeric scheme ID, as found
	schemeID    string // the schemeID field (or the OVA3 scheme fulfilment), as found
	schemeRaw   string // the scheme field alone, as found
	participant string // OVA3 save: the node's participantID, "" for none
	x, y        float64
	hasPos      bool
	hidden      bool // OVA's "visible": false
}

type locution struct {
	person     string
	start, end string
}

// graph is an AIF document with its envelope removed and IDs resolved.
type graph struct {
	envelope     Envelope
	nodes        []*node
	byID         map[string]*node
	out, in      [][]int // adjacency by node index
	locutions    map[string]locution
	participants map[string]string // participantID → "Firstname Surname"
	people       []argmap.Participant
	analysts     []string
	url          string            // OVA3 export: the address of the analysed text, "" when none
	ovaLayout    map[string]ovaPos // OVA3 export: nodeID → position
	ovaTime      map[string]string // OVA3 export: nodeID → JavaScript date
	warnings     []string
	droppedEdges int
}

var nodeTypes = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"I": true, "L": true, "RA": true, "CA": true, "MA": true, "PA": true, "TA": true, "YA": true}
})

// parse reads the envelope and the AIF graph inside it: in one pass of
// the JSON decoder into typed structs for a document without faults (see
// parseFast), else by parseSlow, which reads it part by part to name the
// place of the fault.
func parse(data []byte) (*graph, error) {
	if g := parseFast(data); g != nil {
		return g, nil
	}
	return parseSlow(data)
}

// parseSlow reads the document part by part, each fault with its place.
func parseSlow(data []byte) (*graph, error) {
	var top map[string]json.RawMessage
	if err := unmarshal(data, data, 0, "", &top); err != nil {
		return nil, err
	}
	if top == nil {
		return nil, errKind(argmap.KindFormat, "", "not AIF-JSON: the document is not an object")
	}
	g := &graph{byID: map[string]*node{}, locutions: map[string]locution{}, participants: map[string]string{}}
	prefix := ""
	switch {
	case !isNull(top["AIF"]):
		g.envelope = OVA3Export
		prefix = "AIF."
		inner, ova := top["AIF"], top["OVA"]
		top = nil
		if err := unmarshal(data, inner, -1, "AIF", &top); err != nil {
			return nil, err
		}
		if top == nil {
			return nil, errAt("AIF", "want an object")
		}
		if err := g.readOVA(ova); err != nil {
			return nil, err
		}
	case top["nodes"] != nil:
		g.envelope = AIFdb
		// A null is no section, as the fast path (and OVA) reads it.
		if !isNull(top["analysis"]) || !isNull(top["participants"]) {
			g.envelope = OVA3Save
		}
	default:
		return nil, errKind(argmap.KindFormat, "", "not AIF-JSON: no \"nodes\" and no \"AIF\" at the top level")
	}
	var wg wireGraph
	for _, f := range []struct {
		key string
		dst *[]json.RawMessage
	}{{"nodes", &wg.Nodes}, {"edges", &wg.Edges}, {"locutions", &wg.Locutions},
		{"participants", &wg.Participants}, {"schemefulfillments", &wg.Fulfilments}} {
		if raw := top[f.key]; !isNull(raw) {
			if err := unmarshal(data, raw, -1, prefix+f.key, f.dst); err != nil {
				return nil, err
			}
		}
	}
	if err := g.readNodes(data, prefix, wg.Nodes); err != nil {
		return nil, err
	}
	if err := g.readEdges(data, prefix, wg.Edges); err != nil {
		return nil, err
	}
	if err := g.readParticipants(data, prefix, wg.Participants); err != nil {
		return nil, err
	}
	if err := g.readLocutions(data, prefix, wg.Locutions); err != nil {
		return nil, err
	}
	if err := g.readFulfilments(data, prefix, wg.Fulfilments); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *graph) warnf(format string, a ...any) {
	g.warnings = append(g.warnings, fmt.Sprintf(format, a...))
}

func (g *graph) readNodes(data []byte, prefix string, raws []json.RawMessage) error {
	g.nodes = make([]*node, 0, len(raws))
	noMeta := len(raws) > 0
	for i, raw := range raws {
		place := fmt.Sprintf("%snodes[%d]", prefix, i)
		var w wireNode
		if err := unmarshal(data, raw, -1, place, &w); err != nil {
			return err
		}
		n := &node{index: len(g.nodes)}
		var err error
		if n.id, err = id(w.NodeID, place+".nodeID"); err != nil {
			return err
		}
		if n.id == "" {
			return errAt(place+".nodeID", "missing")
		}
		if first, dup := g.byID[n.id]; dup {
			return errKind(argmap.KindReference, place+".nodeID", "duplicate node ID %q (also %snodes[%d])", n.id, prefix, first.index)
		}
		typ, err := str(w.Type, place+".type")
		if err != nil {
			return err
		}
		n.typ = strings.ToUpper(strings.TrimSpace(typ))
		if !nodeTypes()[n.typ] {
			if typ == "" {
				return errAt(place+".type", "missing node type")
			}
			return errAt(place+".type", "unknown node type %q", typ)
		}
		if n.text, err = str(w.Text, place+".text"); err != nil {
			return err
		}
		if n.timestamp, err = str(w.Timestamp, place+".timestamp"); err != nil {
			return err
		}
		// A null timestamp is none, as the fast path reads it.
		if !isNull(w.Timestamp) {
			noMeta = false
		}
		// scheme is a name (AIFdb) or a numeric ID as a string (OVA3 save).
		if n.scheme, err = id(w.Scheme, place+".scheme"); err != nil {
			return err
		}
		if n.schemeID, err = id(w.SchemeID, place+".schemeID"); err != nil {
			return err
		}
		n.schemeRaw = n.scheme
		if n.scheme == "" {
			n.scheme = n.schemeID
		}
		if n.participant, err = id(w.ParticipantID, place+".participantID"); err != nil {
			return err
		}
		if n.participant == "0" {
			n.participant = ""
		}
		x, okx, err := num(w.X, place+".x")
		if err != nil {
			return err
		}
		y, oky, err := num(w.Y, place+".y")
		if err != nil {
			return err
		}
		if okx || oky {
			n.x, n.y, n.hasPos, n.hidden = x, y, true, !visible(w.Visible)
			g.envelope = OVA3Save
		} else if p, ok := g.ovaLayout[n.id]; ok {
			n.x, n.y, n.hasPos, n.hidden = p.x, p.y, true, p.hidden
		}
		g.nodes = append(g.nodes, n)
		g.byID[n.id] = n
	}
	if noMeta && g.envelope == AIFdb {
		g.envelope = DialAM
	}
	return nil
}

func (g *graph) readEdges(data []byte, prefix string, raws []json.RawMessage) error {
	g.out = make([][]int, len(g.nodes))
	g.in = make([][]int, len(g.nodes))
	for i, raw := range raws {
		place := fmt.Sprintf("%sedges[%d]", prefix, i)
		var w wireEdge
		if err := unmarshal(data, raw, -1, place, &w); err != nil {
			return err
		}
		from, err := id(w.FromID, place+".fromID")
		if err != nil {
			return err
		}
		to, err := id(w.ToID, place+".toID")
		if err != nil {
			return err
		}
		f, t := g.byID[from], g.byID[to]
		switch {
		case from == "":
			return errAt(place+".fromID", "missing")
		case to == "":
			return errAt(place+".toID", "missing")
		case f == nil || t == nil:
			// No collected file has dangling edges; an AIFdb subset could.
			// Keep the rest of the map rather than refuse it.
			missing := from
			if f != nil {
				missing = to
			}
			g.warnf("%s: unknown node %q; edge dropped", place, missing)
			g.droppedEdges++
			continue
		case f == t:
			g.warnf("%s: edge from node %q to itself; dropped", place, from)
			g.droppedEdges++
			continue
		}
		g.out[f.index] = append(g.out[f.index], t.index)
		g.in[t.index] = append(g.in[t.index], f.index)
	}
	return nil
}

func (g *graph) readParticipants(data []byte, prefix string, raws []json.RawMessage) error {
	for i, raw := range raws {
		place := fmt.Sprintf("%sparticipants[%d]", prefix, i)
		var w wireParticipant
		if err := unmarshal(data, raw, -1, place, &w); err != nil {
			return err
		}
		pid, err := id(w.ParticipantID, place+".participantID")
		if err != nil {
			return err
		}
		first, err := str(w.Firstname, place+".firstname")
		if err != nil {
			return err
		}
		last, err := str(w.Surname, place+".surname")
		if err != nil {
			return err
		}
		if _, dup := g.participants[pid]; pid != "" && !dup {
			g.participants[pid] = strings.TrimSpace(first + " " + last)
			g.people = append(g.people, argmap.Participant{ID: pid, Firstname: first, Surname: last})
		}
	}
	return nil
}

// readLocutions keeps the first locution of each node: duplicates are
// common (araucaria/nodeset79 has 174 locutions for 20 nodes).
func (g *graph) readLocutions(data []byte, prefix string, raws []json.RawMessage) error {
	for i, raw := range raws {
		place := fmt.Sprintf("%slocutions[%d]", prefix, i)
		var w wireLocution
		if err := unmarshal(data, raw, -1, place, &w); err != nil {
			return err
		}
		nid, err := id(w.NodeID, place+".nodeID")
		if err != nil {
			return err
		}
		person, err := id(w.PersonID, place+".personID")
		if err != nil {
			return err
		}
		start, err := str(w.Start, place+".start")
		if err != nil {
			return err
		}
		end, err := str(w.End, place+".end")
		if err != nil {
			return err
		}
		if _, dup := g.locutions[nid]; dup || nid == "" {
			continue
		}
		g.locutions[nid] = locution{person: person, start: start, end: end}
	}
	return nil
}

// readFulfilments takes the scheme IDs of an OVA3 document for nodes that
// name none themselves.
func (g *graph) readFulfilments(data []byte, prefix string, raws []json.RawMessage) error {
	for i, raw := range raws {
		place := fmt.Sprintf("%sschemefulfillments[%d]", prefix, i)
		var w wireFulfilment
		if err := unmarshal(data, raw, -1, place, &w); err != nil {
			return err
		}
		nid, err := id(w.NodeID, place+".nodeID")
		if err != nil {
			return err
		}
		sid, err := id(w.SchemeID, place+".schemeID")
		if err != nil {
			return err
		}
		if n := g.byID[nid]; n != nil && n.scheme == "" {
			n.scheme = sid
		}
		if n := g.byID[nid]; n != nil && n.schemeID == "" {
			n.schemeID = sid
		}
	}
	return nil
}

// readOVA reads the analyst, the text's address and the layout of an OVA3 export. Positions are
// applied to the nodes once they are read, so they are kept by ID here.
func (g *graph) readOVA(raw json.RawMessage) error {
	if isNull(raw) {
		return nil
	}
	var w wireOVA
	if err := unmarshal(nil, raw, -1, "OVA", &w); err != nil {
		return err
	}
	first, err := str(w.Firstname, "OVA.firstname")
	if err != nil {
		return err
	}
	last, err := str(w.Surname, "OVA.surname")
	if err != nil {
		return err
	}
	if name := strings.TrimSpace(first + " " + last); name != "" {
		g.analysts = append(g.analysts, name)
	}
	// The address is only the map's source: one of another type costs
	// that, not the file.
	if url, err := str(w.URL, "OVA.url"); err != nil {
		g.warnings = append(g.warnings, err.Error()+"; ignored")
	} else {
		g.url = strings.TrimSpace(url)
	}
	g.ovaLayout = make(map[string]ovaPos, len(w.Nodes))
	g.ovaTime = make(map[string]string)
	for i, r := range w.Nodes {
		place := fmt.Sprintf("OVA.nodes[%d]", i)
		var n wireOVANode
		if err := unmarshal(nil, r, -1, place, &n); err != nil {
			return err
		}
		nid, err := id(n.NodeID, place+".nodeID")
		if err != nil {
			return err
		}
		x, okx, err := num(n.X, place+".x")
		if err != nil {
			return err
		}
		y, oky, err := num(n.Y, place+".y")
		if err != nil {
			return err
		}
		ts, err := str(n.Timestamp, place+".timestamp")
		if err != nil {
			return err
		}
		if okx || oky {
			g.ovaLayout[nid] = ovaPos{x, y, !visible(n.Visible)}
		}
		if ts != "" {
			g.ovaTime[nid] = ts
		}
	}
	return nil
}

type ovaPos struct {
	x, y   float64
	hidden bool
}
