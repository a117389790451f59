package scene_test

import (
	"fmt"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
)

// sizes are the generated maps of the big-map benchmarks.
var sizes = []int{1000, 5000, 20000}

// BenchmarkOpen is the work of opening a saved map before the first frame:
// decode, validate, evaluate, and build the first scene (with the pure
// monospace measure; mapview's BenchmarkSceneBuildFyne measures with
// Fyne's fonts). Goal: under 300 ms for 20,000 claims with saved positions.
func BenchmarkOpen(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			data, err := native.Encode(gen.Tree(n, 1))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				m, err := native.Decode(data)
				if err != nil {
					b.Fatal(err)
				}
				if ps := argmap.Validate(m); ps.HasErrors() {
					b.Fatal(ps.Err())
				}
				eval.Evaluate(m)
				scene.Build(m, scene.Mono, scene.Options{})
			}
		})
	}
}

// BenchmarkSearch is one keystroke in the Find dialog: a word that occurs
// in many claims, and one that occurs in none (the whole map is read).
// Goal: under 20 ms for 20,000 claims.
func BenchmarkSearch(b *testing.B) {
	for _, n := range sizes {
		m := gen.Tree(n, 1)
		for _, q := range []string{"Security Pact", "nowhere"} {
			b.Run(fmt.Sprintf("%d/%s", n, q), func(b *testing.B) {
				for b.Loop() {
					argmap.Search(m, q)
				}
			})
		}
	}
}

// BenchmarkNeighbourhood is focusing on the root claim, 2 steps around,
// and collapsing it (its branch is the whole map).
func BenchmarkNeighbourhood(b *testing.B) {
	for _, n := range sizes {
		m := gen.Tree(n, 1)
		root := m.Claims[0].ID
		b.Run(fmt.Sprintf("%d/focus", n), func(b *testing.B) {
			for b.Loop() {
				argmap.Neighbourhood(m, root, 2)
			}
		})
		b.Run(fmt.Sprintf("%d/branch", n), func(b *testing.B) {
			for b.Loop() {
				argmap.Branch(m, root)
			}
		})
	}
}
