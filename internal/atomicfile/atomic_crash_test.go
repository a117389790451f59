package atomicfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crashEnv names the file a helper process saves and dies in the middle of.
const crashEnv = "ARGMAP_TEST_CRASH_SAVE"

// TestCrashHelper is not a test: run by TestCrashBetweenWriteAndRename in a
// child process, it saves a file and exits at once when the temporary file
// is written and synced but not yet renamed, as a power cut would.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run as a child process by TestCrashBetweenWriteAndRename")
	}
	_ = writeFile(path, []byte("new and longer contents"), LinkSafe, func(string) error { os.Exit(3); return nil })
	os.Exit(0) // not reached: the hook exits first
}

// TestCrashBetweenWriteAndRename kills a real process between writing the
// new file and renaming it over the old one. The old file must be intact,
// and the temporary file left behind must not break the next save.
func TestCrashBetweenWriteAndRename(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.CombinedOutput()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 3 {
		t.Fatalf("helper process ended with %v, want exit code 3 from inside WriteFile\n%s", err, out)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Fatalf("after the crash the file holds %q, want the old %q", data, "old")
	}
	var leftovers []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "m.argmap.json" {
			leftovers = append(leftovers, e.Name())
		}
	}
	if len(leftovers) != 1 || !strings.HasPrefix(leftovers[0], ".m.argmap.json.tmp") {
		t.Fatalf("folder holds %v besides the file, want the one temporary file of the crashed save", leftovers)
	}
	// The next save works despite the leftover, and replaces the file.
	if err := WriteFile(path, []byte("saved again")); err != nil {
		t.Fatalf("save after a crash: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "saved again" {
		t.Fatalf("after the next save the file holds %q", data)
	}
	// Once it is older than any save in progress could be, a save next to
	// it removes the leftover of the killed one.
	left := filepath.Join(dir, leftovers[0])
	old := time.Now().Add(-2 * staleTempAge)
	if err := os.Chtimes(left, old, old); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("and again")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); err == nil {
		t.Errorf("the leftover %s of the killed save is still there", leftovers[0])
	}
}
