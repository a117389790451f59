package native_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// goldenFiles are the native files the golden tests write: this
// package's and those of package argmap's tests (a dialogue, private
// comments, suggestions), which stay beside the tests that write them.
func goldenFiles(t testing.TB) []string {
	var files []string
	for _, dir := range []string{"testdata", "../testdata"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.golden"))
		files = append(files, names...)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata or ../testdata")
	}
	return files
}

// FuzzDecode checks that Decode never panics, and that whatever it accepts
// encodes, decodes again and encodes to the same bytes. Its corpus starts
// from the golden files, the sample map and a few small documents.
func FuzzDecode(f *testing.F) {
	for _, name := range goldenFiles(f) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(assets.SampleMap)
	for _, s := range []string{
		doc(""),
		doc(claims2 + `, "arguments": [{"id": "` + id3 + `", "premises": ["` + id1 + `"], "target": "` + id2 + `", "polarity": "pro"}]`),
		doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "critical-question", "target": "` + id1 + `", "question": 0}]`),
		`{"format": "argmap", "version": 7}`,
		// A private comment, in a version 2 file and (refused) in a version 1 one.
		`{"format": "argmap", "version": 2, "map": {"claims": [{"id": "` + id1 + `", "text": "a", "comments": [{"id": "` + id2 + `", "text": "rubric", "private": true}]}]}}`,
		doc(`"claims": [{"id": "` + id1 + `", "text": "a", "comments": [{"id": "` + id2 + `", "text": "rubric", "private": true}]}]`),
		`{"format": "argmap", "version": 1, "map": {"claims": [{"id": 1}]}}`,
		// A debate round (version 3), a claim in one of its speeches.
		`{"format": "argmap", "version": 3, "map": {"claims": [{"id": "` + id1 + `", "text": "a", "speech": "` + id2 + `"}], "round": {"format": "policy", "speeches": [{"id": "` + id2 + `", "name": "1AC", "side": "aff"}]}}}`,
	} {
		f.Add([]byte(s))
	}
	// The shapes of issue 19's hostile files: see strictCases.
	for _, tc := range strictCases() {
		if len(tc.data) > 4096 {
			continue // the shape, not the size: the fuzzer grows what it needs
		}
		f.Add([]byte(tc.data))
	}
	for _, s := range []string{
		doc(`"claims": [{"id": "` + id1 + `", "text": "a", "tags": ["t", "t", "t"]}]`),
		// Files that are no text (named by their magic) and UTF-16 text.
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"PK\x03\x04\x14\x00",
		"\xff\xfe{\x00}\x00",
		"\xfe\xff\x00{\x00}",
		"\xff\xfe{\x00\x00\xd8}\x00",
		// A wrong type after bare literals closing objects and arrays
		// (the walker that locates it once ran past their } and ]).
		doc(`"meta": {"exercise": true}, "claims": [{"id": "` + id1 + `", "text": "a", "pinned": false, "tags": [null]}, {"id": "` + id2 + `", "text": 12}]`),
		// Wrong types deep in an indented file (located by line and column).
		"{\n  \"format\": \"argmap\",\n  \"version\": 1,\n  \"map\": {\n    \"claims\": [\n      {\"id\": \"" + id1 + "\", \"text\": 12}\n    ]\n  }\n}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := native.Decode(data)
		if err != nil {
			return
		}
		first, err := native.Encode(m)
		if err != nil {
			t.Fatalf("a decoded map does not encode: %v", err)
		}
		back, err := native.Decode(first)
		if err != nil {
			t.Fatalf("an encoded map does not decode: %v\n%s", err, first)
		}
		second, err := native.Encode(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("encode→decode→encode is not stable:\n%s\n---\n%s", first, second)
		}
	})
}
