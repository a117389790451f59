package semantics

import (
	"context"
	"math/rand/v2"
	"testing"
)

// BenchmarkPreferredRandomAF300 searches random frameworks of 300
// arguments with 3 and 5 attacks per argument: far denser than argument
// maps, whose claims have one or two attackers.
func BenchmarkPreferredRandomAF300(b *testing.B) {
	for _, dens := range []int{3, 5} {
		r := rand.New(rand.NewPCG(uint64(dens), 7))
		var att [][2]int32
		for k := 0; k < 300*dens; k++ {
			att = append(att, [2]int32{int32(r.IntN(300)), int32(r.IntN(300))})
		}
		f := NewFramework(300, att)
		b.Run(map[int]string{3: "density3", 5: "density5"}[dens], func(b *testing.B) {
			for b.Loop() {
				if !f.Preferred(context.Background(), Options{MaxNodes: 10_000_000}).Complete {
					b.Fatal("stopped early")
				}
			}
		})
	}
}
