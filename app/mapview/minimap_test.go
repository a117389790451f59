package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/scene"
)

func TestMinimapMovesViewport(t *testing.T) {
	f := newFixture(t)
	v, w := newView(t, f)
	v.SetZoom(2) // part of the map out of view: the minimap shows
	if v.mini == nil || !v.MinimapShown() || !minimapDrawn(v) {
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

// TestMinimapOfWideMap: a map far wider than tall (or taller than wide)
// still fills a good part of the minimap's short side, so that its cards
// and the viewport's frame can be seen and hit; a tap still centres the
// view on the card tapped, across and down. To scale, such a map was a
// line a pixel high.
func TestMinimapOfWideMap(t *testing.T) {
	for _, tc := range []struct {
		name   string
		dx, dy float64
	}{{"wide", 260, 0}, {"tall", 0, 160}, {"square", 260, 160}} {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{m: argmap.New(tc.name)}
			newID := argmaptest.IDs(tc.name)
			n := 200
			if tc.name == "square" {
				n = 16 // a 4×4 grid
			}
			var ids []argmap.ID
			for i := range n {
				x, y := float64(i)*tc.dx, float64(i)*tc.dy
				if tc.name == "square" {
					x, y = float64(i%4)*tc.dx, float64(i/4)*tc.dy
				}
				c := &argmap.Claim{ID: newID(), Text: "A claim", Pos: argmap.Point{X: x, Y: y}}
				f.m.Claims = append(f.m.Claims, c)
				ids = append(ids, c.ID)
			}
			v, w := newView(t, f)
			m := v.mini
			sz := m.Size()
			lo := m.toMini(scene.Point{X: m.bounds.X, Y: m.bounds.Y})
			hi := m.toMini(m.bounds.Max())
			if fw, fh := (hi.X-lo.X)/float64(sz.Width-8), (hi.Y-lo.Y)/float64(sz.Height-8); fw < minimapFill-0.01 || fh < minimapFill-0.01 {
				t.Errorf("the map fills %.2f of the minimap's width and %.2f of its height, want at least %.2f of each", fw, fh, minimapFill)
			}
			if tc.name == "square" && math.Abs(m.kx-m.ky) > 1e-9 {
				t.Errorf("a map of ordinary shape is not to scale: %.4f across, %.4f down", m.kx, m.ky)
			}
			if fs := m.frame.Size(); !m.frame.Visible() || fs.Width < 6 || fs.Height < 6 {
				t.Errorf("the viewport's frame is %v (shown %v), want at least 6×6", fs, m.frame.Visible())
			}
			card := v.Scene().Card(ids[n*3/4]).Box
			a, b := m.toMini(scene.Point{X: card.X, Y: card.Y}), m.toMini(card.Max())
			if b.Y-a.Y < 4 && b.X-a.X < 4 {
				t.Errorf("a card is %.1f×%.1f pixels in the minimap, want one side at least 4", b.X-a.X, b.Y-a.Y)
			}
			o := card.Center()
			p := m.toMini(o)
			test.TapCanvas(w.Canvas(), m.Position().Add(fyne.NewPos(float32(p.X), float32(p.Y))))
			if c := v.ViewCenter(); math.Abs(c.X-o.X) > 4/m.kx || math.Abs(c.Y-o.Y) > 4/m.ky {
				t.Errorf("view centre %v after tapping the minimap at a card at %v", c, o)
			}
		})
	}
}
