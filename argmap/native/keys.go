package native

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/argmap/argmap/argmap"
)

// The JSON library refuses unknown fields only in its stream decoder, which
// is twice as slow as its whole-buffer one. So Decode reads with the fast
// decoder, which ignores unknown fields, and then checks the keys itself
// with this scanner: one pass over the bytes, guided by the field names of
// the wire structs, allocating nothing unless it finds a fault. Keys must
// match exactly (the library would also accept other letter cases).

// keyNode is what keys an object may have, and for each key the node of
// its value when that value is an object or an array of objects.
type keyNode struct {
	fields map[string]keyField
	array  bool // the value this node describes is an array of these objects
}

// keyField is one key of an object: its bit among the object's keys (to
// find a key given twice) and the node of its value.
type keyField struct {
	bit   uint32
	child *keyNode // nil: a scalar or an array of scalars
}

var (
	keysOnce sync.Once
	keysV1   *keyNode // the keys a version 1 file may hold
	keysV2   *keyNode
	keysV3   *keyNode
)

// keyTree builds the node of a struct type from its json tags.
func keyTree(t reflect.Type) *keyNode {
	n := &keyNode{fields: map[string]keyField{}}
	if t.NumField() > 32 {
		panic("argmap: a wire struct of more than 32 fields: widen keyField.bit")
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		var child *keyNode
		switch {
		case ft.Kind() == reflect.Struct:
			child = keyTree(ft)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			child = keyTree(ft.Elem())
			child.array = true
		}
		n.fields[name] = keyField{bit: 1 << i, child: child}
	}
	return n
}

// keyScanner walks a document that the JSON library has already accepted,
// so it may assume the syntax is right; it still never reads out of bounds.
type keyScanner struct {
	data []byte
	i    int
	path []pathStep // where the scanner is, turned into a string on a fault
}

type pathStep struct {
	key   string
	index int // -1 for a key
}

// unknownKey reports the first key of data that the wire structs of the
// version do not have, or that an object gives twice, as a *DecodeError,
// or nil. (The JSON library keeps the last of two equal keys without a
// word; a file that says two things in one place is refused, as the
// README promises.)
func unknownKey(data []byte, version int) error {
	keysOnce.Do(func() {
		keysV1 = keyTree(reflect.TypeOf(fileV1{}))
		keysV2 = keyTree(reflect.TypeOf(fileV2{}))
		keysV3 = keyTree(reflect.TypeOf(fileV3{}))
	})
	keys := keysV3
	switch version {
	case 1:
		keys = keysV1
	case 2:
		keys = keysV2
	}
	s := &keyScanner{data: data}
	s.ws()
	return s.object(keys)
}

func (s *keyScanner) ws() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

func (s *keyScanner) place() string {
	var b strings.Builder
	for _, p := range s.path {
		if p.index >= 0 {
			fmt.Fprintf(&b, "[%d]", p.index)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.key)
	}
	return b.String()
}

// str reads a string token and returns its raw bytes between the quotes,
// and whether it holds escapes.
func (s *keyScanner) str() ([]byte, bool) {
	s.i++ // "
	start := s.i
	for {
		k := bytes.IndexByte(s.data[s.i:], '"')
		if k < 0 {
			s.i = len(s.data)
			return s.data[start:], false
		}
		end := s.i + k
		n := 0 // backslashes before the quote: an odd number escapes it
		for end-1-n >= start && s.data[end-1-n] == '\\' {
			n++
		}
		s.i = end + 1
		if n%2 == 0 {
			raw := s.data[start:end]
			return raw, bytes.IndexByte(raw, '\\') >= 0
		}
	}
}

// skip moves past one value of any kind.
func (s *keyScanner) skip() {
	s.ws()
	depth := 0
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case '"':
			s.str()
		case '{', '[':
			depth++
			s.i++
		case '}', ']':
			if depth == 0 {
				return
			}
			depth--
			s.i++
		case ',':
			if depth == 0 {
				return
			}
			s.i++
		default:
			s.i++
		}
		if depth == 0 {
			s.ws()
			if s.i < len(s.data) && (s.data[s.i] == ',' || s.data[s.i] == '}' || s.data[s.i] == ']') {
				return
			}
		}
	}
}

// object checks the keys of the object at the cursor, and of the objects
// within it that n describes.
func (s *keyScanner) object(n *keyNode) error {
	if s.i >= len(s.data) || s.data[s.i] != '{' {
		s.skip() // null, or a type error the decoder has reported
		return nil
	}
	s.i++
	var seen uint32 // the bits of the keys read so far
	for {
		s.ws()
		if s.i >= len(s.data) {
			return nil
		}
		switch s.data[s.i] {
		case '}':
			s.i++
			return nil
		case ',':
			s.i++
			continue
		case '"':
		default:
			return nil // not JSON the decoder accepted; nothing to add
		}
		keyAt := s.i
		raw, esc := s.str()
		field, known := n.fields[string(raw)] // the compiler does not allocate for a map index
		key := ""
		if esc {
			if k, err := strconv.Unquote(`"` + string(raw) + `"`); err == nil {
				key = k
				field, known = n.fields[key]
			}
		}
		if !known {
			if !esc {
				key = string(raw)
			}
			line, col := lineCol(s.data, keyAt)
			return &argmap.DecodeError{Kind: argmap.KindInvalid, Place: s.place(), Line: line, Column: col, Message: fmt.Sprintf("unknown field %q", clip(key))}
		}
		if seen&field.bit != 0 {
			if !esc {
				key = string(raw)
			}
			s.path = append(s.path, pathStep{key: key, index: -1})
			line, col := lineCol(s.data, keyAt)
			return &argmap.DecodeError{Kind: argmap.KindReference, Place: s.place(), Line: line, Column: col, Message: fmt.Sprintf("the key %q is given twice in this object", key)}
		}
		seen |= field.bit
		child := field.child
		s.ws()
		if s.i < len(s.data) && s.data[s.i] == ':' {
			s.i++
		}
		s.ws()
		if child == nil {
			s.skip()
			continue
		}
		if !esc {
			key = string(raw)
		}
		s.path = append(s.path, pathStep{key: key, index: -1})
		var err error
		if child.array {
			err = s.array(child)
		} else {
			err = s.object(child)
		}
		if err != nil {
			return err
		}
		s.path = s.path[:len(s.path)-1]
	}
}

// array checks every object of the array at the cursor.
func (s *keyScanner) array(n *keyNode) error {
	if s.i >= len(s.data) || s.data[s.i] != '[' {
		s.skip()
		return nil
	}
	s.i++
	for k := 0; ; k++ {
		s.ws()
		if s.i >= len(s.data) {
			return nil
		}
		switch s.data[s.i] {
		case ']':
			s.i++
			return nil
		case ',':
			s.i++
			s.ws()
		}
		before := s.i
		s.path = append(s.path, pathStep{index: k})
		if err := s.object(n); err != nil {
			return err
		}
		s.path = s.path[:len(s.path)-1]
		if s.i == before {
			return nil // no progress: not JSON the decoder accepted
		}
	}
}
