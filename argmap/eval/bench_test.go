package eval_test

import (
	"context"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/eval"
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
// 20,000 claims by a warm Evaluator that reads every claim again and
// labels every node (eval.RelabelAll: more than a change of assessment can
// cost it), set against BenchmarkFloorReadTree20000 (goal: under 1 ms, and
// within 1.5× of it). BenchmarkEvaluateSolveTree20000 labels without
// reading, as Labels does after a change that reaches most of the map,
// against BenchmarkFloorTree20000.
func BenchmarkEvaluateTree20000(b *testing.B) { benchRelabel(b, gen.Tree(20000, 1), true) }

func BenchmarkEvaluateSolveTree20000(b *testing.B) { benchRelabel(b, gen.Tree(20000, 1), false) }

// BenchmarkEvaluateAF100000 and BenchmarkEvaluateSolveAF100000: the same
// on a random framework of 100,000 arguments and ~150,000 attacks, against
// BenchmarkFloorReadAF100000 and BenchmarkFloorAF100000 (goal: under
// 10 ms, and within 1.5× of the floor).
func BenchmarkEvaluateAF100000(b *testing.B) {
	benchRelabel(b, randomAF(100000, 1).ToMap(""), true)
}

func BenchmarkEvaluateSolveAF100000(b *testing.B) {
	benchRelabel(b, randomAF(100000, 1).ToMap(""), false)
}

func benchRelabel(b *testing.B, m *argmap.Map, read bool) {
	ev := eval.New(m)
	ev.Labels()
	b.ResetTimer()
	loop(b, func() { eval.RelabelAll(ev, read) })
}

// BenchmarkEvaluatorAssessTree20000 and BenchmarkEvaluatorAssessAF100000
// time what the editor does after an edit of an assessment: the edit (done
// or undone, on a claim picked at random each time) reported to the
// Evaluator, then Labels. In the tree only the claims above the edited one
// are labelled again; in the random framework a change reaches most of
// the map and Labels labels every node.
func BenchmarkEvaluatorAssessTree20000(b *testing.B) {
	benchAssess(b, gen.Tree(20000, 1))
}

func BenchmarkEvaluatorAssessAF100000(b *testing.B) {
	benchAssess(b, randomAF(100000, 1).ToMap(""))
}

func benchAssess(b *testing.B, m *argmap.Map) {
	h := argmap.NewHistory(m)
	ev := eval.New(m)
	h.OnChange = ev.Apply
	ev.Labels()
	r := rand.New(rand.NewPCG(3, 4))
	b.ResetTimer()
	loop(b, func() {
		if h.CanUndo() {
			h.Undo()
		} else if err := h.Do(argmap.Assess(m.Claims[r.IntN(len(m.Claims))].ID, argmap.Rejected)); err != nil {
			b.Fatal(err)
		}
		ev.Labels()
	})
}

// BenchmarkReasonsTree20000: every claim's reason, as `eval -json` asks.
func BenchmarkReasonsTree20000(b *testing.B) {
	m := gen.Tree(20000, 1)
	b.ResetTimer()
	loop(b, func() {
		l := eval.Evaluate(m)
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

// BenchmarkEvaluatorObjectTree20000 times a change of structure: an
// objection (a new claim and a con argument from it) added to a claim
// picked at random, or that addition undone, then Labels. Items added at
// the ends of the lists, or taken off them, keep the numbering of the
// rest: compare BenchmarkEvaluateColdTree20000, which numbers the map from
// its IDs.
func BenchmarkEvaluatorObjectTree20000(b *testing.B) {
	m := gen.Tree(20000, 1)
	h := argmap.NewHistory(m)
	ev := eval.New(m)
	h.OnChange = ev.Apply
	ev.Labels()
	r := rand.New(rand.NewPCG(5, 6))
	ids := argmap.DeterministicIDs("objections")
	b.ResetTimer()
	loop(b, func() {
		if h.CanUndo() {
			h.Undo()
		} else {
			c := &argmap.Claim{ID: ids.New(), Text: "an objection"}
			a := &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{c.ID},
				Target: m.Claims[r.IntN(len(m.Claims))].ID, Polarity: argmap.Con}
			if err := h.Do(argmap.Batch("Object", argmap.AddClaim(c), argmap.AddArgument(a))); err != nil {
				b.Fatal(err)
			}
		}
		ev.Labels()
	})
}
