package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

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
