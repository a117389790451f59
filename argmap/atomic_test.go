package argmap

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileAtomicFailure simulates a crash between writing the new file
// and renaming it over the old one: the old file must be intact and no
// temporary file left behind.
func TestWriteFileAtomicFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("simulated crash")
	var tmpSeen string
	beforeRename = func(tmp string) error {
		tmpSeen = tmp
		if data, err := os.ReadFile(tmp); err != nil || string(data) != "new" {
			t.Errorf("temporary file holds %q, %v; want the whole new data", data, err)
		}
		return crash
	}
	defer func() { beforeRename = nil }()
	if err := WriteFileAtomic(path, []byte("new")); !errors.Is(err, crash) {
		t.Fatalf("WriteFileAtomic = %v, want the simulated crash", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("after a failed save the file holds %q, want %q", data, "old")
	}
	if filepath.Dir(tmpSeen) != dir {
		t.Errorf("temporary file %s is not in the target's folder", tmpSeen)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files after a failed save, want 1", len(entries))
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.argmap.json")
	// A new file.
	if err := WriteFileAtomic(path, []byte("one")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("new file: %v, mode %v; want 0644", err, st.Mode())
	}
	// Replacing keeps the old mode.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(path, []byte("two")); err != nil {
		t.Fatal(err)
	}
	st, _ = os.Stat(path)
	if data, _ := os.ReadFile(path); string(data) != "two" || st.Mode().Perm() != 0o600 {
		t.Errorf("after replace: %q, mode %v; want %q, 0600", data, st.Mode().Perm(), "two")
	}
	// Through a symbolic link the target is replaced and the link kept.
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := WriteFileAtomic(link, []byte("three")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(path); string(data) != "three" {
		t.Errorf("link target holds %q, want %q", data, "three")
	}
	// A folder is not overwritten.
	if err := WriteFileAtomic(dir, []byte("x")); err == nil {
		t.Error("WriteFileAtomic over a folder succeeded")
	}
}
