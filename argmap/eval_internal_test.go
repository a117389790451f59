package argmap

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// treeMap is a small stand-in for gen.Tree (which this package cannot
// import): n claims in a random tree, every claim but the root a premise
// of a pro (85%) or con argument on its parent.
func treeMap(n int) *Map {
	r := rand.New(rand.NewPCG(1, 2))
	ids := DeterministicIDs(fmt.Sprint("tree", n))
	m := New("tree")
	for i := 0; i < n; i++ {
		m.Claims = append(m.Claims, &Claim{ID: ids(), Text: fmt.Sprint("c", i)})
		if i == 0 {
			continue
		}
		pol := Pro
		if r.IntN(100) < 15 {
			pol = Con
		}
		m.Arguments = append(m.Arguments, &Argument{ID: ids(), Premises: []ID{m.Claims[i].ID},
			Target: m.Claims[r.IntN(i)].ID, Polarity: pol})
	}
	m.Reindex()
	return m
}

// BenchmarkSolveTree20000 times the worklist alone, on a graph already
// built: what Evaluate costs beyond reading the map's IDs.
func BenchmarkSolveTree20000(b *testing.B) {
	g := buildEvalGraph(treeMap(20000))
	claims, args := append([]claimNode(nil), g.claims...), append([]argNode(nil), g.args...)
	labels := make([]Label, g.n())
	for b.Loop() {
		copy(g.claims, claims)
		copy(g.args, args)
		clear(labels)
		g.solve(labels)
	}
}

// BenchmarkBuildTree20000 times reading the map into the graph.
func BenchmarkBuildTree20000(b *testing.B) {
	m := treeMap(20000)
	for b.Loop() {
		buildEvalGraph(m)
	}
}
