package document

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
)

// BenchmarkAssess is the evaluation's share of one edit of logic (an
// assessment toggled on a leaf) on a 20,000-claim map: "document" is what
// the editor does now (the document's Evaluator labels again what the
// edit touched, and the labelling itself is the canvas's badge source);
// "rebuild" is what it did before (the roles, a cold evaluation, then a
// map of badges built for every claim and argument). Both recompute the
// roles, which dominate.
func BenchmarkAssess(b *testing.B) {
	m := gen.Tree(20000, 1)
	leaf := m.Claims[len(m.Claims)-1].ID
	as := [2]argmap.Assessment{argmap.Rejected, argmap.Unassessed}
	b.Run("document", func(b *testing.B) {
		d := New(m.Clone(), "", nil)
		var l scene.Labels
		for i := 0; i < b.N; i++ {
			if err := d.Do(argmap.Assess(leaf, as[i%2])); err != nil {
				b.Fatal(err)
			}
			l = d.Labels()
		}
		_ = l
	})
	b.Run("rebuild", func(b *testing.B) {
		m := m.Clone()
		h := argmap.NewHistory(m)
		for i := 0; i < b.N; i++ {
			if err := h.Do(argmap.Assess(leaf, as[i%2])); err != nil {
				b.Fatal(err)
			}
			_ = m.Roles()
			ls := eval.Evaluate(m)
			st := make(scene.Badges, len(m.Claims)+len(m.Arguments))
			for _, c := range m.Claims {
				st[c.ID] = ls.Label(c.ID)
			}
			for _, a := range m.Arguments {
				st[a.ID] = ls.Label(a.ID)
			}
		}
	})
}
