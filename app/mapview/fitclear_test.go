package mapview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/scene"
)

// gridMap is a map of cols×rows free-standing claims, dx by dy apart.
func gridMap(cols, rows int, dx, dy float64) *argmap.Map {
	newID := argmaptest.IDs("grid")
	m := argmap.New("grid")
	for j := range rows {
		for i := range cols {
			m.Claims = append(m.Claims, &argmap.Claim{ID: newID(), Text: fmt.Sprintf("Claim %d·%d of the grid", i, j),
				Pos: argmap.Point{X: float64(i) * dx, Y: float64(j) * dy}})
		}
	}
	m.Reindex()
	return m
}

// showMap shows m in a w×h window.
func showMap(t *testing.T, m *argmap.Map, w, h float32) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := New()
	win := test.NewTempWindow(t, v)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	v.SetMap(m)
	return v, win
}

// cardUnderMinimap returns the first card drawn under the minimap, or "".
func cardUnderMinimap(v *View) string {
	p := v.mini.Position()
	mr := scene.Rect{X: float64(p.X), Y: float64(p.Y), W: minimapW, H: minimapH}
	for i := range v.Scene().Cards {
		c := &v.Scene().Cards[i]
		tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
		r := scene.Rect{X: tl.X, Y: tl.Y, W: c.Box.W * v.tr.Zoom, H: c.Box.H * v.tr.Zoom}
		if r.Intersects(mr) {
			return fmt.Sprintf("%q at %v (minimap %v)", c.Lines[0].S, r, mr)
		}
	}
	return ""
}

// minimapDrawn reports whether the minimap is among what the view draws.
func minimapDrawn(v *View) bool { return v.mini != nil && drawnObj(v, v.mini) }

// TestFitClearOfMinimap: the map is never under the minimap after Fit,
// for a wide, a tall and a square map: the fit shows the whole map, which
// hides the minimap, so the fit is the plain one (the map centred at the
// zoom that fits the whole pane), as with the minimap turned off. Once
// the view no longer shows the whole map the minimap is back; a fit again
// hides it.
func TestFitClearOfMinimap(t *testing.T) {
	for _, tc := range []struct {
		name       string
		cols, rows int
		w, h       float32
	}{
		{"wide", 7, 7, 1200, 800},       // some 2:1
		{"very wide", 14, 3, 1200, 800}, // clear of it as plainly fitted
		{"tall", 3, 9, 800, 1000},       // some 1:1.4
		{"square", 4, 8, 1200, 800},
		{"window-shaped", 6, 9, 1200, 800},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := showMap(t, gridMap(tc.cols, tc.rows, 300, 140), tc.w, tc.h)
			v.ZoomFit()
			if !v.MinimapShown() {
				t.Fatal("the minimap is turned off")
			}
			if minimapDrawn(v) {
				t.Errorf("the minimap is drawn (over %s) with the whole map in view", cardUnderMinimap(v))
			}
			vp, b := v.viewport(), v.Scene().Bounds
			if !vp.Contains(scene.Point{X: b.X, Y: b.Y}) || !vp.Contains(b.Max()) {
				t.Errorf("map %v not whole in the viewport %v after Fit", b, vp)
			}
			plain := min(1, v.fitZoom(b))
			if z := v.tr.Zoom; z != plain {
				t.Errorf("zoom %v after Fit, want the plain fit %v (the whole pane)", z, plain)
			}
			if c, want := v.ViewCenter(), b.Center(); c != want {
				t.Errorf("centre %v after Fit, want the map's centre %v", c, want)
			}
			v.SetZoom(float32(v.tr.Zoom * 1.5))
			if !minimapDrawn(v) {
				t.Error("no minimap once the view shows only part of the map")
			}
			v.ZoomFit()
			if minimapDrawn(v) {
				t.Error("the minimap is drawn after a second Fit")
			}
			fitted := v.tr
			v.SetMinimap(false)
			if v.tr != fitted {
				t.Errorf("turning the minimap off changes the fit from %+v to %+v", fitted, v.tr)
			}
		})
	}
}

// TestRevealFromUnderMinimap: a found card under the minimap is brought
// out from under it.
func TestRevealFromUnderMinimap(t *testing.T) {
	v, _ := showMap(t, gridMap(8, 8, 300, 140), 1200, 800)
	v.SetZoom(1)
	v.tr.Origin = scene.Point{}
	v.redraw()
	id := argmap.NilID
	for i := range v.Scene().Cards {
		if c := &v.Scene().Cards[i]; v.hiddenByMinimap(c.Box) && v.viewport().Contains(c.Box.Max()) {
			id = c.ID
			break
		}
	}
	if id == argmap.NilID {
		t.Fatal("no card under the minimap to start with")
	}
	v.Reveal(id)
	if v.hiddenByMinimap(v.Scene().Card(id).Box) {
		t.Errorf("card %v still under the minimap after Reveal", id)
	}
}

// TestShowsACard: the view tells whether any card is at least partly in
// view, for the editor to fit a map swapped in out of view.
func TestShowsACard(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	b := v.Scene().Card(f.M).Box
	sz := v.Size()
	corner := scene.Point{X: b.X + 10 - float64(sz.Width), Y: b.Y + 10 - float64(sz.Height)}
	for _, tc := range []struct {
		name   string
		origin scene.Point // the map point at the view's top-left, at zoom 1
		want   bool
	}{
		{"the map in view", scene.Point{}, true},
		{"one card's corner in view", corner, true},
		{"far below the map", scene.Point{Y: 5000}, false},
		{"far left of it", scene.Point{X: -5000}, false},
	} {
		v.tr = scene.Transform{Zoom: 1, Origin: tc.origin}
		if got := v.ShowsACard(); got != tc.want {
			t.Errorf("%s: ShowsACard %v, want %v", tc.name, got, tc.want)
		}
	}
}
