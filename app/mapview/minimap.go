package mapview

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// Minimap size and margin inside the view, pixels.
const (
	minimapW      = 220
	minimapH      = 150
	minimapMargin = 12
)

// minimap shows the whole map, small, with the viewport as a frame; a
// click or drag on it moves the viewport there. It is one raster (however
// big the map) plus two rectangles, drawn in the view's bottom-right corner.
type minimap struct {
	widget.BaseWidget
	v      *View
	bg     *canvas.Rectangle
	img    *canvas.Raster
	frame  *canvas.Rectangle
	built  *scene.Scene // the scene the raster shows
	cached image.Image
	kx, ky float64     // pixels per map unit, across and down
	off    scene.Point // pixel offset of the map bounds' corner
	bounds scene.Rect
}

func newMinimap(v *View) *minimap {
	m := &minimap{v: v, bg: canvas.NewRectangle(nil), frame: canvas.NewRectangle(color.Transparent)}
	m.bg.StrokeWidth = 1
	m.bg.CornerRadius = 4
	m.frame.StrokeWidth = 1.5
	m.img = canvas.NewRaster(m.paint)
	m.ExtendBaseWidget(m)
	return m
}

// CreateRenderer implements fyne.Widget.
func (m *minimap) CreateRenderer() fyne.WidgetRenderer {
	return &minimapRenderer{m: m}
}

type minimapRenderer struct{ m *minimap }

func (r *minimapRenderer) Destroy()           {}
func (r *minimapRenderer) MinSize() fyne.Size { return fyne.NewSize(minimapW, minimapH) }
func (r *minimapRenderer) Refresh()           { r.Layout(r.m.Size()); canvas.Refresh(r.m) }
func (r *minimapRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.m.bg, r.m.img, r.m.frame}
}

func (r *minimapRenderer) Layout(size fyne.Size) {
	m := r.m
	m.bg.Resize(size)
	m.img.Resize(size)
	m.fitBounds(size)
	m.placeFrame()
}

// minimapFill is the least share of the minimap's width and of its height
// that the map fills: a map far wider than tall, shown to scale, was a
// line a pixel or two high, its cards and viewport frame hard to see or hit.
const minimapFill = 0.4

// fitBounds computes the scales and offset that show the whole map: to
// scale where that fills at least minimapFill of each side, else
// stretched along the short side to fill that much.
func (m *minimap) fitBounds(size fyne.Size) {
	s := m.v.scene
	if s == nil {
		return
	}
	b := s.Bounds.Inset(60)
	w, h := float64(size.Width)-8, float64(size.Height)-8
	k := math.Min(w/b.W, h/b.H)
	m.kx = math.Min(w/b.W, math.Max(k, minimapFill*w/b.W))
	m.ky = math.Min(h/b.H, math.Max(k, minimapFill*h/b.H))
	m.off = scene.Point{X: 4 + (w-b.W*m.kx)/2, Y: 4 + (h-b.H*m.ky)/2}
	m.bounds = b
}

// toMini converts a map point to minimap pixels.
func (m *minimap) toMini(p scene.Point) scene.Point {
	return scene.Point{X: m.off.X + (p.X-m.bounds.X)*m.kx, Y: m.off.Y + (p.Y-m.bounds.Y)*m.ky}
}

// toMap converts minimap pixels to a map point.
func (m *minimap) toMap(p scene.Point) scene.Point {
	return scene.Point{X: m.bounds.X + (p.X-m.off.X)/m.kx, Y: m.bounds.Y + (p.Y-m.off.Y)/m.ky}
}

// placeFrame draws the viewport's outline, clipped to the minimap.
func (m *minimap) placeFrame() {
	if m.v.scene == nil || m.kx == 0 {
		m.frame.Hide()
		return
	}
	vp := m.v.viewport()
	a, b := m.toMini(scene.Point{X: vp.X, Y: vp.Y}), m.toMini(vp.Max())
	// At least a few pixels, so that the frame stays findable on a map
	// many screens wide.
	const least = 6
	if b.X-a.X < least {
		c := (a.X + b.X) / 2
		a.X, b.X = c-least/2, c+least/2
	}
	if b.Y-a.Y < least {
		c := (a.Y + b.Y) / 2
		a.Y, b.Y = c-least/2, c+least/2
	}
	sz := m.Size()
	a.X, a.Y = math.Max(a.X, 0), math.Max(a.Y, 0)
	b.X, b.Y = math.Min(b.X, float64(sz.Width)), math.Min(b.Y, float64(sz.Height))
	if b.X <= a.X || b.Y <= a.Y {
		m.frame.Hide()
		return
	}
	m.frame.Move(fyne.NewPos(float32(a.X), float32(a.Y)))
	m.frame.Resize(fyne.NewSize(float32(b.X-a.X), float32(b.Y-a.Y)))
	m.frame.Show()
}

// update follows the view: a new scene repaints the raster, a pan or zoom
// only moves the frame.
func (m *minimap) update(p palette) {
	m.bg.FillColor = withAlpha(p.card, 0xe8)
	m.bg.StrokeColor = p.muted
	m.frame.StrokeColor = p.sel
	m.frame.FillColor = withAlpha(p.sel, 0x20)
	if m.built != m.v.scene {
		m.built, m.cached = m.v.scene, nil
		m.fitBounds(m.Size())
		m.img.Refresh()
	}
	m.placeFrame()
	m.bg.Refresh()
	m.frame.Refresh()
}

// paint draws every card as a small block of its role colour.
func (m *minimap) paint(w, h int) image.Image {
	if m.cached != nil && m.cached.Bounds().Dx() == w && m.cached.Bounds().Dy() == h {
		return m.cached
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	s := m.v.scene
	sz := m.Size()
	if s == nil || m.kx == 0 || sz.Width == 0 {
		return img
	}
	px := float64(w) / float64(sz.Width) // raster pixels per widget unit
	for i := range s.Cards {
		c := &s.Cards[i]
		a := m.toMini(scene.Point{X: c.Box.X, Y: c.Box.Y})
		b := m.toMini(c.Box.Max())
		x0, y0 := int(a.X*px), int(a.Y*px)
		x1, y1 := max(int(b.X*px), x0+1), max(int(b.Y*px), y0+1)
		col := c.Accent
		if c.Dimmed {
			col.A = 0x50
		}
		fill(img, image.Rect(x0, y0, x1, y1), col)
	}
	m.cached = img
	return img
}

func fill(img *image.NRGBA, r image.Rectangle, c color.NRGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetNRGBA(x, y, c)
		}
	}
}

// Tapped centres the view on the tapped point of the map.
func (m *minimap) Tapped(ev *fyne.PointEvent) { m.jump(ev.Position) }

// Dragged moves the view along with the pointer.
func (m *minimap) Dragged(ev *fyne.DragEvent) { m.jump(ev.Position) }

// DragEnd implements fyne.Draggable.
func (m *minimap) DragEnd() {}

func (m *minimap) jump(p fyne.Position) {
	if m.v.scene == nil || m.kx == 0 {
		return
	}
	m.v.CenterOn(m.toMap(sp(p)))
}

// CenterOn pans so that map point p is at the centre of the viewport.
func (v *View) CenterOn(p argmap.Point) {
	vp := v.viewport()
	v.autoFit = false
	v.tr.Origin = scene.Point{X: p.X - vp.W/2, Y: p.Y - vp.H/2}
	v.redraw()
}

// SetMinimap shows or hides the minimap in the view's bottom-right corner.
// A map kept fitted is fitted again, to the room the minimap leaves.
func (v *View) SetMinimap(show bool) {
	v.noMinimap = !show
	if v.autoFit && v.scene != nil {
		v.fit()
		return
	}
	v.redraw()
}

// MinimapShown reports whether the minimap is shown.
func (v *View) MinimapShown() bool { return !v.noMinimap }
