//go:build unix

package formats

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A FIFO is refused at once (opening one for reading would wait for a
// writer for ever), and so is a device such as /dev/zero (it never ends).
func TestLoadRefusesSpecialFiles(t *testing.T) {
	t.Parallel()
	fifo := filepath.Join(t.TempDir(), "pipe.argmap.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	for _, tc := range []struct{ path, want string }{
		{fifo, "not a regular file (a named pipe)"},
		{"/dev/zero", "not a regular file (a character device)"},
	} {
		done := make(chan error, 1)
		go func() { _, _, err := Load(tc.path); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load(%s) = %v, want %q", tc.path, err, tc.want)
			}
		case <-time.After(time.Minute): // a hang, not a timing assertion
			t.Fatalf("Load(%s) did not return", tc.path)
		}
	}
}
