package scene

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
)

// The cache gives what Wrap gives, the first time (kept in its room) and
// the next (found again), after reserve too; the lines of one text are
// capped, so that appending to them cannot overwrite another's.
func TestCacheWrapIsWrap(t *testing.T) {
	texts := []string{
		"", "one", "a few words that wrap across lines of a card",
		"line one\nline two\n\n", "averyveryverylongwordthatmustbecutbyrunes and more",
		"  spaced\t out  words ", "Ünïcödé wörds wrap tôo, don't they?",
	}
	for _, reserve := range []int{0, 1000} {
		t.Run(fmt.Sprint("reserve ", reserve), func(t *testing.T) {
			c := NewCache()
			c.reserve(reserve)
			var got [][]string
			for round := range 2 {
				for i, s := range texts {
					l := c.Wrap(s, 60, 9, false, Mono)
					if want := Wrap(s, 60, 9, false, Mono); !slices.Equal(l, want) {
						t.Errorf("round %d: Cache.Wrap(%q) = %q, want %q", round, s, l, want)
					}
					if round == 0 {
						got = append(got, l)
					} else if !slices.Equal(l, got[i]) {
						t.Errorf("round %d: %q changed: %q, was %q", round, s, l, got[i])
					}
				}
			}
			_ = append(got[1], "spoiler") // the first text's room ends here
			if l := c.Wrap(texts[2], 60, 9, false, Mono); !slices.Equal(l, Wrap(texts[2], 60, 9, false, Mono)) {
				t.Errorf("an append to one text's lines changed the next's: %q", l)
			}
		})
	}
}

// A build with the view's cache lays out the same cards as one without,
// on a first build (the cache empty, as on opening a map) and a second.
func TestBuildWithCacheIsBuild(t *testing.T) {
	m := gen.Tree(500, 1)
	want := Build(m, Mono, Options{})
	c := NewCache()
	for round := range 2 {
		got := Build(m, Mono, Options{Cache: c})
		if !reflect.DeepEqual(got.Cards, want.Cards) {
			t.Fatalf("round %d: the cards differ with the cache", round)
		}
	}
}

// BenchmarkBuildFirst is the first build of a view's scene, as on opening
// a map: the view's wrap cache empty; of a generated tree of 20,000
// claims as generated (on a coarse grid) and tidied (as argmap-cli gen
// writes it: packed to a window's shape).
func BenchmarkBuildFirst(b *testing.B) {
	m := gen.Tree(20000, 1)
	tidied := m.Clone()
	edit, _ := layout.TidyRoutes(tidied, layout.EstimateSize(tidied), layout.Options{})
	if err := edit.Apply(tidied); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    *argmap.Map
	}{{"generated", m}, {"tidied", tidied}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				Build(tc.m, Mono, Options{Cache: NewCache()})
			}
			if t := cpuTime(); t > 0 { // beside the wall time, which a busy machine inflates
				b.ReportMetric((t-start)*1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}
