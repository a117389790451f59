package native_test

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// fastSeeds are documents for the fast path: what Argmap writes, and
// what it does not write but may read (escapes, other spellings of
// numbers and IDs, other key orders, the faults of strictCases).
func fastSeeds(t testing.TB) [][]byte {
	var out [][]byte
	for _, name := range goldenFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	out = append(out, assets.SampleMap)
	g, err := native.Encode(gen.Tree(60, 3))
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, g)
	claim := func(extra string) string {
		return doc(`"claims": [{"id": "` + id1 + `", "text": "a"` + extra + `}]`)
	}
	for _, s := range []string{
		doc(""),
		doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `"], "target": "` + id2 + `", "polarity": "pro"}]`),
		doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": [], "target": "` + id2 + `", "polarity": "con", "tags": [], "comments": []}]`),
		doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "target": "` + id2 + `", "polarity": "con"}]`),
		doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "critical-question", "target": "` + id1 + `", "question": 0}]`),
		doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "object", "target": "` + id1 + `", "status": ""}]`),
		`{"format": "argmap", "version": 2, "map": {"claims": [{"id": "` + id1 + `", "text": "a", "comments": [{"id": "` + id2 + `", "text": "rubric", "private": true}]}]}}`,
		doc(`"claims": [{"id": "` + id1 + `", "text": "a", "comments": [{"id": "` + id2 + `", "text": "rubric", "private": true}]}]`),
		`{"map": {}, "format": "argmap", "version": 1}`,
		`{"version": 1, "format": "argmap", "map": {"claims": []}}`,
		`{"format":"argmap","version":1,"map":{"meta":{"title":"t","authors":[],"created":"2026-01-02T15:04:05+02:00"}}}` + "\n\t ",
		claim(`, "pos": {"x": -0, "y": 1e21}`),
		claim(`, "pos": {"x": 0.1, "y": -1.5E+3}`),
		claim(`, "pos": {"x": 1e7, "y": -10000000.0000001}`),
		claim(`, "pos": {"x": 123456789012345678, "y": 00}`),
		claim(`, "text": "x"`),
		claim(`, "tags": ["\u00e9\ud83d\ude00\n\"\\\/\b\f\r\t", "\ud800", "\udc00x", "\u0000"]`),
		claim(`, "color": "` + strings.Repeat("é", 60000) + `"`),
		claim(`, "anchor": {}`),
		claim(`, "anchor": {"offset": 5, "length": -1}`),
		claim(`, "anchor": {"offset": 1073741824, "length": 0}`),
		claim(`, "assessment": "Accepted"`),
		claim(`, "pinned": null`),
		claim(`, "Text": "b"`),
		claim(`, "te\u0078t2": "b"`),
		doc(`"claims": [{"id": "` + strings.ToUpper(id1) + `", "text": "a"}]`),
		doc(`"claims": [{"id": "urn:uuid:` + id1 + `", "text": "a"}]`),
		doc(`"claims": [{"id": "` + strings.ReplaceAll(id1, "-", "") + `", "text": "a"}]`),
		doc(`"claims": [{"id": "00000000-0000-0000-0000-000000000000", "text": "a"}]`),
		doc(`"claims": [{"id": "` + id1 + `", "text": "a"}, {"id": "` + id1 + `", "text": "b"}]`),
	} {
		out = append(out, []byte(s))
	}
	for _, tc := range strictCases() {
		if len(tc.data) <= 4096 {
			out = append(out, []byte(tc.data))
		}
	}
	return out
}

// sameAsCareful fails unless the careful way reads data to the map the
// fast path read, when the fast path read it.
func sameAsCareful(t *testing.T, data []byte) (fast bool) {
	t.Helper()
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return false // Decode refuses these before either way
	}
	m, ok := native.DecodeFast(data)
	if !ok {
		return false
	}
	want, err := native.DecodeCareful(data)
	if err != nil {
		t.Fatalf("the fast path read what the careful way refuses (%v):\n%s", err, clipDoc(data))
	}
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("the fast path read another map than the careful way:\n%s", clipDoc(data))
	}
	return true
}

func clipDoc(data []byte) string {
	if len(data) > 2000 {
		return string(data[:2000]) + "…"
	}
	return string(data)
}

// TestDecodeFast: on every seed the fast path reads what the careful way
// reads, and it does read what Argmap writes (else the speed is lost
// without a word).
func TestDecodeFast(t *testing.T) {
	t.Parallel()
	for _, data := range fastSeeds(t) {
		sameAsCareful(t, data)
	}
	written := []*argmap.Map{full(), gen.Tree(500, 7), argmap.New("")}
	pm := full()
	pm.Claims[0].Comments[0].Private = true
	written = append(written, pm)
	for i, m := range written {
		data, err := native.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		if !sameAsCareful(t, data) {
			t.Errorf("map %d: the fast path gave up on what Encode wrote", i)
		}
	}
}

// FuzzDecodeFast: whatever the fast path reads, the careful way reads to
// the same map.
func FuzzDecodeFast(f *testing.F) {
	for _, data := range fastSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) { sameAsCareful(t, data) })
}

// everyFieldMaps are maps that, together, set every field of the format.
// A field added to the wire structs makes TestDecodeFastEveryField fail
// until it is set here (in full() or a map of its own), and then until
// the fast path reads it (decode_fast.go).
func everyFieldMaps() []*argmap.Map {
	private := full()
	private.Claims[0].Comments[0].Private = true
	a := private.Arguments[0]
	a.Color, a.Links = "#aa0000", []string{"https://example.org/b"}
	a.Comments = []argmap.Comment{{ID: argmap.DeterministicIDs("every field")(), Author: "Grace",
		Time: time.Date(2026, 12, 1, 23, 0, 0, 5e8, time.UTC), Text: "rubric", Private: true}}
	return []*argmap.Map{full(), private}
}

// carefulOnly are the parts of the format the fast path leaves to the
// careful way (a file that has one is read the careful way as a whole):
// the sections and fields of version 3 that big maps do not have yet.
// A field added to the wire structs goes into the fast path (and
// everyFieldMaps) or here.
var carefulOnly = []string{
	"map.round", "map.dialogue", // debate flow, dialogue
	"map.claims.speech",                                                        // debate flow
	"map.claims.proposed", "map.arguments.proposed", "map.challenges.proposed", // suggestions
}

// TestDecodeFastEveryField: the fast path reads every field of the
// format but carefulOnly, as the careful way does.
func TestDecodeFastEveryField(t *testing.T) {
	t.Parallel()
	ms := everyFieldMaps()
	all, err := native.UnsetWireFields(ms...)
	if err != nil {
		t.Fatal(err)
	}
	var unset []string
	for _, f := range all {
		if !slices.ContainsFunc(carefulOnly, func(p string) bool { return f == p || strings.HasPrefix(f, p+".") }) {
			unset = append(unset, f)
		}
	}
	if len(unset) > 0 {
		t.Errorf("no map of everyFieldMaps sets these wire fields: %v", unset)
	}
	for i, m := range ms {
		data, err := native.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		if !sameAsCareful(t, data) {
			t.Errorf("map %d: the fast path gave up on a field of the format (see decode_fast.go)", i)
		}
	}
}
