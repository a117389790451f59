package mapview

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
)

// drawnObjects describes every object the renderer places, in order, with
// what it draws, and the question markers it drew.
func drawnObjects(r *renderer) []string {
	var out []string
	for _, o := range r.objs {
		d := fmt.Sprintf("%p %T at %v size %v visible %v", o, o, o.Position(), o.Size(), o.Visible())
		switch o := o.(type) {
		case *canvas.Text:
			d += fmt.Sprintf(" %q %.2f %v", o.Text, o.TextSize, o.Color)
		case *canvas.Rectangle:
			d += fmt.Sprintf(" fill %v stroke %v %.2f", o.FillColor, o.StrokeColor, o.StrokeWidth)
		case *canvas.Line:
			d += fmt.Sprintf(" %v–%v %v %.2f", o.Position1, o.Position2, o.StrokeColor, o.StrokeWidth)
		}
		out = append(out, d)
	}
	var hits []string
	for _, h := range r.hits {
		hits = append(hits, fmt.Sprint(h))
	}
	slices.Sort(hits)
	return append(out, hits...)
}

// TestRefreshCardPlacesOnlyItsCard: after an edit of one card's text or
// colour, RefreshCard places that card's objects (and its links') again
// where they are, not every visible object, and the canvas shows what a
// full placing shows; an edit that changes which objects draw the card
// (a line more) places everything, as before.
func TestRefreshCardPlacesOnlyItsCard(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		name  string
		zoom  float64 // 0: the whole map
		edit  func(c *argmap.Claim)
		local bool
	}{
		{"text, near", 1, func(c *argmap.Claim) { c.Text = strings.Replace(c.Text, "C", "K", 1) }, true},
		{"text, whole map", 0, func(c *argmap.Claim) { c.Text += " and more" }, true},
		{"another colour, near", 1, func(c *argmap.Claim) { c.Color = "#cc3366" }, true},
		{"another colour, whole map", 0, func(c *argmap.Claim) { c.Color = "#cc3366" }, true},
		{"a first colour, near (a stripe more)", 1, func(c *argmap.Claim) { c.Color = "#cc3366" }, false},
		{"a text lines longer, near", 1, func(c *argmap.Claim) {
			c.Text += strings.Repeat(" a much longer text that wraps onto more lines", 4)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := gen.Tree(300, 1)
			if !strings.HasPrefix(tc.name, "a first") {
				m.Claims[0].Color = "#3366cc"
			}
			v := New()
			w := test.NewTempWindow(t, v)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(1600, 1000))
			v.SetMap(m)
			c := m.Claims[0]
			if tc.zoom == 0 {
				v.ZoomFit()
			} else {
				at := v.Scene().Card(c.ID).Box.Center()
				v.tr = scene.Transform{Zoom: tc.zoom, Origin: scene.Point{X: at.X - 800, Y: at.Y - 100}}
				v.redraw()
			}
			updates := v.r.updates
			tc.edit(c)
			v.RefreshCard(c.ID)
			if local := v.r.updates == updates; local != tc.local {
				t.Errorf("%d placings of every visible object, want local: %v", v.r.updates-updates, tc.local)
			}
			got := drawnObjects(v.r)
			v.r.update()
			want := drawnObjects(v.r)
			if !slices.Equal(got, want) {
				for i := range max(len(got), len(want)) {
					if i >= len(got) || i >= len(want) || got[i] != want[i] {
						t.Fatalf("object %d of %d: after RefreshCard\n%s\nafter a full placing\n%s", i, len(want), at(got, i), at(want, i))
					}
				}
			}
		})
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "(none)"
}
