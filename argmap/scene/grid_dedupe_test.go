package scene

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKeySetDedupe: the index's dedupe keeps each key once, the first of
// each in order, for few keys (the hash set) and many (sorting), across
// generations of the set (no key of an earlier item leaks into the next).
func TestKeySetDedupe(t *testing.T) {
	t.Parallel()
	var ks keySet
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 2000 {
		n, spread := r.IntN(200), 9
		if round%10 == 0 { // up to the most an item collects, and past it
			n, spread = r.IntN(3000), 60
		}
		keys := make([]cellKey, n)
		for i := range keys {
			// Few distinct values, so that most are repeats; the corners
			// of the key space too (0 and the largest).
			switch r.IntN(10) {
			case 0:
				keys[i] = 0
			case 1:
				keys[i] = ^cellKey(0)
			default:
				keys[i] = keyOf(int32(r.IntN(spread)-spread/2), int32(r.IntN(spread)-spread/2))
			}
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		want = slices.Compact(want)
		got := ks.dedupe(slices.Clone(keys))
		sorted := slices.Clone(got)
		slices.Sort(sorted)
		if !slices.Equal(sorted, want) || len(got) != len(want) {
			t.Fatalf("round %d: dedupe of %d keys gave %d, want the %d distinct", round, n, len(got), len(want))
		}
	}
}
