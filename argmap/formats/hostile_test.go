package formats

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Valid IDs for the hand-written native documents below.
const (
	hid1 = "00000000-0000-4000-8000-000000000001"
	hid2 = "00000000-0000-4000-8000-000000000002"
	hid3 = "00000000-0000-4000-8000-000000000003"
	hid9 = "00000000-0000-4000-8000-000000000009"
)

// nativeDoc wraps the body of a native map.
func nativeDoc(body string) string {
	return `{"format": "argmap", "version": 1, "map": {"meta": {"title": "T"}` + body + `}}`
}

func nativeClaim(id, text, pos string) string {
	return `{"id": "` + id + `", "text": ` + text + pos + `}`
}

// Things a hostile or broken file may hold, shared by every decoder.
var (
	deepArrays  = strings.Repeat("[", 100_000)
	deepObjects = strings.Repeat(`{"a":`, 100_000)
	hugeText    = strings.Repeat("word ", 30_000) // 150,000 characters
	badUTF8     = "caf\xe9 au lait"
	binary      = "\x00\x01\x02\xff\xfe" + strings.Repeat("\x00", 1000)
)

// hostileCase is one file given to one format. want is a fragment the
// error must hold; "" means the file may load, but then into a valid map.
type hostileCase struct {
	name   string
	format string // the format's name in the registry
	path   string // the file name, which guides the choice of format
	data   string
	want   string
}

func hostileCases() []hostileCase {
	var cs []hostileCase
	add := func(format, path, name, data, want string) {
		cs = append(cs, hostileCase{name: name, format: format, path: path, data: data, want: want})
	}

	// Native .argmap.json.
	n := "m.argmap.json"
	add("json", n, "empty", "", "empty")
	add("json", n, "deep arrays in the map", `{"format":"argmap","version":1,"map":`+deepArrays, "nested too deeply")
	add("json", n, "deep objects in a claim", nativeDoc(`, "claims": [{"id": "`+hid1+`", "text": `+deepObjects), "nested too deeply")
	add("json", n, "deep arrays in the header", `{"format":"argmap","version":`+deepArrays, "")
	add("json", n, "huge text", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"`+hugeText+`"`, "")+`]`), "claims[0].text (line 1, column 134): text of 150000 characters")
	add("json", n, "invalid UTF-8", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"`+badUTF8+`"`, "")+`]`), "invalid UTF-8")
	add("json", n, "huge coordinate", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, `, "pos": {"x": 1e300, "y": 0}`)+`]`), "claims[0].pos.x")
	add("json", n, "overflowing coordinate", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, `, "pos": {"x": 1e400, "y": 0}`)+`]`), "claims[0].pos.x")
	add("json", n, "NaN coordinate", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, `, "pos": {"x": NaN, "y": 0}`)+`]`), "line 1")
	add("json", n, "missing premise", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, "")+`], "arguments": [{"id": "`+hid2+`", "premises": ["`+hid9+`"], "target": "`+hid1+`", "polarity": "pro"}]`), "arguments[0].premises[0]")
	add("json", n, "missing target", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, "")+`], "arguments": [{"id": "`+hid2+`", "premises": ["`+hid1+`"], "target": "`+hid9+`", "polarity": "pro"}]`), "arguments[0].target")
	add("json", n, "duplicate ID", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, "")+`, `+nativeClaim(hid1, `"b"`, "")+`]`), "claims[1]")
	add("json", n, "argument aimed at itself", nativeDoc(`, "claims": [`+nativeClaim(hid1, `"a"`, "")+`], "arguments": [{"id": "`+hid2+`", "premises": ["`+hid1+`"], "target": "`+hid2+`", "polarity": "con"}]`), "")
	add("json", n, "newer version", `{"format": "argmap", "version": 99}`, "newer Argmap")
	add("json", n, "binary", binary, "")

	// AIF-JSON.
	a := "m.aif.json"
	node := func(id, text, typ string) string {
		return `{"nodeID": "` + id + `", "text": ` + text + `, "type": "` + typ + `"}`
	}
	aif := func(nodes, edges string) string {
		return `{"nodes": [` + nodes + `], "edges": [` + edges + `], "locutions": []}`
	}
	add("aif", a, "deep arrays", `{"nodes": `+deepArrays, "")
	add("aif", a, "deep objects", `{"nodes": [{"nodeID": "1", "text": `+deepObjects, "")
	add("aif", a, "huge text", aif(node("1", `"`+hugeText+`"`, "I"), ""), "text of 150000 characters")
	add("aif", a, "invalid UTF-8", aif(node("1", `"`+badUTF8+`"`, "I"), ""), "")
	add("aif", a, "edge to a missing node", aif(node("1", `"a"`, "I")+`, `+node("2", `"RA"`, "RA"), `{"fromID": "1", "toID": "2"}, {"fromID": "2", "toID": "99"}`), "")
	add("aif", a, "cycle of inferences", aif(node("2", `"RA"`, "RA")+`, `+node("3", `"RA"`, "RA"), `{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "2"}`), "")
	add("aif", a, "NaN position", `{"AIF": `+aif(node("1", `"a"`, "I"), "")+`, "OVA": {"nodes": [{"nodeID": "1", "x": "NaN", "y": "1e400"}]}}`, "")
	add("aif", a, "binary", binary, "")

	// Argdown.
	d := "m.argdown"
	add("argdown", d, "deep brackets", deepArrays, "")
	add("argdown", d, "deep indentation", deepIndent(2_000), "")
	add("argdown", d, "huge text", "[A]: "+hugeText+"\n", "text of 1")
	add("argdown", d, "invalid UTF-8", "[A]: "+badUTF8+"\n", "")
	add("argdown", d, "support cycle", "[A]: a\n  + [B]: b\n    + [A]\n", "")
	add("argdown", d, "binary", binary, "")

	// Kialo.
	k := "m.kialo.txt"
	kialo := func(lines ...string) string {
		return "Discussion Title: T\n\n1. Thesis\n" + strings.Join(lines, "\n") + "\n"
	}
	add("kialo", k, "link to a missing claim", kialo("1.1. Pro: -> See 1.9."), "")
	add("kialo", k, "link to itself", kialo("1.1. Pro: -> See 1.1."), "")
	add("kialo", k, "links in a cycle", kialo("1.1. Pro: a", "1.1.1. Con: -> See 1.1.", "1.2. Con: -> See 1.1.1."), "")
	add("kialo", k, "huge text", kialo("1.1. Pro: "+hugeText), "map.claims[1].text: text of 14")
	add("kialo", k, "invalid UTF-8", kialo("1.1. Pro: "+badUTF8), "UTF-8")
	add("kialo", k, "deep paths", kialo(deepKialo(5_000)...), "")
	add("kialo", k, "deep brackets", "Discussion Title: T\n\n1. "+deepArrays+"\n", "")

	// Abstract argumentation frameworks.
	add("apx", "m.apx", "attack on a missing argument", "arg(a).\natt(a,zz).\n", "")
	// A self-attack loads as a stand-in claim (af.ToMap): a valid map.
	add("apx", "m.apx", "self-attack", "arg(a).\natt(a,a).\n", "")
	add("apx", "m.apx", "invalid UTF-8", "arg("+badUTF8+").\n", "ASPARTIX AF: line 1: ")
	add("apx", "m.apx", "deep brackets", "arg("+deepArrays+").\n", "")
	add("tgf", "m.tgf", "edge to a missing node", "1 a\n#\n1 2\n", "")
	add("tgf", "m.tgf", "invalid UTF-8", "1 "+badUTF8+"\n#\n", "")
	add("tgf", "m.tgf", "huge label", "1 "+hugeText+"\n#\n", "")
	add("iccma", "m.af", "attack out of range", "p af 2\n1 3\n", "")
	add("iccma", "m.af", "too many arguments", "p af 99999999999\n", "")
	add("iccma", "m.af", "negative count", "p af -5\n", "")
	return cs
}

// deepIndent is an Argdown tree n levels deep, each level one more space.
func deepIndent(n int) string {
	var b strings.Builder
	b.WriteString("[A0]: a\n")
	for i := 1; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i))
		fmt.Fprintf(&b, "+ [A%d]: a\n", i)
	}
	return b.String()
}

// deepKialo is a chain of Kialo claims n levels deep.
func deepKialo(n int) []string {
	lines := make([]string, 0, n)
	path := "1."
	for i := 0; i < n; i++ {
		path += "1."
		lines = append(lines, path+" Pro: a")
	}
	return lines
}

// TestHostileInput gives every decoder broken and hostile files through
// Decode: none panics or hangs; each either refuses the file with a
// message that names the place, or loads a map within the limits (and, for
// an import, valid).
func TestHostileInput(t *testing.T) {
	t.Parallel()
	for _, tc := range hostileCases() {
		t.Run(tc.format+"/"+tc.name, func(t *testing.T) {
			var (
				m   *argmap.Map
				f   *Format
				err error
			)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				m, f, err = Decode(tc.path, []byte(tc.data))
			}()
			t.Logf("%s → %v", f.Name, clipErr(err))
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("error %v, want one with %q", clipErr(err), tc.want)
				}
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), tc.path+": ") {
					t.Errorf("error %q does not start with the file name", clipErr(err))
				}
				return
			}
			// A native file may load with problems for the user to fix
			// (Decode refuses only the structural ones); an import may not.
			if ps := argmap.Validate(m); ps.HasErrors() && tc.format != "json" {
				t.Fatalf("loaded an invalid map: %v", ps.Err())
			}
			eval.Evaluate(m) // and what loads can be evaluated
			if err := argmap.CheckLimits(m); err != nil {
				t.Fatalf("loaded a map beyond the limits: %v", err)
			}
		})
	}
}

// clipErr shortens an error for a test message: some quote the file.
func clipErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := err.Error()
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
