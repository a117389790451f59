package argmap

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
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
	fields map[string]*keyNode // nil value: a scalar or an array of scalars
	array  bool                // the value this node describes is an array of these objects
}

var (
	keysOnce sync.Once
	keysV1   *keyNode
)

// keyTree builds the node of a struct type from its json tags.
func keyTree(t reflect.Type) *keyNode {
	n := &keyNode{fields: map[string]*keyNode{}}
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
		n.fields[name] = child
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

// unknownKey reports the first key of data that the version 1 wire structs
// do not have, as a *DecodeError, or nil.
func unknownKey(data []byte) error {
	keysOnce.Do(func() { keysV1 = keyTree(reflect.TypeOf(fileV1{})) })
	s := &keyScanner{data: data}
	s.ws()
	return s.object(keysV1)
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
		raw, esc := s.str()
		key := string(raw) // the compiler does not allocate for a map index
		child, known := n.fields[key]
		if esc {
			if k, err := strconv.Unquote(`"` + string(raw) + `"`); err == nil {
				key = k
				child, known = n.fields[key]
			}
		}
		if !known {
			return &DecodeError{Place: s.place(), Message: fmt.Sprintf("unknown field %q", clip(key))}
		}
		s.ws()
		if s.i < len(s.data) && s.data[s.i] == ':' {
			s.i++
		}
		s.ws()
		if child == nil {
			s.skip()
			continue
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
