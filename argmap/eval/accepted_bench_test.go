package eval_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkEvaluateSuggestions compares, in one run, the evaluation of a
// map of 10,000 claims without suggestions and with 1% of its arguments
// pending (evaluated as its Accepted view): cold (Evaluate, which builds
// the view each time), by an Evaluator after an edit of an assessment
// (which keeps the view until the structure changes), and the question
// whether a map has suggestions alone.
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
	b.Run("none/evaluator", func(b *testing.B) { benchAssess(b, plain) })
	b.Run("1%-pending/evaluator", func(b *testing.B) { benchAssess(b, pending) })
	b.Run("HasPending", func(b *testing.B) {
		for range b.N {
			plain.HasPending()
		}
	})
}
