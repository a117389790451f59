//go:build unix

package scene

import "syscall"

// cpuTime is the CPU time this process has used, in seconds: benchmarks
// report it beside the wall time, which a busy machine inflates.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
