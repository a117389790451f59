package argmap

import (
	"reflect"
	"sort"
	"testing"
)

// TestWireV2IsV1PlusPrivate checks what the encoder relies on to write
// version 1 files with the version 2 structs: the keys of version 2, in
// the same order, are those of version 1 plus "private" on comments.
func TestWireV2IsV1PlusPrivate(t *testing.T) {
	var paths func(t reflect.Type, prefix string) []string
	paths = func(t reflect.Type, prefix string) []string {
		var out []string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			p := prefix + "." + f.Tag.Get("json")
			out = append(out, p)
			ft := f.Type
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				out = append(out, paths(ft, p)...)
			}
		}
		return out
	}
	v1 := paths(reflect.TypeOf(fileV1{}), "")
	var v2 []string
	for _, p := range paths(reflect.TypeOf(fileV2{}), "") {
		switch p {
		case ".map.claims,omitempty.comments,omitempty.private,omitempty",
			".map.arguments,omitempty.comments,omitempty.private,omitempty":
			continue
		}
		v2 = append(v2, p)
	}
	if !reflect.DeepEqual(v1, v2) {
		a, b := append([]string(nil), v1...), append([]string(nil), v2...)
		sort.Strings(a)
		sort.Strings(b)
		t.Errorf("version 2 keys beyond \"private\" differ from version 1:\nv1 %q\nv2 %q", a, b)
	}
	if len(paths(reflect.TypeOf(fileV2{}), "")) != len(v1)+2 {
		t.Errorf("version 2 should add exactly two keys (private on claim and argument comments)")
	}
}
