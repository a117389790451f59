//go:build unix

package argmap

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadSourceFile: a source text is read only from a regular file of at
// most MaxSourceSize bytes of UTF-8; a device, a FIFO (which would block)
// or a folder is refused at once, with a message naming the path.
func TestReadSourceFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	mk := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := mk("big.txt", nil)
	if err := os.Truncate(big, MaxSourceSize+1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	for _, tc := range []struct {
		path, want string // want: "" to read, else part of the error
	}{
		{mk("ok.txt", []byte("Şehir ve Город.\n")), ""},
		{mk("bad.txt", []byte{'a', 0xff}), "not UTF-8"},
		{big, "larger than the 64 MB"},
		{fifo, "a named pipe"},
		{"/dev/zero", "a character device"},
		{dir, "a folder"},
		{filepath.Join(dir, "none.txt"), "no such file"},
	} {
		_, err := ReadSourceFile(tc.path)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.path, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.path)):
			t.Errorf("%s: error %v, want one naming the path and saying %q", tc.path, err, tc.want)
		}
	}
}

// TestPlaceSource: a source path stays inside the map's folder only if it
// leads there once links are followed.
func TestPlaceSource(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	dir := filepath.Join(root, "maps")
	_ = os.MkdirAll(filepath.Join(dir, "texts"), 0o755)
	_ = os.WriteFile(filepath.Join(root, "secret.txt"), []byte("x"), 0o600)
	if err := os.Symlink(filepath.Join(root, "secret.txt"), filepath.Join(dir, "texts", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "texts"), filepath.Join(dir, "alias")); err != nil {
		t.Fatal(err)
	}
	for p, inside := range map[string]bool{
		"texts/a.txt":                        true,
		"./texts/../a.txt":                   true,
		"alias/a.txt":                        true,
		filepath.Join(dir, "texts", "a.txt"): true,
		"../secret.txt":                      false,
		"texts/../../secret.txt":             false,
		"texts/link.txt":                     false,
		"/etc/passwd":                        false,
		"/dev/zero":                          false,
	} {
		if got := PlaceSource(dir, p); got.Inside != inside || !filepath.IsAbs(got.Path) {
			t.Errorf("PlaceSource(%q) = %+v, want inside %v", p, got, inside)
		}
	}
}
