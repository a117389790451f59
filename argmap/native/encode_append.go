package native

import (
	"bytes"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// The writer of the native format (issue 16): the wire structs written by
// hand into one buffer, twice as fast as the JSON library's indenting
// encoder, and byte for byte what that encoder writes (two-space
// indentation, keys in field order, omitempty, the library's escapes and
// number forms): TestAppendWireSameAsGoccy and FuzzAppendWire compare
// them. A field added to a wire struct is one line in its struct's
// function below, in the order of the struct; until it is there, Encode
// uses the library (see appendWireOK) and TestAppendWireUsed fails.

// appendWireOK reports whether appendWire writes every field of the wire
// structs: it is checked once, against the JSON library, on a file with
// every field set. A field added to the structs without its line here
// makes Encode fall back to the library (slower, never a field lost), and
// TestAppendWireUsed fail.
var appendWireOK = sync.OnceValue(func() bool {
	var f fileV3
	if !fillEvery(reflect.ValueOf(&f).Elem()) {
		return false
	}
	want, err := encodeLibrary(&f)
	return err == nil && bytes.Equal(appendWire(nil, &f), want)
})

// fillEvery sets every field of v to a value that is written (not empty),
// reporting false for a kind it does not know.
func fillEvery(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		return fillEvery(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		return fillEvery(v.Index(0))
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).CanSet() || !fillEvery(v.Field(i)) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// encodeLibrary writes f with the JSON library's indenting encoder, as
// Encode did before it had appendWire.
func encodeLibrary(f *fileV3) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil { // adds the trailing newline
		return nil, err
	}
	return b.Bytes(), nil
}

// wireWriter appends indented JSON. depth is the nesting level; filled has
// bit d set once the object or array at level d has a member.
type wireWriter struct {
	b      []byte
	depth  int
	filled uint64
}

// appendWire writes f as Encode does, with the trailing newline.
func appendWire(b []byte, f *fileV3) []byte {
	w := &wireWriter{b: b}
	w.open('{')
	w.str("format", f.Format)
	w.int("version", f.Version)
	w.key("map")
	w.mapBody(&f.Map)
	w.close('}')
	return append(w.b, '\n')
}

func (w *wireWriter) mapBody(m *mapV3) {
	w.open('{')
	w.key("meta")
	w.meta(&m.Meta)
	if len(m.Claims) > 0 {
		w.key("claims")
		w.open('[')
		for i := range m.Claims {
			w.elem()
			w.claim(&m.Claims[i])
		}
		w.close(']')
	}
	if len(m.Arguments) > 0 {
		w.key("arguments")
		w.open('[')
		for i := range m.Arguments {
			w.elem()
			w.argument(&m.Arguments[i])
		}
		w.close(']')
	}
	if len(m.Challenges) > 0 {
		w.key("challenges")
		w.open('[')
		for i := range m.Challenges {
			w.elem()
			w.challenge(&m.Challenges[i])
		}
		w.close(']')
	}
	if len(m.Sources) > 0 {
		w.key("sources")
		w.open('[')
		for i := range m.Sources {
			w.elem()
			w.source(&m.Sources[i])
		}
		w.close(']')
	}
	w.anyOmit("round", m.Round)
	w.anyOmit("dialogue", m.Dialogue)
	w.close('}')
}

func (w *wireWriter) meta(m *metaV1) {
	w.open('{')
	w.strOmit("title", m.Title)
	w.strOmit("source", m.Source)
	w.strsOmit("authors", m.Authors)
	w.strOmit("created", m.Created)
	w.strOmit("modified", m.Modified)
	w.boolOmit("exercise", m.Exercise)
	w.close('}')
}

func (w *wireWriter) claim(c *claimV3) {
	w.open('{')
	w.str("id", c.ID)
	w.str("text", c.Text)
	w.strOmit("assessment", c.Assessment)
	w.key("pos")
	w.open('{')
	w.float("x", c.Pos.X)
	w.float("y", c.Pos.Y)
	w.close('}')
	w.boolOmit("pinned", c.Pinned)
	if c.Anchor != nil {
		w.key("anchor")
		w.anchor(c.Anchor)
	}
	w.comments(c.Comments)
	w.strsOmit("tags", c.Tags)
	w.strOmit("color", c.Color)
	w.strsOmit("links", c.Links)
	w.strOmit("speech", c.Speech)
	w.anyOmit("proposed", c.Proposed)
	w.close('}')
}

func (w *wireWriter) anchor(a *anchorV1) {
	w.open('{')
	w.strOmit("source", a.Source)
	w.strOmit("paragraph", a.Paragraph)
	w.intOmit("offset", a.Offset)
	w.intOmit("length", a.Length)
	w.strOmit("quote", a.Quote)
	w.strOmit("before", a.Before)
	w.strOmit("after", a.After)
	w.strOmit("hash", a.Hash)
	w.close('}')
}

func (w *wireWriter) comments(cs []commentV2) {
	if len(cs) == 0 {
		return
	}
	w.key("comments")
	w.open('[')
	for i := range cs {
		c := &cs[i]
		w.elem()
		w.open('{')
		w.str("id", c.ID)
		w.strOmit("author", c.Author)
		w.strOmit("time", c.Time)
		w.str("text", c.Text)
		w.boolOmit("private", c.Private)
		w.close('}')
	}
	w.close(']')
}

func (w *wireWriter) argument(a *argumentV3) {
	w.open('{')
	w.str("id", a.ID)
	w.strs("premises", a.Premises)
	w.str("target", a.Target)
	w.str("polarity", a.Polarity)
	w.strOmit("scheme", a.Scheme)
	w.comments(a.Comments)
	w.strsOmit("tags", a.Tags)
	w.strOmit("color", a.Color)
	w.strsOmit("links", a.Links)
	w.anyOmit("proposed", a.Proposed)
	w.close('}')
}

func (w *wireWriter) challenge(c *challengeV3) {
	w.open('{')
	w.str("id", c.ID)
	w.str("kind", c.Kind)
	w.str("target", c.Target)
	w.strOmit("argument", c.Argument)
	if c.Question != nil {
		w.int("question", *c.Question)
	}
	w.strOmit("author", c.Author)
	w.strOmit("time", c.Time)
	w.strOmit("note", c.Note)
	w.str("status", c.Status)
	w.strOmit("answer", c.Answer)
	w.anyOmit("proposed", c.Proposed)
	w.close('}')
}

func (w *wireWriter) source(s *sourceV1) {
	w.open('{')
	w.str("id", s.ID)
	w.strOmit("name", s.Name)
	w.strOmit("path", s.Path)
	w.strOmit("hash", s.Hash)
	w.close('}')
}

// The small sections (the round, the dialogue, a proposal) are written
// by reflection, as the library would: fields in order, omitempty kept.
// What it cannot write as the library does (a map, an interface, a type
// with a MarshalJSON of its own) fails the check of appendWireOK, and
// Encode then uses the library.

// anyOmit writes v (a pointer, slice or struct) under k unless it is
// empty in the sense of omitempty.
func (w *wireWriter) anyOmit(k string, v any) {
	rv := reflect.ValueOf(v)
	if isEmptyValue(rv) {
		return
	}
	w.key(k)
	w.value(rv)
}

func (w *wireWriter) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			w.b = append(w.b, "null"...)
			return
		}
		w.value(v.Elem())
	case reflect.Struct:
		w.open('{')
		for _, f := range structFields(v.Type()) {
			fv := v.Field(f.index)
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			w.key(f.name)
			w.value(fv)
		}
		w.close('}')
	case reflect.Slice:
		if v.IsNil() {
			w.b = append(w.b, "null"...)
			return
		}
		w.open('[')
		for i := 0; i < v.Len(); i++ {
			w.elem()
			w.value(v.Index(i))
		}
		w.close(']')
	case reflect.String:
		w.b = appendJSONString(w.b, v.String())
	case reflect.Bool:
		w.b = strconv.AppendBool(w.b, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b = strconv.AppendInt(w.b, v.Int(), 10)
	case reflect.Float64:
		w.b = appendFloat(w.b, v.Float())
	default:
		// Not written as the library would: appendWireOK sees the
		// difference and Encode uses the library.
		w.b = append(w.b, "?"...)
	}
}

// fieldInfo is a struct field as the JSON library writes it.
type fieldInfo struct {
	index     int
	name      string
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type → []fieldInfo

func structFields(t reflect.Type) []fieldInfo {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]fieldInfo)
	}
	var fs []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fs = append(fs, fieldInfo{index: i, name: name, omitEmpty: slices.Contains(strings.Split(opts, ","), "omitempty")})
	}
	fieldCache.Store(t, fs)
	return fs
}

// isEmptyValue is omitempty's test: false, 0, "", nil, and empty lists.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// The building blocks.

const indentSpaces = "                                                                " // 64

func (w *wireWriter) newline() {
	w.b = append(w.b, '\n')
	for n := 2 * w.depth; n > 0; n -= len(indentSpaces) {
		w.b = append(w.b, indentSpaces[:min(n, len(indentSpaces))]...)
	}
}

func (w *wireWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.filled &^= 1 << (w.depth & 63)
}

func (w *wireWriter) close(c byte) {
	filled := w.filled&(1<<(w.depth&63)) != 0
	w.depth--
	if filled {
		w.newline()
	}
	w.b = append(w.b, c)
}

// elem starts a member of the array or object at the current level.
func (w *wireWriter) elem() {
	if bit := uint64(1) << (w.depth & 63); w.filled&bit != 0 {
		w.b = append(w.b, ',')
	} else {
		w.filled |= bit
	}
	w.newline()
}

// key starts a member of an object (keys are plain words: no escapes).
func (w *wireWriter) key(k string) {
	w.elem()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':', ' ')
}

func (w *wireWriter) str(k, v string) {
	w.key(k)
	w.b = appendJSONString(w.b, v)
}

func (w *wireWriter) strOmit(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *wireWriter) strs(k string, v []string) {
	w.key(k)
	if v == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, s := range v {
		w.elem()
		w.b = appendJSONString(w.b, s)
	}
	w.close(']')
}

func (w *wireWriter) strsOmit(k string, v []string) {
	if len(v) > 0 {
		w.strs(k, v)
	}
}

func (w *wireWriter) int(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}

func (w *wireWriter) intOmit(k string, v int) {
	if v != 0 {
		w.int(k, v)
	}
}

func (w *wireWriter) boolOmit(k string, v bool) {
	if v {
		w.key(k)
		w.b = append(w.b, "true"...)
	}
}

// float writes a number as the JSON library does: the shortest form that
// reads back exactly, with an exponent below 1e-6 and from 1e21.
func (w *wireWriter) float(k string, v float64) {
	w.key(k)
	w.b = appendFloat(w.b, v)
}

func appendFloat(b []byte, v float64) []byte {
	if v >= -1e15 && v <= 1e15 && v == math.Trunc(v) && (v != 0 || !math.Signbit(v)) {
		return strconv.AppendInt(b, int64(v), 10) // the common case, and the same digits
	}
	format := byte('f')
	if a := math.Abs(v); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	return strconv.AppendFloat(b, v, format, -1, 64)
}

// appendJSONString writes s quoted with the JSON library's escapes: \" \\
// \n \r \t, other control characters as \u00xx, each byte of invalid
// UTF-8 as \ufffd, and U+2028 and U+2029 escaped; nothing else (no HTML
// escapes).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: no byte below
		// 0x20, no quote, no backslash, no byte of a multi-byte character.
		for i+8 <= len(s) {
			n := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			const lsb, msb = 0x0101010101010101, 0x8080808080808080
			if (n|(n-lsb*0x20)|((n^lsb*'"')-lsb)|((n^lsb*'\\')-lsb))&msb != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"
