// Package native is Argmap's own file format (.argmap.json): a versioned
// JSON envelope around the map. Decode reads every version strictly,
// naming the place of any fault, through a fast path for what Argmap
// writes; Encode writes deterministic bytes in the oldest version that
// holds the map. It is a codec over package argmap, which knows no format.
package native

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/internal/filekind"

	"github.com/argmap/argmap/internal/atomicfile"
)

// FormatVersion is the version of the native file format (.argmap.json)
// that this Argmap writes. It is one integer that only grows: every change
// to the wire structs adds a version, frozen wire structs for it and an
// upgrade step from the one before, so that old files always load. A file
// with a higher version is refused (see VersionError).
//
// History:
//
//	1: 2026-11-27: first version: meta, claims (text, assessment, pos,
//	   pinned, anchor, comments, tags, color, links), arguments (premises,
//	   target, polarity, scheme, annotations), challenges, sources.
//	2: 2026-12-01: version 1 plus "private": true on a comment (a
//	   teacher's rubric remark, left out of what a student receives). A
//	   map with no private comment is still written as version 1, the
//	   oldest version that holds it, so that older Argmaps read it.
//	3: 2026-12-01: version 2 plus (each only where the map has it, else
//	   the map is written as version 2 or 1): [features of version 3,
//	   one line each].
//	   - debate flow: "round" (format, speeches: id, name, side, team,
//	     speaker) in the map, "speech" (a speech's ID) on a claim.
//	   - "proposed": {"by", "time", "note"} on a claim, an argument or a
//	     challenge: a suggestion not yet accepted (proposal.go).
//	   - "dialogue": the AIF dialogue layer (participants, locutions,
//	     transitions, illocutions with their anchors; see Dialogue).
const FormatVersion = 3

// FormatName is the value of the envelope's "format" field.
const FormatName = "argmap"

// utf8BOM is the byte order mark some editors put at the start of UTF-8
// text. Every reader of text formats skips it.
var utf8BOM = []byte("\uFEFF")

// VersionError refuses a file written by a newer Argmap.
type VersionError struct {
	Version int // the version of the file
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("made by a newer Argmap (format version %d); this one reads up to %d", e.Version, FormatVersion)
}

// header is the first, lenient step of decoding: which format and version
// the file claims to be, before its body is read strictly.
type header struct {
	Format  json.RawMessage `json:"format"`
	Version json.RawMessage `json:"version"`
}

// Decode reads a map in the native format. It reads the envelope's header
// first, refuses newer versions, then reads the body strictly: unknown
// fields, wrong types, dangling references, duplicate IDs, invalid UTF-8 and
// values beyond the limits are errors that name their place (a
// *DecodeError or a *VersionError). It never panics. The map is reindexed;
// run Validate for the problems a map may have and still load (such as
// cycles or empty text).
func Decode(data []byte) (m *argmap.Map, err error) {
	defer func() {
		// A bug in the JSON library must not take the app down with it.
		if r := recover(); r != nil {
			m, err = nil, &argmap.DecodeError{Message: fmt.Sprintf("the file could not be read (internal error: %v)", r)}
		}
	}()
	// Editors on Windows start UTF-8 files with a byte order mark: skip it
	// (positions in messages then count from the text, as editors do).
	data = bytes.TrimPrefix(data, utf8BOM)
	if text, ok, err := filekind.UTF16(data); ok { // some Windows editors write it
		if err != nil {
			return nil, &argmap.DecodeError{Kind: argmap.KindSyntax, Message: err.Error()}
		}
		data = text
	}
	if kind := filekind.Describe(data); kind != "" {
		// A picture, a PDF or an archive is named for what it is, not by
		// its first byte that is not UTF-8.
		return nil, &argmap.DecodeError{Kind: argmap.KindFormat, Message: "not a map: it looks like " + kind}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8At(data)
		line, col := lineCol(data, off)
		return nil, &argmap.DecodeError{Kind: argmap.KindSyntax, Place: pathAt(data, off), Line: line, Column: col, Message: fmt.Sprintf("invalid UTF-8 at byte %d", off)}
	}
	// JSON text never holds a NUL byte, not even in a string (it would be
	// written \u0000). The JSON library stops reading at one, so bytes after
	// it would be ignored, or a NUL in a string reported as a truncated
	// file: name the place of the NUL instead.
	if off := bytes.IndexByte(data, 0); off >= 0 {
		line, col := lineCol(data, off)
		return nil, &argmap.DecodeError{Kind: argmap.KindSyntax, Place: pathAt(data, off), Line: line, Column: col,
			Message: fmt.Sprintf("a NUL byte at byte %d, which JSON text never holds (a binary or damaged file?)", off)}
	}
	if t := bytes.TrimSpace(data); len(t) == 0 {
		return nil, &argmap.DecodeError{Kind: argmap.KindFormat, Message: "the file is empty"}
	} else if t[0] != '{' {
		return nil, &argmap.DecodeError{Kind: argmap.KindFormat, Message: "not an Argmap map: expected a JSON object"}
	}
	if m, ok := decodeFast(data); ok {
		return m, nil
	}
	if m, err = decodeCareful(data); err != nil {
		return nil, withPosition(data, err)
	}
	return m, nil
}

// decodeCareful is Decode after its first checks, the way that names
// every fault; decodeFast, the common way, leaves every file it does not
// expect to it.
func decodeCareful(data []byte) (*argmap.Map, error) {
	// The header decides how to read the body. Reading the body as the
	// current version first costs nothing when it is (the common case);
	// otherwise the header's verdict (a newer version, another format)
	// comes before any complaint about the body.
	var f fileV3
	err := decodeStrict(data, &f)
	if err == nil && f.Format == FormatName && f.Version >= 1 && f.Version <= FormatVersion {
		return f.Map.toMap()
	}
	version, herr := decodeHeader(data)
	if herr != nil {
		return nil, herr
	}
	switch version {
	case 1, 2, 3: // older bodies read into the version 3 structs (see wire_v3.go)
		if err == nil { // the header and the body disagree (duplicate keys)
			return f.Map.toMap()
		}
		return nil, locate(data, err, &f)
	}
	// Versions between 1 and FormatVersion that are no longer written as
	// they are get their decoder and upgrade step here.
	return nil, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: "version", Message: fmt.Sprintf("unknown format version %d", version)}
}

// decodeHeader checks the envelope and returns its version.
func decodeHeader(data []byte) (int, error) {
	var h header
	if err := json.Unmarshal(data, &h); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return 0, syntaxError(data, int(se.Offset), se.Error())
		}
		return 0, &argmap.DecodeError{Kind: argmap.KindFormat, Message: "not an Argmap map: expected a JSON object"}
	}
	var format string
	if h.Format == nil || json.Unmarshal(h.Format, &format) != nil || format != FormatName {
		return 0, &argmap.DecodeError{Kind: argmap.KindFormat, Place: "format", Message: `not an Argmap map (expected "format": "argmap")`}
	}
	if h.Version == nil {
		return 0, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: "version", Message: "missing format version"}
	}
	v, err := strconv.Atoi(string(h.Version))
	if err != nil || v < 1 {
		return 0, &argmap.DecodeError{Kind: argmap.KindInvalid, Place: "version", Message: fmt.Sprintf("expected a positive whole number, got %s", clip(string(h.Version)))}
	}
	if v > FormatVersion {
		return 0, &VersionError{Version: v}
	}
	return v, nil
}

// decodeStrict reads data into v, refusing unknown fields: those of the
// version the body gives (a version 1 file may not hold what version 2
// added). The library's whole-buffer decoder is twice as fast as its
// stream decoder, the only one that refuses unknown fields, so the keys
// are checked by a scanner of ours (see unknownKey).
func decodeStrict(data []byte, v *fileV3) error {
	if err := json.Unmarshal(data, v); err != nil {
		return err
	}
	if v.Version < 1 || v.Version >= FormatVersion {
		return unknownKey(data, FormatVersion)
	}
	err := unknownKey(data, v.Version)
	var de *argmap.DecodeError
	if errors.As(err, &de) && strings.HasPrefix(de.Message, "unknown field") {
		// Name the version that has the field, if one does.
		for newer := v.Version + 1; newer <= FormatVersion; newer++ {
			if unknownKey(data, newer) == nil {
				de.Message += fmt.Sprintf(" in a version %d file (it needs format version %d)", v.Version, newer)
				break
			}
		}
	}
	return err
}

// locate turns an error of the JSON decoder into a *DecodeError that names
// the place of the fault.
func locate(data []byte, err error, v any) error {
	var de *argmap.DecodeError
	if errors.As(err, &de) {
		return de
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offsets of the stream decoder are not reliable; the whole-buffer
		// decoder gives the exact one.
		var raw any
		if err2 := json.Unmarshal(data, &raw); errors.As(err2, &se) {
			return syntaxError(data, int(se.Offset), se.Error())
		}
	}
	if place, msg, at, ok := mismatch(data, v); ok {
		line, col := lineCol(data, at)
		return &argmap.DecodeError{Kind: argmap.KindInvalid, Place: place, Line: line, Column: col, Message: msg}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &argmap.DecodeError{Kind: argmap.KindInvalid, Place: te.Field, Message: fmt.Sprintf("expected %s, got %s", jsonKind(te.Type), te.Value)}
	}
	return &argmap.DecodeError{Kind: argmap.KindInvalid, Message: trimJSON(err.Error())}
}

// syntaxError locates a syntax error at byte offset off.
func syntaxError(data []byte, off int, msg string) *argmap.DecodeError {
	if off > len(data) {
		off = len(data)
	}
	line, col := lineCol(data, off)
	switch {
	case strings.Contains(msg, "unexpected end"),
		off >= len(bytes.TrimRight(data, " \t\r\n")) && !strings.Contains(msg, "after top-level"):
		msg = "the file ends too early (truncated?)"
	case strings.Contains(msg, "out of range"):
		msg = "number out of range"
	case strings.Contains(msg, "ParseFloat"), strings.Contains(msg, "ParseInt"):
		msg = "invalid number"
	case strings.Contains(msg, "exceeded max depth"):
		msg = "nested too deeply"
	}
	return &argmap.DecodeError{Kind: argmap.KindSyntax, Place: pathAt(data, off), Line: line, Column: col, Message: trimJSON(msg)}
}

// trimJSON drops the library's "json: " prefix from a message.
func trimJSON(msg string) string {
	return strings.TrimPrefix(msg, "json: ")
}

// Encode writes a map in the native format, in the oldest version that
// holds it (see FormatVersion), deterministically: two-space
// indentation, claims and arguments in map order, times in RFC 3339 UTC,
// a trailing newline. Equal maps give equal bytes, so files diff well.
// It refuses what Decode would refuse to read back, such as NaN
// coordinates.
func Encode(m *argmap.Map) ([]byte, error) {
	f, err := encodeWire(m)
	if err != nil {
		return nil, err
	}
	if !appendWireOK() {
		return encodeLibrary(f)
	}
	return appendWire(make([]byte, 0, wireSize(m)), f), nil
}

// wireSize guesses the length of a map's file, to allocate it once (a
// guess too small costs one copy).
func wireSize(m *argmap.Map) int {
	n := 4096
	comments := func(cs []argmap.Comment) {
		for _, c := range cs {
			n += 192 + len(c.Text) + len(c.Author)
		}
	}
	for _, c := range m.Claims {
		n += 192 + len(c.Text)
		if c.Anchor != nil {
			n += 320 + len(c.Anchor.Quote) + len(c.Anchor.Before) + len(c.Anchor.After)
		}
		comments(c.Comments)
	}
	for _, a := range m.Arguments {
		n += 192 + 48*len(a.Premises) + len(a.Scheme)
		comments(a.Comments)
	}
	return n + 320*(len(m.Challenges)+len(m.Sources))
}

// MaxFileSize is the largest file Argmap reads as a map, in this format
// or another (formats.MaxFileSize); source texts have their own bound
// (argmap.MaxSourceSize).
const MaxFileSize = 200 << 20

// ReadFile reads a map in the native format from the file at path. Errors
// start with the path.
func ReadFile(path string) (*argmap.Map, error) {
	data, err := atomicfile.ReadRegular(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	m, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// WriteFile saves a map in the native format to the file at path,
// atomically (see atomicfile.WriteFile).
func WriteFile(path string, m *argmap.Map) error {
	data, err := Encode(m)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return atomicfile.WriteFile(path, data)
}
