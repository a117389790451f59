package aif

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// dialogue fills the map's dialogue layer with every L, TA and YA node of
// the file, their IDs, texts, times, speakers and layout, the node IDs of
// the claims and arguments (when there is a dialogue), and every edge
// that has a dialogue node at one end: L→TA, TA→TA and L/TA→YA become the
// From of the transition or illocution, TA→L its To, YA→I and YA→S-node
// the anchors of the illocution (the claim or argument made of that node),
// YA→L its To. An edge of any other shape, or to an S-node that made no
// argument, is dropped with a warning naming it.
func (b *builder) dialogue() {
	d := &argmap.Dialogue{Participants: b.g.people}
	at := map[int]func() any{} // dialogue node index → its entry (pointers change as the slices grow, so look up late)
	for _, n := range b.g.nodes {
		var lay *argmap.Layout
		if n.hasPos && n.typ != "I" && !isScheme(n.typ) {
			if math.Abs(n.x) > argmap.MaxCoord || math.Abs(n.y) > argmap.MaxCoord {
				b.warnf(n, "position (%g, %g) beyond the canvas; layout dropped", n.x, n.y)
			} else {
				lay = &argmap.Layout{X: n.x, Y: n.y, Hidden: n.hidden}
			}
		}
		switch n.typ {
		case "L":
			l := argmap.Locution{ID: n.id, Text: b.text(n), Timestamp: n.timestamp, Speaker: n.participant, Layout: lay}
			if l.Timestamp == "" {
				l.Timestamp = b.g.ovaTime[n.id] // OVA3 exports keep it in the layout
			}
			if loc, ok := b.g.locutions[n.id]; ok {
				if loc.person != "" {
					l.Speaker = loc.person
				}
				l.Start, l.End = loc.start, loc.end
			}
			i := len(d.Locutions)
			d.Locutions = append(d.Locutions, l)
			at[n.index] = func() any { return &d.Locutions[i] }
		case "TA":
			i := len(d.Transitions)
			d.Transitions = append(d.Transitions, argmap.Transition{ID: n.id, Text: b.text(n), Scheme: n.schemeRaw, SchemeID: n.schemeID, Timestamp: n.timestamp, Layout: lay})
			at[n.index] = func() any { return &d.Transitions[i] }
		case "YA":
			i := len(d.Illocutions)
			d.Illocutions = append(d.Illocutions, argmap.Illocution{ID: n.id, Text: b.text(n), Scheme: n.schemeRaw, SchemeID: n.schemeID, Timestamp: n.timestamp, Layout: lay})
			at[n.index] = func() any { return &d.Illocutions[i] }
		}
	}
	if len(at) == 0 && len(d.Participants) == 0 {
		return
	}
	for _, f := range b.g.nodes {
		for _, ti := range b.g.out[f.index] {
			t := b.g.nodes[ti]
			from, to := at[f.index], at[t.index]
			if from == nil && to == nil {
				continue
			}
			if !b.dialogueEdge(f, t, from, to) {
				b.rep.DroppedEdges++
				b.warnf(f, "edge to node %q (%s): not a dialogue link Argmap keeps; dropped", t.id, t.typ)
			}
		}
	}
	// The node IDs of the claims and arguments, which the dialogue's edges
	// point to, so that the export lines up with the file.
	d.NodeIDs = make(map[argmap.ID]string, len(b.claim)+len(b.args))
	for i, id := range b.claim {
		d.NodeIDs[id] = b.g.nodes[i].id
	}
	for i, as := range b.args {
		if len(as) > 0 {
			d.NodeIDs[as[0].ID] = b.g.nodes[i].id // an S-node made into several arguments: the first
		}
	}
	b.rep.Locutions, b.rep.Transitions, b.rep.Illocutions = len(d.Locutions), len(d.Transitions), len(d.Illocutions)
	b.m.Dialogue = d
}

// dialogueEdge records the edge f→t, of which at least one end is a
// dialogue node (from, to: its entry, or nil), and reports whether it has
// a place in the dialogue.
func (b *builder) dialogueEdge(f, t *node, from, to func() any) bool {
	if from != nil {
		switch e := to; {
		case e != nil && t.typ != "L":
			// Into a transition or an illocution: its source.
			switch x := e().(type) {
			case *argmap.Transition:
				x.From = append(x.From, f.id)
			case *argmap.Illocution:
				x.From = append(x.From, f.id)
			}
			return true
		case e != nil: // into a locution, from a transition or an illocution
			switch x := from().(type) {
			case *argmap.Transition:
				x.To = append(x.To, t.id)
				return true
			case *argmap.Illocution:
				x.To = append(x.To, t.id)
				return true
			}
			return false
		}
		y, ok := from().(*argmap.Illocution)
		if !ok {
			return false
		}
		if id, ok := b.claim[t.index]; ok {
			y.Anchors = append(y.Anchors, id)
			return true
		}
		if as := b.args[t.index]; len(as) > 0 {
			y.Anchors = append(y.Anchors, as[0].ID)
			return true
		}
	}
	return false
}

// text is a node's text made valid UTF-8.
func (b *builder) text(n *node) string {
	if utf8.ValidString(n.text) {
		return n.text
	}
	b.warnf(n, "invalid UTF-8 replaced")
	return strings.ToValidUTF8(n.text, "\uFFFD")
}
