package semantics

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/argmap/argmap/internal/shared"
)

// randomAF has n arguments and n*dens attacks drawn uniformly.
func randomAF(n, dens int, seed uint64) *Framework {
	r := rand.New(rand.NewPCG(seed, 7))
	var att [][2]int32
	for k := 0; k < n*dens; k++ {
		att = append(att, [2]int32{int32(r.IntN(n)), int32(r.IntN(n))})
	}
	return NewFramework(n, att)
}

// wattsStrogatzAF builds a framework the way AFBenchGen2 builds its "WS"
// family (ICCMA 2019's A-2-WS_n_k_beta_cycles): a ring lattice of n nodes,
// each joined to its k nearest neighbours, each edge rewired to a random
// node with probability beta, then each edge made a mutual attack with
// probability cycles and otherwise an attack in a random direction. The
// ICCMA file itself is not in the corpus; this is the same family.
func wattsStrogatzAF(n, k int, beta, cycles float64, seed uint64) *Framework {
	r := rand.New(rand.NewPCG(seed, 11))
	var att [][2]int32
	for i := 0; i < n; i++ {
		for d := 1; d <= k/2; d++ {
			a, b := i, (i+d)%n
			if r.Float64() < beta {
				for b = r.IntN(n); b == a; b = r.IntN(n) {
				}
			}
			switch {
			case r.Float64() < cycles:
				att = append(att, [2]int32{int32(a), int32(b)}, [2]int32{int32(b), int32(a)})
			case r.IntN(2) == 0:
				att = append(att, [2]int32{int32(a), int32(b)})
			default:
				att = append(att, [2]int32{int32(b), int32(a)})
			}
		}
	}
	return NewFramework(n, att)
}

// methods names the searches compared side by side: "labelling" is the
// search alone (the only one before the SAT-based search came), "sat" the
// SAT-based one alone, "hybrid" both taking turns on the whole framework
// (what Preferred ran before the decomposition), "scc-sat" the
// decomposition with the SAT-based search on each component, "auto" what
// Preferred runs.
var methods = []struct {
	name string
	m    method
}{{"labelling", methodLabelling}, {"sat", methodSAT}, {"hybrid", methodHybrid}, {"scc-sat", methodSCCSAT}, {"auto", methodAuto}}

// benchPreferred runs each search on f, bounded by a minute so that a
// search that cannot finish says so rather than hang.
func benchPreferred(b *testing.B, f *Framework) { benchPreferredFor(b, f, time.Minute, false) }

// benchPreferredFor runs each search on f, bounded by limit. A search
// that stops early is skipped, or with partial reports what it found by
// then. Besides wall time it reports CPU time (cpu-ns/op: user and system
// time of the process), steadier on a shared machine.
func benchPreferredFor(b *testing.B, f *Framework, limit time.Duration, partial bool) {
	for _, m := range methods {
		b.Run(m.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				ctx, cancel := context.WithTimeout(context.Background(), limit)
				ext := f.preferred(ctx, Options{MaxNodes: 100_000_000}, m.m)
				cancel()
				if !ext.Complete && !partial {
					b.Skipf("stopped early with %d extensions, %d nodes", len(ext.Sets), ext.Nodes)
				}
				b.ReportMetric(float64(len(ext.Sets)), "extensions")
				b.ReportMetric(float64(ext.Nodes), "nodes")
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the user and system time of the process so far, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkPreferredRandomAF300 searches random frameworks of 300
// arguments with 3 and 5 attacks per argument: far denser than argument
// maps, whose claims have one or two attackers.
func BenchmarkPreferredRandomAF300(b *testing.B) {
	for _, dens := range []int{3, 5} {
		f := randomAF(300, dens, uint64(dens))
		b.Run(map[int]string{3: "density3", 5: "density5"}[dens], func(b *testing.B) { benchPreferred(b, f) })
	}
}

// BenchmarkPreferredWS300 searches a framework of the family of ICCMA's
// A-2-WS_300_16_90_30, without mutual attacks ("acyclic-pairs": one
// preferred extension, of 56 arguments, hard to find), and with the 30% of
// the name ("cycles30"), which has thousands of preferred extensions, far
// more than the ICCMA instance.
func BenchmarkPreferredWS300(b *testing.B) {
	b.Run("acyclic-pairs", func(b *testing.B) {
		benchPreferredFor(b, wattsStrogatzAF(300, 16, 0.90, 0, 1), 3*time.Minute, false)
	})
	// No search finishes this one: the figure is how many extensions
	// each finds in 20 seconds.
	b.Run("cycles30-20s", func(b *testing.B) {
		benchPreferredFor(b, wattsStrogatzAF(300, 16, 0.90, 0.30, 1), 20*time.Second, true)
	})
}

// BenchmarkPreferredCorpus searches each framework of the ICCMA corpus
// (one file per instance name).
func BenchmarkPreferredCorpus(b *testing.B) {
	shared.Path(b, "corpus/af-iccma")
	paths, _ := filepath.Glob(filepath.Join(corpus, "instances", "*"))
	seen := map[string]bool{}
	for _, p := range paths {
		ext := strings.ToLower(filepath.Ext(p))
		name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		if (ext != ".apx" && ext != ".tgf" && ext != ".af" && ext != ".i23") || seen[name] {
			continue
		}
		seen[name] = true
		a := load(b, p)
		f := Reduce(a.ToMap("")).Framework
		b.Run(name, func(b *testing.B) { benchPreferred(b, f) })
	}
}

// clusteredAF has k clusters of size nodes, each a random framework of
// density dens, and one attack from each cluster to the next: sparse
// between, dense within, as argument maps with local debates are.
func clusteredAF(k, size, dens int, seed uint64) *Framework {
	r := rand.New(rand.NewPCG(seed, 13))
	var att [][2]int32
	for c := 0; c < k; c++ {
		base := c * size
		for e := 0; e < size*dens; e++ {
			att = append(att, [2]int32{int32(base + r.IntN(size)), int32(base + r.IntN(size))})
		}
		if c > 0 {
			att = append(att, [2]int32{int32(base - size + r.IntN(size)), int32(base + r.IntN(size))})
		}
	}
	return NewFramework(k*size, att)
}

// BenchmarkPreferredClusters searches 100 clusters of 12 arguments
// (density 3) joined in a chain, 12,288 extensions: where the
// decomposition pays (the searches of the whole framework do not finish
// in the 10 seconds given, and skip).
func BenchmarkPreferredClusters(b *testing.B) {
	benchPreferredFor(b, clusteredAF(100, 12, 3, 1), 10*time.Second, false)
}
