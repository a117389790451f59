package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
)

// BenchmarkRouteSearch is the work of drawRoutes on a 20,000-claim map as
// `argmap gen` writes it (laid out with estimated card sizes, "laid") and
// on its grid by depth (-layout=false, "grid"), with the canvas's card
// sizes: the check it makes first (layout.MayBeDrawn, which says no to
// both) against the layout it ran on them before (Draw, which found no
// route). One run of each, so that the ratio is of one run:
//
//	go test -run - -bench RouteSearch -benchtime 1x ./app
func BenchmarkRouteSearch(b *testing.B) {
	for _, tc := range []struct {
		name string
		laid bool
	}{{"laid", true}, {"grid", false}} {
		m := gen.Tree(20000, 1)
		if tc.laid {
			ed, _ := layout.TidyRoutes(m, layout.EstimateSize(m), layout.Options{})
			if err := ed.Apply(m); err != nil {
				b.Fatal(err)
			}
		}
		w := test.NewTempApp(b).NewWindow("bench")
		w.Resize(fyne.NewSize(1600, 1000))
		e := NewEditor(test.NewTempApp(b), w, testFormats())
		e.SetMap(m, "", nil)
		sizes := make(map[argmap.ID][2]float64, len(m.Claims))
		for _, c := range m.Claims {
			w, h := e.cardSize(c.ID)
			sizes[c.ID] = [2]float64{w, h}
		}
		size := func(id argmap.ID) (float64, float64) { s := sizes[id]; return s[0], s[1] }
		b.Run(tc.name+"/precheck", func(b *testing.B) {
			for b.Loop() {
				if layout.MayBeDrawn(m, size, layout.Options{}) {
					b.Fatal("MayBeDrawn says yes")
				}
			}
		})
		b.Run(tc.name+"/draw", func(b *testing.B) {
			for b.Loop() {
				d := layout.Draw(m.Clone(), size, layout.Options{Aspect: cardsAspect(e.View().Scene())})
				if n := len(sceneRoutes(d.Routes, m)); n != 0 {
					b.Logf("Draw keeps %d routes", n)
				}
			}
		})
	}
}
