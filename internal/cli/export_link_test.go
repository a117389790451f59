package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestExportRefusesAPlantedLink: `export -o` into a shared folder where the
// output name is a link to a file out of that folder refuses, naming where
// the link leads, and leaves that file alone.
func TestExportRefusesAPlantedLink(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	src := buildMapFile(t, root, "m.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		m.Claims = []*argmap.Claim{{ID: id(), Text: "a"}}
	})
	shared := filepath.Join(root, "shared")
	if err := os.Mkdir(shared, 0o777); err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(root, "own.txt")
	if err := os.WriteFile(own, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(shared, "out.dot")
	if err := os.Symlink(own, out); err != nil {
		t.Fatalf("no symbolic links here: %v", err)
	}
	code, _, stderr := runCLI("export", "-f", "dot", "-o", out, src)
	if code != ExitFail || !strings.Contains(stderr, "symbolic link") || !strings.Contains(stderr, own) {
		t.Errorf("export through a planted link: exit %d, %q; want 1 and a message naming %s", code, stderr, own)
	}
	if got, _ := os.ReadFile(own); string(got) != "mine" {
		t.Errorf("the file the link leads to was overwritten: %q", got)
	}
}
