package argmap_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkEvaluateSuggestions compares, in one run, the evaluation of a
// map of 10,000 claims without suggestions (the cost of asking whether it
// has any) and with 1% of its arguments pending (the accepted view is
// built each time), and the question alone.
func BenchmarkEvaluateSuggestions(b *testing.B) {
	plain := gen.Tree(10000, 1)
	pending := gen.Tree(10000, 1)
	for i, a := range pending.Arguments {
		if i%100 == 0 {
			a.Proposal = &argmap.Proposal{By: "suggester"}
		}
	}
	b.Run("none", func(b *testing.B) {
		for range b.N {
			eval.Evaluate(plain)
		}
	})
	b.Run("1%-pending", func(b *testing.B) {
		for range b.N {
			eval.Evaluate(pending)
		}
	})
	b.Run("HasPending", func(b *testing.B) {
		for range b.N {
			plain.HasPending()
		}
	})
}
