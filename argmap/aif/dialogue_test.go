package aif

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// typeCounts counts the nodes of each type ("node:L") and the edges of each
// shape ("edge:L>YA") of an AIF document in any envelope, read
// independently of parse so that a fault there cannot hide itself.
func typeCounts(t testing.TB, data []byte) map[string]int {
	t.Helper()
	var doc struct {
		AIF   *json.RawMessage `json:"AIF"`
		Nodes []struct {
			NodeID any    `json:"nodeID"`
			Type   string `json:"type"`
		} `json:"nodes"`
		Edges []struct {
			FromID any `json:"fromID"`
			ToID   any `json:"toID"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.AIF != nil {
		if err := json.Unmarshal(*doc.AIF, &doc); err != nil {
			t.Fatal(err)
		}
	}
	typ := map[string]string{}
	out := map[string]int{}
	for _, n := range doc.Nodes {
		typ[fmt.Sprint(n.NodeID)] = n.Type
		out["node:"+n.Type]++
	}
	for _, e := range doc.Edges {
		out["edge:"+typ[fmt.Sprint(e.FromID)]+">"+typ[fmt.Sprint(e.ToID)]]++
	}
	return out
}

func diffCounts(a, b map[string]int) string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var d []string
	for _, k := range keys {
		if a[k] != b[k] {
			d = append(d, fmt.Sprintf("%s %d→%d", k, a[k], b[k]))
		}
	}
	return strings.Join(d, ", ")
}

// dialogueAIF is a small dialogue of every shape the Dialogue keeps: a
// locution asserting a claim, a transition to a locution that argues (its
// YA anchors the RA), a transition answering a transition, reported speech
// (a YA from one locution to another), participants with OVA3 layout, a
// hidden analyst node, and one edge of no dialogue shape (L→I).
const dialogueAIF = `{"nodes":[
 {"nodeID":"1","text":"Taxes should rise","type":"I","x":10,"y":20},
 {"nodeID":"2","text":"Schools need money","type":"I"},
 {"nodeID":"3","text":"Default Inference","type":"RA"},
 {"nodeID":"10","text":"Ann Lee : I think taxes should rise","type":"L","timestamp":"2021-01-28 20:36:47","x":300,"y":20,"visible":true},
 {"nodeID":"11","text":"Asserting","type":"YA","scheme":"Asserting","schemeID":"74","x":0,"y":0,"visible":false},
 {"nodeID":"12","text":"Bob : because schools need money","type":"L"},
 {"nodeID":"13","text":"Default Transition","type":"TA","schemeID":"82"},
 {"nodeID":"14","text":"Arguing","type":"YA"},
 {"nodeID":"15","text":"Asserting","type":"YA"},
 {"nodeID":"16","text":"Ann Lee : Bob is right","type":"L"},
 {"nodeID":"17","text":"Default Transition","type":"TA"},
 {"nodeID":"18","text":"Analyst : Ann Lee : Bob is right","type":"L"},
 {"nodeID":"19","text":"Analysing","type":"YA"}],
"edges":[
 {"fromID":"2","toID":"3"},{"fromID":"3","toID":"1"},
 {"fromID":"10","toID":"11"},{"fromID":"11","toID":"1"},
 {"fromID":"10","toID":"13"},{"fromID":"13","toID":"12"},
 {"fromID":"13","toID":"14"},{"fromID":"14","toID":"3"},
 {"fromID":"12","toID":"15"},{"fromID":"15","toID":"2"},
 {"fromID":"12","toID":"17"},{"fromID":"17","toID":"16"},{"fromID":"13","toID":"17"},
 {"fromID":"18","toID":"19"},{"fromID":"19","toID":"16"},
 {"fromID":"16","toID":"2"}],
"participants":[{"participantID":7,"firstname":"Ann","surname":"Lee"},{"participantID":8,"firstname":"Bob","surname":""}],
"locutions":[{"nodeID":"10","personID":7,"start":"2020-10-15 22:21:20"},{"nodeID":"10","personID":8},
 {"nodeID":"12","personID":"8","start":"2020-10-15 22:21:25","end":"2020-10-15 22:21:27"}]}`

// TestDialogueLayer (issue 14 item 10): every L, TA and YA node, its text,
// times, speaker and layout, and every edge of a dialogue shape are kept in
// the map's Dialogue with the file's IDs, and Encode writes the same nodes
// and edges back.
func TestDialogueLayer(t *testing.T) {
	t.Parallel()
	m, rep, err := Decode([]byte(dialogueAIF))
	if err != nil {
		t.Fatal(err)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	d := m.Dialogue
	if d == nil {
		t.Fatal("no dialogue")
	}
	taxes, schools, arg := m.Claims[0].ID, m.Claims[1].ID, m.Arguments[0].ID
	want := &argmap.Dialogue{
		Participants: []argmap.Participant{{ID: "7", Firstname: "Ann", Surname: "Lee"}, {ID: "8", Firstname: "Bob"}},
		Locutions: []argmap.Locution{
			{ID: "10", Text: "Ann Lee : I think taxes should rise", Speaker: "7", Start: "2020-10-15 22:21:20", Timestamp: "2021-01-28 20:36:47", Layout: &argmap.Layout{X: 300, Y: 20}},
			{ID: "12", Text: "Bob : because schools need money", Speaker: "8", Start: "2020-10-15 22:21:25", End: "2020-10-15 22:21:27"},
			{ID: "16", Text: "Ann Lee : Bob is right"},
			{ID: "18", Text: "Analyst : Ann Lee : Bob is right"},
		},
		Transitions: []argmap.Transition{
			{ID: "13", Text: "Default Transition", SchemeID: "82", From: []string{"10"}, To: []string{"12"}},
			{ID: "17", Text: "Default Transition", From: []string{"12", "13"}, To: []string{"16"}},
		},
		Illocutions: []argmap.Illocution{
			{ID: "11", Text: "Asserting", Scheme: "Asserting", SchemeID: "74", From: []string{"10"}, Anchors: []argmap.ID{taxes}, Layout: &argmap.Layout{Hidden: true}},
			{ID: "14", Text: "Arguing", From: []string{"13"}, Anchors: []argmap.ID{arg}},
			{ID: "15", Text: "Asserting", From: []string{"12"}, Anchors: []argmap.ID{schools}},
			{ID: "19", Text: "Analysing", From: []string{"18"}, To: []string{"16"}},
		},
		NodeIDs: map[argmap.ID]string{taxes: "1", schools: "2", arg: "3"},
	}
	if g, w := dump(d), dump(want); g != w {
		t.Errorf("dialogue\n got %s\nwant %s", g, w)
	}
	if rep.DroppedEdges != 1 || !slices.ContainsFunc(rep.Warnings, func(w string) bool {
		return strings.Contains(w, `node "16" (L): edge to node "2" (I)`)
	}) {
		t.Errorf("the L→I edge: dropped %d, warnings %q", rep.DroppedEdges, rep.Warnings)
	}
	if got := d.Speaker(&d.Locutions[0]); got != "Ann Lee" {
		t.Errorf("speaker %q", got)
	}
	if got := d.Speaker(&d.Locutions[3]); got != "Analyst" {
		t.Errorf("speaker of reported speech %q", got)
	}
	if got := d.Locutions[0].SpokenAt().Format("2006-01-02 15:04:05"); got != "2020-10-15 22:21:20" {
		t.Errorf("spoken at %s", got)
	}
	if got := d.Locutions[1].Words(); got != "because schools need money" {
		t.Errorf("words %q", got)
	}
	if got := d.AnchorsOf(arg); len(got) != 1 || got[0].ID != "14" {
		t.Errorf("anchors of the argument %v", got)
	}

	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	in := typeCounts(t, []byte(dialogueAIF))
	in["edge:L>I"]-- // the edge of no dialogue shape
	if diff := diffCounts(in, typeCounts(t, out)); diff != "" {
		t.Errorf("export counts differ: %s\n%s", diff, out)
	}
	m2, rep2, err := Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.DroppedEdges != 0 {
		t.Errorf("the export has edges the import drops: %q", rep2.Warnings)
	}
	// The same dialogue, anchors named by the re-imported claims.
	re := map[argmap.ID]argmap.ID{m2.Claims[0].ID: taxes, m2.Claims[1].ID: schools, m2.Arguments[0].ID: arg}
	for i := range m2.Dialogue.Illocutions {
		for j, a := range m2.Dialogue.Illocutions[i].Anchors {
			m2.Dialogue.Illocutions[i].Anchors[j] = re[a]
		}
	}
	ids := map[argmap.ID]string{}
	for k, v := range m2.Dialogue.NodeIDs {
		ids[re[k]] = v
	}
	m2.Dialogue.NodeIDs = ids
	if g, w := dump(m2.Dialogue), dump(want); g != w {
		t.Errorf("dialogue after export and import\n got %s\nwant %s", g, w)
	}
}

func dump(d *argmap.Dialogue) string {
	b, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestDialogueLayoutBeyondCanvas: a dialogue node placed beyond what the
// native format holds loses its layout with a warning, so the map saves.
func TestDialogueLayoutBeyondCanvas(t *testing.T) {
	t.Parallel()
	m, rep, err := Decode([]byte(`{"nodes":[{"nodeID":"1","text":"A : b","type":"L","x":1e12,"y":0}],"edges":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	if m.Dialogue.Locutions[0].Layout != nil || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], `node "1" (L): position (1e+12, 0) beyond the canvas`) {
		t.Errorf("layout %+v, warnings %q", m.Dialogue.Locutions[0].Layout, rep.Warnings)
	}
	if _, err := native.Encode(m); err != nil {
		t.Error(err)
	}
}

// TestDialogueIDsReserved: claims and arguments get back the node IDs they
// had; the numbering of new ones skips those and the dialogue's, and a
// second claim with a kept ID (a copy) is numbered, so no two nodes of an
// export share an ID.
func TestDialogueIDsReserved(t *testing.T) {
	t.Parallel()
	in := `{"nodes":[{"nodeID":"a","text":"A","type":"I"},{"nodeID":"b","text":"B","type":"I"},{"nodeID":"c","text":"RA","type":"RA"},
	{"nodeID":"1","text":"X : A","type":"L"},{"nodeID":"3","text":"Asserting","type":"YA"},{"nodeID":"5","text":"Z","type":"I"}],
	"edges":[{"fromID":"b","toID":"c"},{"fromID":"c","toID":"a"},{"fromID":"1","toID":"3"},{"fromID":"3","toID":"a"}]}`
	m, _, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	copyOfA := &argmap.Claim{ID: argmap.NewID(), Text: "A again"}
	added := &argmap.Claim{ID: argmap.NewID(), Text: "New"}
	m.Claims = append(m.Claims, copyOfA, added)
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{added.ID}, Target: m.Claims[0].ID, Polarity: argmap.Pro})
	m.Dialogue.NodeIDs[copyOfA.ID] = "a"
	m.Reindex()
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	var doc outDoc
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range doc.Nodes {
		ids = append(ids, n.Type+n.NodeID)
	}
	if got, want := strings.Join(ids, " "), "Ia Ib I5 I2 I4 RAc RA6 L1 YA3"; got != want {
		t.Errorf("nodes %s, want %s", got, want)
	}
}

// TestDialogueAfterRemove: deleting a claim that an illocution anchors keeps
// the illocution (it was said) without that anchor; the map stays valid, the
// export writes the YA without its edge to the claim, and undo puts the
// anchor back.
func TestDialogueAfterRemove(t *testing.T) {
	t.Parallel()
	m, _, err := Decode([]byte(dialogueAIF))
	if err != nil {
		t.Fatal(err)
	}
	h := argmap.NewHistory(m)
	if err := h.Do(argmap.Remove(m.Claims[0].ID)); err != nil { // Taxes: its RA falls with it
		t.Fatal(err)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if n := len(m.Dialogue.Illocutions); n != 4 {
		t.Fatalf("illocutions %d", n)
	}
	if a := m.Dialogue.Illocutions[0].Anchors; len(a) != 0 {
		t.Errorf("Asserting still anchors %v", a)
	}
	if a := m.Dialogue.Illocutions[1].Anchors; len(a) != 0 {
		t.Errorf("Arguing still anchors the fallen argument %v", a)
	}
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	c := typeCounts(t, out)
	if c["node:YA"] != 4 || c["edge:YA>I"] != 1 || c["edge:YA>RA"] != 0 {
		t.Errorf("export after delete: %v", c)
	}
	h.Undo()
	if a := m.Dialogue.Illocutions[0].Anchors; len(a) != 1 || a[0] != m.Claims[0].ID {
		t.Errorf("undo: anchors %v", a)
	}
}

// TestFastPathOddInputs (issue 16): inputs at the edges of what the
// one-pass reading takes. Each either gives the graph parseSlow gives, or
// is handed to parseSlow (which then names the fault, if there is one).
func TestFastPathOddInputs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, in string
		fast     bool // the fast path reads it
	}{
		{"invalid UTF-8 in a text", "{\"nodes\":[{\"nodeID\":\"1\",\"text\":\"a\xffb\",\"type\":\"I\"}],\"edges\":[]}", true},
		{"escapes", `{"nodes":[{"nodeID":"\u0031","text":"a\"b\u00e9\ud83d\ude00","type":"I"}],"edges":[]}`, true},
		{"null fields", `{"nodes":[{"nodeID":"1","text":null,"type":"L","scheme":null,"x":null}],"edges":null,"locutions":null}`, true},
		{"numeric strings and lower case", `{"nodes":[{"nodeID":7,"text":"A","type":" i ","x":"12","y":" 3 "}],"edges":[]}`, true},
		{"a fraction as an ID", `{"nodes":[{"nodeID":1.5,"text":"A","type":"I"}],"edges":[]}`, false},
		{"a huge integer ID", `{"nodes":[{"nodeID":12345678901234567890,"text":"A","type":"I"}],"edges":[]}`, false},
		{"a number as text", `{"nodes":[{"nodeID":"1","text":5,"type":"I"}]}`, false},
		{"unknown type", `{"nodes":[{"nodeID":"1","type":"XX"}]}`, false},
		{"duplicate ID", `{"nodes":[{"nodeID":"1","type":"I"},{"nodeID":1,"type":"I"}]}`, false},
		{"dangling edge", `{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[{"fromID":"1","toID":"9"}]}}`, true},
		{"syntax error", `{"nodes": [`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fast := parseFast([]byte(tc.in))
			if (fast != nil) != tc.fast {
				t.Fatalf("fast path read it: %v, want %v", fast != nil, tc.fast)
			}
			slow, err := parseSlow([]byte(tc.in))
			if fast != nil && (err != nil || !reflect.DeepEqual(fast, slow)) {
				t.Errorf("the paths differ (slow: %v)\nfast %+v\nslow %+v", err, fast, slow)
			}
		})
	}
}
