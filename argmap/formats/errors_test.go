package formats

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestReadersShareOneErrorType checks that every reader reports its
// faults as an *argmap.DecodeError with a kind and a place (a line, or a
// path), so that callers and tests match them one way.
func TestReadersShareOneErrorType(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		path, in string
		want     *argmap.DecodeError
	}{
		{"a.argmap.json", "{hello", &argmap.DecodeError{Kind: argmap.KindSyntax, Line: 1, Column: 2}},
		{"a.argdown", "[A]: a claim\n<!-- never closed", &argmap.DecodeError{Kind: argmap.KindSyntax, Line: 2}},
		{"a.txt", "Discussion Title: T\n\n1. Thesis\n1.2.1. Con: orphan\n", &argmap.DecodeError{Kind: argmap.KindReference, Line: 4, Message: "not in the discussion"}},
		{"a.apx", "arg(a).\natt(a,b).\n", &argmap.DecodeError{Kind: argmap.KindReference, Line: 2, Message: "undeclared"}},
		{"a.af", "p af 2\n1 3\n", &argmap.DecodeError{Kind: argmap.KindInvalid, Line: 2}},
		{"a.yml", "nonsense: 1\n", &argmap.DecodeError{Kind: argmap.KindFormat, Line: 1}},
	} {
		_, _, err := Decode(tc.path, []byte(tc.in))
		if !argmap.MatchError(tc.want, err) {
			t.Errorf("%s: got %v (%#v), want a match of %+v", tc.path, err, err, tc.want)
		}
	}
}

// TestArggraphErrorKinds: the microtexts' reader tells a file that is not
// an argument graph from one whose graph names a missing node.
func TestArggraphErrorKinds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want *argmap.DecodeError
	}{
		{"<?xml version='1.0'?>\n<arggraph>\n<edu id='e1'>A.</edu>\n<edge id='c1' src='e1' trg='a9' type='seg'/>\n</arggraph>\n",
			&argmap.DecodeError{Kind: argmap.KindReference, Line: 4}},
		{"<?xml version='1.0'?>\n<arggraph>\n<edu id='e1'>A.</edu>\n<edu id='e1'>B.</edu>\n</arggraph>\n",
			&argmap.DecodeError{Kind: argmap.KindReference, Line: 4}},
	} {
		_, _, err := Decode("micro.xml", []byte(tc.in))
		if !argmap.MatchError(tc.want, err) {
			t.Errorf("got %v (%#v), want a match of %+v", err, err, tc.want)
		}
	}
}
