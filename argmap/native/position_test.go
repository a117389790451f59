package native_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// TestDecodeErrorsHaveLineAndColumn: every fault of the native reader
// names its path and the line and column of the offending value (the user
// pass found wrong types, such as "text": 12 or "claims": {}, with a path
// only). Each case marks that value with ‸ in an indented file.
func TestDecodeErrorsHaveLineAndColumn(t *testing.T) {
	t.Parallel()
	claim := func(id, fields string) string {
		return "      {\n        \"id\": " + id + ",\n        \"text\": \"a\"" + fields + "\n      }"
	}
	file := func(version, mapBody string) string {
		return "{\n  \"format\": \"argmap\",\n  \"version\": " + version + ",\n  \"map\": {\n" + mapBody + "\n  }\n}\n"
	}
	claims := func(cs ...string) string {
		return "    \"claims\": [\n" + strings.Join(cs, ",\n") + "\n    ]"
	}
	c1 := claim(`"`+id1+`"`, "")
	arg := func(fields string) string {
		return ",\n    \"arguments\": [\n      {\n        \"id\": \"" + id3 + "\",\n        \"premises\": [\"" + id1 + "\"],\n        \"target\": \"" + id2 + "\"" + fields + "\n      }\n    ]"
	}
	c2 := claim(`"`+id2+`"`, "")
	for _, tc := range []struct {
		name, data, place, msg string
	}{
		{"a number for the text", file("1", claims("      {\n        \"id\": \""+id1+"\",\n        \"text\": ‸12\n      }")), "map.claims[0].text", "expected string, got number"},
		{"an object for the claims", file("1", "    \"claims\": ‸{}"), "map.claims", "expected array, got object"},
		{"an array for the meta", file("1", "    \"meta\": ‸[]"), "map.meta", "expected object, got array"},
		{"a string for a title", file("1", "    \"meta\": {\n      \"title\": ‸[1]\n    }"), "map.meta.title", "expected string, got array"},
		{"a string for a coordinate", file("1", claims(claim(`"`+id1+`"`, ",\n        \"pos\": {\"x\": ‸\"1\", \"y\": 2}"))), "map.claims[0].pos.x", "expected number, got string"},
		{"a fraction for an offset", file("1", claims(claim(`"`+id1+`"`, ",\n        \"anchor\": {\"offset\": ‸1.5}"))), "map.claims[0].anchor.offset", "whole number"},
		{"a boolean for a comment's time", file("1", claims(claim(`"`+id1+`"`, ",\n        \"comments\": [{\"id\": \""+id3+"\", \"time\": ‸true}]"))), "map.claims[0].comments[0].time", "expected string, got boolean"},
		{"a string for the premises", file("1", claims(c1, c2)+",\n    \"arguments\": [{\"id\": \""+id3+"\", \"premises\": ‸\"x\"}]"), "map.arguments[0].premises", "expected array, got string"},
		{"an unknown field", file("1", claims(claim(`"`+id1+`"`, ",\n        ‸\"bogus\": 1"))), "map.claims[0]", `unknown field "bogus"`},
		{"a key given twice", file("1", claims(claim(`"`+id1+`"`, ",\n        ‸\"text\": \"b\""))), "map.claims[0].text", "given twice"},
		{"an invalid ID", file("1", claims(claim(`‸"nope"`, ""))), "map.claims[0].id", "invalid ID"},
		{"a duplicate ID", file("1", claims(c1, claim(`‸"`+id1+`"`, ""))), "map.claims[1].id", "duplicate ID"},
		{"a dangling target", file("1", claims(c1)+",\n    \"arguments\": [{\"id\": \""+id3+"\", \"premises\": [\""+id1+"\"], \"target\": ‸\""+id9+"\", \"polarity\": \"pro\"}]"), "map.arguments[0].target", "unknown claim or argument"},
		{"an unknown polarity", file("1", claims(c1, c2)+arg(",\n        \"polarity\": ‸\"maybe\"")), "map.arguments[0].polarity", "unknown polarity"},
		{"a missing field (the object that lacks it)", file("1", claims(c1, c2)+",\n    \"arguments\": [\n      ‸{\"id\": \""+id3+"\", \"premises\": [\""+id1+"\"], \"target\": \""+id2+"\"}]"), "map.arguments[0].polarity", "unknown polarity"},
		{"a bad version", file("‸\"one\"", ""), "version", "positive whole number"},
		{"a field of a newer version", file("1", claims(claim(`"`+id1+`"`, ",\n        ‸\"speech\": \""+id9+"\""))), "map.claims[0]", "format version 3"},
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
			if want := fmt.Sprintf("%s (line %d, column %d): ", tc.place, line, col); !strings.HasPrefix(err.Error(), want) {
				t.Errorf("message %q, want it to start %q", err, want)
			}
		})
	}
}

// TestDecodeNotText: native.Decode (which the app's file watcher and the
// MCP server call directly) names a file that is no text for what it
// looks like, and reads UTF-16 with its byte order mark.
func TestDecodeNotText(t *testing.T) {
	t.Parallel()
	_, err := native.Decode([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if !argmap.MatchError(&argmap.DecodeError{Kind: argmap.KindFormat, Message: "not a map: it looks like a PNG image"}, err) {
		t.Errorf("Decode of a PNG = %v", err)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, c := range []byte(doc(claims2)) {
		utf16 = append(utf16, c, 0)
	}
	m, err := native.Decode(utf16)
	if err != nil || len(m.Claims) != 2 {
		t.Errorf("Decode of UTF-16 = %v", err)
	}
}
