package native_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// TestDecodeErrorsAfterBareLiterals: a fault that comes after a true,
// false, null or number closing an object or an array is named at its own
// place, line and column. The walker that finds the place of a wrong type
// used to run on past the closing } or ] of such a literal, and so named
// another place (or none) for every fault after it. Each case marks the
// faulty value with ‸.
func TestDecodeErrorsAfterBareLiterals(t *testing.T) {
	t.Parallel()
	file := func(version, body string) string {
		return "{\"format\": \"argmap\", \"version\": " + version + ", \"map\": {" + body + "}}"
	}
	claim := func(id, fields string) string { return `{"id": "` + id + `", "text": "a"` + fields + `}` }
	bad := `{"id": "` + id2 + `", "text": ‸12}`
	for _, tc := range []struct {
		name, data, place, msg string
	}{
		{"true closing a claim", file("1", `"claims": [`+claim(id1, `, "pinned": true`)+`, `+bad+`]`), "map.claims[1].text", "expected string, got number"},
		{"true closing a claim, on lines of its own", file("1", "\"claims\": [\n"+claim(id1, ",\n\"pinned\": true\n")+",\n"+bad+"]"), "map.claims[1].text", "expected string, got number"},
		{"false closing the meta", file("1", `"meta": {"exercise": false}, "claims": [`+bad+`]`), "map.claims[0].text", "expected string, got number"},
		{"null closing the meta", file("1", `"meta": {"title": null}, "claims": [`+bad+`]`), "map.claims[0].text", "expected string, got number"},
		{"null closing an array", file("1", `"claims": [`+claim(id1, `, "tags": [null]`)+`, `+bad+`]`), "map.claims[1].text", "expected string, got number"},
		{"null as the whole meta", file("1", `"meta": null, "claims": [`+bad+`]`), "map.claims[0].text", "expected string, got number"},
		{"a number closing an object", file("1", `"claims": [`+claim(id1, `, "pos": {"x": 1, "y": -2.5e1}`)+`, `+bad+`]`), "map.claims[1].text", "expected string, got number"},
		{"true closing an object closing an array closing an object (nested)", file("2", `"claims": [`+claim(id1, `, "comments": [{"id": "`+id3+`", "text": "c", "private": true}]`)+`, `+bad+`]`), "map.claims[1].text", "expected string, got number"},
		{"literals at every end before the fault", file("2", `"meta": {"exercise": true}, "claims": [`+claim(id1, `, "pinned": false, "tags": [null], "comments": [{"id": "`+id3+`", "text": "c", "private": true}]`)+`], "arguments": [{"id": "`+id9+`", "premises": ‸"x"}]`), "map.arguments[0].premises", "expected array, got string"},
		{"a sibling after a literal closing an array's object", file("2", `"claims": [`+claim(id1, `, "comments": [{"id": "`+id3+`", "text": "c", "private": true}], "pos": {"x": 1, "y": ‸"2"}`)+`]`), "map.claims[0].pos.y", "expected number, got string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(tc.data, "‸")
			if at < 0 {
				t.Fatal("the case marks no value with ‸")
			}
			data := strings.Replace(tc.data, "‸", "", 1)
			line := strings.Count(data[:at], "\n") + 1
			col := utf8.RuneCountInString(data[strings.LastIndexByte(data[:at], '\n')+1:at]) + 1
			_, err := native.Decode([]byte(data))
			var de *argmap.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode = %v, want a *DecodeError", err)
			}
			if de.Place != tc.place || de.Line != line || de.Column != col || !strings.Contains(de.Message, tc.msg) {
				t.Fatalf("Decode = %q at %q line %d column %d, want %q at %q line %d column %d", de.Message, de.Place, de.Line, de.Column, tc.msg, tc.place, line, col)
			}
		})
	}
}
