package aif

import (
	"os"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
)

// TestValidJSON: the fast path's syntax check accepts exactly the JSON of
// RFC 8259, including what the JSON library would skip unchecked under an
// unknown key.
func TestValidJSON(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("[", maxValidDepth) + strings.Repeat("]", maxValidDepth)
	tooDeep := "[" + deep + "]"
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`{}`, true},
		{` { } `, true},
		{`[]`, true},
		{`[ ]`, true},
		{`{"a":1}`, true},
		{`{"a" : [1, -2.5e+3, 0, 0.0, 1E9, "x", true, false, null, {}, []]}`, true},
		{`"\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00"`, true},
		{"\"caf\xc3\xa9 \xff\"", true}, // bytes are not checked for UTF-8 (the decoders replace)
		{`-0`, true},
		{deep, true},
		{``, false},
		{`   `, false},
		{`{`, false},
		{`{"a"}`, false},
		{`{"a":}`, false},
		{`{"a":1,}`, false},
		{`[1,]`, false},
		{`[1 2]`, false},
		{`{"a":1 "b":2}`, false},
		{`{1:2}`, false},
		{`[}`, false},
		{`{]`, false},
		{`[1]]`, false},
		{`{} {}`, false},
		{`01`, false},
		{`1.`, false},
		{`.5`, false},
		{`1e`, false},
		{`1e+`, false},
		{`+1`, false},
		{`-`, false},
		{`tru`, false},
		{`nul`, false},
		{`True`, false},
		{`"abc`, false},
		{`"a\x"`, false},
		{`"\u12G4"`, false},
		{`"\u12"`, false},
		{"\"a\tb\"", false}, // a raw control character
		{"\"a\x00b\"", false},
		{"\xef\xbb\xbf{}", false}, // a byte order mark is the caller's to strip
		{tooDeep, false},
		// The fuzzer's damaged file: the value of an unknown key the
		// library would skip by its quotes.
		{`{"nodes":[],"":[""""""""""}"x":2]}`, false},
	} {
		if got := validJSON([]byte(tc.in)); got != tc.want {
			t.Errorf("validJSON(%.60q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestValidJSONCorpus: every corpus file passes the check (else each
// would cost the careful path).
func TestValidJSONCorpus(t *testing.T) {
	t.Parallel()
	for _, path := range corpusFiles(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !validJSON(data) {
			t.Errorf("%s: refused", path)
		}
	}
}

// FuzzValidJSON: what the check accepts, the JSON library parses.
func FuzzValidJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":[1,2.5e3,"x\u00e9",true,null]}`, `[[[]]]`, `"\\"`, `-0.1E-2`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if validJSON(data) && !json.Valid(data) {
			t.Fatalf("validJSON accepts what the library refuses: %q", data)
		}
	})
}

// TestFastPathKeySpelling: a top-level or "AIF" key spelled other than the
// careful path reads it (in another case, or with an escape) is left to the
// careful path, which reads the two levels as maps where case counts; the
// JSON library would have matched it to a struct field regardless.
func TestFastPathKeySpelling(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		`{"Nodes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]}`,
		`{"nodes":[{"nodeID":"1","type":"I","text":"a"}],"Edges":[{"fromID":"1","toID":"1"}]}`,
		`{"aif":{"nodes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]}}`,
		`{"AIF":{"NODES":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]}}`,
		`{"AIF":{"nodes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]},"ova":{"nodes":[{"nodeID":"1","x":1,"y":2}]}}`,
		`{"n\u006fdes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]}`,
		`{"AIF":{"n\u006fdes":[{"nodeID":"1","type":"I","text":"a"}],"edges":[]}}`,
	} {
		if fastReadable([]byte(doc)) {
			t.Errorf("fastReadable(%s) = true", doc)
		}
		if g := parseFast([]byte(doc)); g != nil {
			t.Errorf("the fast path read %s", doc)
		}
		slow, slowErr := parseSlow([]byte(doc))
		got, err := parse([]byte(doc))
		if (err == nil) != (slowErr == nil) || err != nil && err.Error() != slowErr.Error() || err == nil && len(got.nodes) != len(slow.nodes) {
			t.Errorf("parse(%s) = %v, %v; the careful path %v, %v", doc, got, err, slow, slowErr)
		}
	}
	// Keys below those two levels are read by structs on both paths.
	if !fastReadable([]byte(`{"nodes":[{"NodeID":"1","type":"I","text":"a"}],"edges":[]}`)) {
		t.Error("a node's key in another case went to the careful path")
	}
}
