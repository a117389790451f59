package argmap_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// withPrivate is full() with a teacher's private remark on the main claim
// and on the linked argument, besides their public comments.
func withPrivate() *argmap.Map {
	m := full()
	ids := argmap.DeterministicIDs("private")
	m.Claims[0].Comments = append(m.Claims[0].Comments,
		argmap.Comment{ID: ids(), Author: "Teacher", Text: "Rubric: thesis unsupported (2/5)", Private: true})
	m.Arguments[0].Comments = append(m.Arguments[0].Comments,
		argmap.Comment{ID: ids(), Text: "Rubric: linked premises well found", Private: true})
	return m
}

const privateText = "Rubric:"

func TestPrivateRoundTrip(t *testing.T) {
	t.Parallel()
	m := withPrivate()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	goldenFile(t, "private", data)
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Claims[0].Comments[1].Private || back.Claims[0].Comments[0].Private || !back.Arguments[0].Comments[1].Private {
		t.Errorf("private marks not kept: %+v %+v", back.Claims[0].Comments, back.Arguments[0].Comments)
	}
	again, err := native.Encode(back)
	if err != nil || !bytes.Equal(data, again) {
		t.Errorf("encode(decode(encode(m))) differs (err %v)", err)
	}
}

// TestEncodeOldestVersion checks that a map is written in the oldest
// version that holds it, so that older Argmaps keep reading maps without
// private comments.
func TestEncodeOldestVersion(t *testing.T) {
	t.Parallel()
	released := withPrivate()
	if err := argmap.ReleasePrivate(released).Apply(released); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		m       *argmap.Map
		version string
	}{
		{"none private", full(), `"version": 1,`},
		{"empty", argmap.New(""), `"version": 1,`},
		{"private", withPrivate(), `"version": 2,`},
		{"released", released, `"version": 1,`},
		{"stripped", withPrivate().WithoutPrivate(), `"version": 1,`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := native.Encode(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(tc.version)) {
				t.Errorf("want %s in\n%s", tc.version, data)
			}
			if bytes.Contains(data, []byte(`"private"`)) != (tc.version == `"version": 2,`) {
				t.Errorf("private written in the wrong version:\n%s", data)
			}
		})
	}
}

func TestDecodePrivateVersions(t *testing.T) {
	t.Parallel()
	comment := func(extra string) string {
		return `"claims": [{"id": "` + id1 + `", "text": "a", "comments": [{"id": "` + id2 + `", "text": "c"` + extra + `}]}]`
	}
	v2 := func(body string) string { return strings.Replace(doc(body), `"version": 1`, `"version": 2`, 1) }
	for _, tc := range []struct {
		name, in, want string
		private        bool
	}{
		{"v1 refuses private", doc(comment(`, "private": true`)),
			`map.claims[0].comments[0] (line 1, column 188): unknown field "private" in a version 1 file (it needs format version 2)`, false},
		{"v1 refuses private false", doc(comment(`, "private": false`)),
			`map.claims[0].comments[0] (line 1, column 188): unknown field "private" in a version 1 file (it needs format version 2)`, false},
		{"v1 other unknown", doc(comment(`, "secret": true`)), `map.claims[0].comments[0] (line 1, column 188): unknown field "secret"`, false},
		{"v2 private", v2(comment(`, "private": true`)), "", true},
		{"v2 without private", v2(comment(``)), "", false},
		{"v2 private wrong type", v2(comment(`, "private": "yes"`)), "map.claims[0].comments[0].private (line 1, column 199): expected boolean, got string", false},
		{"v2 unknown", v2(comment(`, "secret": true`)), `map.claims[0].comments[0] (line 1, column 188): unknown field "secret"`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := native.Decode([]byte(tc.in))
			if tc.want != "" {
				if err == nil || err.Error() != tc.want {
					t.Fatalf("Decode error\n got: %v\nwant: %s", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Claims[0].Comments[0].Private; got != tc.private {
				t.Errorf("private = %v, want %v", got, tc.private)
			}
		})
	}
}

func TestWithoutPrivate(t *testing.T) {
	t.Parallel()
	plain := full()
	if plain.WithoutPrivate() != plain {
		t.Error("a map without private comments is copied")
	}
	m := withPrivate()
	s := m.WithoutPrivate()
	if s.HasPrivate() || !m.HasPrivate() {
		t.Fatalf("HasPrivate: stripped %v, original %v", s.HasPrivate(), m.HasPrivate())
	}
	if got := len(s.Claims[0].Comments); got != 1 || s.Claims[0].Comments[0].Text != "Strong claim." {
		t.Errorf("stripped main claim comments = %+v, want the public one", s.Claims[0].Comments)
	}
	if got := len(m.Claims[0].Comments); got != 2 {
		t.Errorf("the original lost comments: %d", got)
	}
	data, err := native.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(privateText)) {
		t.Errorf("a private comment is in the stripped map:\n%s", data)
	}
}

func TestPrivateEdits(t *testing.T) {
	t.Parallel()
	m := full()
	h := argmap.NewHistory(m)
	main, arg := m.Claims[0], m.Arguments[0]
	if argmap.ReleasePrivate(m) != nil {
		t.Error("ReleasePrivate of a map without private comments is not nil")
	}
	steps := []argmap.Edit{
		argmap.SetCommentPrivate(m, main.ID, main.Comments[0].ID, true),
		argmap.SetCommentPrivate(m, arg.ID, arg.Comments[0].ID, true),
	}
	for _, e := range steps {
		if err := h.Do(e); err != nil {
			t.Fatal(err)
		}
	}
	if !m.Claims[0].Comments[0].Private || !m.Arguments[0].Comments[0].Private {
		t.Fatal("SetCommentPrivate did not mark the comments")
	}
	if got := h.UndoLabel(); got != "Make Comment Private" {
		t.Errorf("undo label = %q", got)
	}
	if err := h.Do(argmap.ReleasePrivate(m)); err != nil {
		t.Fatal(err)
	}
	if m.HasPrivate() {
		t.Error("ReleasePrivate left a private comment")
	}
	if got := h.UndoLabel(); got != argmap.ReleasePrivateLabel {
		t.Errorf("undo label = %q, want %q", got, argmap.ReleasePrivateLabel)
	}
	h.Undo() // one step brings back both marks
	if !m.Claims[0].Comments[0].Private || !m.Arguments[0].Comments[0].Private {
		t.Error("one undo of the release did not bring back both private marks")
	}
	h.Redo()
	if m.HasPrivate() {
		t.Error("redo of the release left a private comment")
	}
	h.Undo()
	h.Undo()
	h.Undo()
	if m.HasPrivate() {
		t.Error("undoing every step left a private comment")
	}
}
