package native

import (
	"reflect"
	"sort"
	"testing"
)

// TestWireV2IsV1PlusPrivate checks what the encoder relies on to write
// version 1 files with the version 2 structs: the keys of version 2, in
// the same order, are those of version 1 plus "private" on comments.
func TestWireV2IsV1PlusPrivate(t *testing.T) {
	t.Parallel()
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

// wireV3Additions are the keys version 3 adds to version 2, as paths of
// json tags. Whoever adds a field to the version 3 structs lists it here,
// so that the upgrade (a version 2 body read into the version 3 structs)
// stays the identity and nothing else changes by accident.
var wireV3Additions = map[string]bool{
	".map.claims,omitempty.speech,omitempty":                    true, // debate flow
	".map.round,omitempty":                                      true, // debate flow
	".map.round,omitempty.format":                               true, // debate flow
	".map.round,omitempty.speeches,omitempty":                   true, // debate flow
	".map.round,omitempty.speeches,omitempty.id":                true, // debate flow
	".map.round,omitempty.speeches,omitempty.name":              true, // debate flow
	".map.round,omitempty.speeches,omitempty.side":              true, // debate flow
	".map.round,omitempty.speeches,omitempty.team,omitempty":    true, // debate flow
	".map.round,omitempty.speeches,omitempty.speaker,omitempty": true, // debate flow
	// suggestions (proposal.go)
	".map.claims,omitempty.proposed,omitempty": true, ".map.claims,omitempty.proposed,omitempty.by": true,
	".map.claims,omitempty.proposed,omitempty.time,omitempty": true, ".map.claims,omitempty.proposed,omitempty.note,omitempty": true,
	".map.arguments,omitempty.proposed,omitempty": true, ".map.arguments,omitempty.proposed,omitempty.by": true,
	".map.arguments,omitempty.proposed,omitempty.time,omitempty": true, ".map.arguments,omitempty.proposed,omitempty.note,omitempty": true,
	".map.challenges,omitempty.proposed,omitempty": true, ".map.challenges,omitempty.proposed,omitempty.by": true,
	".map.challenges,omitempty.proposed,omitempty.time,omitempty": true, ".map.challenges,omitempty.proposed,omitempty.note,omitempty": true,
}

// TestWireV3IsV2PlusAdditions checks what the encoder relies on to write
// version 1 and 2 files with the version 3 structs: the keys of version 3,
// in the same order, are those of version 2 plus wireV3Additions.
func TestWireV3IsV2PlusAdditions(t *testing.T) {
	t.Parallel()
	v2 := wirePaths(reflect.TypeOf(fileV2{}), "")
	var v3 []string
	added := 0
	for _, p := range wirePaths(reflect.TypeOf(fileV3{}), "") {
		if wireV3Additions[p] {
			added++
			continue
		}
		v3 = append(v3, p)
	}
	if !reflect.DeepEqual(v2, v3) {
		t.Errorf("version 3 keys beyond its additions differ from version 2:\nv2 %q\nv3 %q", v2, v3)
	}
	if added != len(wireV3Additions) {
		t.Errorf("%d of the %d listed version 3 additions are in the structs", added, len(wireV3Additions))
	}
}

// wirePaths lists the json tag paths of a wire struct type, depth first.
func wirePaths(t reflect.Type, prefix string) []string {
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
			out = append(out, wirePaths(ft, p)...)
		}
	}
	return out
}

// TestOlderBodiesReadAsVersion3 checks the upgrade steps: a body of each
// version decodes, and a map that needs nothing of version 3 is written
// back in its own version.
func TestOlderBodiesReadAsVersion3(t *testing.T) {
	t.Parallel()
	const id = "00000000-0000-4000-8000-000000000001"
	for _, v := range []string{"1", "2", "3"} {
		in := `{"format": "argmap", "version": ` + v + `, "map": {"claims": [{"id": "` + id + `", "text": "a", "pos": {"x": 0, "y": 0}}]}}`
		m, err := Decode([]byte(in))
		if err != nil {
			t.Fatalf("version %s: %v", v, err)
		}
		if len(m.Claims) != 1 || m.Claims[0].Text != "a" {
			t.Errorf("version %s: got %d claims", v, len(m.Claims))
		}
		if got := wireVersion(m); got != 1 {
			t.Errorf("version %s: a plain map is written as version %d, want 1", v, got)
		}
	}
}
