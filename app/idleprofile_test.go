package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestEnvDuration: the idle measurement's waits come from the
// environment, and anything but a positive duration leaves the default.
func TestEnvDuration(t *testing.T) {
	const def = 5 * time.Second
	for _, tc := range []struct {
		value string
		want  time.Duration
	}{
		{"", def},
		{"2s", 2 * time.Second},
		{"150ms", 150 * time.Millisecond},
		{"soon", def},
		{"0", def},
		{"-1s", def},
	} {
		t.Setenv(idleWaitEnv, tc.value)
		if got := envDuration(idleWaitEnv, def); got != tc.want {
			t.Errorf("%s=%q: %v, want %v", idleWaitEnv, tc.value, got, tc.want)
		}
	}
}

// TestMeasureIdle: with a path it writes a CPU profile there, with ""
// none, and either way gives a CPU figure per second.
func TestMeasureIdle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "idle.prof")
	for _, p := range []string{path, ""} {
		ms, err := measureIdle(p, 30*time.Millisecond)
		if err != nil || ms < 0 {
			t.Fatalf("measureIdle(%q) = %v, %v", p, ms, err)
		}
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		t.Errorf("no profile written: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("measuring without a path wrote files: %d in the folder", len(entries))
	}
}
