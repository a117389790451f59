package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/shared"
)

// viewport is the map rectangle the canvas shows.
func viewport(t *testing.T, e *Editor) scene.Rect {
	t.Helper()
	v := shownView(t, e)
	z := float64(v.Zoom())
	s := v.Size()
	c := v.ViewCenter()
	return scene.Rect{X: c.X - float64(s.Width)/2/z, Y: c.Y - float64(s.Height)/2/z, W: float64(s.Width) / z, H: float64(s.Height) / z}
}

func inside(in, r scene.Rect) bool {
	const eps = 0.5
	return r.X >= in.X-eps && r.Y >= in.Y-eps && r.X+r.W <= in.X+in.W+eps && r.Y+r.H <= in.Y+in.H+eps
}

// TestFitShowsWholeMap: Fit Map shows every card and arrow, centred, for
// the sample, a QT30 map and generated 2,000- and 5,000-claim maps, with
// at least mapview.FitMargin pixels of the window clear on every side, and
// just that on the sides the map is widest (or tallest) towards: on big
// maps the margin was 30 map units, a pixel or so at their zoom. Actual
// Size after it shows cards, not an empty canvas.
func TestFitShowsWholeMap(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(e *Editor)
	}{
		{"sample", func(e *Editor) { e.OpenSample() }},
		{"qt30", func(e *Editor) {
			if err := e.OpenFile(shared.Path(t, "corpus/aif-json/qt30/nodeset25045.json")); err != nil {
				t.Fatal(err)
			}
		}},
		{"gen2000", func(e *Editor) { e.SetMap(gen.Tree(2000, 1), "", nil) }},
		{"gen5000", func(e *Editor) { e.SetMap(gen.Tree(5000, 1), "", nil) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			e.win.Resize(fyne.NewSize(1600, 1000))
			tc.open(e)
			shownView(t, e).ZoomFit()
			s := shownView(t, e).Scene()
			vp := viewport(t, e)
			if !inside(vp, s.Bounds) {
				t.Fatalf("after Fit the viewport %v does not hold the scene %v (zoom %v)", vp, s.Bounds, shownView(t, e).Zoom())
			}
			if b := s.Bounds; b.W/vp.W < 0.75 && b.H/vp.H < 0.75 {
				t.Errorf("after Fit the scene fills only %.0f%%×%.0f%% of the window", 100*b.W/vp.W, 100*b.H/vp.H)
			}
			// Turning the minimap off changes nothing: Fit hides it while
			// the whole map is in view (mapview's TestFitClearOfMinimap), so
			// the fit is the plain one, centred.
			shownView(t, e).SetMinimap(false)
			vp = viewport(t, e)
			if !inside(vp, s.Bounds) {
				t.Fatalf("after Fit the viewport %v does not hold the scene %v (zoom %v)", vp, s.Bounds, shownView(t, e).Zoom())
			}
			// Centred: the margins left and right (top and bottom) match.
			b := s.Bounds
			dx := (b.X - vp.X) - (vp.X + vp.W - b.X - b.W)
			dy := (b.Y - vp.Y) - (vp.Y + vp.H - b.Y - b.H)
			if dx*dx > 4/float64(shownView(t, e).Zoom()) || dy*dy > 4/float64(shownView(t, e).Zoom()) {
				t.Errorf("the fitted scene is off centre by %.1f, %.1f map units", dx/2, dy/2)
			}
			// The margins in pixels: left, right, top, bottom.
			z := float64(shownView(t, e).Zoom())
			margins := [4]float64{(b.X - vp.X) * z, (vp.X + vp.W - b.X - b.W) * z, (b.Y - vp.Y) * z, (vp.Y + vp.H - b.Y - b.H) * z}
			least := margins[0]
			for i, m := range margins {
				if m < mapview.FitMargin-0.5 {
					t.Errorf("after Fit the %s margin is %.1f px, want at least %d", [4]string{"left", "right", "top", "bottom"}[i], m, mapview.FitMargin)
				}
				least = min(least, m)
			}
			if z < 1 && least > mapview.FitMargin+0.5 {
				t.Errorf("after Fit (zoom %.3f) the margins are %.1f px, want %d on the tight sides", z, margins, mapview.FitMargin)
			}
			// Big enough: one side of the scene fills most of the window.
			if b.W/vp.W < 0.8 && b.H/vp.H < 0.8 {
				t.Errorf("the fitted scene fills %.0f%%×%.0f%% of the window", 100*b.W/vp.W, 100*b.H/vp.H)
			}
			shownView(t, e).SetZoom(1)
			if cards, _ := s.Visible(viewport(t, e)); len(cards) == 0 {
				t.Errorf("Actual Size after Fit shows no card")
			}
		})
	}
}

// TestOpenShowsReadableStart: a small map opens whole; a big one opens on
// its main conclusion with its reasons at a readable zoom.
func TestOpenShowsReadableStart(t *testing.T) {
	e := newTestEditor(t)
	e.win.Resize(fyne.NewSize(1600, 1000))
	e.OpenSample()
	if z := shownView(t, e).Zoom(); z < 0.6 {
		t.Errorf("the sample opens at zoom %v, too small to read", z)
	}
	m := gen.Tree(2000, 1)
	e.SetMap(m, "", nil)
	if z := shownView(t, e).Zoom(); z < 0.6 || z > 1 {
		t.Errorf("a 2,000-claim map opens at zoom %v, want a readable one", z)
	}
	vp := viewport(t, e)
	root := shownView(t, e).Scene().Card(m.Claims[0].ID)
	if root == nil || root.Role != argmap.RoleMain || !inside(vp, root.Box) {
		t.Fatalf("the main conclusion %v is not on screen %v", root, vp)
	}
}

// TestImportedOverlapsAreSpread: the OVA3 export, whose cards overlap when
// drawn at our size, opens with none overlapping; one Undo gives back the
// file's own coordinates.
func TestImportedOverlapsAreSpread(t *testing.T) {
	e := newTestEditor(t)
	path := shared.Path(t, "corpus/aif-json/ova3-dialects/xAifTestFile_ova3_export.json")
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	s := shownView(t, e).Scene()
	overlaps := func() int {
		n := 0
		for i := range s.Cards {
			for j := i + 1; j < len(s.Cards); j++ {
				if s.Cards[i].Box.Intersects(s.Cards[j].Box) {
					n++
				}
			}
		}
		return n
	}
	if n := overlaps(); n != 0 {
		t.Fatalf("%d pairs of cards overlap after opening", n)
	}
	if !e.doc.History().CanUndo() {
		t.Fatal("the spread is not undoable")
	}
	e.undo()
	s = shownView(t, e).Scene()
	if overlaps() == 0 {
		t.Error("after Undo no cards overlap: the file's own layout was not restored (or never overlapped)")
	}
}
