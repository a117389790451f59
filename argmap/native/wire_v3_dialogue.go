package native

import (
	"fmt"

	"github.com/argmap/argmap/argmap"
)

// The "dialogue" section of format version 3 (see Dialogue): the dialogue
// layer of a map imported from AIF. Dialogue node IDs are the AIF node IDs
// of the file it came from, any non-empty strings, unique among the
// dialogue's nodes; anchors are IDs of the map's claims and arguments.
//
//	"dialogue": {
//	  "participants": [{"id": "7", "firstname": "Ann", "surname": "Lee"}],
//	  "locutions": [{"id": "10", "text": "Ann Lee : Taxes should rise", "speaker": "7",
//	                 "start": "2020-10-15 22:21:20", "layout": {"x": 300, "y": 20}}],
//	  "transitions": [{"id": "13", "text": "Default Transition", "from": ["10"], "to": ["12"]}],
//	  "illocutions": [{"id": "11", "text": "Asserting", "from": ["10"], "anchors": ["<claim UUID>"]}],
//	  "nodeIDs": [{"id": "<claim UUID>", "node": "1"}]
//	}

type dialogueV3 struct {
	Participants []participantV3 `json:"participants,omitempty"`
	Locutions    []locutionV3    `json:"locutions,omitempty"`
	Transitions  []transitionV3  `json:"transitions,omitempty"`
	Illocutions  []illocutionV3  `json:"illocutions,omitempty"`
	NodeIDs      []nodeIDV3      `json:"nodeIDs,omitempty"`
}

// nodeIDV3 is the AIF node ID a claim or argument had, in map order.
type nodeIDV3 struct {
	ID   string `json:"id"`
	Node string `json:"node"`
}

type participantV3 struct {
	ID        string `json:"id"`
	Firstname string `json:"firstname,omitempty"`
	Surname   string `json:"surname,omitempty"`
}

type layoutV3 struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Hidden bool    `json:"hidden,omitempty"`
}

type locutionV3 struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Speaker   string    `json:"speaker,omitempty"`
	Start     string    `json:"start,omitempty"`
	End       string    `json:"end,omitempty"`
	Timestamp string    `json:"timestamp,omitempty"`
	Layout    *layoutV3 `json:"layout,omitempty"`
}

type transitionV3 struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Scheme    string    `json:"scheme,omitempty"`
	SchemeID  string    `json:"schemeID,omitempty"`
	Timestamp string    `json:"timestamp,omitempty"`
	From      []string  `json:"from,omitempty"`
	To        []string  `json:"to,omitempty"`
	Layout    *layoutV3 `json:"layout,omitempty"`
}

type illocutionV3 struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Scheme    string    `json:"scheme,omitempty"`
	SchemeID  string    `json:"schemeID,omitempty"`
	Timestamp string    `json:"timestamp,omitempty"`
	From      []string  `json:"from,omitempty"`
	To        []string  `json:"to,omitempty"`
	Anchors   []string  `json:"anchors,omitempty"`
	Layout    *layoutV3 `json:"layout,omitempty"`
}

// dialogue converts the dialogue section, after the claims and arguments
// are declared (anchors refer to them). It checks what the JSON decoder
// cannot: limits, node IDs present and unique, references to dialogue nodes
// that exist, anchors that are claims or arguments of the map.
func (r *reader) dialogue(w *dialogueV3) *argmap.Dialogue {
	if w == nil {
		return nil
	}
	const at = "map.dialogue."
	r.count(path(at+"participants"), len(w.Participants))
	r.count(path(at+"locutions"), len(w.Locutions))
	r.count(path(at+"transitions"), len(w.Transitions))
	r.count(path(at+"illocutions"), len(w.Illocutions))
	if r.err != nil {
		return nil
	}
	d := &argmap.Dialogue{}
	pids := make(map[string]bool, len(w.Participants))
	for i, wp := range w.Participants {
		p := entry(at+"participants", i)
		switch {
		case wp.ID == "":
			r.fail(p.At(".id"), "missing ID")
		case pids[wp.ID]:
			r.fail(p.At(".id"), "duplicate participant ID %q", clip(wp.ID))
		}
		pids[wp.ID] = true
		d.Participants = append(d.Participants, argmap.Participant{ID: r.str(p.At(".id"), wp.ID),
			Firstname: r.str(p.At(".firstname"), wp.Firstname), Surname: r.str(p.At(".surname"), wp.Surname)})
	}
	nodes := make(map[string]bool, len(w.Locutions)+len(w.Transitions)+len(w.Illocutions))
	node := func(p place, id string) string {
		switch {
		case id == "":
			r.fail(p.At(".id"), "missing ID")
		case nodes[id]:
			r.fail(p.At(".id"), "duplicate dialogue node ID %q", clip(id))
		}
		nodes[id] = true
		return r.str(p.At(".id"), id)
	}
	layout := func(p place, wl *layoutV3) *argmap.Layout {
		if wl == nil {
			return nil
		}
		return &argmap.Layout{X: r.coord(p.At(".layout.x"), wl.X), Y: r.coord(p.At(".layout.y"), wl.Y), Hidden: wl.Hidden}
	}
	for i, wl := range w.Locutions {
		p := entry(at+"locutions", i)
		d.Locutions = append(d.Locutions, argmap.Locution{ID: node(p, wl.ID), Text: r.str(p.At(".text"), wl.Text),
			Speaker: r.str(p.At(".speaker"), wl.Speaker), Start: r.str(p.At(".start"), wl.Start),
			End: r.str(p.At(".end"), wl.End), Timestamp: r.str(p.At(".timestamp"), wl.Timestamp), Layout: layout(p, wl.Layout)})
	}
	for i, wt := range w.Transitions {
		p := entry(at+"transitions", i)
		d.Transitions = append(d.Transitions, argmap.Transition{ID: node(p, wt.ID), Text: r.str(p.At(".text"), wt.Text),
			Scheme: r.str(p.At(".scheme"), wt.Scheme), SchemeID: r.str(p.At(".schemeID"), wt.SchemeID),
			Timestamp: r.str(p.At(".timestamp"), wt.Timestamp), Layout: layout(p, wt.Layout)})
	}
	for i, wy := range w.Illocutions {
		p := entry(at+"illocutions", i)
		d.Illocutions = append(d.Illocutions, argmap.Illocution{ID: node(p, wy.ID), Text: r.str(p.At(".text"), wy.Text),
			Scheme: r.str(p.At(".scheme"), wy.Scheme), SchemeID: r.str(p.At(".schemeID"), wy.SchemeID),
			Timestamp: r.str(p.At(".timestamp"), wy.Timestamp), Layout: layout(p, wy.Layout)})
	}
	if r.err != nil {
		return nil
	}
	// References, once every node is declared (they may point forward).
	refs := func(p place, ids []string) []string {
		r.count(p, len(ids))
		for j, id := range ids {
			if r.err == nil && !nodes[id] {
				r.fail(p.Item("", j), "unknown dialogue node %q", clip(id))
			}
		}
		if len(ids) == 0 {
			return nil
		}
		return append([]string(nil), ids...)
	}
	for i, wt := range w.Transitions {
		p := entry(at+"transitions", i)
		d.Transitions[i].From = refs(p.At(".from"), wt.From)
		d.Transitions[i].To = refs(p.At(".to"), wt.To)
	}
	for i, wy := range w.Illocutions {
		p := entry(at+"illocutions", i)
		y := &d.Illocutions[i]
		y.From = refs(p.At(".from"), wy.From)
		y.To = refs(p.At(".to"), wy.To)
		if r.count(p.At(".anchors"), len(wy.Anchors)); len(wy.Anchors) > 0 {
			y.Anchors = make([]argmap.ID, len(wy.Anchors))
		}
		for j, s := range wy.Anchors {
			pp := p.Item(".anchors", j)
			id := r.parseID(pp, s)
			if r.err == nil && !r.is(id, kClaim, kArgument) {
				r.fail(pp, "unknown claim or argument %s", short(id))
			}
			y.Anchors[j] = id
		}
	}
	if n := len(w.NodeIDs); n > 2*argmap.MaxItems { // one per claim and argument
		r.fail(path(at+"nodeIDs"), "%d entries; the limit is %d", n, 2*argmap.MaxItems)
	}
	for i, wn := range w.NodeIDs {
		p := entry(at+"nodeIDs", i)
		id := r.parseID(p.At(".id"), wn.ID)
		switch {
		case r.err != nil:
		case !r.is(id, kClaim, kArgument):
			r.fail(p.At(".id"), "unknown claim or argument %s", short(id))
		case wn.Node == "":
			r.fail(p.At(".node"), "missing node ID")
		case d.NodeIDs[id] != "":
			r.fail(p.At(".id"), "a second node ID for %s", short(id))
		}
		if r.err != nil {
			return nil
		}
		if d.NodeIDs == nil {
			d.NodeIDs = make(map[argmap.ID]string, len(w.NodeIDs))
		}
		d.NodeIDs[id] = r.str(p.At(".node"), wn.Node)
	}
	if r.err != nil {
		return nil
	}
	return d
}

// wireDialogue converts the dialogue into its section, refusing what the
// reader would refuse (a missing or duplicate node ID, a reference to no
// node, a coordinate out of range), so that a saved map always loads.
func wireDialogue(m *argmap.Map) (*dialogueV3, error) {
	// An anchor to a claim or argument the map no longer has says nothing
	// (an edit that bypassed Remove left it): it is left out rather than
	// refusing the save.
	d := m.Dialogue.Pruned(m)
	if d.Empty() {
		return nil, nil
	}
	w := &dialogueV3{}
	for _, p := range d.Participants {
		w.Participants = append(w.Participants, participantV3(p))
	}
	// The same checks as Validate, as errors.
	for _, p := range argmap.DialogueProblems(m, d) {
		if p.Severity == argmap.SeverityError {
			return nil, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: p.Place, Message: p.Message}
		}
	}
	layout := func(list string, i int, l *argmap.Layout) (*layoutV3, error) {
		if l == nil {
			return nil, nil
		}
		for _, c := range []float64{l.X, l.Y} {
			if c != c || c > argmap.MaxCoord || c < -argmap.MaxCoord {
				return nil, &argmap.DecodeError{Kind: argmap.KindLimit, Place: fmt.Sprintf("map.dialogue.%s[%d].layout", list, i),
					Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", c, argmap.MaxCoord)}
			}
		}
		return &layoutV3{X: l.X, Y: l.Y, Hidden: l.Hidden}, nil
	}
	for i, l := range d.Locutions {
		lay, err := layout("locutions", i, l.Layout)
		if err != nil {
			return nil, err
		}
		w.Locutions = append(w.Locutions, locutionV3{ID: l.ID, Text: l.Text, Speaker: l.Speaker, Start: l.Start,
			End: l.End, Timestamp: l.Timestamp, Layout: lay})
	}
	for i, t := range d.Transitions {
		lay, err := layout("transitions", i, t.Layout)
		if err != nil {
			return nil, err
		}
		w.Transitions = append(w.Transitions, transitionV3{ID: t.ID, Text: t.Text, Scheme: t.Scheme, SchemeID: t.SchemeID,
			Timestamp: t.Timestamp, From: t.From, To: t.To, Layout: lay})
	}
	for i, y := range d.Illocutions {
		lay, err := layout("illocutions", i, y.Layout)
		if err != nil {
			return nil, err
		}
		var anchors []string
		for _, a := range y.Anchors {
			anchors = append(anchors, a.String())
		}
		w.Illocutions = append(w.Illocutions, illocutionV3{ID: y.ID, Text: y.Text, Scheme: y.Scheme, SchemeID: y.SchemeID,
			Timestamp: y.Timestamp, From: y.From, To: y.To, Anchors: anchors, Layout: lay})
	}
	if len(d.NodeIDs) > 0 { // in map order, so that the same map gives the same bytes
		for _, c := range m.Claims {
			if n, ok := d.NodeIDs[c.ID]; ok {
				w.NodeIDs = append(w.NodeIDs, nodeIDV3{ID: c.ID.String(), Node: n})
			}
		}
		for _, a := range m.Arguments {
			if n, ok := d.NodeIDs[a.ID]; ok {
				w.NodeIDs = append(w.NodeIDs, nodeIDV3{ID: a.ID.String(), Node: n})
			}
		}
	}
	return w, nil
}
