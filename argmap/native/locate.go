package native

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// The JSON library reports a wrong type with a byte offset (or not at all,
// for an unknown field). These helpers turn that into the path of the
// fault, such as map.claims[2].text, so that a user can find it.

// pathAt returns the JSON path of the innermost value open at byte offset
// off of data. It is a small iterative scanner: it never recurses, so deep
// nesting cannot exhaust the stack.
func pathAt(data []byte, off int) string {
	type frame struct {
		arr bool
		idx int
		key string
	}
	var st []frame
	expectKey := false
	for i := 0; i < len(data) && i < off; i++ {
		switch data[i] {
		case '"':
			j := i + 1
			for j < len(data) && data[j] != '"' {
				if data[j] == '\\' {
					j++
				}
				j++
			}
			if len(st) > 0 && !st[len(st)-1].arr && expectKey && j < len(data) {
				st[len(st)-1].key = unquoteKey(data[i : j+1])
				expectKey = false
			}
			i = j
		case '{':
			st = append(st, frame{})
			expectKey = true
		case '[':
			st = append(st, frame{arr: true})
		case '}', ']':
			if len(st) > 0 {
				st = st[:len(st)-1]
			}
			expectKey = false
		case ',':
			if len(st) > 0 {
				if top := &st[len(st)-1]; top.arr {
					top.idx++
				} else {
					top.key = ""
					expectKey = true
				}
			}
		}
	}
	var b strings.Builder
	for i, f := range st {
		if i == maxPathDepth {
			b.WriteString("…")
			break
		}
		switch {
		case f.arr:
			fmt.Fprintf(&b, "[%d]", f.idx)
		case f.key != "":
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		}
	}
	return b.String()
}

// maxPathDepth is how many levels of a path messages show.
const maxPathDepth = 12

// unquoteKey turns a quoted JSON key into its text, as well as it can.
func unquoteKey(q []byte) string {
	if s, err := strconv.Unquote(string(q)); err == nil {
		return s
	}
	return strings.Trim(string(q), `"`)
}

// lineCol returns the 1-based line and column (in characters) of offset off.
func lineCol(data []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(data); i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(data[start:min(off, len(data))]) + 1
}

// invalidUTF8At returns the offset of the first invalid UTF-8 sequence.
func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// jsonKind names the JSON kind that a Go type is read from.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "whole number"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return t.String()
}

// mismatch walks data beside the type of v (a pointer to a wire struct) and
// reports the first unknown field or value of the wrong kind. Its recursion
// follows the Go type, which is shallow; values it does not descend into
// are skipped iteratively.
func mismatch(data []byte, v any) (place, msg string, at int, ok bool) {
	w := &walker{data: data}
	defer func() {
		if recover() != nil { // malformed input the walker did not expect
			place, msg, ok = "", "", false
		}
	}()
	place, msg, ok = w.value(reflect.TypeOf(v).Elem(), "")
	return place, msg, w.fault, ok
}

type walker struct {
	data  []byte
	i     int
	fault int // the offset of the value (or key) at fault
}

func (w *walker) ws() {
	for w.i < len(w.data) {
		switch w.data[w.i] {
		case ' ', '\t', '\r', '\n':
			w.i++
		default:
			return
		}
	}
}

// kind returns the JSON kind of the value at the cursor.
func (w *walker) kind() string {
	w.ws()
	if w.i >= len(w.data) {
		return "end of file"
	}
	switch c := w.data[w.i]; {
	case c == '"':
		return "string"
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	case c == '-' || c >= '0' && c <= '9':
		return "number"
	}
	return "invalid"
}

// skip moves past one value without looking into it, and stops before
// the comma, colon, space or closing bracket that ends it.
func (w *walker) skip() {
	w.ws()
	depth := 0
	for w.i < len(w.data) {
		c := w.data[w.i]
		switch c {
		case '"':
			w.i++
			for w.i < len(w.data) && w.data[w.i] != '"' {
				if w.data[w.i] == '\\' {
					w.i++
				}
				w.i++
			}
			w.i++
		case '{', '[':
			depth++
			w.i++
		case '}', ']':
			// At depth 0 it closes what holds the value (a bare literal
			// ends there): it is the holder's to read, not the value's.
			if depth == 0 {
				return
			}
			depth--
			w.i++
		case ',', ':':
			if depth == 0 {
				return
			}
			w.i++
		default:
			if depth == 0 && (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				return
			}
			w.i++
		}
		if depth == 0 && (c == '"' || c == '}' || c == ']') {
			return
		}
	}
}

// number reads a number token.
func (w *walker) number() string {
	start := w.i
	for w.i < len(w.data) && strings.IndexByte("+-.eE0123456789", w.data[w.i]) >= 0 {
		w.i++
	}
	return string(w.data[start:w.i])
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w *walker) value(t reflect.Type, path string) (string, string, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	got := w.kind()
	w.fault = w.i
	if got == "null" {
		w.skip()
		return "", "", false
	}
	want := jsonKind(t)
	switch t.Kind() {
	case reflect.Struct:
		if got != "object" {
			return path, "expected object, got " + got, true
		}
		return w.object(t, path)
	case reflect.Slice:
		if got != "array" {
			return path, "expected array, got " + got, true
		}
		w.i++ // [
		for n := 0; ; n++ {
			w.ws()
			if w.i < len(w.data) && w.data[w.i] == ']' {
				w.i++
				return "", "", false
			}
			if p, m, ok := w.value(t.Elem(), fmt.Sprintf("%s[%d]", path, n)); ok {
				return p, m, ok
			}
			w.ws()
			if w.i >= len(w.data) {
				return "", "", false
			}
			if w.data[w.i] == ',' {
				w.i++
			}
		}
	case reflect.Float64, reflect.Int:
		if got != "number" {
			return path, "expected " + want + ", got " + got, true
		}
		num := w.number()
		if t.Kind() == reflect.Int {
			if _, err := strconv.Atoi(num); err != nil {
				return path, fmt.Sprintf("expected a whole number, got %s", clip(num)), true
			}
		} else if _, err := strconv.ParseFloat(num, 64); err != nil {
			return path, fmt.Sprintf("number %s is out of range", clip(num)), true
		}
		return "", "", false
	default:
		if got != want && !(want == "array" && got == "string") { // RawMessage
			return path, "expected " + want + ", got " + got, true
		}
		w.skip()
		return "", "", false
	}
}

func (w *walker) object(t reflect.Type, path string) (string, string, bool) {
	w.i++ // {
	for {
		w.ws()
		if w.i >= len(w.data) {
			return "", "", false
		}
		if w.data[w.i] == '}' {
			w.i++
			return "", "", false
		}
		if w.data[w.i] == ',' {
			w.i++
			continue
		}
		start := w.i
		w.fault = start
		w.skip()
		var key string
		if err := json.Unmarshal(w.data[start:w.i], &key); err != nil {
			return "", "", false
		}
		w.ws()
		if w.i < len(w.data) && w.data[w.i] == ':' {
			w.i++
		}
		f, found := fieldByKey(t, key)
		if !found {
			return path, fmt.Sprintf("unknown field %q", key), true
		}
		if p, m, ok := w.value(f.Type, join(path, key)); ok {
			return p, m, ok
		}
	}
}

// fieldByKey finds the struct field a JSON key sets, matching names like the
// JSON library does (exactly, else ignoring case).
func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold reflect.StructField
	folded := false
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
		if !folded && strings.EqualFold(name, key) {
			fold, folded = f, true
		}
	}
	return fold, folded
}

// withPosition gives a *DecodeError that names a place but no line the
// line and column of the value at that place, so that every fault of the
// native reader can be found in an editor. It runs on the error path only
// (one pass over data), never for a file that loads.
func withPosition(data []byte, err error) error {
	var de *argmap.DecodeError
	if !errors.As(err, &de) || de.Line > 0 || de.Place == "" {
		return err
	}
	steps, ok := parsePlace(de.Place)
	// A missing field is found at the object that lacks it.
	for n := len(steps); ok && n >= 0; n-- {
		if off, found := valueAt(data, steps[:n]); found {
			de.Line, de.Column = lineCol(data, off)
			break
		}
	}
	return err
}

// placeStep is one step of a place: a key, or an index when key is "".
type placeStep struct {
	key string
	idx int
}

// parsePlace splits a place such as "map.claims[3].anchor" into its
// steps. Keys that hold '.' or '[' cannot be told apart; no wire key does.
func parsePlace(p string) ([]placeStep, bool) {
	var steps []placeStep
	for p != "" {
		switch p[0] {
		case '.':
			p = p[1:]
		case '[':
			end := strings.IndexByte(p, ']')
			if end < 0 {
				return nil, false
			}
			n, err := strconv.Atoi(p[1:end])
			if err != nil || n < 0 {
				return nil, false
			}
			steps = append(steps, placeStep{idx: n})
			p = p[end+1:]
		default:
			end := strings.IndexAny(p, ".[")
			if end < 0 {
				end = len(p)
			}
			steps = append(steps, placeStep{key: p[:end]})
			p = p[end:]
		}
	}
	return steps, true
}

// valueAt returns the byte offset of the value at the place of steps in data, which
// need not be well-formed. Of a key given twice it takes the last, as the
// JSON decoder does (and as the fault of a key given twice is the second).
// It is iterative and linear in data.
func valueAt(data []byte, steps []placeStep) (int, bool) {
	s := &keyScanner{data: data}
	s.ws()
	for _, st := range steps {
		if s.i >= len(data) {
			return 0, false
		}
		if st.key == "" { // an index
			if data[s.i] != '[' {
				return 0, false
			}
			s.i++
			for n := 0; ; n++ {
				s.ws()
				if s.i >= len(data) || data[s.i] == ']' {
					return 0, false
				}
				if n == st.idx {
					break
				}
				before := s.i
				s.skip()
				s.ws()
				if s.i < len(data) && data[s.i] == ',' {
					s.i++
				} else if s.i == before {
					return 0, false
				}
			}
			continue
		}
		if data[s.i] != '{' {
			return 0, false
		}
		s.i++
		found := -1
		for {
			s.ws()
			if s.i >= len(data) {
				break
			}
			c := data[s.i]
			if c == '}' {
				break
			}
			if c == ',' {
				s.i++
				continue
			}
			if c != '"' {
				return 0, false
			}
			raw, esc := s.str()
			key := string(raw)
			if esc {
				if k, err := strconv.Unquote(`"` + key + `"`); err == nil {
					key = k
				}
			}
			s.ws()
			if s.i < len(data) && data[s.i] == ':' {
				s.i++
			}
			s.ws()
			if key == st.key {
				found = s.i
			}
			before := s.i
			s.skip()
			if s.i == before {
				break // not JSON; what was found stands
			}
		}
		if found < 0 {
			return 0, false
		}
		s.i = found
	}
	return s.i, true
}
