package layout

import (
	"fmt"
	"testing"

	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkLayout lays out generated maps of 1,000, 5,000 and 20,000
// claims (goals: under 100 ms, 1 s and 5 s). Run briefly:
//
//	go test -run - -bench Layout -benchtime 3x -benchmem ./argmap/layout
func BenchmarkLayout(b *testing.B) {
	for _, n := range []int{1000, 5000, 20000} {
		m := gen.Tree(n, 1)
		size := EstimateSize(m)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Layout(m, size, Options{})
			}
		})
	}
}

// BenchmarkPlaceNew places one claim in a laid-out map of 5,000.
func BenchmarkPlaceNew(b *testing.B) {
	m := gen.Tree(5000, 1)
	if err := Tidy(m, nil, Options{}).Apply(m); err != nil {
		b.Fatal(err)
	}
	id := m.Claims[len(m.Claims)-1].ID
	b.ReportAllocs()
	for b.Loop() {
		PlaceNew(m, id, nil)
	}
}
