package render

import (
	"bytes"
	"fmt"
	"image/png"
	"sync"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// benchMap returns the maps the export benchmarks draw, each made once:
// "sample", or a generated map of that many claims laid out as `argmap
// gen` lays it out.
var benchMap = func() func(b *testing.B, name string) *argmap.Map {
	var mu sync.Mutex
	made := map[string]*argmap.Map{}
	return func(b *testing.B, name string) *argmap.Map {
		b.Helper()
		mu.Lock()
		defer mu.Unlock()
		if m := made[name]; m != nil {
			return m
		}
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
		made[name] = m
		return m
	}
}()

var benchSizes = []string{"sample", "2000", "20000"}

// BenchmarkExport is what File › Export and `argmap export -f svg|png`
// do: evaluate, build the scene, draw and encode. The 20,000-claim PNG
// is drawn smaller to stay within MaxPixels, and drawn band by band, so
// its memory is bounded (B/op counts every allocation, not the peak).
func BenchmarkExport(b *testing.B) {
	set := testFormats()
	for _, f := range []string{"svg", "png"} {
		enc := set.ByName(f).Encode
		for _, name := range benchSizes {
			b.Run(f+"/"+name, func(b *testing.B) {
				m := benchMap(b, name)
				b.ReportAllocs()
				var size int
				for b.Loop() {
					data, err := enc(m)
					if err != nil {
						b.Fatal(err)
					}
					size = len(data)
				}
				b.ReportMetric(float64(size), "bytes")
			})
		}
	}
}

// BenchmarkPNGEncode compares the PNG export's banded drawing and
// encoding with the standard encoder (at best speed) of the picture
// drawn whole, the way the export went before: same scene, same scale.
func BenchmarkPNGEncode(b *testing.B) {
	for _, name := range benchSizes[:2] {
		m := benchMap(b, name)
		st := Status(m)
		s, mk := Scene(m, st), ArgMarks(m, st)
		scale := fitScale(s, mk, ExportScale, MaxPixels)
		b.Run("whole+std/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				img, err := Image(s, mk, scale)
				if err != nil {
					b.Fatal(err)
				}
				var out bytes.Buffer
				if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&out, img); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(out.Len()), "bytes")
			}
		})
		b.Run("bands/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				out, err := PNG(s, mk, scale)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(len(out)), "bytes")
			}
		})
	}
}
