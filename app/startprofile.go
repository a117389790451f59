package app

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"fyne.io/fyne/v2"
)

// startProfileEnv names a file: when it is set, the app writes a CPU
// profile of its start, from the first line of Main to the shown window
// (the first fit of the map done), prints the CPU time that took to
// standard error, and quits. It is for measuring (issue 16), not for users:
//
//	ARGMAP_START_PROFILE=start.prof DISPLAY=:97 argmap big.argmap.json
//	go tool pprof -top argmap start.prof
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
		fmt.Fprintf(os.Stderr, "argmap: start to window: %.0f ms CPU (user %.0f, system %.0f); profile in %s\n",
			ms(user+sys), ms(user), ms(sys), path)
		os.Exit(0) // not Quit: a measurement needs no tidy end (and glfw may crash on one)
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
