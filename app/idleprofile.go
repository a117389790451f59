package app

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"
)

// idleProfileEnv names a file: when it is set, the app waits
// idleWaitEnv (default 5s) once its window is up, for the start's
// leftovers (the routes' search) to finish, then writes a CPU profile of
// idleSpanEnv (default 20s) of doing nothing to FILE, prints the CPU time
// that cost per second to standard error and quits; the goroutines left
// then go to FILE.goroutines. It is for measuring
// what an idle window costs (issue 16; scripts/openbench -idle), not for
// users (FILE "-" measures without a profile):
//
//	ARGMAP_IDLE_PROFILE=idle.prof DISPLAY=:97 argmap big.argmap.json
//	go tool pprof -top argmap idle.prof
const (
	idleProfileEnv = "ARGMAP_IDLE_PROFILE"
	idleWaitEnv    = "ARGMAP_IDLE_WAIT"
	idleSpanEnv    = "ARGMAP_IDLE_SPAN"
)

// profileIdle starts, when asked, the goroutine that measures the idle
// window; call it once the window is up.
func profileIdle() {
	path := os.Getenv(idleProfileEnv)
	if path == "" {
		return
	}
	wait, span := envDuration(idleWaitEnv, 5*time.Second), envDuration(idleSpanEnv, 20*time.Second)
	go func() {
		time.Sleep(wait)
		if path == "-" {
			path = "" // the figure alone
		}
		perSecond, err := measureIdle(path, span)
		if err != nil {
			fmt.Fprintln(os.Stderr, "argmap:", err)
			os.Exit(1)
		}
		if path != "" {
			writeGoroutines(path + ".goroutines")
		}
		fmt.Fprintf(os.Stderr, "argmap: idle: %.2f ms CPU per second over %v; profile in %s\n", perSecond, span, path)
		os.Exit(0) // as the start profile: a measurement needs no tidy end
	}()
}

// measureIdle writes a CPU profile of the next span to path and returns
// the process's CPU time (user + system) over it, in milliseconds per
// second; with path "" it measures without a profile (whose own sampling
// costs a little). (scripts/openbench's peer does the same on its own).
func measureIdle(path string, span time.Duration) (float64, error) {
	var f *os.File
	if path != "" {
		var err error
		if f, err = os.Create(path); err != nil {
			return 0, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, err
		}
	}
	u0, s0 := processCPU()
	t0 := time.Now()
	time.Sleep(span)
	u1, s1 := processCPU()
	el := time.Since(t0)
	perSecond := ms(u1-u0+s1-s0) / el.Seconds()
	if f == nil {
		return perSecond, nil
	}
	pprof.StopCPUProfile()
	return perSecond, f.Close()
}

// envDuration reads a duration from the environment (def when unset or
// not a duration).
func envDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil && d > 0 {
		return d
	}
	return def
}

// writeGoroutines writes what goroutines there are, with their stacks:
// each is something that may wake an idle window.
func writeGoroutines(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("goroutine").WriteTo(f, 1)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "argmap:", err)
	}
}
