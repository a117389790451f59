package argmap_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// dialogueMap is a small map with a dialogue of every kind of node: a
// locution asserting the claim, a transition to a locution arguing for it
// (anchoring the argument), reported speech, participants and a layout.
func dialogueMap() *argmap.Map {
	ids := argmap.DeterministicIDs("dialogue")
	m := argmap.New("Question Time")
	c := &argmap.Claim{ID: ids(), Text: "Taxes should rise."}
	p := &argmap.Claim{ID: ids(), Text: "Schools need money.", Pos: argmap.Point{Y: 200}}
	a := &argmap.Argument{ID: ids(), Premises: []argmap.ID{p.ID}, Target: c.ID, Polarity: argmap.Pro}
	m.Claims = []*argmap.Claim{c, p}
	m.Arguments = []*argmap.Argument{a}
	m.Dialogue = &argmap.Dialogue{
		Participants: []argmap.Participant{{ID: "7", Firstname: "Ann", Surname: "Lee"}, {ID: "8", Firstname: "Bob"}},
		Locutions: []argmap.Locution{
			{ID: "10", Text: "Ann Lee : I think taxes should rise", Speaker: "7", Start: "2020-10-15 22:21:20",
				Timestamp: "2021-01-28 20:36:47", Layout: &argmap.Layout{X: 300, Y: 20}},
			{ID: "12", Text: "Bob : because schools need money", Speaker: "8", End: "2020-10-15 22:21:27"},
			{ID: "18", Text: "Analyst : Bob : because schools need money", Layout: &argmap.Layout{Hidden: true}},
		},
		Transitions: []argmap.Transition{{ID: "13", Text: "Default Transition", SchemeID: "82", From: []string{"10"}, To: []string{"12"}}},
		Illocutions: []argmap.Illocution{
			{ID: "11", Text: "Asserting", Scheme: "Asserting", From: []string{"10"}, Anchors: []argmap.ID{c.ID}},
			{ID: "14", Text: "Arguing", From: []string{"13"}, Anchors: []argmap.ID{a.ID}},
			{ID: "19", Text: "Analysing", From: []string{"18"}, To: []string{"12"}},
		},
		NodeIDs: map[argmap.ID]string{c.ID: "1", p.ID: "2", a.ID: "3"},
	}
	m.Reindex()
	return m
}

// TestDialogueGolden: a map with a dialogue is written as format version 3
// (the golden file is also checked against the JSON Schema in assets/), and
// reads back to the same dialogue.
func TestDialogueGolden(t *testing.T) {
	t.Parallel()
	m := dialogueMap()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "dialogue", data)
	if !strings.Contains(string(data), `"version": 3`) {
		t.Errorf("a map with a dialogue is not written as version 3:\n%s", data)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Dialogue, m.Dialogue) {
		t.Errorf("dialogue changed:\n got %+v\nwant %+v", back.Dialogue, m.Dialogue)
	}
	if ps := argmap.Validate(back); ps.HasErrors() {
		t.Error(ps.Err())
	}
}

// TestDialogueUpgrade: the upgrade from versions 1 and 2 is the identity; a
// map read from an older file that gains a dialogue is written as version
// 3, and one without a dialogue (or with an empty one) stays at its
// version; a "dialogue" in a version 2 file is refused at its place.
func TestDialogueUpgrade(t *testing.T) {
	t.Parallel()
	for _, v := range []string{"1", "2"} {
		old := `{"format": "argmap", "version": ` + v + `, "map": {"meta": {"title": "Old"}, "claims": [{"id": "` + id1 + `", "text": "A", "pos": {"x": 0, "y": 0}}]}}`
		m, err := native.Decode([]byte(old))
		if err != nil {
			t.Fatalf("version %s: %v", v, err)
		}
		m.Dialogue = &argmap.Dialogue{}
		if data, _ := native.Encode(m); !strings.Contains(string(data), `"version": 1`) {
			t.Errorf("version %s with an empty dialogue: written as\n%s", v, data)
		}
		m.Dialogue = &argmap.Dialogue{
			Locutions:   []argmap.Locution{{ID: "1", Text: "Ann : A"}},
			Illocutions: []argmap.Illocution{{ID: "2", Text: "Asserting", From: []string{"1"}, Anchors: []argmap.ID{m.Claims[0].ID}}},
		}
		data, err := native.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), `"version": 3`) {
			t.Errorf("version %s with a dialogue: written as\n%s", v, data)
		}
		back, err := native.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back.Dialogue, m.Dialogue) || back.Meta.Title != "Old" {
			t.Errorf("version %s upgraded: %+v", v, back.Dialogue)
		}
	}
	_, err := native.Decode([]byte(`{"format": "argmap", "version": 2, "map": {"dialogue": {}}}`))
	if err == nil || !strings.Contains(err.Error(), `map (line 1, column 44): unknown field "dialogue" in a version 2 file (it needs format version 3)`) {
		t.Errorf("dialogue in a version 2 file: %v", err)
	}
}

// TestDialogueDecodeErrors: faults of the dialogue section are refused with
// their place.
func TestDialogueDecodeErrors(t *testing.T) {
	t.Parallel()
	body := func(d string) string {
		return `{"format": "argmap", "version": 3, "map": {"claims": [{"id": "` + id1 + `", "text": "A", "pos": {"x": 0, "y": 0}}], "dialogue": ` + d + `}}`
	}
	for _, tc := range []struct{ name, dialogue, want string }{
		{"missing node ID", `{"locutions": [{"text": "x"}]}`, "map.dialogue.locutions[0].id (line 1, column 169): missing ID"},
		{"duplicate node ID", `{"locutions": [{"id": "1", "text": "x"}], "illocutions": [{"id": "1", "text": "Asserting"}]}`,
			`map.dialogue.illocutions[0].id (line 1, column 219): duplicate dialogue node ID "1"`},
		{"duplicate participant", `{"participants": [{"id": "p"}, {"id": "p"}]}`, `map.dialogue.participants[1].id (line 1, column 192): duplicate participant ID "p"`},
		{"unknown from", `{"transitions": [{"id": "1", "text": "T", "from": ["9"]}]}`, `map.dialogue.transitions[0].from[0] (line 1, column 205): unknown dialogue node "9"`},
		{"unknown to", `{"illocutions": [{"id": "1", "text": "Y", "to": ["1", "9"]}]}`, `map.dialogue.illocutions[0].to[1] (line 1, column 208): unknown dialogue node "9"`},
		{"unknown anchor", `{"illocutions": [{"id": "1", "text": "Y", "anchors": ["` + id9 + `"]}]}`,
			`map.dialogue.illocutions[0].anchors[0] (line 1, column 208): unknown claim or argument 00000000`},
		{"anchor no UUID", `{"illocutions": [{"id": "1", "text": "Y", "anchors": ["x"]}]}`, `map.dialogue.illocutions[0].anchors[0] (line 1, column 208): invalid ID "x"`},
		{"coordinate", `{"locutions": [{"id": "1", "text": "x", "layout": {"x": 1e9, "y": 0}}]}`, "map.dialogue.locutions[0].layout.x (line 1, column 210): coordinate 1e+09 is out of range"},
		{"unknown field", `{"locutions": [{"id": "1", "text": "x", "speakr": "7"}]}`, `map.dialogue.locutions[0] (line 1, column 194): unknown field "speakr"`},
		{"wrong type", `{"transitions": [{"id": "1", "text": "T", "from": "10"}]}`, "map.dialogue.transitions[0].from"},
		{"node ID of nothing", `{"nodeIDs": [{"id": "` + id9 + `", "node": "1"}]}`, "map.dialogue.nodeIDs[0].id (line 1, column 174): unknown claim or argument 00000000"},
		{"empty node ID", `{"nodeIDs": [{"id": "` + id1 + `", "node": ""}]}`, "map.dialogue.nodeIDs[0].node (line 1, column 222): missing node ID"},
		{"two node IDs", `{"nodeIDs": [{"id": "` + id1 + `", "node": "1"}, {"id": "` + id1 + `", "node": "2"}]}`, "map.dialogue.nodeIDs[1].id (line 1, column 235): a second node ID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := native.Decode([]byte(body(tc.dialogue)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// TestDialogueConsistency: Validate reports dangling dialogue references,
// Encode refuses to write a reference to no dialogue node (a saved map must
// load) and leaves out an anchor to nothing, Clone copies the
// dialogue deeply, and Remove cuts the anchors to what it removes, undo
// putting them back.
func TestDialogueConsistency(t *testing.T) {
	t.Parallel()
	m := dialogueMap()
	c := m.Clone()
	c.Dialogue.Illocutions[0].Anchors[0] = argmap.NewID()
	c.Dialogue.Transitions[0].From[0] = "nowhere"
	c.Dialogue.Locutions[0].Layout.X = 1
	c.Dialogue.NodeIDs[m.Claims[0].ID] = "changed"
	if m.Dialogue.NodeIDs[m.Claims[0].ID] != "1" {
		t.Fatal("Clone shares the node IDs")
	}
	if m.Dialogue.Illocutions[0].Anchors[0] != m.Claims[0].ID || m.Dialogue.Transitions[0].From[0] != "10" || m.Dialogue.Locutions[0].Layout.X != 300 {
		t.Fatal("Clone shares the dialogue")
	}
	ps := argmap.Validate(c)
	var places []string
	for _, p := range ps {
		places = append(places, p.Place)
	}
	if got := strings.Join(places, " "); !strings.Contains(got, "map.dialogue.transitions[0].from[0]") || !strings.Contains(got, "map.dialogue.illocutions[0].anchors[0]") {
		t.Errorf("Validate: %v", ps)
	}
	if _, err := native.Encode(c); err == nil || !strings.Contains(err.Error(), "map.dialogue.transitions[0].from[0]") {
		t.Errorf("Encode of a dangling dialogue: %v", err)
	}
	// An anchor to nothing says nothing: the save leaves it out.
	c.Dialogue.Transitions[0].From[0] = "10"
	data, err := native.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if a := back.Dialogue.Illocutions[0].Anchors; len(a) != 0 {
		t.Errorf("dangling anchor saved: %v", a)
	}

	h := argmap.NewHistory(m)
	claim, arg := m.Claims[0].ID, m.Arguments[0].ID
	if err := h.Do(argmap.Remove(claim)); err != nil {
		t.Fatal(err)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if len(m.Dialogue.Illocutions) != 3 || len(m.Dialogue.Illocutions[0].Anchors) != 0 || len(m.Dialogue.Illocutions[1].Anchors) != 0 {
		t.Errorf("after removing the claim (and its argument): %+v", m.Dialogue.Illocutions)
	}
	if len(m.Dialogue.NodeIDs) != 1 || m.Dialogue.NodeIDs[m.Claims[0].ID] != "2" {
		t.Errorf("node IDs after the removal: %v", m.Dialogue.NodeIDs)
	}
	if _, err := native.Encode(m); err != nil {
		t.Error(err)
	}
	h.Undo()
	if got := m.Dialogue.AnchorsOf(claim); len(got) != 1 || got[0].ID != "11" {
		t.Errorf("undo: anchors of the claim %v", got)
	}
	if got := m.Dialogue.AnchorsOf(arg); len(got) != 1 || got[0].ID != "14" {
		t.Errorf("undo: anchors of the argument %v", got)
	}
	if len(m.Dialogue.NodeIDs) != 3 {
		t.Errorf("undo: node IDs %v", m.Dialogue.NodeIDs)
	}
	// Removing what no illocution anchors leaves the dialogue as it was.
	before := m.Dialogue
	other := &argmap.Claim{ID: argmap.NewID(), Text: "Unrelated."}
	if err := h.Do(argmap.AddClaim(other)); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(argmap.Remove(other.ID)); err != nil {
		t.Fatal(err)
	}
	if m.Dialogue != before {
		t.Error("a removal that touches no anchor copied the dialogue")
	}
}

// TestDialogueLimits: CheckLimits, which every importer meets, covers the
// dialogue: invalid UTF-8, an overlong text and a layout beyond the canvas
// are refused with their place.
func TestDialogueLimits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		edit func(d *argmap.Dialogue)
		want string
	}{
		{"fine", func(d *argmap.Dialogue) {}, ""},
		{"invalid UTF-8", func(d *argmap.Dialogue) { d.Locutions[1].Speaker = "\xff" }, "map.dialogue.locutions[1].speaker: invalid UTF-8"},
		{"long text", func(d *argmap.Dialogue) { d.Illocutions[2].Text = strings.Repeat("x", argmap.MaxText+1) }, "map.dialogue.illocutions[2].text: text of"},
		{"reference", func(d *argmap.Dialogue) { d.Transitions[0].To = []string{"12", "\xff"} }, "map.dialogue.transitions[0].to[1]: invalid UTF-8"},
		{"layout", func(d *argmap.Dialogue) { d.Locutions[0].Layout.Y = 2e7 }, "map.dialogue.locutions[0].layout: coordinate 2e+07 is out of range"},
		{"participant", func(d *argmap.Dialogue) { d.Participants[0].Surname = "\xfe" }, "map.dialogue.participants[0].surname: invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := dialogueMap()
			tc.edit(m.Dialogue)
			err := argmap.CheckLimits(m)
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}
