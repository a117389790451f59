package native

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestDecodeEscapes is a regression test: strings with escape sequences
// (anchors keep newlines in their quote and context) once made the check
// for data after the map look in the wrong place, because the JSON
// decoder's InputOffset counts an escape as one byte.
func TestDecodeEscapes(t *testing.T) {
	t.Parallel()
	m := argmap.New("escapes")
	text := strings.Repeat("line\n\n\"quoted\"\t\\ ", 20)
	m.Claims = []*argmap.Claim{{ID: argmap.DeterministicIDs("esc")(), Text: text,
		Anchor: &argmap.Anchor{Quote: text, Before: "\n\n", After: "\n", Length: len(text)}}}
	m.Reindex()
	data, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got.Claims[0].Text != text || got.Claims[0].Anchor.Quote != text {
		t.Error("the escaped text did not survive the round trip")
	}
	if _, err := Decode(append(data, "}\n"...)); err == nil {
		t.Errorf("trailing data: %v", err)
	}
}
