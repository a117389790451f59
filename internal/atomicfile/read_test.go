package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// readAtMost stops at the limit whatever size the file reported: a file
// that lies about its size, or grows while it is read, cannot make Load
// read more than MaxFileSize.
func TestReadAtMost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name        string
		data        string
		size, limit int64
		tooBig      bool
	}{
		{"under the limit", "abc", 3, 10, false},
		{"at the limit", "abcdefghij", 10, 10, false},
		{"one over", "abcdefghijk", 11, 10, true},
		{"reports less than it holds", strings.Repeat("x", 1000), 0, 10, true},
		{"reports more than it holds", "abc", 1 << 40, 10, false},
		{"reports less, under the limit", strings.Repeat("y", 5000), 10, 1 << 20, false},
		{"reports less, grows to the limit", strings.Repeat("z", 3000), 0, 3000, false},
		{"reports less, grows past the limit", strings.Repeat("z", 3001), 0, 3000, true},
		{"empty", "", 0, 10, false},
	} {
		for _, r := range []struct {
			name string
			wrap func(io.Reader) io.Reader
		}{
			{"whole", func(r io.Reader) io.Reader { return r }},
			{"a byte at a time", iotest.OneByteReader},
			{"EOF with the data", iotest.DataErrReader},
		} {
			t.Run(tc.name+"/"+r.name, func(t *testing.T) {
				got, err := readAtMost(r.wrap(strings.NewReader(tc.data)), tc.size, tc.limit)
				if tc.tooBig {
					if err != errTooBig {
						t.Fatalf("err = %v, want errTooBig", err)
					}
					return
				}
				if err != nil || !bytes.Equal(got, []byte(tc.data)) {
					t.Fatalf("readAtMost = %.40q (%d bytes), %v", got, len(got), err)
				}
			})
		}
	}
}

// A read error is returned, not taken for the end.
func TestReadAtMostError(t *testing.T) {
	boom := errors.New("boom")
	if _, err := readAtMost(iotest.ErrReader(boom), 10, 100); err != boom {
		t.Fatalf("err = %v, want %v", err, boom)
	}
}

// A file of the size it reports is read into one buffer of that size
// and a byte: no growing (bytes.Buffer doubled it, issue 16).
func TestReadAtMostOneBuffer(t *testing.T) {
	data := strings.Repeat("x", 1<<20)
	got, err := readAtMost(strings.NewReader(data), int64(len(data)), 1<<30)
	if err != nil || len(got) != len(data) {
		t.Fatalf("readAtMost = %d bytes, %v", len(got), err)
	}
	if cap(got) != len(data)+1 {
		t.Errorf("cap = %d, want %d: the buffer grew", cap(got), len(data)+1)
	}
}

// BenchmarkReadRegular reads a file of the size of the generated map of
// 20,000 claims (9,969,228 bytes: within 512 bytes of the end of its
// rounded-up allocation, where bytes.Buffer doubled).
func BenchmarkReadRegular(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 9969228), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadRegular(path, 1<<30); err != nil {
			b.Fatal(err)
		}
	}
}

// An endless reader (what /dev/zero is) ends at the limit.
func TestReadAtMostEndless(t *testing.T) {
	t.Parallel()
	if _, err := readAtMost(endless{}, 0, 1<<20); err != errTooBig {
		t.Fatalf("err = %v, want errTooBig", err)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) { clear(p); return len(p), nil }
