package native_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// strictCases are files that the JSON library alone would accept (or
// misreport) and that Decode must refuse, naming the place; or, with place
// "", accept. Issue 19 found each of them.
func strictCases() []struct{ name, data, place, msg string } {
	claim := func(extra string) string {
		return doc(`"claims": [{"id": "` + id1 + `", "text": "a"` + extra + `}]`)
	}
	challenge := func(q string) string {
		return doc(claims2 + `, "challenges": [{"id": "` + id3 + `", "kind": "critical-question", "target": "` + id1 + `", "question": ` + q + `, "status": "open"}]`)
	}
	manyTags := `"tags": [` + strings.Repeat(`"t",`, argmap.MaxItems) + `"t"]`
	return []struct{ name, data, place, msg string }{
		{"garbage after a NUL", doc("") + "\x00garbage", "", "a NUL byte at byte"},
		{"a NUL and a whole other map", doc("") + "\x00" + doc(claims2), "", "a NUL byte at byte"},
		{"a raw NUL inside a string", claim(`, "color": "re` + "\x00" + `d"`), "map.claims[0].color", "a NUL byte at byte"},
		{"a duplicate key at the top", `{"format": "argmap", "version": 1, "version": 1, "map": {}}`, "version", `the key "version" is given twice`},
		{"a duplicate text", claim(`, "text": "b"`), "map.claims[0].text", `the key "text" is given twice`},
		{"a duplicate map", `{"format": "argmap", "version": 1, "map": {}, "map": {}}`, "map", `the key "map" is given twice`},
		{"a duplicate key in an anchor", claim(`, "anchor": {"offset": 1, "offset": 2}`), "map.claims[0].anchor.offset", `the key "offset" is given twice`},
		{"a duplicate key spelt with an escape", claim(`, "t\u0065xt": "b"`), "map.claims[0].text", `the key "text" is given twice`},
		{"equal keys in different objects", doc(claims2), "", ""},
		{"one tag over the limit (the probe had 2,000,001)", claim(", " + manyTags), "map.claims[0].tags", "1000001 entries; the limit is 1000000"},
		{"a question index of 99,999,999,999", challenge("99999999999"), "map.challenges[0].question", "out of range"},
		{"the last question index", challenge("999999"), "", ""},
		{"a MaxInt64 anchor offset", claim(`, "anchor": {"offset": 9223372036854775807}`), "map.claims[0].anchor.offset", "out of range"},
		{"the last anchor offset", claim(`, "anchor": {"offset": 536870912, "length": 536870912}`), "", ""},
		{"a MaxInt64 anchor length", claim(`, "anchor": {"offset": 10, "length": 9223372036854775807}`), "map.claims[0].anchor.length", "reaches beyond"},
		{"offset and length that overflow together", claim(`, "anchor": {"offset": 536870912, "length": 536870913}`), "map.claims[0].anchor.length", "reaches beyond"},
		{"a byte order mark", "\uFEFF" + doc(claims2), "", ""},
		{"a byte order mark and spaces", "\uFEFF \n" + doc(""), "", ""},
	}
}

func TestDecodeStrict(t *testing.T) {
	t.Parallel()
	for _, tc := range strictCases() {
		t.Run(tc.name, func(t *testing.T) {
			m, err := native.Decode([]byte(tc.data))
			if tc.msg == "" {
				if err != nil || m == nil {
					t.Fatalf("Decode = %v, want a map", err)
				}
				return
			}
			var de *argmap.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode = %v, want a *DecodeError", err)
			}
			if de.Place != tc.place || !strings.Contains(de.Message, tc.msg) {
				t.Fatalf("Decode = %q at %q, want %q at %q", de.Message, de.Place, tc.msg, tc.place)
			}
		})
	}
}

// A NUL is located by line and column too, counted without the byte order
// mark, as an editor shows them.
func TestDecodeNULPosition(t *testing.T) {
	t.Parallel()
	_, err := native.Decode([]byte("\uFEFF{\n  \"format\": \"arg\x00map\"}"))
	var de *argmap.DecodeError
	if !errors.As(err, &de) || de.Line != 2 || de.Column != 17 || de.Place != "format" {
		t.Fatalf("Decode = %#v, want format at line 2, column 17", err)
	}
}
