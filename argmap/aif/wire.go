package aif

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// The wire structs keep every field whose type varies between dialects as
// raw JSON, so that one decoder reads them all and each fault is reported
// with its place ("nodes[12].nodeID") instead of a Go type name.

type wireNode struct {
	NodeID        json.RawMessage `json:"nodeID"`
	Text          json.RawMessage `json:"text"`
	Type          json.RawMessage `json:"type"`
	Timestamp     json.RawMessage `json:"timestamp"`
	Scheme        json.RawMessage `json:"scheme"`
	SchemeID      json.RawMessage `json:"schemeID"`
	ParticipantID json.RawMessage `json:"participantID"`
	X             json.RawMessage `json:"x"`
	Y             json.RawMessage `json:"y"`
	Visible       json.RawMessage `json:"visible"`
}

type wireEdge struct {
	FromID json.RawMessage `json:"fromID"`
	ToID   json.RawMessage `json:"toID"`
}

type wireLocution struct {
	NodeID    json.RawMessage `json:"nodeID"`
	PersonID  json.RawMessage `json:"personID"`
	Start     json.RawMessage `json:"start"`
	End       json.RawMessage `json:"end"`
	Timestamp json.RawMessage `json:"timestamp"`
}

type wireParticipant struct {
	ParticipantID json.RawMessage `json:"participantID"`
	Firstname     json.RawMessage `json:"firstname"`
	Surname       json.RawMessage `json:"surname"`
}

type wireFulfilment struct {
	NodeID   json.RawMessage `json:"nodeID"`
	SchemeID json.RawMessage `json:"schemeID"`
}

// wireGraph is the AIF part common to every envelope.
type wireGraph struct {
	Nodes        []json.RawMessage `json:"nodes"`
	Edges        []json.RawMessage `json:"edges"`
	Locutions    []json.RawMessage `json:"locutions"`
	Participants []json.RawMessage `json:"participants"`
	Fulfilments  []json.RawMessage `json:"schemefulfillments"`
	Analysis     json.RawMessage   `json:"analysis"`
}

// wireOVA is the layout part of an OVA3 export.
type wireOVA struct {
	Firstname json.RawMessage   `json:"firstname"`
	Surname   json.RawMessage   `json:"surname"`
	URL       json.RawMessage   `json:"url"`
	Nodes     []json.RawMessage `json:"nodes"`
}

type wireOVANode struct {
	NodeID    json.RawMessage `json:"nodeID"`
	X         json.RawMessage `json:"x"`
	Y         json.RawMessage `json:"y"`
	Timestamp json.RawMessage `json:"timestamp"`
	Visible   json.RawMessage `json:"visible"`
}

// errAt is a fault at a place of the document, of the kind most of them
// are (a value of the wrong type or missing); errKind names another kind.
func errAt(place, format string, a ...any) error {
	return argmap.PlaceError(argmap.KindInvalid, place, format, a...)
}

func errKind(kind argmap.ErrorKind, place, format string, a ...any) error {
	return argmap.PlaceError(kind, place, format, a...)
}

// unmarshal decodes raw into v and turns go-json's errors into located
// ones. base is the byte offset of raw in the whole document (for line and
// column of syntax errors), or -1 when unknown.
func unmarshal(data []byte, raw []byte, base int, place string, v any) error {
	// go-json reports a value of the wrong kind in words that name Go
	// types; check the kind first to say what the document should hold.
	if t := bytes.TrimLeft(raw, " \t\r\n"); len(t) > 0 && !isNull(t) {
		want := byte('{')
		if _, ok := v.(*[]json.RawMessage); ok {
			want = '['
		}
		if t[0] != want {
			return errAt(place, "want %s, found %s", kindOf(v), clipRaw(t))
		}
	}
	err := json.Unmarshal(raw, v)
	if err == nil {
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) && base >= 0 {
		line, col := lineCol(data, base+int(se.Offset))
		return &argmap.DecodeError{Kind: argmap.KindSyntax, Place: place, Line: line, Column: col, Message: strings.TrimPrefix(se.Error(), "json: ")}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if field == "" {
			return errAt(place, "want %s, found %s", kindOf(v), te.Value)
		}
		return errAt(join(place, field), "unexpected %s", te.Value)
	}
	return errAt(place, "%s", strings.TrimPrefix(err.Error(), "json: "))
}

func kindOf(v any) string {
	switch v.(type) {
	case *[]json.RawMessage:
		return "an array"
	default:
		return "an object"
	}
}

func join(place, field string) string {
	if place == "" {
		return field
	}
	return place + "." + field
}

// lineCol converts a byte offset into a 1-based line and column (in runes).
func lineCol(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, len([]rune(string(data[start:off]))) + 1
}

func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// str reads an optional string (null or absent is "").
func str(raw json.RawMessage, place string) (string, error) {
	if isNull(raw) {
		return "", nil
	}
	// Raw values come out of a document the parser has checked, so a
	// string without escapes is its bytes between the quotes.
	if n := len(raw); n >= 2 && raw[0] == '"' && raw[n-1] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : n-1]), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", errAt(place, "want a string, found %s", clipRaw(raw))
	}
	return s, nil
}

// id reads an identifier written as a string or an integer; AIF dialects
// mix both, even within one file. Absent or null is "".
func id(raw json.RawMessage, place string) (string, error) {
	if isNull(raw) {
		return "", nil
	}
	if raw[0] == '"' {
		return str(raw, place)
	}
	t := string(bytes.TrimSpace(raw))
	if i, err := strconv.ParseInt(t, 10, 64); err == nil {
		return strconv.FormatInt(i, 10), nil
	}
	if _, err := strconv.ParseFloat(t, 64); err != nil {
		return "", errAt(place, "want a string or a number, found %s", clipRaw(raw))
	}
	return t, nil
}

// num reads a coordinate written as a number or a numeric string.
func num(raw json.RawMessage, place string) (float64, bool, error) {
	if isNull(raw) {
		return 0, false, nil
	}
	s := string(raw)
	if raw[0] == '"' {
		var err error
		if s, err = str(raw, place); err != nil {
			return 0, false, err
		}
		s = strings.TrimSpace(s)
		if s == "" {
			return 0, false, nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, errAt(place, "want a number, found %s", clipRaw(raw))
	}
	return f, true, nil
}

// visible reads OVA's "visible" flag: only false hides (absent, null or
// anything else shows).
func visible(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) != "false"
}

func clipRaw(raw json.RawMessage) string {
	s := string(raw)
	if len(s) > 40 {
		s = s[:37] + "..."
	}
	return strings.ToValidUTF8(s, "?")
}
