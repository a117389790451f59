package app

import (
	"os"
	"runtime/debug"
)

// startGCPercent is the garbage collector's GOGC while the first window
// opens: the start allocates several times what stays live (Fyne's fonts
// and the first text shaping, then the map's decode, scene and outline:
// 144 MB for a 20,000-claim map), and at the default 100 the collector
// ran 8 cycles on a heap that was only growing (130–340 ms of CPU at
// 20,000 claims, issue 16). At 400 it runs 2.
const startGCPercent = 400

// startGCMaxFile is the largest file, in bytes, that gets startGCPercent:
// the heap may grow up to what the start allocates in all (about 14 times
// the file, 144 MB at 10 MB), so a huge map opens at the default instead.
const startGCMaxFile = 32 << 20

// boostStartGC raises GOGC to startGCPercent for the start of a window
// on files, unless the user set GOGC or a file is larger than
// startGCMaxFile; it returns what puts the previous value back once the
// window is up (it does nothing when nothing was raised).
func boostStartGC(files []string) (restore func()) {
	nothing := func() {}
	if os.Getenv("GOGC") != "" {
		return nothing // the user's setting stands
	}
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Size() > startGCMaxFile {
			return nothing
		}
	}
	old := debug.SetGCPercent(startGCPercent)
	if old < 0 || old > startGCPercent {
		debug.SetGCPercent(old) // collection is off or rarer already
		return nothing
	}
	return func() { debug.SetGCPercent(old) }
}
