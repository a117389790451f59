package render

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/argmap/argmap/argmap/scene"
)

// MaxPixels bounds the size of a PNG export (width × height), so that a
// huge map cannot exhaust memory (the png format lowers the scale of a
// bigger map: fitScale).
const MaxPixels = 64 << 20

// PNG returns the scene, with the arguments' marks mk (ArgMarks), drawn at
// scale pixels per map unit, encoded as PNG.
func PNG(s *scene.Scene, mk Marks, scale float64) ([]byte, error) {
	return pngWithin(s, mk, scale, MaxPixels)
}

// Image is the picture PNG encodes: the scene with the marks mk drawn at
// scale pixels per map unit, within MaxPixels. Tests hold other
// renderings (the PDF's, through Poppler) against it.
func Image(s *scene.Scene, mk Marks, scale float64) (*image.RGBA, error) {
	return imageWithin(s, mk, scale, MaxPixels)
}

// pngWithin is PNG refusing images of more than limit pixels: MaxPixels,
// or less in tests, to try big maps cheaply (an argument, not a package
// variable, so that those tests can run in parallel).
func pngWithin(s *scene.Scene, mk Marks, scale, limit float64) ([]byte, error) {
	var b bytes.Buffer
	if err := encodePNG(&b, s, mk, scale, limit, bandPixels); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// imageWithin draws the scene at scale pixels per map unit, refusing
// images of more than limit pixels.
func imageWithin(s *scene.Scene, mk Marks, scale, limit float64) (*image.RGBA, error) {
	f, w, h, err := imageSize(s, mk, scale, limit)
	if err != nil {
		return nil, err
	}
	p := &painter{f: f, k: scale}
	if err := p.band(s, mk, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
		return nil, err
	}
	return p.img, nil
}

// imageSize is the frame of the picture of s with mk at scale, and its
// size in pixels, refusing a scale out of range and images of more than
// limit pixels.
func imageSize(s *scene.Scene, mk Marks, scale, limit float64) (f scene.Rect, w, h int, err error) {
	if !(scale > 0) || scale > 16 {
		return f, 0, 0, fmt.Errorf("render: scale %v out of range (0, 16]", scale)
	}
	f = frame(s, mk)
	w, h = int(math.Ceil(f.W*scale)), int(math.Ceil(f.H*scale))
	if w <= 0 || h <= 0 || float64(w)*float64(h) > limit {
		return f, 0, 0, fmt.Errorf("render: a %d×%d image is too big (at most %d pixels); lower the scale", w, h, int(limit))
	}
	return f, w, h, nil
}

// band draws into img, a band of rows of the picture (its bounds in the
// picture's pixels), the cards, edges and marks that meet it, on paper.
func (p *painter) band(s *scene.Scene, mk Marks, img *image.RGBA) error {
	p.img = img
	draw.Draw(img, img.Bounds(), image.NewUniform(paper), image.Point{}, draw.Src)
	r := img.Bounds()
	// The band's map area, a few pixels wider all round: anti-aliasing
	// reaches past a shape's box.
	view := scene.Rect{X: p.f.X + float64(r.Min.X-4)/p.k, Y: p.f.Y + float64(r.Min.Y-4)/p.k,
		W: float64(r.Dx()+8) / p.k, H: float64(r.Dy()+8) / p.k}
	return Draw(s, mk, p, view)
}

// painter fills anti-aliased shapes given in map units.
type painter struct {
	img *image.RGBA // opaque, so the same as NRGBA, and draw has fast paths for it
	f   scene.Rect  // the map area drawn
	k   float64     // pixels per map unit
	z   vector.Rasterizer
	// faces are this drawing's own: a face is not safe for concurrent use,
	// and two exports may draw at once (the race detector caught two tests).
	faces map[faceKey]font.Face
	// glyphs and kerns cache what the faces rasterise and look up: a big
	// map's export drew every glyph afresh, which took most of its time.
	glyphs map[glyphKey]glyph
	kerns  map[kernKey]fixed.Int26_6
}

// maxGlyphs bounds the glyph cache of one drawing (a few MB of masks):
// each glyph is kept at every sub-pixel position it falls on.
const maxGlyphs = 1 << 14

// glyphKey is one glyph of a face at a sub-pixel position.
type glyphKey struct {
	face   faceKey
	r      rune
	fx, fy fixed.Int26_6 // the dot's fractional part
}

// glyph is a rasterised glyph: its mask and where it goes from the dot's
// whole pixel.
type glyph struct {
	dr      image.Rectangle
	mask    *image.Alpha
	advance fixed.Int26_6
	ok      bool
}

type kernKey struct {
	face faceKey
	a, b rune
}

// face returns the drawing's face of the given size and weight.
func (p *painter) face(size float64, bold bool) (font.Face, error) {
	k := faceKey{size, bold}
	if fc, ok := p.faces[k]; ok {
		return fc, nil
	}
	fc, err := loadFonts().newFace(size, bold)
	if err != nil {
		return nil, err
	}
	if p.faces == nil {
		p.faces = map[faceKey]font.Face{}
	}
	p.faces[k] = fc
	return fc, nil
}

func (p *painter) px(q scene.Point) (float32, float32) {
	return float32((q.X - p.f.X) * p.k), float32((q.Y - p.f.Y) * p.k)
}

// fill rasterises the path that build adds (in pixels, relative to the
// box min) inside the pixel box, in colour c.
func (p *painter) fill(box image.Rectangle, c color.NRGBA, build func(ox, oy float32)) {
	box = box.Inset(-2).Intersect(p.img.Bounds())
	if box.Empty() {
		return
	}
	p.z.Reset(box.Dx(), box.Dy())
	build(float32(box.Min.X), float32(box.Min.Y))
	p.z.Draw(p.img, box, image.NewUniform(c), image.Point{})
}

func boxOf(pts ...[2]float32) image.Rectangle {
	r := image.Rect(int(pts[0][0]), int(pts[0][1]), int(pts[0][0])+1, int(pts[0][1])+1)
	for _, q := range pts[1:] {
		r = r.Union(image.Rect(int(q[0]), int(q[1]), int(q[0])+1, int(q[1])+1))
	}
	return r
}

// Poly fills a polygon.
func (p *painter) Poly(c color.NRGBA, pts ...scene.Point) {
	px := make([][2]float32, len(pts))
	for i, q := range pts {
		x, y := p.px(q)
		px[i] = [2]float32{x, y}
	}
	p.fill(boxOf(px...), c, func(ox, oy float32) {
		p.z.MoveTo(px[0][0]-ox, px[0][1]-oy)
		for _, q := range px[1:] {
			p.z.LineTo(q[0]-ox, q[1]-oy)
		}
		p.z.ClosePath()
	})
}

// Line strokes a segment w map units wide, solid or dashed.
func (p *painter) Line(a, b scene.Point, w float64, c color.NRGBA, dash Dash) {
	if dash.On > 0 && dash.Gap > 0 {
		p.dashed(a, b, w, c, dash)
		return
	}
	p.line(a, b, w, c)
}

// line strokes a solid segment w map units wide.
func (p *painter) line(a, b scene.Point, w float64, c color.NRGBA) {
	l := math.Hypot(b.X-a.X, b.Y-a.Y)
	if l == 0 {
		return
	}
	// The rasteriser's cost is the area of the box it fills, and a long
	// diagonal's box is huge: a long line is drawn as short pieces.
	if l*p.k > 512 {
		n := math.Ceil(l * p.k / 256)
		for i := 0.0; i < n; i++ {
			t0, t1 := i/n, math.Min(1, (i+1)/n+0.5/(l*p.k)) // half a pixel over: no seam
			p.line(scene.Point{X: a.X + (b.X-a.X)*t0, Y: a.Y + (b.Y-a.Y)*t0},
				scene.Point{X: a.X + (b.X-a.X)*t1, Y: a.Y + (b.Y-a.Y)*t1}, w, c)
		}
		return
	}
	nx, ny := -(b.Y-a.Y)/l*w/2, (b.X-a.X)/l*w/2
	p.Poly(c, scene.Point{X: a.X + nx, Y: a.Y + ny}, scene.Point{X: b.X + nx, Y: b.Y + ny},
		scene.Point{X: b.X - nx, Y: b.Y - ny}, scene.Point{X: a.X - nx, Y: a.Y - ny})
}

// dashed strokes a segment in dash's dashes.
func (p *painter) dashed(a, b scene.Point, w float64, c color.NRGBA, dash Dash) {
	l := math.Hypot(b.X-a.X, b.Y-a.Y)
	for d := 0.0; d < l; d += dash.On + dash.Gap {
		e := math.Min(d+dash.On, l)
		p.line(scene.Point{X: a.X + (b.X-a.X)*d/l, Y: a.Y + (b.Y-a.Y)*d/l},
			scene.Point{X: a.X + (b.X-a.X)*e/l, Y: a.Y + (b.Y-a.Y)*e/l}, w, c)
	}
}

// Circle fills a disc.
func (p *painter) Circle(ctr scene.Point, r float64, c color.NRGBA) {
	const k = 0.5523 // cubic Bézier approximation of a quarter circle
	cx, cy := p.px(ctr)
	rr := float32(r * p.k)
	p.fill(boxOf([2]float32{cx - rr, cy - rr}, [2]float32{cx + rr, cy + rr}), c, func(ox, oy float32) {
		x, y := cx-ox, cy-oy
		p.z.MoveTo(x+rr, y)
		p.z.CubeTo(x+rr, y+rr*k, x+rr*k, y+rr, x, y+rr)
		p.z.CubeTo(x-rr*k, y+rr, x-rr, y+rr*k, x-rr, y)
		p.z.CubeTo(x-rr, y-rr*k, x-rr*k, y-rr, x, y-rr)
		p.z.CubeTo(x+rr*k, y-rr, x+rr, y-rr*k, x+rr, y)
		p.z.ClosePath()
	})
}

// RoundRect fills the box, with the border drawn as the stroke colour's
// box under a fill inset by sw.
func (p *painter) RoundRect(box scene.Rect, r float64, fill, stroke color.NRGBA, sw float64) {
	if sw > 0 {
		p.roundRect(box, r, stroke)
		box, r = box.Inset(-sw), r-sw/2
	}
	p.roundRect(box, r, fill)
}

// Group does nothing: a picture has no structure.
func (p *painter) Group(bool) {}

// roundRect fills a rectangle with rounded corners of radius r.
func (p *painter) roundRect(box scene.Rect, r float64, c color.NRGBA) {
	x0, y0 := p.px(scene.Point{X: box.X, Y: box.Y})
	x1, y1 := p.px(box.Max())
	rr := float32(math.Max(0, math.Min(r*p.k, math.Min(float64(x1-x0), float64(y1-y0))/2)))
	p.fill(boxOf([2]float32{x0, y0}, [2]float32{x1, y1}), c, func(ox, oy float32) {
		a, b, e, d := x0-ox, y0-oy, x1-ox, y1-oy
		p.z.MoveTo(a+rr, b)
		p.z.LineTo(e-rr, b)
		p.z.QuadTo(e, b, e, b+rr)
		p.z.LineTo(e, d-rr)
		p.z.QuadTo(e, d, e-rr, d)
		p.z.LineTo(a+rr, d)
		p.z.QuadTo(a, d, a, d-rr)
		p.z.LineTo(a, b+rr)
		p.z.QuadTo(a, b, a+rr, b)
		p.z.ClosePath()
	})
}

// Text draws one line with its top-left at q, as font.Drawer does, from
// the painter's glyph cache.
func (p *painter) Text(q scene.Point, size float64, bold bool, c color.NRGBA, s string, _ float64) error {
	if s == "" {
		return nil
	}
	fk := faceKey{size * p.k, bold}
	fc, err := p.face(fk.size, bold)
	if err != nil {
		return err
	}
	if p.glyphs == nil {
		p.glyphs, p.kerns = map[glyphKey]glyph{}, map[kernKey]fixed.Int26_6{}
	}
	x, y := p.px(q)
	dot := fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y*64) + fc.Metrics().Ascent}
	src := image.NewUniform(c)
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			kk := kernKey{fk, prev, r}
			kern, ok := p.kerns[kk]
			if !ok {
				kern = fc.Kern(prev, r)
				p.kerns[kk] = kern
			}
			dot.X += kern
		}
		gk := glyphKey{fk, r, dot.X & 63, dot.Y & 63}
		g, ok := p.glyphs[gk]
		if !ok {
			g = rasterGlyph(fc, dot, r)
			if len(p.glyphs) >= maxGlyphs {
				clear(p.glyphs) // bounded memory: start again with what comes
			}
			p.glyphs[gk] = g
		}
		if !g.ok {
			continue // as font.Drawer: no advance, and no kerning with it
		}
		at := image.Pt(dot.X.Floor(), dot.Y.Floor())
		draw.DrawMask(p.img, g.dr.Add(at), src, image.Point{}, g.mask, image.Point{}, draw.Over)
		dot.X += g.advance
		prev = r
	}
	return nil
}

// rasterGlyph rasterises r at dot, keeping a copy of the mask (the face
// reuses its own), placed from the dot's whole pixel.
func rasterGlyph(fc font.Face, dot fixed.Point26_6, r rune) glyph {
	dr, mask, mp, advance, ok := fc.Glyph(dot, r)
	if !ok {
		return glyph{}
	}
	a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
	draw.Draw(a, a.Rect, mask, mp, draw.Src)
	return glyph{dr: dr.Sub(image.Pt(dot.X.Floor(), dot.Y.Floor())), mask: a, advance: advance, ok: true}
}
