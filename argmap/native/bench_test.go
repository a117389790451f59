package native_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

// The goal on a 20,000-claim map: load and validate under 150 ms, save
// under 50 ms. Besides wall time each reports cpu-ns/op (see loop), which
// a busy shared machine distorts less.
const benchClaims = 20000

func benchData(b *testing.B) []byte {
	data, err := native.Encode(gen.Tree(benchClaims, 1))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkDecode(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	loop(b, func() {
		if _, err := native.Decode(data); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	m := gen.Tree(benchClaims, 1)
	loop(b, func() {
		if _, err := native.Encode(m); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkValidate(b *testing.B) {
	m := gen.Tree(benchClaims, 1)
	loop(b, func() { argmap.Validate(m) })
}

// BenchmarkLoad is what opening a file costs: decode, then validate.
func BenchmarkLoad(b *testing.B) {
	data := benchData(b)
	loop(b, func() {
		m, err := native.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		argmap.Validate(m)
	})
}

// BenchmarkDecodeFloorTyped is what BenchmarkDecode is measured against
// (issue 16: within 1.3×): goccy's Unmarshal of the same bytes into the
// typed wire structs, with none of Decode's checks.
func BenchmarkDecodeFloorTyped(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	loop(b, func() {
		if err := native.UnmarshalWireFloor(data); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkEncodeFloorGoccy is goccy's MarshalIndent of the wire structs
// of the same map (issue 16: Encode within 50 ms, about half of it).
func BenchmarkEncodeFloorGoccy(b *testing.B) {
	m := gen.Tree(benchClaims, 1)
	loop(b, func() {
		if _, err := native.MarshalWireFloor(m); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkCheckLimits is the check every opened file meets after its
// decoder (formats.Decode), on the same map.
func BenchmarkCheckLimits(b *testing.B) {
	m := gen.Tree(benchClaims, 1)
	loop(b, func() {
		if err := argmap.CheckLimits(m); err != nil {
			b.Fatal(err)
		}
	})
}

// cpuTime is the CPU time the process has used (user and system). The
// benchmarks report CPU time per operation beside wall time, because on a
// shared machine wall time mostly measures the other processes. (The same
// as the evaluation benchmarks'.)
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loop runs f b.N times and reports its CPU time per operation.
func loop(b *testing.B, f func()) {
	start := cpuTime()
	n := 0
	for b.Loop() {
		f()
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	}
}
