package flow_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/flow"
)

// bigRound is a policy round of n claims: a tenth of them new arguments,
// the rest answers to an earlier claim from a later speech.
func bigRound(b *testing.B, n int) *argmap.Map {
	b.Helper()
	ids := argmaptest.IDs("bench")
	m := argmap.New("big")
	r := argmap.NewRound(ids, "policy")
	if err := argmap.SetRound(r).Apply(m); err != nil {
		b.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		c := &argmap.Claim{ID: ids(), Text: fmt.Sprint("claim ", i)}
		var e argmap.Edit
		if i == 0 || rnd.IntN(10) == 0 {
			c.Speech = r.Speeches[rnd.IntN(2)].ID
			e = argmap.AddClaim(c)
		} else {
			to := m.Claims[rnd.IntN(len(m.Claims))]
			k := min(r.Index(to.Speech)+1+rnd.IntN(2), len(r.Speeches)-1)
			e = argmap.AddAnswer(c, r.Speeches[k].ID, &argmap.Argument{ID: ids(), Target: to.ID, Polarity: argmap.Con})
		}
		if err := e.Apply(m); err != nil {
			b.Fatal(err)
		}
	}
	return m
}

// BenchmarkFlow400 is what the flow view recomputes after an edit of a
// 400-claim round: the sheet, the dropped and the extended marks.
func BenchmarkFlow400(b *testing.B) {
	m := bigRound(b, 400)
	b.ResetTimer()
	for b.Loop() {
		flow.Layout(m)
		flow.Dropped(m)
		flow.Extended(m)
	}
}

// BenchmarkSummary400 is the decision summary of a 400-claim round (one
// evaluation per standing claim).
func BenchmarkSummary400(b *testing.B) {
	m := bigRound(b, 400)
	b.ResetTimer()
	for b.Loop() {
		flow.Summarize(m)
	}
}
