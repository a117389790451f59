package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// gcPercent reads GOGC's current value without changing it.
func gcPercent() int {
	v := debug.SetGCPercent(100)
	debug.SetGCPercent(v)
	return v
}

// The start raises GOGC for small files and the sample, puts the value
// back once the window is up, and leaves a user's GOGC and huge files
// alone.
func TestBoostStartGC(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.argmap.json")
	if err := os.WriteFile(small, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.argmap.json")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(startGCMaxFile + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	for _, tc := range []struct {
		name  string
		gogc  string // "" unset
		files []string
		want  int // GOGC during the start
	}{
		{"the sample", "", nil, startGCPercent},
		{"a small file", "", []string{small}, startGCPercent},
		{"a missing file", "", []string{filepath.Join(dir, "none")}, startGCPercent},
		{"a huge file", "", []string{small, big}, 100},
		{"GOGC set by the user", "50", []string{small}, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gogc != "" {
				t.Setenv("GOGC", tc.gogc)
			} else {
				t.Setenv("GOGC", "") // Setenv restores it after the test
				os.Unsetenv("GOGC")
			}
			defer debug.SetGCPercent(debug.SetGCPercent(100))
			restore := boostStartGC(tc.files)
			if got := gcPercent(); got != tc.want {
				t.Errorf("GOGC during the start = %d, want %d", got, tc.want)
			}
			restore()
			if got := gcPercent(); got != 100 {
				t.Errorf("GOGC after the start = %d, want 100 back", got)
			}
		})
	}
}

// Collection switched off (GOGC=off through SetGCPercent) stays off.
func TestBoostStartGCKeepsOff(t *testing.T) {
	t.Setenv("GOGC", "")
	os.Unsetenv("GOGC")
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	restore := boostStartGC(nil)
	if got := gcPercent(); got != -1 {
		t.Errorf("GOGC = %d, want -1 (off)", got)
	}
	restore()
	if got := gcPercent(); got != -1 {
		t.Errorf("GOGC after = %d, want -1 (off)", got)
	}
}
