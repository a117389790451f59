package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// An import without positions is laid out on export, as the app lays it out
// on open: no two cards share a place.
func TestExportLaysOutImports(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "af.apx")
	if err := os.WriteFile(in, []byte("arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "af.argmap.json")
	if code, _, errs := runClass("export", "-f", "json", "-o", out, in); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	m, err := argmap.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[argmap.Point]bool{}
	for _, c := range m.Claims {
		if seen[c.Pos] {
			t.Fatalf("two cards at %v", c.Pos)
		}
		seen[c.Pos] = true
	}
}
