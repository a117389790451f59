package native

import (
	"reflect"
	"slices"
	"strings"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// Hooks for the external benchmarks and tests of the codec (package
// argmap_test imports gen, which imports argmap, so they cannot live here).

// UnmarshalWireFloor is the floor of BenchmarkDecode (issue 16): a plain
// goccy Unmarshal of the same bytes into the typed wire structs.
func UnmarshalWireFloor(data []byte) error {
	var f fileV3
	return json.Unmarshal(data, &f)
}

// MarshalWireFloor is the floor of BenchmarkEncode: goccy MarshalIndent of
// the wire structs of m.
func MarshalWireFloor(m *argmap.Map) ([]byte, error) {
	f, err := encodeWire(m)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(f, "", "  ")
}

// DecodeFast is the fast path of Decode alone (data as Decode passes it:
// valid UTF-8, no NUL, no byte order mark).
func DecodeFast(data []byte) (*argmap.Map, bool) { return decodeFast(data) }

// DecodeCareful is the careful way of Decode alone, the reference for
// the fast path.
func DecodeCareful(data []byte) (*argmap.Map, error) { return decodeCareful(data) }

// UnsetWireFields lists the fields of the wire structs (as paths such as
// map.claims.anchor.hash) that none of the maps sets when it is encoded:
// a fixture that sets them all exercises every field of the format.
func UnsetWireFields(ms ...*argmap.Map) ([]string, error) {
	set := map[string]bool{}
	var all []string
	var walk func(v reflect.Value, path string, record bool)
	walk = func(v reflect.Value, path string, record bool) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path, record)
			} else if v.Type().Elem().Kind() == reflect.Struct {
				walk(reflect.New(v.Type().Elem()).Elem(), path, false)
			}
		case reflect.Slice:
			if v.Type().Elem().Kind() == reflect.Struct {
				walk(reflect.New(v.Type().Elem()).Elem(), path, false) // the names, even when empty
				for i := 0; i < v.Len(); i++ {
					walk(v.Index(i), path, record)
				}
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
				p := strings.TrimPrefix(path+"."+name, ".")
				if !slices.Contains(all, p) {
					all = append(all, p)
				}
				f := v.Field(i)
				if record && !f.IsZero() && (f.Kind() != reflect.Slice || f.Len() > 0) {
					set[p] = true
				}
				walk(f, p, record)
			}
		}
	}
	for _, m := range ms {
		f, err := encodeWire(m)
		if err != nil {
			return nil, err
		}
		walk(reflect.ValueOf(f).Elem(), "", true)
	}
	var unset []string
	for _, p := range all {
		if !set[p] {
			unset = append(unset, p)
		}
	}
	return unset, nil
}
