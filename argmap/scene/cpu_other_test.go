//go:build !unix

package scene

// cpuTime is not measured here; see cpu_unix_test.go.
func cpuTime() float64 { return 0 }
