package app

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"fyne.io/fyne/v2"
)

// startProfileEnv names a file: when it is set, the app writes a CPU
// profile of its start, from the first line of Main to the shown window
// (the first fit of the map done), prints the CPU time that took to
// standard error with what the garbage collector cost, and quits; the
// profile of the start's allocations goes to FILE.allocs. It is for
// measuring (issue 16), not for users:
//
//	ARGMAP_START_PROFILE=start.prof DISPLAY=:97 argmap big.argmap.json
//	go tool pprof -top argmap start.prof
//	go tool pprof -sample_index=alloc_space -top argmap start.prof.allocs
const startProfileEnv = "ARGMAP_START_PROFILE"

// profileStart starts the profile when asked; it returns what to run once
// the window is up (nil when not asked).
func profileStart(a fyne.App) func() {
	path := os.Getenv(startProfileEnv)
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "argmap:", err)
		return nil
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
		user, sys := processCPU()
		gc := gcFigures()
		writeAllocs(path + ".allocs")
		fmt.Fprintf(os.Stderr, "argmap: start to window: %.0f ms CPU (user %.0f, system %.0f); %s; profile in %s\n",
			ms(user+sys), ms(user), ms(sys), gc, path)
		os.Exit(0) // not Quit: a measurement needs no tidy end (and glfw may crash on one)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// writeAllocs writes the profile of what the start allocated (sampled at
// the runtime's default rate), for go tool pprof -sample_index=alloc_space.
// It collects first: the profile holds what the last collection saw.
func writeAllocs(path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "argmap:", err)
	}
}

// gcFigures says what the garbage collector cost so far: the bytes
// allocated, its cycles and the runtime's estimate of its CPU time.
func gcFigures() string {
	s := []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
	}
	metrics.Read(s)
	var v [3]float64
	for i, x := range s {
		switch x.Value.Kind() {
		case metrics.KindUint64:
			v[i] = float64(x.Value.Uint64())
		case metrics.KindFloat64:
			v[i] = x.Value.Float64()
		}
	}
	return fmt.Sprintf("GC %.0f ms CPU, %.0f cycles, %.0f MB allocated", v[2]*1000, v[1], v[0]/(1<<20))
}
