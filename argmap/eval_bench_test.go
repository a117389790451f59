package argmap_test

import (
	"context"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/semantics"
)

// randomAF returns a framework of n arguments and about 1.5n random
// attacks, the same for the same seed.
func randomAF(n int, seed uint64) *af.AF {
	r := rand.New(rand.NewPCG(seed, 1))
	f := &af.AF{Names: make([]string, n)}
	for i := range f.Names {
		f.Names[i] = "a"
	}
	for k := 0; k < n*3/2; k++ {
		a, b := r.IntN(n), r.IntN(n)
		if a != b {
			f.Attacks = append(f.Attacks, [2]int32{int32(a), int32(b)})
		}
	}
	return f
}

// cpuTime is the CPU time the process has used (user and system). The
// benchmarks report CPU time per operation beside wall time, because on a
// shared machine wall time mostly measures the other processes.
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

// BenchmarkEvaluateTree20000: the grounded labelling of a generated map of
// 20,000 claims, warm (the map's memo filled by a first evaluation), as
// after an edit that kept the graph's shape (goal: under 1 ms, and within
// 1.5× BenchmarkFloorReadTree20000).
func BenchmarkEvaluateTree20000(b *testing.B) {
	m := gen.Tree(20000, 1)
	argmap.Evaluate(m)
	b.ResetTimer()
	loop(b, func() { argmap.Evaluate(m) })
}

// BenchmarkEvaluateAF100000: the grounded labelling of a random framework
// of 100,000 arguments and ~150,000 attacks, warm (goal: under 10 ms, and
// within 1.5× BenchmarkFloorReadAF100000).
func BenchmarkEvaluateAF100000(b *testing.B) {
	m := randomAF(100000, 1).ToMap("")
	argmap.Evaluate(m)
	b.ResetTimer()
	loop(b, func() { argmap.Evaluate(m) })
}

// BenchmarkReasonsTree20000: every claim's reason, as `eval -json` asks.
func BenchmarkReasonsTree20000(b *testing.B) {
	m := gen.Tree(20000, 1)
	b.ResetTimer()
	loop(b, func() {
		l := argmap.Evaluate(m)
		for _, c := range m.Claims {
			l.Reason(c.ID)
		}
	})
}

// BenchmarkPreferredTree300: preferred semantics on a generated map of 300
// claims, and on a random framework of 300 arguments.
func BenchmarkPreferredTree300(b *testing.B) {
	m := gen.Tree(300, 1)
	b.ResetTimer()
	loop(b, func() { semantics.Preferred(context.Background(), m, semantics.Options{}) })
}

func BenchmarkPreferredAF300(b *testing.B) {
	m := randomAF(300, 2).ToMap("")
	b.ResetTimer()
	loop(b, func() {
		if r := semantics.Preferred(context.Background(), m, semantics.Options{MaxNodes: 1_000_000}); !r.Complete {
			b.Fatal("stopped early")
		}
	})
}
