package aif

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
)

// The export is the AIFdb nodeset form {nodes, edges, locutions}: AIFdb's
// upload reads it, and OVA3 opens it too (it lays the nodes out itself).
// Node IDs are the position in the map, claims first then arguments, as
// digit strings: the same map always gives the same IDs, and tools that
// expect AIFdb's numeric IDs accept them. A map with a Dialogue gives its
// claims and arguments the node IDs they had (Dialogue.NodeIDs), and its
// dialogue nodes, written last, theirs; the numbering skips all of those.

type outNode struct {
	NodeID    string `json:"nodeID"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Timestamp string `json:"timestamp,omitempty"`
	Scheme    string `json:"scheme,omitempty"`
	SchemeID  string `json:"schemeID,omitempty"`
	// The OVA layout of a dialogue node that had one (as OVA3 saves it).
	X       *float64 `json:"x,omitempty"`
	Y       *float64 `json:"y,omitempty"`
	Visible *bool    `json:"visible,omitempty"`
}

type outEdge struct {
	EdgeID     string  `json:"edgeID"`
	FromID     string  `json:"fromID"`
	ToID       string  `json:"toID"`
	FormEdgeID *string `json:"formEdgeID"`
}

type outDoc struct {
	Nodes        []outNode        `json:"nodes"`
	Edges        []outEdge        `json:"edges"`
	Locutions    []outLocution    `json:"locutions"`
	Participants []outParticipant `json:"participants,omitempty"`
}

// AIFdb's scheme IDs for the default schemes, so that AIFdb files them
// under the right scheme; named schemes go by name only.
const (
	defaultInference = "72"
	defaultConflict  = "71"
	defaultRephrase  = "144"
)

// Encode writes the map as AIF-JSON: a claim becomes an I-node, a pro
// argument an RA (an MA when tagged "rephrase"), a con argument a CA, with
// edges from each premise to the S-node and from the S-node to its target
// (an I-node, or the S-node of the argument it is aimed at). The scheme is
// written as its AIF name ("Expert Opinion"). The map's Dialogue is written
// back node for node (see encoder.dialogueLayer); a map without one, saved
// by an Argmap that kept the dialogue as comments, has those comments
// written as L, YA and TA nodes (see encoder.dialogue). Other annotations
// and the layout of claims have no place in plain AIF and are left out. The
// output is deterministic.
func Encode(m *argmap.Map) ([]byte, error) {
	e := &encoder{
		reserved: m.Dialogue.Kinds(),
		kept:     keptNodeIDs(m),
		ids:      make(map[argmap.ID]string, len(m.Claims)+len(m.Arguments)),
		isClaim:  make(map[argmap.ID]bool, len(m.Claims)),
		skipped:  map[argmap.ID]bool{},
		doc: outDoc{
			Nodes:     make([]outNode, 0, len(m.Claims)+len(m.Arguments)),
			Edges:     []outEdge{},
			Locutions: []outLocution{},
		},
	}
	// The numbering skips every kept ID, given out or not yet.
	e.taken, e.used = make(map[string]bool, len(e.kept)), make(map[string]bool, len(e.kept))
	for _, k := range e.kept {
		e.taken[k] = true
	}
	ids, isClaim := e.ids, e.isClaim
	// The stand-in of a self-attack (see selfAttack) is written as what it
	// stands for: the CA goes from the claim to itself.
	standFor := standIns(m)
	for i, c := range m.Claims {
		if _, dup := ids[c.ID]; dup {
			return nil, fmt.Errorf("map.claims[%d].id: duplicate ID %s", i, c.ID)
		}
		if _, ok := standFor[c.ID]; ok {
			continue
		}
		ids[c.ID] = e.nodeOf(c.ID, outNode{Text: c.Text, Type: "I"})
		isClaim[c.ID] = true
	}
	for id, x := range standFor {
		ids[id] = ids[x]
		isClaim[id] = true
		e.skipped[id] = true
	}
	for i, a := range m.Arguments {
		if _, dup := ids[a.ID]; dup {
			return nil, fmt.Errorf("map.arguments[%d].id: duplicate ID %s", i, a.ID)
		}
		if _, ok := standFor[a.Target]; ok && a.Polarity == argmap.Pro {
			e.skipped[a.ID] = true
			continue
		}
		var n outNode
		switch {
		case a.Polarity == argmap.Con:
			n.Type, n.Text, n.SchemeID = "CA", "Default Conflict", defaultConflict
		case slices.Contains(a.Tags, RephraseTag):
			n.Type, n.Text, n.SchemeID = "MA", "Default Rephrase", defaultRephrase
		default:
			n.Type, n.Text, n.SchemeID = "RA", "Default Inference", defaultInference
		}
		if a.Scheme != "" {
			n.Text, n.Scheme, n.SchemeID = SchemeName(a.Scheme), SchemeName(a.Scheme), ""
			// The name and ID the imported file had, while still this scheme.
			for _, c := range a.Comments {
				if name, sid, ok := parseSchemeComment(c.Text); ok && SchemeID(name) == a.Scheme {
					n.Text, n.Scheme, n.SchemeID = name, name, sid
					break
				}
			}
		} else {
			n.Scheme = n.Text
		}
		ids[a.ID] = e.nodeOf(a.ID, n)
	}
	for i, a := range m.Arguments {
		if e.skipped[a.ID] {
			continue
		}
		self := ids[a.ID]
		for j, p := range a.Premises {
			if !isClaim[p] {
				return nil, fmt.Errorf("map.arguments[%d].premises[%d]: unknown claim %s", i, j, p)
			}
			e.edge(ids[p], self)
		}
		target, ok := ids[a.Target]
		if !ok {
			return nil, fmt.Errorf("map.arguments[%d].target: unknown claim or argument %s", i, a.Target)
		}
		e.edge(self, target)
	}
	if m.Dialogue != nil {
		if err := e.dialogueLayer(m); err != nil {
			return nil, err
		}
	} else {
		e.dialogue(m)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(e.doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encoder holds an export under way.
type encoder struct {
	doc     outDoc
	ids     map[argmap.ID]string // claim or argument → its node
	isClaim map[argmap.ID]bool
	skipped map[argmap.ID]bool // stand-ins of self-attacks and their pro arguments
	// reserved are the node IDs of the dialogue, which the numbering skips.
	reserved map[string]argmap.DialogueNodeKind
	// kept are the node IDs the claims and arguments had in the file they
	// came from (Dialogue.NodeIDs), used while they are unique; the
	// numbering skips them too.
	kept  map[argmap.ID]string
	taken map[string]bool // kept IDs, which the numbering skips
	used  map[string]bool // kept IDs given out
	next  int             // the last number given
}

// keptNodeIDs are the node IDs to give back: those of claims and arguments
// the map has, never one of a dialogue node.
func keptNodeIDs(m *argmap.Map) map[argmap.ID]string {
	d := m.Dialogue.Pruned(m)
	if d == nil || len(d.NodeIDs) == 0 {
		return nil
	}
	dialogue := d.Kinds()
	kept := make(map[argmap.ID]string, len(d.NodeIDs))
	for id, n := range d.NodeIDs {
		if _, clash := dialogue[n]; !clash && n != "" {
			kept[id] = n
		}
	}
	return kept
}

// node adds a node, numbered in order, and returns its ID.
func (e *encoder) node(n outNode) string {
	for {
		e.next++
		n.NodeID = strconv.Itoa(e.next)
		if _, taken := e.reserved[n.NodeID]; !taken && !e.taken[n.NodeID] {
			break
		}
	}
	e.doc.Nodes = append(e.doc.Nodes, n)
	return n.NodeID
}

// nodeOf adds the node of a claim or argument: with the node ID it had
// when that is still free (a second claim with the same kept ID, after a
// copy, is numbered), else numbered.
func (e *encoder) nodeOf(id argmap.ID, n outNode) string {
	if k, ok := e.kept[id]; ok && !e.used[k] {
		e.used[k] = true
		n.NodeID = k
		e.doc.Nodes = append(e.doc.Nodes, n)
		return k
	}
	return e.node(n)
}

func (e *encoder) edge(from, to string) {
	e.doc.Edges = append(e.doc.Edges, outEdge{EdgeID: strconv.Itoa(len(e.doc.Edges) + 1), FromID: from, ToID: to})
}

// standIns finds the stand-ins of self-attacks: claims tagged
// af.SelfAttackTag with exactly one pro argument, from one claim X, aimed at
// them, and no other argument aimed at them. It maps each to X.
func standIns(m *argmap.Map) map[argmap.ID]argmap.ID {
	tagged := map[argmap.ID]bool{}
	for _, c := range m.Claims {
		if slices.Contains(c.Tags, af.SelfAttackTag) {
			tagged[c.ID] = true
		}
	}
	if len(tagged) == 0 {
		return nil
	}
	from := map[argmap.ID]argmap.ID{}
	bad := map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		if !tagged[a.Target] {
			continue
		}
		if _, seen := from[a.Target]; seen || a.Polarity != argmap.Pro || len(a.Premises) != 1 || tagged[a.Premises[0]] || m.Claim(a.Premises[0]) == nil {
			bad[a.Target] = true
			continue
		}
		from[a.Target] = a.Premises[0]
	}
	for id := range bad {
		delete(from, id)
	}
	return from
}
