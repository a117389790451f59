package aif

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/argmap/argmap/argmap"
)

// illocutions are the YA names of the Inference Anchoring Theory that
// AIFdb and OVA3 use. A comment that Decode made of a YA anchor reads
// "Illocution: words", or just "Illocution" when no locution spoke it.
var illocutions = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Asserting": true, "Arguing": true, "Agreeing": true, "Disagreeing": true, "Restating": true,
		"Challenging": true, "Pure Challenging": true, "Assertive Challenging": true, "Rhetorical Challenging": true,
		"Questioning": true, "Pure Questioning": true, "Assertive Questioning": true, "Rhetorical Questioning": true,
		"Default Illocuting": true, "Analysing": true, "Popular Conceding": true,
	}
})

// dialogueComment reads a comment made of a YA anchor: its illocution and
// the words of its locution ("" when it had none). An illocution is one of
// the known ones, or named as the Inference Anchoring Theory names them (at
// most three capitalised words, the last one in -ing: "Hypothesising"),
// or an Araucaria YA ID ("YA_c8e3…").
func dialogueComment(c argmap.Comment) (illocution, words string, ok bool) {
	head, rest, found := strings.Cut(c.Text, ": ")
	if !found {
		head = c.Text
	}
	if !illocutions()[head] && !iatName(head) && !araucariaYA(head) {
		return "", "", false
	}
	return head, rest, true
}

func iatName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 || strings.Join(ws, " ") != s || !strings.HasSuffix(ws[len(ws)-1], "ing") {
		return false
	}
	for _, w := range ws {
		for i, r := range w {
			if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

func araucariaYA(s string) bool {
	hex, ok := strings.CutPrefix(s, "YA_")
	if !ok || hex == "" {
		return false
	}
	for _, r := range hex {
		if !unicode.Is(unicode.ASCII_Hex_Digit, r) {
			return false
		}
	}
	return true
}

type outLocution struct {
	NodeID   string `json:"nodeID"`
	PersonID string `json:"personID,omitempty"`
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
}

type outParticipant struct {
	ParticipantID string `json:"participantID"`
	Firstname     string `json:"firstname"`
	Surname       string `json:"surname"`
}

// dialogue writes back the dialogue layer that Decode folded into comments
// on claims and arguments: for each such comment on a claim an L-node
// ("Speaker : words", at the time spoken) with a YA of its illocution
// anchoring the I-node; on an argument a TA leading to the locution of the
// words (the L-node of the same speaker and words, made if there is none)
// with a YA anchoring the S-node. Speakers become participants, times
// locutions. What anchored nothing was dropped on import and does not come
// back; nor do the TA's source locution, the original node IDs or the OVA
// layout of the dialogue.
func (e *encoder) dialogue(m *argmap.Map) {
	pids := map[string]string{}
	person := func(name string) string {
		if name == "" {
			return ""
		}
		if id, ok := pids[name]; ok {
			return id
		}
		id := strconv.Itoa(len(pids) + 1)
		pids[name] = id
		first, last, _ := strings.Cut(name, " ")
		e.doc.Participants = append(e.doc.Participants, outParticipant{ParticipantID: id, Firstname: first, Surname: last})
		return id
	}
	spoken := map[string]string{} // speaker + words → L-node
	locution := func(c argmap.Comment, words string) string {
		key := c.Author + "\x00" + words
		if id, ok := spoken[key]; ok {
			return id
		}
		text := words
		if c.Author != "" {
			text = c.Author + " : " + words
		}
		n := e.node(outNode{Text: text, Type: "L"})
		if !c.Time.IsZero() {
			e.doc.Nodes[len(e.doc.Nodes)-1].Timestamp = c.Time.UTC().Format("2006-01-02 15:04:05")
		}
		loc := outLocution{NodeID: n, PersonID: person(c.Author)}
		if !c.Time.IsZero() {
			loc.Start = c.Time.UTC().Format("2006-01-02 15:04:05")
		}
		e.doc.Locutions = append(e.doc.Locutions, loc)
		spoken[key] = n
		return n
	}
	anchor := func(target string, cs []argmap.Comment, transition bool) {
		for _, c := range cs {
			ill, words, ok := dialogueComment(c)
			if !ok {
				continue
			}
			ya := e.node(outNode{Text: ill, Type: "YA", Scheme: ill})
			e.edge(ya, target)
			if words == "" && c.Author == "" {
				continue
			}
			l := locution(c, words)
			if !transition {
				e.edge(l, ya)
				continue
			}
			ta := e.node(outNode{Text: "Default Transition", Type: "TA", Scheme: "Default Transition"})
			e.edge(ta, l)
			e.edge(ta, ya)
		}
	}
	for _, c := range m.Claims {
		if id, ok := e.ids[c.ID]; ok && !e.skipped[c.ID] {
			anchor(id, c.Comments, false)
		}
	}
	for _, a := range m.Arguments {
		if id, ok := e.ids[a.ID]; ok && !e.skipped[a.ID] {
			anchor(id, a.Comments, true)
		}
	}
}

// dialogueLayer writes the map's Dialogue: its nodes with their own IDs
// after the claims and arguments, an edge for each link (into a transition
// or an illocution from each of its From, out of it to each of its To, from
// an illocution to the node of each claim or argument it anchors), a
// locution entry for each locution with a speaker or a time, and the
// participants.
func (e *encoder) dialogueLayer(m *argmap.Map) error {
	d := m.Dialogue.Pruned(m) // an anchor to nothing says nothing (see argmap's encoder)
	if len(e.reserved) != len(d.Locutions)+len(d.Transitions)+len(d.Illocutions) {
		return fmt.Errorf("map.dialogue: duplicate dialogue node IDs (run Validate for their places)")
	}
	for _, p := range d.Participants {
		e.doc.Participants = append(e.doc.Participants, outParticipant{ParticipantID: p.ID, Firstname: p.Firstname, Surname: p.Surname})
	}
	raw := func(n outNode, lay *argmap.Layout) {
		if lay != nil {
			x, y, vis := lay.X, lay.Y, !lay.Hidden
			n.X, n.Y, n.Visible = &x, &y, &vis
		}
		e.doc.Nodes = append(e.doc.Nodes, n)
	}
	for _, l := range d.Locutions {
		raw(outNode{NodeID: l.ID, Text: l.Text, Type: "L", Timestamp: l.Timestamp}, l.Layout)
		if l.Speaker != "" || l.Start != "" || l.End != "" {
			e.doc.Locutions = append(e.doc.Locutions, outLocution{NodeID: l.ID, PersonID: l.Speaker, Start: l.Start, End: l.End})
		}
	}
	for _, t := range d.Transitions {
		raw(outNode{NodeID: t.ID, Text: t.Text, Type: "TA", Timestamp: t.Timestamp, Scheme: t.Scheme, SchemeID: t.SchemeID}, t.Layout)
	}
	for _, y := range d.Illocutions {
		raw(outNode{NodeID: y.ID, Text: y.Text, Type: "YA", Timestamp: y.Timestamp, Scheme: y.Scheme, SchemeID: y.SchemeID}, y.Layout)
	}
	known := func(list string, i int, field string, ids []string) error {
		for j, id := range ids {
			if _, ok := e.reserved[id]; !ok {
				return fmt.Errorf("map.dialogue.%s[%d].%s[%d]: unknown dialogue node %q", list, i, field, j, id)
			}
		}
		return nil
	}
	for i, t := range d.Transitions {
		if err := known("transitions", i, "from", t.From); err != nil {
			return err
		}
		if err := known("transitions", i, "to", t.To); err != nil {
			return err
		}
		for _, f := range t.From {
			e.edge(f, t.ID)
		}
		for _, to := range t.To {
			e.edge(t.ID, to)
		}
	}
	for i, y := range d.Illocutions {
		if err := known("illocutions", i, "from", y.From); err != nil {
			return err
		}
		if err := known("illocutions", i, "to", y.To); err != nil {
			return err
		}
		for _, f := range y.From {
			e.edge(f, y.ID)
		}
		for j, a := range y.Anchors {
			if e.skipped[a] {
				continue // the pro half of a self-attack's stand-in, written as the CA alone
			}
			n, ok := e.ids[a]
			if !ok {
				return fmt.Errorf("map.dialogue.illocutions[%d].anchors[%d]: unknown claim or argument %s", i, j, a)
			}
			e.edge(y.ID, n)
		}
		for _, to := range y.To {
			e.edge(y.ID, to)
		}
	}
	return nil
}
