package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// An import without positions is laid out on export, as the app lays it out
// on open: no two cards share a place.
func TestExportLaysOutImports(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "af.apx")
	if err := os.WriteFile(in, []byte("arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "af.argmap.json")
	if code, _, errs := runClass("export", "-f", "json", "-o", out, in); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	m, err := native.ReadFile(out)
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

// `argmap -h` and `--version` are the help and version commands, not files
// for the GUI to open.
func TestHelpAndVersionFlags(t *testing.T) {
	t.Parallel()
	for _, arg := range []string{"-h", "--help", "-help"} {
		if code, out, _ := runClass(arg); code != ExitOK || !strings.Contains(out, "export") {
			t.Errorf("argmap %s: exit %d, output %q", arg, code, out)
		}
	}
	if code, out, _ := runClass("--version"); code != ExitOK || !strings.Contains(out, "argmap") {
		t.Errorf("argmap --version: exit %d, output %q", code, out)
	}
}
