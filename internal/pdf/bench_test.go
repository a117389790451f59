package pdf

import (
	"fmt"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// BenchmarkMapPDF is `argmap export -f pdf` (the map pages and the
// outline) of the sample and of generated maps laid out as `argmap gen`
// lays them out.
func BenchmarkMapPDF(b *testing.B) {
	for _, name := range []string{"sample", "2000", "20000"} {
		b.Run(name, func(b *testing.B) {
			var m *argmap.Map
			if name == "sample" {
				var err error
				if m, err = native.Decode(assets.SampleMap); err != nil {
					b.Fatal(err)
				}
			} else {
				var n int
				fmt.Sscan(name, &n)
				m = gen.Tree(n, 1)
				edit, _ := layout.TidyRoutes(m, layout.EstimateSize(m), layout.Options{})
				if err := edit.Apply(m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			var size int
			for b.Loop() {
				data, err := Map(m, Options{})
				if err != nil {
					b.Fatal(err)
				}
				size = len(data)
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}
