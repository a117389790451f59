package argmap

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// ErrorKind says what kind of fault a reader found, so that callers (and
// tests) can tell a damaged file from a wrong one without reading the
// message.
type ErrorKind uint8

// The kinds of fault. A reader that cannot tell leaves the kind zero.
const (
	// KindSyntax: the text is not well-formed (JSON, YAML, XML, or a line
	// of a line-based format).
	KindSyntax ErrorKind = iota + 1
	// KindFormat: well-formed, but not this format at all (a JSON file
	// that is no map, a text that is no Kialo discussion).
	KindFormat
	// KindInvalid: a field or value is wrong: unknown, missing, of the
	// wrong type, out of range, or empty where text is needed.
	KindInvalid
	// KindReference: it names something that is not there, or declares
	// an ID twice.
	KindReference
	// KindLimit: beyond a size or count limit (see limits.go).
	KindLimit
)

var kindNames = [...]string{"", "syntax", "format", "invalid", "reference", "limit"}

func (k ErrorKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("ErrorKind(%d)", uint8(k))
}

// LineError returns a fault at a line (and column, if col > 0) of a
// line-based format.
func LineError(kind ErrorKind, line, col int, format string, args ...any) *DecodeError {
	return &DecodeError{Kind: kind, Line: line, Column: col, Message: fmt.Sprintf(format, args...)}
}

// PlaceError returns a fault at a path of a document, such as
// "nodes[3].text".
func PlaceError(kind ErrorKind, place string, format string, args ...any) *DecodeError {
	return &DecodeError{Kind: kind, Place: place, Message: fmt.Sprintf(format, args...)}
}

// MatchError reports whether err is (or wraps) a *DecodeError whose fields
// equal those of want that are not zero, as upspin's errors.Match does:
// tests say what matters (the kind and the line, say) and nothing more.
// Message matches when it is a substring of the error's message.
func MatchError(want *DecodeError, err error) bool {
	var got *DecodeError
	if !errors.As(err, &got) {
		return false
	}
	switch {
	case want.Kind != 0 && want.Kind != got.Kind,
		want.File != "" && want.File != got.File,
		want.Place != "" && want.Place != got.Place,
		want.Line != 0 && want.Line != got.Line,
		want.Column != 0 && want.Column != got.Column,
		want.Message != "" && !strings.Contains(got.Message, want.Message):
		return false
	}
	return true
}

// DecodeError is a fault in a file, of any format Argmap reads: the one
// located error type of every reader. It is located by a path in the
// document such as "map.claims[2].text" (empty for the file as a whole),
// by a line and column (1-based; 0 when unknown; columns count
// characters), or both, and says what kind of fault it is. Tests match it
// with MatchError.
type DecodeError struct {
	Kind    ErrorKind
	File    string // the included file the fault is in, or "" for the file read
	Place   string
	Line    int
	Column  int
	Message string
}

func (e *DecodeError) Error() string {
	var b bytes.Buffer
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	b.WriteString(e.Place)
	switch {
	case e.Line > 0 && e.Place != "":
		fmt.Fprintf(&b, " (line %d, column %d)", e.Line, e.Column)
	case e.Line > 0 && e.Column > 0:
		fmt.Fprintf(&b, "line %d, column %d", e.Line, e.Column)
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d", e.Line)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}
