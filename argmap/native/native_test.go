package native_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/native"
)

// full is the map that uses every field of the format (argmaptest.Full).
func full() *argmap.Map { return argmaptest.Full() }

func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	argmaptest.Golden(t, filepath.Join("testdata", name+".golden"), got)
}

func TestEncodeGolden(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		m    *argmap.Map
	}{
		{"full", full()},
		{"empty", argmap.New("")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := native.Encode(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			goldenFile(t, tc.name, data)
			again, err := native.Encode(tc.m)
			if err != nil || !bytes.Equal(data, again) {
				t.Errorf("a second encoding differs (err %v)", err)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	m := full()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := native.Encode(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("encode(decode(encode(m))) differs:\n%s", again)
	}
	if back.Claim(m.Claims[0].ID) == nil || back.Argument(m.Arguments[2].ID) == nil {
		t.Error("decoded map is not indexed")
	}
	if got := back.Meta.Modified; !got.Equal(m.Meta.Modified) || got.Location() != time.UTC {
		t.Errorf("modified = %v, want %v in UTC", got, m.Meta.Modified)
	}
	if ps := argmap.Validate(back); ps.HasErrors() {
		t.Errorf("decoded map has problems: %v", ps)
	}
}

func TestEncodeRefusesBadCoordinates(t *testing.T) {
	t.Parallel()
	m := full()
	m.Claims[2].Pos.X = 1e8
	_, err := native.Encode(m)
	var de *argmap.DecodeError
	if !errors.As(err, &de) || de.Place != "map.claims[2].pos" {
		t.Errorf("Encode = %v, want an error at map.claims[2].pos", err)
	}
}

func TestFileRoundTrip(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "m.argmap.json")
	m := full()
	if err := native.WriteFile(path, m); err != nil {
		t.Fatal(err)
	}
	back, err := native.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Claims) != len(m.Claims) {
		t.Errorf("read %d claims, want %d", len(back.Claims), len(m.Claims))
	}
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := native.ReadFile(path); err == nil || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("ReadFile of a broken file = %v, want an error naming the path", err)
	}
}

// The numbers below are small to keep messages short; they stand for
// UUIDs.
const (
	id1 = "00000000-0000-4000-8000-000000000001"
	id2 = "00000000-0000-4000-8000-000000000002"
	id3 = "00000000-0000-4000-8000-000000000003"
	id9 = "00000000-0000-4000-8000-000000000009"
)

// doc wraps a map body in a version 1 envelope.
func doc(body string) string {
	return `{"format": "argmap", "version": 1, "map": {` + body + `}}`
}

// two claims and an argument from the first to the second.
const claims2 = `"claims": [{"id": "` + id1 + `", "text": "a"}, {"id": "` + id2 + `", "text": "b"}]`

func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	goldenFull, err := os.ReadFile("testdata/full.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "the file is empty"},
		{"not json", "hello", "not an Argmap map: expected a JSON object"},
		{"broken json", "{hello", "line 1, column 2: invalid character 'h' looking for beginning of value"},
		{"array", "[1, 2]", "not an Argmap map: expected a JSON object"},
		{"other format", `{"format": "aif", "version": 1}`, `format (line 1, column 12): not an Argmap map (expected "format": "argmap")`},
		{"no version", `{"format": "argmap", "map": {}}`, "version (line 1, column 1): missing format version"},
		{"version string", `{"format": "argmap", "version": "1", "map": {}}`, `version (line 1, column 33): expected a positive whole number, got "1"`},
		{"version zero", `{"format": "argmap", "version": 0, "map": {}}`, `version (line 1, column 33): expected a positive whole number, got 0`},
		{"newer version", `{"format": "argmap", "version": 7, "map": {"whatever": true}}`,
			"made by a newer Argmap (format version 7); this one reads up to 3"},
		{"truncated", string(goldenFull[:len(goldenFull)/2]), "map.claims[4].pos.y (line 84, column 16): the file ends too early (truncated?)"},
		{"trailing garbage", doc("") + " x", "line 1, column 48: invalid character 'x' after top-level value"},
		{"text number", doc(`"claims": [{"id": "` + id1 + `", "text": 5}]`), "map.claims[0].text (line 1, column 110): expected string, got number"},
		{"claims object", doc(`"claims": {}`), "map.claims (line 1, column 54): expected array, got object"},
		{"pinned number", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "pinned": 1}]`), "map.claims[0].pinned (line 1, column 125): expected boolean, got number"},
		{"offset fraction", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "anchor": {"offset": 1.5}}]`),
			"map.claims[0].anchor.offset (line 1, column 136): expected a whole number, got 1.5"},
		{"unknown field", doc(claims2[:len(claims2)-2] + `, "colour": "red"}]`), `map.claims[1] (line 1, column 176): unknown field "colour"`},
		{"unknown nested field", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "anchor": {"page": 3}}]`), `map.claims[0].anchor (line 1, column 126): unknown field "page"`},
		{"unknown field in a comment", doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `"], "target": "` + id2 + `", "polarity": "pro", "comments": [{"id": "` + id9 + `", "text": "x", "likes": [1, {"a": "}"}]}]}]`),
			`map.arguments[0].comments[0] (line 1, column 435): unknown field "likes"`},
		{"field in other case", doc(`"claims": [{"id": "` + id1 + `", "Text": "a"}]`), `map.claims[0] (line 1, column 102): unknown field "Text"`},
		{"unknown top field", `{"format": "argmap", "version": 1, "map": {}, "extra": 1}`, `line 1, column 47: unknown field "extra"`},
		{"unknown map field", doc(`"nodes": []`), `map (line 1, column 44): unknown field "nodes"`},
		{"dangling premise", doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `", "` + id9 + `"], "target": "` + id2 + `", "polarity": "pro"}]`),
			"map.arguments[0].premises[1] (line 1, column 292): unknown claim 00000000"},
		{"dangling target", doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `"], "target": "` + id9 + `", "polarity": "con"}]`),
			"map.arguments[0].target (line 1, column 303): unknown claim or argument 00000000"},
		{"dangling challenge", doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "question", "target": "` + id9 + `", "status": "open"}]`),
			"map.challenges[0].target (line 1, column 270): unknown claim or argument 00000000"},
		{"dangling source", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "anchor": {"source": "` + id9 + `"}}]`),
			"map.claims[0].anchor.source (line 1, column 136): unknown source 00000000"},
		{"duplicate ID", doc(`"claims": [{"id": "` + id1 + `", "text": "a"}, {"id": "` + id1 + `", "text": "b"}]`),
			"map.claims[1].id (line 1, column 123): duplicate ID 00000000 (also map.claims[0].id)"},
		{"claim and argument share ID", doc(claims2 + `, "arguments": [{"id": "` + id2 + `", "premises": ["` + id1 + `"], "target": "` + id2 + `", "polarity": "pro"}]`),
			"map.arguments[0].id (line 1, column 199): duplicate ID 00000000 (also map.claims[1].id)"},
		{"bad ID", doc(`"claims": [{"id": "8f1e", "text": "a"}]`), `map.claims[0].id (line 1, column 62): invalid ID "8f1e" (expected a UUID)`},
		{"missing ID", doc(`"claims": [{"text": "a"}]`), `map.claims[0].id (line 1, column 55): missing ID`},
		{"bad polarity", doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `"], "target": "` + id2 + `", "polarity": "maybe"}]`),
			`map.arguments[0].polarity (line 1, column 355): unknown polarity "maybe" (expected pro or con)`},
		{"bad assessment", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "assessment": "true"}]`),
			`map.claims[0].assessment (line 1, column 129): unknown assessment "true" (expected accepted, questioned or rejected)`},
		{"bad time", doc(`"meta": {"created": "yesterday"}`), `map.meta.created (line 1, column 64): invalid time "yesterday" (expected RFC 3339, like 2026-01-02T15:04:05Z)`},
		{"invalid UTF-8", doc(`"claims": [{"id": "` + id1 + "\", \"text\": \"caf\xe9\"}]"), "map.claims[0].text (line 1, column 114): invalid UTF-8 at byte 113"},
		{"NaN", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "pos": {"x": NaN}}]`),
			"map.claims[0].pos.x (line 1, column 128): invalid character 'N' looking for beginning of value"},
		{"huge coordinate", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "pos": {"x": 0, "y": -2e7}}]`),
			"map.claims[0].pos.y (line 1, column 136): coordinate -2e+07 is out of range (the limit is ±1e+07)"},
		{"infinite coordinate", doc(`"claims": [{"id": "` + id1 + `", "text": "a", "pos": {"x": 1e999}}]`),
			"map.claims[0].pos.x (line 1, column 133): number out of range"},
		{"long text", doc(`"claims": [{"id": "` + id1 + `", "text": "` + strings.Repeat("é", argmap.MaxText+1) + `"}]`),
			"map.claims[0].text (line 1, column 110): text of 100001 characters; the limit is 100000"},
		{"deep nesting", doc(`"claims": [{"id": "` + id1 + `", "text": ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}]`),
			"map.claims[0].text[0][0][0][0][0][0][0][0]… (line 1, column 10106): nested too deeply"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := native.Decode([]byte(tc.in))
			if err == nil {
				t.Fatalf("Decode succeeded with %d claims, want error %q", len(m.Claims), tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Decode error\n got: %s\nwant: %s", got, tc.want)
			}
			var de *argmap.DecodeError
			var ve *native.VersionError
			if !errors.As(err, &de) && !errors.As(err, &ve) {
				t.Errorf("error %T is neither a DecodeError nor a VersionError", err)
			}
		})
	}
}

// TestDecodeLenient lists what Decode accepts though the encoder never
// writes it.
func TestDecodeLenient(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		doc(""),
		doc(`"meta": null, "claims": null`),
		doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "question", "target": "` + id1 + `"}]`), // status defaults to open
		doc(`"claims": [{"id": "{` + id1 + `}", "text": ""}]`),                                                // braces around the UUID
		doc(`"claims": [{"id": "` + id1 + `", "te\u0078t": "a \"}\" b", "tags": ["]", "}"]}]`),                // escapes in keys and values
	} {
		if _, err := native.Decode([]byte(in)); err != nil {
			t.Errorf("Decode(%s) = %v", in, err)
		}
	}
}

// TestDecodeErrorKinds checks that the native reader says what kind of
// fault it found, matched as every reader's errors are (MatchError).
func TestDecodeErrorKinds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want *argmap.DecodeError
	}{
		{"{hello", &argmap.DecodeError{Kind: argmap.KindSyntax, Line: 1, Column: 2}},
		{`{"format": "aif"}`, &argmap.DecodeError{Kind: argmap.KindFormat, Place: "format"}},
		{`{"format": "argmap", "map": {}}`, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: "version"}},
		{`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "00000000-0000-4000-8000-000000000001", "text": "a", "pos": {"x": 0, "y": 0}}],
			"arguments": [{"id": "00000000-0000-4000-8000-000000000002", "premises": ["00000000-0000-4000-8000-000000000009"], "target": "00000000-0000-4000-8000-000000000001", "polarity": "pro"}]}}`,
			&argmap.DecodeError{Kind: argmap.KindReference, Place: "map.arguments[0].premises[0]"}},
		{`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "00000000-0000-4000-8000-000000000001", "text": "a", "pos": {"x": 3e7, "y": 0}}]}}`,
			&argmap.DecodeError{Kind: argmap.KindLimit, Place: "map.claims[0].pos.x"}},
		{`{"format": "argmap", "version": 1, "map": {"claims": [{"id": "00000000-0000-4000-8000-000000000001", "text": "a", "pos": {"x": 0, "y": 0}, "color2": 1}]}}`,
			&argmap.DecodeError{Kind: argmap.KindInvalid, Place: "map.claims[0]"}},
	} {
		_, err := native.Decode([]byte(tc.in))
		if !argmap.MatchError(tc.want, err) {
			t.Errorf("Decode(%q) = %v (%#v), want a match of %+v", tc.in, err, err, tc.want)
		}
	}
	if argmap.MatchError(&argmap.DecodeError{Kind: argmap.KindLimit}, &argmap.DecodeError{Kind: argmap.KindSyntax}) {
		t.Error("MatchError matches another kind")
	}
}
