package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Load refuses what is not a regular file before reading from it: a folder,
// and (see read_unix_test.go) a FIFO and a device. A regular file loads.
func TestLoadRefusesFolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, _, err := Load(dir)
	if err == nil || !strings.Contains(err.Error(), "not a regular file (a folder)") || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Fatalf("Load(folder) = %v, want a refusal naming the folder", err)
	}
	p := filepath.Join(dir, "m.argmap.json")
	if err := os.WriteFile(p, []byte(nativeDoc("")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(p); err != nil {
		t.Fatalf("Load(regular file) = %v", err)
	}
}
