package mapview

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
)

// benchView shows a generated tree of n claims in a 1600×1000 window at
// zoom 1, centred on the root.
func benchView(b *testing.B, n int) (*View, *argmap.Map) {
	test.NewTempApp(b)
	m := gen.Tree(n, 1)
	v := New()
	w := test.NewTempWindow(b, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1600, 1000))
	v.SetMap(m)
	root := v.Scene().Card(m.Claims[0].ID).Box.Center()
	v.tr = scene.Transform{Zoom: 1, Origin: scene.Point{X: root.X - 800, Y: root.Y - 100}}
	// Count the objects a fresh renderer makes for this viewport.
	v.r.cards, v.r.edges, v.r.created = map[argmap.ID]*cardObjs{}, map[argmap.ID]*edgeObjs{}, 0
	v.redraw()
	// Collect the garbage of building the scene now, so that the timed
	// steps do not pay for the set-up's collection (a steady drag has none).
	runtime.GC()
	return v, m
}

// BenchmarkSceneBuildFyne builds the scene with Fyne's text sizes, as the
// view does after every edit (with the roles the document holds, worked
// out before): with the view's Measure, with the same
// measurer shaping every ASCII text rather than summing its runes and
// pairs ("shaped", the way before the sums) and with plain
// fyne.MeasureText (the peer), each cold (as on opening a map: no size
// measured yet, Fyne's caches reset too) and warm (sizes measured before).
func BenchmarkSceneBuildFyne(b *testing.B) {
	shaped := &textMeasurer{plainShaping: true}
	for _, n := range []int{5000, 20000} {
		for _, mc := range []struct {
			name string
			ms   scene.Measure
		}{{"cached", Measure}, {"shaped", shaped.measure}, {"fyne", MeasureFyne}} {
			for _, cold := range []bool{true, false} {
				name := fmt.Sprintf("%d/%s/warm", n, mc.name)
				if cold {
					name = fmt.Sprintf("%d/%s/cold", n, mc.name)
				}
				b.Run(name, func(b *testing.B) {
					test.NewTempApp(b)
					m := gen.Tree(n, 1)
					opt := scene.Options{Roles: scene.FixedRoles(m.Roles())}
					scene.Build(m, mc.ms, opt)
					for b.Loop() {
						if cold {
							b.StopTimer()
							test.NewTempApp(b) // resets Fyne's size cache
							measurer.reset()
							shaped.reset()
							b.StartTimer()
						}
						scene.Build(m, mc.ms, opt)
					}
				})
			}
		}
	}
}

// BenchmarkSceneRebuildFyne rebuilds with the view's wrap cache, as after
// an edit that changed one card.
func BenchmarkSceneRebuildFyne(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			v, m := benchView(b, n)
			v.SetRoles(scene.FixedRoles(m.Roles())) // as the editor gives the document's
			for b.Loop() {
				scene.Build(m, Measure, v.opt)
			}
		})
	}
}

// BenchmarkDragStep is the work of one pointer move while dragging the
// root card: move it in the scene, re-route its edges, re-place the
// visible canvas objects. 20,000 claims cost about what 1,000 do (the
// spatial index finds what is visible).
func BenchmarkDragStep(b *testing.B) {
	for _, tc := range []struct {
		n    int
		zoom float64
	}{{1000, 1}, {20000, 1}, {5000, MinZoom}} {
		b.Run(fmt.Sprintf("%d/zoom%v", tc.n, tc.zoom), func(b *testing.B) {
			v, m := benchView(b, tc.n)
			if tc.zoom != 1 {
				v.zoomAt(tc.zoom, scene.Point{X: 800, Y: 100})
			}
			created := v.r.created
			at := v.tr.ToScreen(v.Scene().Card(m.Claims[0].ID).Box.Center())
			p := fyne.NewPos(float32(at.X), float32(at.Y))
			v.MouseDown(mouse(p))
			d := float32(1)
			for b.Loop() {
				d = -d
				p = p.Add(fyne.NewPos(d, 1))
				v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(d, 1)})
			}
			b.StopTimer()
			v.DragEnd()
			cs, es := v.Scene().Visible(v.viewport())
			b.ReportMetric(float64(len(v.r.Objects())), "objects")
			b.ReportMetric(float64(created), "created")
			b.ReportMetric(float64(len(cs)), "cards")
			b.ReportMetric(float64(len(es)), "edges")
		})
	}
}

// BenchmarkZoomStep is one Ctrl+wheel notch at the pointer, in and out.
// With the spatial index its cost follows what is on screen: 20,000
// claims cost about what 1,000 do.
func BenchmarkZoomStep(b *testing.B) {
	for _, n := range []int{1000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			v, _ := benchView(b, n)
			at := scene.Point{X: 800, Y: 300}
			in := true
			for b.Loop() {
				z := v.tr.Zoom * 1.1
				if !in {
					z = v.tr.Zoom / 1.1
				}
				in = !in
				v.zoomAt(z, at)
			}
			b.ReportMetric(float64(len(v.r.Objects())), "objects")
		})
	}
}

// BenchmarkTypeInClaim is the canvas's share of one keystroke in a claim's
// text on a big map: Refresh rebuilds the scene, RefreshCard updates the
// one card.
func BenchmarkTypeInClaim(b *testing.B) {
	for _, way := range []string{"Refresh", "RefreshCard"} {
		b.Run(way+"/5000", func(b *testing.B) {
			v, m := benchView(b, 5000)
			c := m.Claims[0]
			base, i := c.Text, 0
			for b.Loop() {
				i++
				c.Text = base + " " + strings.Repeat("x", i%50)
				if way == "Refresh" {
					v.Refresh()
				} else {
					v.RefreshCard(c.ID)
				}
			}
		})
	}
}
