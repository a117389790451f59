package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/native"
)

// TestMergeConflictCountsInWords: the status line counts merge conflicts
// in English when a merged map is opened and as they are resolved ("1
// merge conflict", not "1 merge conflict(s)"; "All merge conflicts
// resolved", not "0 conflict(s) left").
func TestMergeConflictCountsInWords(t *testing.T) {
	for _, tc := range []struct {
		name       string
		n          int
		open, left string
	}{
		{"one", 1, "Opened merged.argmap.json: 1 merge conflict to resolve (Edit › Resolve Merge Conflicts…)", "All merge conflicts resolved"},
		{"two", 2, "Opened merged.argmap.json: 2 merge conflicts to resolve (Edit › Resolve Merge Conflicts…)", "1 merge conflict left"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m := e.Map().Clone()
			for i := 0; i < tc.n; i++ {
				c := m.Claims[i]
				c.Comments = append(c.Comments, argmap.Comment{ID: argmap.NewID(), Author: compare.MergeAuthor, Text: "text: Theirs " + c.Text})
			}
			data, err := native.Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "merged.argmap.json")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := e.OpenFile(path); err != nil {
				t.Fatal(err)
			}
			if got := e.status.msg.Text; got != tc.open {
				t.Errorf("on opening: %q, want %q", got, tc.open)
			}
			cs := compare.Conflicts(e.Map())
			if len(cs) != tc.n {
				t.Fatalf("%d conflicts, want %d", len(cs), tc.n)
			}
			e.resolveConflict(cs[0], false)
			if got := e.status.msg.Text; got != tc.left {
				t.Errorf("after resolving one: %q, want %q", got, tc.left)
			}
		})
	}
}
