package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

func TestMinimapMovesViewport(t *testing.T) {
	f := newFixture(t)
	v, w := newView(t, f)
	if v.mini == nil || !v.MinimapShown() {
		t.Fatal("no minimap in a 900×640 view")
	}
	// Tap the minimap where the objection's card is: the view centres on it.
	o := v.Scene().Card(f.O).Box.Center()
	p := v.mini.toMini(o)
	test.TapCanvas(w.Canvas(), v.mini.Position().Add(fyne.NewPos(float32(p.X), float32(p.Y))))
	c := v.ViewCenter()
	if math.Abs(c.X-o.X) > 1 || math.Abs(c.Y-o.Y) > 1 {
		t.Errorf("view centre %v after tapping the minimap at the objection %v", c, o)
	}
	// The frame shows the viewport.
	vp := v.viewport()
	a := v.mini.toMini(scene.Point{X: vp.X, Y: vp.Y})
	if fp := v.mini.frame.Position(); math.Abs(float64(fp.X)-math.Max(a.X, 0)) > 1 {
		t.Errorf("frame at %v, want x %v", fp, a.X)
	}
	// Dragging on it pans too, and hiding it removes it.
	v.mini.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(v.mini.toMini(f.m.Claim(f.U).Pos).X), float32(v.mini.toMini(f.m.Claim(f.U).Pos).Y))}})
	if c := v.ViewCenter(); math.Abs(c.X-150) > 1 {
		t.Errorf("view centre %v after dragging to U", c)
	}
	v.SetMinimap(false)
	for _, o := range v.r.Objects() {
		if o == v.mini {
			t.Error("minimap still drawn after SetMinimap(false)")
		}
	}
	if img := v.mini.paint(220, 150); img.Bounds().Dx() != 220 {
		t.Error("bad minimap raster")
	}
}

// TestMinimapAvoidsSelection: a selected card under the minimap's corner
// sends the minimap to another corner.
func TestMinimapAvoidsSelection(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	// Put the objection's card in the bottom-right corner of the screen.
	b := v.Scene().Card(f.O).Box
	v.tr.Origin = scene.Point{X: b.X + b.W - 890, Y: b.Y + b.H - 630}
	v.redraw()
	home := v.mini.Position()
	v.SetSelection(nil)
	if home.X < 450 || home.Y < 300 {
		t.Fatalf("minimap at %v with nothing selected, want the bottom-right corner", home)
	}
	v.SetSelection([]argmap.ID{f.O})
	p := v.mini.Position()
	if p == home {
		t.Fatal("the minimap stays over the selected card")
	}
	tl := v.tr.ToScreen(scene.Point{X: b.X, Y: b.Y})
	card := scene.Rect{X: tl.X, Y: tl.Y, W: b.W, H: b.H}
	if card.Intersects(scene.Rect{X: float64(p.X), Y: float64(p.Y), W: minimapW, H: minimapH}) {
		t.Errorf("the minimap at %v covers the selected card %v", p, card)
	}
}
