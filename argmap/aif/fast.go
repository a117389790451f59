package aif

import (
	"math"
	"strconv"
	"strings"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// The fast path: one pass of the JSON decoder over the whole document into
// typed structs, with the fields whose JSON type varies between dialects
// (IDs as strings or numbers, coordinates as numbers or numeric strings) as
// any. It gives up (returns nil) at anything it does not read exactly as
// parseSlow does, which then reads the document again and names the place
// of the fault: a document with faults costs two parses, one without costs
// one, and no place is formatted unless something is wrong.

type fastNode struct {
	NodeID        any     `json:"nodeID"`
	Text          string  `json:"text"`
	Type          string  `json:"type"`
	Timestamp     *string `json:"timestamp"`
	Scheme        any     `json:"scheme"`
	SchemeID      any     `json:"schemeID"`
	ParticipantID any     `json:"participantID"`
	X             any     `json:"x"`
	Y             any     `json:"y"`
	Visible       any     `json:"visible"`
}

type fastEdge struct {
	FromID any `json:"fromID"`
	ToID   any `json:"toID"`
}

type fastLocution struct {
	NodeID   any    `json:"nodeID"`
	PersonID any    `json:"personID"`
	Start    string `json:"start"`
	End      string `json:"end"`
}

type fastParticipant struct {
	ParticipantID any    `json:"participantID"`
	Firstname     string `json:"firstname"`
	Surname       string `json:"surname"`
}

type fastFulfilment struct {
	NodeID   any `json:"nodeID"`
	SchemeID any `json:"schemeID"`
}

type fastGraph struct {
	Nodes        *[]fastNode        `json:"nodes"`
	Edges        []fastEdge         `json:"edges"`
	Locutions    []fastLocution     `json:"locutions"`
	Participants *[]fastParticipant `json:"participants"`
	Fulfilments  []fastFulfilment   `json:"schemefulfillments"`
	Analysis     any                `json:"analysis"`
}

type fastOVANode struct {
	NodeID    any    `json:"nodeID"`
	X         any    `json:"x"`
	Y         any    `json:"y"`
	Timestamp string `json:"timestamp"`
	Visible   any    `json:"visible"`
}

type fastOVA struct {
	Firstname string        `json:"firstname"`
	Surname   string        `json:"surname"`
	URL       string        `json:"url"`
	Nodes     []fastOVANode `json:"nodes"`
}

type fastDoc struct {
	fastGraph
	AIF *fastGraph `json:"AIF"`
	OVA *fastOVA   `json:"OVA"`
}

// fastID reads an ID as id does: a string as it is, an integer in
// decimal, null or absent as "". ok is false for what only parseSlow reads
// exactly (a fraction, an integer too large for a float, another type).
func fastID(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", true
	case string:
		return x, true
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return strconv.FormatInt(int64(x), 10), true
		}
	}
	return "", false
}

// fastNum reads a coordinate as num does.
func fastNum(v any) (f float64, present, ok bool) {
	switch x := v.(type) {
	case nil:
		return 0, false, true
	case float64:
		return x, true, true
	case string:
		s := strings.TrimSpace(x)
		if s == "" {
			return 0, false, true
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, false, false
		}
		return f, true, true
	}
	return 0, false, false
}

// fastVisible is visible for a decoded value: only false hides.
func fastVisible(v any) bool { b, ok := v.(bool); return !ok || b }

func parseFast(data []byte) *graph {
	// The library skips the values of keys the typed structs lack without
	// checking their syntax, so a damaged file could read here and be
	// refused by the careful path: check the syntax of the whole first
	// (fastReadable, a scan a fraction of a parse's cost; the library's
	// Valid costs more than a parse).
	if !fastReadable(data) {
		return nil
	}
	var doc fastDoc
	if json.Unmarshal(data, &doc) != nil {
		return nil
	}
	g := &graph{byID: map[string]*node{}, locutions: map[string]locution{}, participants: map[string]string{}}
	top := &doc.fastGraph
	switch {
	case doc.AIF != nil:
		g.envelope = OVA3Export
		top = doc.AIF
		if !g.fastOVA(doc.OVA) {
			return nil
		}
	case doc.Nodes != nil:
		g.envelope = AIFdb
		if doc.Analysis != nil || doc.Participants != nil {
			g.envelope = OVA3Save
		}
	default:
		return nil
	}
	prefix := ""
	if top == doc.AIF {
		prefix = "AIF."
	}
	if top.Nodes == nil || !g.fastNodes(*top.Nodes) || !g.fastEdges(prefix, top.Edges) {
		return nil
	}
	if top.Participants != nil && !g.fastParticipants(*top.Participants) {
		return nil
	}
	if !g.fastLocutions(top.Locutions) || !g.fastFulfilments(top.Fulfilments) {
		return nil
	}
	return g
}

func (g *graph) fastNodes(ws []fastNode) bool {
	g.nodes = make([]*node, 0, len(ws))
	all := make([]node, len(ws)) // one allocation for every node
	noMeta := len(ws) > 0
	for i := range ws {
		w := &ws[i]
		n := &all[i]
		n.index = i
		var ok bool
		if n.id, ok = fastID(w.NodeID); !ok || n.id == "" {
			return false
		}
		if _, dup := g.byID[n.id]; dup {
			return false
		}
		n.typ = w.Type
		if !nodeTypes()[n.typ] {
			n.typ = strings.ToUpper(strings.TrimSpace(w.Type))
			if !nodeTypes()[n.typ] {
				return false
			}
		}
		n.text = w.Text
		if w.Timestamp != nil {
			n.timestamp = *w.Timestamp
			noMeta = false
		}
		if n.scheme, ok = fastID(w.Scheme); !ok {
			return false
		}
		if n.schemeID, ok = fastID(w.SchemeID); !ok {
			return false
		}
		n.schemeRaw = n.scheme
		if n.scheme == "" {
			n.scheme = n.schemeID
		}
		if n.participant, ok = fastID(w.ParticipantID); !ok {
			return false
		}
		if n.participant == "0" {
			n.participant = ""
		}
		x, okx, ok1 := fastNum(w.X)
		y, oky, ok2 := fastNum(w.Y)
		if !ok1 || !ok2 {
			return false
		}
		if okx || oky {
			n.x, n.y, n.hasPos, n.hidden = x, y, true, !fastVisible(w.Visible)
			g.envelope = OVA3Save
		} else if p, found := g.ovaLayout[n.id]; found {
			n.x, n.y, n.hasPos, n.hidden = p.x, p.y, true, p.hidden
		}
		g.nodes = append(g.nodes, n)
		g.byID[n.id] = n
	}
	if noMeta && g.envelope == AIFdb {
		g.envelope = DialAM
	}
	return true
}

func (g *graph) fastEdges(prefix string, ws []fastEdge) bool {
	g.out = make([][]int, len(g.nodes))
	g.in = make([][]int, len(g.nodes))
	for i, w := range ws {
		from, ok1 := fastID(w.FromID)
		to, ok2 := fastID(w.ToID)
		if !ok1 || !ok2 || from == "" || to == "" {
			return false
		}
		f, t := g.byID[from], g.byID[to]
		switch {
		case f == nil || t == nil:
			missing := from
			if f != nil {
				missing = to
			}
			g.warnf("%sedges[%d]: unknown node %q; edge dropped", prefix, i, missing)
			g.droppedEdges++
			continue
		case f == t:
			g.warnf("%sedges[%d]: edge from node %q to itself; dropped", prefix, i, from)
			g.droppedEdges++
			continue
		}
		g.out[f.index] = append(g.out[f.index], t.index)
		g.in[t.index] = append(g.in[t.index], f.index)
	}
	return true
}

func (g *graph) fastParticipants(ws []fastParticipant) bool {
	for _, w := range ws {
		pid, ok := fastID(w.ParticipantID)
		if !ok {
			return false
		}
		if _, dup := g.participants[pid]; pid != "" && !dup {
			g.participants[pid] = strings.TrimSpace(w.Firstname + " " + w.Surname)
			g.people = append(g.people, argmap.Participant{ID: pid, Firstname: w.Firstname, Surname: w.Surname})
		}
	}
	return true
}

func (g *graph) fastLocutions(ws []fastLocution) bool {
	for _, w := range ws {
		nid, ok1 := fastID(w.NodeID)
		person, ok2 := fastID(w.PersonID)
		if !ok1 || !ok2 {
			return false
		}
		if _, dup := g.locutions[nid]; dup || nid == "" {
			continue
		}
		g.locutions[nid] = locution{person: person, start: w.Start, end: w.End}
	}
	return true
}

func (g *graph) fastFulfilments(ws []fastFulfilment) bool {
	for _, w := range ws {
		nid, ok1 := fastID(w.NodeID)
		sid, ok2 := fastID(w.SchemeID)
		if !ok1 || !ok2 {
			return false
		}
		if n := g.byID[nid]; n != nil {
			if n.scheme == "" {
				n.scheme = sid
			}
			if n.schemeID == "" {
				n.schemeID = sid
			}
		}
	}
	return true
}

func (g *graph) fastOVA(w *fastOVA) bool {
	if w == nil {
		return true
	}
	if name := strings.TrimSpace(w.Firstname + " " + w.Surname); name != "" {
		g.analysts = append(g.analysts, name)
	}
	g.url = strings.TrimSpace(w.URL)
	g.ovaLayout = make(map[string]ovaPos, len(w.Nodes))
	g.ovaTime = make(map[string]string)
	for _, n := range w.Nodes {
		nid, ok := fastID(n.NodeID)
		if !ok {
			return false
		}
		x, okx, ok1 := fastNum(n.X)
		y, oky, ok2 := fastNum(n.Y)
		if !ok1 || !ok2 {
			return false
		}
		if okx || oky {
			g.ovaLayout[nid] = ovaPos{x, y, !fastVisible(n.Visible)}
		}
		if n.Timestamp != "" {
			g.ovaTime[nid] = n.Timestamp
		}
	}
	return true
}
