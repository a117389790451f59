package atomicfile

import (
	"bytes"
	"strings"
	"testing"
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAtMost(strings.NewReader(tc.data), tc.size, tc.limit)
			if tc.tooBig {
				if err != errTooBig {
					t.Fatalf("err = %v, want errTooBig", err)
				}
				return
			}
			if err != nil || !bytes.Equal(got, []byte(tc.data)) {
				t.Fatalf("readAtMost = %q, %v", got, err)
			}
		})
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
