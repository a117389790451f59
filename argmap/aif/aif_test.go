package aif

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/internal/shared"
)

// describe renders a map's structure compactly: claims by text, arguments
// as "premise&premise+target" (- for con, ~ for a target that is an
// argument, written as its index), with scheme and tags.
func describe(m *argmap.Map) string {
	idx := map[argmap.ID]int{}
	for i, a := range m.Arguments {
		idx[a.ID] = i
	}
	var parts []string
	for _, c := range m.Claims {
		parts = append(parts, c.Text)
	}
	for _, a := range m.Arguments {
		var ps []string
		for _, p := range a.Premises {
			ps = append(ps, m.Claim(p).Text)
		}
		sign := "+"
		if a.Polarity == argmap.Con {
			sign = "-"
		}
		target := ""
		if c := m.Claim(a.Target); c != nil {
			target = c.Text
		} else {
			target = "~" + string(rune('0'+idx[a.Target]))
		}
		s := strings.Join(ps, "&") + sign + target
		if a.Scheme != "" {
			s += "[" + a.Scheme + "]"
		}
		if len(a.Tags) > 0 {
			s += "#" + strings.Join(a.Tags, "#")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestDecodeStructure(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"empty", `{"nodes": [], "edges": [], "locutions": []}`, ""},
		{"linked premises and scheme",
			`{"nodes":[{"nodeID":"1","text":"C","type":"I"},{"nodeID":"2","text":"P","type":"I"},{"nodeID":"3","text":"Q","type":"I"},
			{"nodeID":"4","text":"Expert Opinion","type":"RA"}],
			"edges":[{"edgeID":"1","fromID":"2","toID":"4"},{"edgeID":"2","fromID":"3","toID":"4"},{"edgeID":"3","fromID":"4","toID":"1"}],"locutions":[]}`,
			"C | P | Q | P&Q+C[expert-opinion]"},
		{"mixed int and string IDs, convergent support, con, isolated",
			`{"nodes":[{"nodeID":1,"text":"C","type":"I"},{"nodeID":"2","text":"P","type":"I"},{"nodeID":3,"text":"O","type":"I"},
			{"nodeID":4,"text":"Lone","type":"I"},{"nodeID":"5","text":"Default Inference","type":"RA","scheme":"72"},
			{"nodeID":6,"text":"Default Conflict","type":"CA"}],
			"edges":[{"fromID":"2","toID":5},{"fromID":5,"toID":"1"},{"fromID":3,"toID":"6"},{"fromID":"6","toID":1}]}`,
			"C | P | O | Lone | P+C | O-C"},
		{"undercut and support of an inference, rephrase",
			`{"nodes":[{"nodeID":"1","text":"C","type":"I"},{"nodeID":"2","text":"P","type":"I"},{"nodeID":"3","text":"U","type":"I"},
			{"nodeID":"4","text":"W","type":"I"},{"nodeID":"5","text":"R","type":"I"},
			{"nodeID":"10","text":"RA","type":"RA","scheme":"PositionToKnow"},{"nodeID":"11","text":"Default Conflict","type":"CA"},
			{"nodeID":"12","text":"Default Inference","type":"RA"},{"nodeID":"13","text":"Default Rephrase","type":"MA"}],
			"edges":[{"fromID":"11","toID":"10"},{"fromID":"3","toID":"11"},{"fromID":"2","toID":"10"},{"fromID":"10","toID":"1"},
			{"fromID":"4","toID":"12"},{"fromID":"12","toID":"10"},{"fromID":"5","toID":"13"},{"fromID":"13","toID":"2"}]}`,
			"C | P | U | W | R | P+C[position-to-know] | U-~0 | W+~0 | R+P#rephrase"},
		{"S-node without premise or conclusion, PA, premise equal to conclusion",
			`{"nodes":[{"nodeID":"1","text":"C","type":"I"},{"nodeID":"2","text":"RA","type":"RA"},{"nodeID":"3","text":"CA","type":"CA"},
			{"nodeID":"4","text":"PA","type":"PA"},{"nodeID":"5","text":"RA","type":"RA"},{"nodeID":"6","text":"X","type":"I"},
			{"nodeID":"7","text":"Default Conflict","type":"CA"}],
			"edges":[{"fromID":"2","toID":"1"},{"fromID":"1","toID":"3"},{"fromID":"1","toID":"5"},{"fromID":"5","toID":"1"},
			{"fromID":"6","toID":"7"},{"fromID":"7","toID":"2"}]}`,
			"C | X"},
		{"custom scheme kept raw, empty text", `{"nodes":[{"nodeID":"1","text":" ","type":"I"},{"nodeID":"2","text":"P","type":"I"},
			{"nodeID":"3","text":"RA","type":"RA","scheme":"FearAppeal"}],"edges":[{"fromID":"2","toID":"3"},{"fromID":"3","toID":"1"}]}`,
			"(no text) | P | P+(no text)[FearAppeal]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, rep, err := Decode([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(m); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Errorf("invalid: %v", ps.Err())
			}
			t.Log(rep.Summary(), rep.Warnings)
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{``, "line 1, column 1"},
		{`{"nodes": [`, "line 1"},
		{"{\n  \"nodes\": [}\n", "line "},
		{`[]`, "want an object, found []"},
		{`{"format":"argmap","version":1,"map":{}}`, `not AIF-JSON: no "nodes" and no "AIF"`},
		{`{"nodes": {}}`, "nodes: want an array"},
		{`{"nodes": [{"nodeID": "1", "type": "I", "text": "a"}, {"nodeID": "1", "type": "I", "text": "b"}]}`, `nodes[1].nodeID: duplicate node ID "1" (also nodes[0])`},
		{`{"nodes": [{"nodeID": "1", "type": "XX", "text": "a"}]}`, `nodes[0].type: unknown node type "XX"`},
		{`{"nodes": [{"type": "I", "text": "a"}]}`, `nodes[0].nodeID: missing`},
		{`{"nodes": [{"nodeID": true, "type": "I"}]}`, `nodes[0].nodeID: want a string or a number`},
		{`{"nodes": [{"nodeID": "1", "type": "I", "text": 5}]}`, `nodes[0].text: want a string`},
		{`{"nodes": [{"nodeID": "1", "type": "I", "text": "a", "x": "left"}]}`, `nodes[0].x: want a number`},
		{`{"nodes": [], "edges": [{"fromID": "1"}]}`, `edges[0].toID: missing`},
		{`{"AIF": {"nodes": [{"nodeID": "1", "type": "?"}]}}`, `AIF.nodes[0].type: unknown node type "?"`},
		{`{"AIF": {"nodes": []}, "OVA": {"nodes": [{"nodeID": "1", "x": {}}]}}`, `OVA.nodes[0].x: want a number`},
	}
	for _, tt := range tests {
		_, _, err := Decode([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Decode(%s): error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestDanglingEdgeIsDroppedWithWarning(t *testing.T) {
	t.Parallel()
	m, rep, err := Decode([]byte(`{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[{"fromID":"1","toID":"9"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 1 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], `edges[0]: unknown node "9"`) {
		t.Errorf("claims %d, warnings %q", len(m.Claims), rep.Warnings)
	}
}

func TestSchemeID(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Expert Opinion": "expert-opinion", "ExpertOpinion": "expert-opinion", "Argument from expert opinion": "expert-opinion",
		"PositionToKnow": "position-to-know", "VerbalClassification": "verbal-classification", "Example": "example",
		"Default Inference": "", "RA": "", "72": "", "FearAppeal": "FearAppeal", " Cause To Effect ": "cause-to-effect",
	} {
		if got := SchemeID(in); got != want {
			t.Errorf("SchemeID(%q) = %q, want %q", in, got, want)
		}
	}
	if SchemeName("expert-opinion") != "Expert Opinion" || SchemeName("FearAppeal") != "FearAppeal" {
		t.Error("SchemeName")
	}
}

func TestEncodeStableAndRoundTrip(t *testing.T) {
	t.Parallel()
	in := `{"nodes":[{"nodeID":"1","text":"Türkçe: İstanbul ğüşıöç","type":"I"},{"nodeID":"2","text":"Русский: Россия и Индия","type":"I"},
	{"nodeID":"3","text":"U <&> \"q\"","type":"I"},{"nodeID":"4","text":"R","type":"I"},
	{"nodeID":"10","text":"Expert Opinion","type":"RA"},{"nodeID":"11","text":"Default Conflict","type":"CA"},{"nodeID":"13","text":"Default Rephrase","type":"MA"}],
	"edges":[{"fromID":"2","toID":"10"},{"fromID":"10","toID":"1"},{"fromID":"3","toID":"11"},{"fromID":"11","toID":"10"},{"fromID":"4","toID":"13"},{"fromID":"13","toID":"2"}]}`
	m, _, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out1, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	out2, _ := Encode(m.Clone())
	if string(out1) != string(out2) {
		t.Error("Encode is not deterministic")
	}
	for _, s := range []string{`"Türkçe: İstanbul ğüşıöç"`, `"Русский: Россия и Индия"`, `"U <&> \"q\""`, `"type": "MA"`, `"scheme": "Expert Opinion"`, `"formEdgeID": null`} {
		if !strings.Contains(string(out1), s) {
			t.Errorf("export lacks %s:\n%s", s, out1)
		}
	}
	m2, _, err := Decode(out1)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := describe(m), describe(m2); a != b {
		t.Errorf("round trip:\n%s\n%s", a, b)
	}
}

func TestEncodeRefusesBrokenMap(t *testing.T) {
	t.Parallel()
	m := argmap.New("x")
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{argmap.NewID()}, Polarity: argmap.Pro})
	m.Reindex()
	if _, err := Encode(m); err == nil || !strings.Contains(err.Error(), "map.arguments[0].premises[0]") {
		t.Errorf("error %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"nodes": [], "edges": [], "locutions": []}`))
	f.Add([]byte(`{"nodes":[{"nodeID":1,"text":"C","type":"I"},{"nodeID":"2","text":"P","type":"I"},{"nodeID":"5","text":"RA","type":"RA"},{"nodeID":6,"type":"CA"}],"edges":[{"fromID":"2","toID":5},{"fromID":5,"toID":"1"},{"fromID":"2","toID":"6"},{"fromID":"6","toID":"5"}]}`))
	f.Add([]byte(`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"},{"nodeID":"2","text":"S: A","type":"L"},{"nodeID":"3","text":"Asserting","type":"YA"}],"edges":[{"edgeID":1,"fromID":"2","toID":"3"},{"edgeID":2,"fromID":"3","toID":"1"}],"locutions":[{"nodeID":"2","personID":1}],"participants":[{"participantID":1,"firstname":"A","surname":"B"}]},"OVA":{"nodes":[{"nodeID":"1","x":"4","y":5.5}]},"text":""}`))
	f.Add([]byte(`{"nodes":[{"nodeID":2,"type":"RA","x":"1","y":2},{"nodeID":3,"type":"RA"}],"edges":[{"fromID":2,"toID":3},{"fromID":3,"toID":2}]}`))
	// Issue 14: a named scheme with an ID, and a claim attacking itself.
	f.Add([]byte(`{"nodes":[{"nodeID":"1","text":"X","type":"I"},{"nodeID":"2","type":"CA","scheme":"PositionToKnow","schemeID":"26"}],"edges":[{"fromID":"1","toID":"2"},{"fromID":"2","toID":"1"}]}`))
	// The small corpus files make good seeds when the corpus is there
	// (Optional: said when it is not; under CI a failure).
	if _, ok := shared.Optional(f, "corpus/aif-json"); ok {
		for _, name := range []string{"microtexts/nodeset6371.json", "ova3-dialects/ova3_db_22303.json", "ova3-dialects/xaif_small.json", "us2016/nodeset10833.json"} {
			data, err := os.ReadFile(corpusDir + "/" + name)
			if err != nil {
				f.Fatalf("a seed of the corpus: %v", err)
			}
			f.Add(data)
		}
	}
	// Issue 14 item 10: the dialogue layer; issue 16: what the fast path
	// hands to the slow one (fractions, huge integers, wrong types).
	f.Add([]byte(dialogueAIF))
	// Metadata: an OVA address (of the right type and not), AIFdb and OVA times.
	f.Add([]byte(`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I","timestamp":"2021-05-27 19:15:20"}],"edges":[]},"OVA":{"firstname":"A","surname":"B","url":" https://example.org/\u00e9 ","nodes":[{"nodeID":"1","x":0,"y":0,"timestamp":"Thu Nov 11 2021 21:50:00 GMT+0000 (Greenwich Mean Time)"}]},"text":""}`))
	f.Add([]byte(`{"AIF":{"nodes":[],"edges":[]},"OVA":{"url":5},"text":""}`))
	f.Add([]byte(`{"nodes":[{"nodeID":1.5,"text":"A","type":"I"},{"nodeID":12345678901234567890,"text":"B","type":"i"}],"edges":[{"fromID":"x","toID":1.5}]}`))
	f.Add([]byte(`{"nodes":[{"nodeID":"1","text":"a\xffb","type":"L","timestamp":null,"x":"","visible":"false"}],"edges":null,"participants":null}`))
	// Keys in another case than the careful path's maps read them.
	f.Add([]byte(`{"Nodes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[],"aif":{"Nodes":[]},"OVA":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if fast := parseFast(data); fast != nil {
			slow, err := parseSlow(data)
			if err != nil {
				t.Fatalf("the fast path read what the slow one refuses (%v):\n%s", err, data)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("the fast and the slow path differ:\n%s", data)
			}
		}
		m, _, err := Decode(data)
		if err != nil {
			return
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("decoded an invalid map: %v\n%s", ps.Err(), data)
		}
		if _, err := Encode(m); err != nil {
			t.Fatalf("cannot export what was imported: %v", err)
		}
	})
}

// TestCatalogueInStep checks that every scheme ID the importer produces is
// in the app's scheme catalogue, and that each catalogue name maps to its ID.
func TestCatalogueInStep(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../assets/schemes.json")
	if err != nil {
		t.Fatalf("the scheme catalogue (in the repository): %v", err)
	}
	var cat struct {
		Schemes []struct{ ID, Name string }
	}
	if err := json.Unmarshal(data, &cat); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range cat.Schemes {
		known[s.ID] = true
		if got := SchemeID(s.Name); got != s.ID {
			t.Errorf("SchemeID(%q) = %q, want %q", s.Name, got, s.ID)
		}
	}
	for _, c := range catalogue {
		if !known[c.id] {
			t.Errorf("scheme %q is not in assets/schemes.json", c.id)
		}
	}
}

// TestSchemeNameAndIDKept (issue 14 item 11): a scheme's name and ID come
// back as the file had them, while the argument keeps its catalogue
// scheme.
func TestSchemeNameAndIDKept(t *testing.T) {
	t.Parallel()
	in := `{"nodes":[{"nodeID":"1","text":"C","type":"I"},{"nodeID":"2","text":"P","type":"I"},
		{"nodeID":"3","text":"PositionToKnow","type":"RA","scheme":"PositionToKnow","schemeID":"26"},
		{"nodeID":"4","text":"Q","type":"I"},{"nodeID":"5","text":"Expert Opinion","type":"RA","scheme":"Expert Opinion"}],
		"edges":[{"fromID":"2","toID":"3"},{"fromID":"3","toID":"1"},{"fromID":"4","toID":"5"},{"fromID":"5","toID":"1"}],"locutions":[]}`
	m, _, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if m.Arguments[0].Scheme != "position-to-know" || m.Arguments[1].Scheme != "expert-opinion" {
		t.Fatalf("schemes %q %q", m.Arguments[0].Scheme, m.Arguments[1].Scheme)
	}
	if len(m.Arguments[1].Comments) != 0 {
		t.Errorf("a scheme spelled as the catalogue spells it needs no comment: %v", m.Arguments[1].Comments)
	}
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Nodes []outNode }
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range doc.Nodes {
		if n.Type == "RA" {
			got = append(got, n.Text+"/"+n.Scheme+"/"+n.SchemeID)
		}
	}
	if want := "PositionToKnow/PositionToKnow/26 Expert Opinion/Expert Opinion/"; strings.Join(got, " ") != want {
		t.Errorf("RA nodes written as %q, want %q", strings.Join(got, " "), want)
	}
	// A scheme changed in the app is written under its own name.
	m.Arguments[0].Scheme = "analogy"
	out, _ = Encode(m)
	if !strings.Contains(string(out), `"Analogy"`) || strings.Contains(string(out), "PositionToKnow") {
		t.Errorf("a changed scheme kept the old name:\n%s", out)
	}
}

// TestSelfAttackKept (item 12): a CA whose only premise is its conclusion
// is kept as the AF importer keeps a self-attack, through a stand-in, the
// claim can never be In, and export writes the CA back from the claim to
// itself.
func TestSelfAttackKept(t *testing.T) {
	t.Parallel()
	in := `{"nodes":[{"nodeID":"1","text":"X","type":"I"},{"nodeID":"2","text":"Default Conflict","type":"CA"}],
		"edges":[{"fromID":"1","toID":"2"},{"fromID":"2","toID":"1"}],"locutions":[]}`
	m, rep, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := describe(m), "X | X (attacks itself) | X+X (attacks itself) | X (attacks itself)-X"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if rep.Con != 1 || len(rep.Dropped) != 0 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], `node "2" (CA)`) {
		t.Errorf("report: %+v", rep)
	}
	if l := eval.Evaluate(m); l.Claim(m.Claims[0].ID) == eval.In {
		t.Error("a claim attacking itself is In")
	}
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if describe(back) != describe(m) {
		t.Errorf("round trip: %s\nexport:\n%s", describe(back), out)
	}
	if strings.Contains(string(out), "attacks itself") {
		t.Errorf("the stand-in is written as a node:\n%s", out)
	}
}

// TestDecodeErrorKinds: errors are *argmap.DecodeError with a kind, and
// syntax errors carry their line and column.
func TestDecodeErrorKinds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want *argmap.DecodeError
	}{
		{"{\n  \"nodes\": [}\n", &argmap.DecodeError{Kind: argmap.KindSyntax, Line: 3, Column: 1}}, // where the input ends
		{`{"format":"argmap"}`, &argmap.DecodeError{Kind: argmap.KindFormat}},
		{`{"nodes": [{"nodeID": "1", "type": "I"}, {"nodeID": 1, "type": "I"}]}`, &argmap.DecodeError{Kind: argmap.KindReference, Place: "nodes[1].nodeID"}},
		{`{"nodes": [{"nodeID": "1", "type": "XX"}]}`, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: "nodes[0].type"}},
	} {
		if _, _, err := Decode([]byte(tc.in)); !argmap.MatchError(tc.want, err) {
			t.Errorf("Decode(%s): %#v, want %+v", tc.in, err, tc.want)
		}
	}
}

// TestMeta: the map's metadata is what the file says of itself (the OVA
// analyst, the OVA text's address, the span of the AIFdb timestamps), and
// the import's summary is not put in its Source, whatever the envelope.
func TestMeta(t *testing.T) {
	t.Parallel()
	utc := func(s string) time.Time {
		tm, err := time.Parse(aifdbTime, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	for _, tc := range []struct {
		name, in string
		want     argmap.Meta
	}{
		{"AIFdb timestamps give the span; other layouts and shapes are passed over",
			`{"nodes":[{"nodeID":"1","text":"A","type":"I","timestamp":"2021-05-27 19:15:20"},
			{"nodeID":"2","text":"B","type":"I","timestamp":"2022-05-24 15:38:37"},
			{"nodeID":"3","text":"C","type":"I","timestamp":"2020-1-1 1:1:1"},
			{"nodeID":"4","text":"D","type":"I","timestamp":"Thu Nov 11 2021"},
			{"nodeID":"5","text":"E","type":"I","timestamp":"2099-99-99 99:99:99"}],"edges":[],"locutions":[]}`,
			argmap.Meta{Created: utc("2021-05-27 19:15:20"), Modified: utc("2022-05-24 15:38:37")}},
		{"a shape with no time gives none",
			`{"nodes":[{"nodeID":"1","text":"A","type":"I","timestamp":"2099-99-99 99:99:99"}],"edges":[],"locutions":[]}`,
			argmap.Meta{}},
		{"no timestamps, no metadata",
			`{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[],"locutions":[]}`,
			argmap.Meta{}},
		{"OVA3 export: the analyst and the text's address",
			`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[]},"OVA":{"firstname":"Jacky","surname":"Visser","url":" https://example.org/text ","nodes":[]},"text":""}`,
			argmap.Meta{Authors: []string{"Jacky Visser"}, Source: "https://example.org/text"}},
		{"OVA3 export: the span of its node times, in UTC",
			`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[]},"OVA":{"firstname":"","surname":"","nodes":[
			{"nodeID":"1","x":0,"y":0,"timestamp":"Thu Nov 11 2021 21:50:01 GMT+0000 (Greenwich Mean Time)"},
			{"nodeID":"2","x":0,"y":0,"timestamp":"Thu Nov 11 2021 22:49:00 GMT+0100 (Central European Standard Time)"},
			{"nodeID":"3","x":0,"y":0,"timestamp":"yesterday"},{"nodeID":"4","x":0,"y":0,"timestamp":""}]},"text":""}`,
			argmap.Meta{Created: utc("2021-11-11 21:49:00"), Modified: utc("2021-11-11 21:50:01")}},
		{"OVA3 export, read by the careful path (an ID of the wrong type)",
			`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"},{"nodeID":1e3,"text":"B","type":"I"}],"edges":[]},"OVA":{"firstname":"A","surname":"","url":"https://example.org/t\u00e9xt"},"text":""}`,
			argmap.Meta{Authors: []string{"A"}, Source: "https://example.org/téxt"}},
		{"an address of another type is ignored",
			`{"AIF":{"nodes":[{"nodeID":"1","text":"A","type":"I"}],"edges":[]},"OVA":{"firstname":"A","surname":"B","url":5},"text":""}`,
			argmap.Meta{Authors: []string{"A B"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, err := Decode([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			got := m.Meta
			if got.Title != tc.want.Title || got.Source != tc.want.Source || !reflect.DeepEqual(got.Authors, tc.want.Authors) ||
				!got.Created.Equal(tc.want.Created) || !got.Modified.Equal(tc.want.Modified) {
				t.Errorf("meta %+v, want %+v", got, tc.want)
			}
			if strings.Contains(got.Source, "AIF-JSON") {
				t.Errorf("the import's summary is in the source: %q", got.Source)
			}
		})
	}
}
