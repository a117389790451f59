package scene

import (
	"math"

	"github.com/argmap/argmap/argmap"
)

// Point is a position in map units.
type Point = argmap.Point

// Rect is an axis-aligned rectangle in map units: X, Y is its top-left
// corner.
type Rect struct {
	X, Y, W, H float64
}

// RectAround returns the rectangle of size w×h centred on c.
func RectAround(c Point, w, h float64) Rect {
	return Rect{c.X - w/2, c.Y - h/2, w, h}
}

// Center returns the centre of r.
func (r Rect) Center() Point { return Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }

// Max returns the bottom-right corner of r.
func (r Rect) Max() Point { return Point{X: r.X + r.W, Y: r.Y + r.H} }

// Empty reports whether r has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Contains reports whether p lies inside r (borders included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Intersects reports whether r and o overlap (touching counts).
func (r Rect) Intersects(o Rect) bool {
	return r.X <= o.X+o.W && o.X <= r.X+r.W && r.Y <= o.Y+o.H && o.Y <= r.Y+r.H
}

// Union returns the smallest rectangle holding r and o; an empty r is
// ignored.
func (r Rect) Union(o Rect) Rect {
	if r.W == 0 && r.H == 0 && r.X == 0 && r.Y == 0 {
		return o
	}
	x0, y0 := math.Min(r.X, o.X), math.Min(r.Y, o.Y)
	x1, y1 := math.Max(r.X+r.W, o.X+o.W), math.Max(r.Y+r.H, o.Y+o.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Inset returns r grown by d on every side (shrunk when d < 0).
func (r Rect) Inset(d float64) Rect { return Rect{r.X - d, r.Y - d, r.W + 2*d, r.H + 2*d} }

// Normalize returns r with a non-negative width and height.
func (r Rect) Normalize() Rect {
	if r.W < 0 {
		r.X, r.W = r.X+r.W, -r.W
	}
	if r.H < 0 {
		r.Y, r.H = r.Y+r.H, -r.H
	}
	return r
}

// ClipToBorder returns where the ray from r's centre towards p crosses r's
// border (also when p lies inside r); when p is the centre, the centre.
func ClipToBorder(r Rect, p Point) Point {
	c := r.Center()
	dx, dy := p.X-c.X, p.Y-c.Y
	if dx == 0 && dy == 0 {
		return c
	}
	tx, ty := math.Inf(1), math.Inf(1)
	if dx != 0 {
		tx = (r.W / 2) / math.Abs(dx)
	}
	if dy != 0 {
		ty = (r.H / 2) / math.Abs(dy)
	}
	t := math.Min(tx, ty)
	return Point{X: c.X + dx*t, Y: c.Y + dy*t}
}

// Seg is a straight line segment.
type Seg struct {
	A, B Point
}

// Bounds returns the rectangle holding s.
func (s Seg) Bounds() Rect {
	return Rect{s.A.X, s.A.Y, s.B.X - s.A.X, s.B.Y - s.A.Y}.Normalize()
}

// Mid returns the middle of s.
func (s Seg) Mid() Point { return Point{X: (s.A.X + s.B.X) / 2, Y: (s.A.Y + s.B.Y) / 2} }

// Dist returns the distance from p to s.
func (s Seg) Dist(p Point) float64 {
	dx, dy := s.B.X-s.A.X, s.B.Y-s.A.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = ((p.X-s.A.X)*dx + (p.Y-s.A.Y)*dy) / l2
		t = math.Max(0, math.Min(1, t))
	}
	return math.Hypot(p.X-(s.A.X+t*dx), p.Y-(s.A.Y+t*dy))
}

// unit returns the unit vector from a to b, or (0, -1) when they coincide.
func unit(a, b Point) Point {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return Point{X: 0, Y: -1}
	}
	return Point{X: dx / l, Y: dy / l}
}

// Transform maps map units to screen pixels: screen = (map - Origin) * Zoom.
type Transform struct {
	Zoom   float64
	Origin Point // the map point at the top-left corner of the viewport
}

// ToScreen converts a map point to screen pixels.
func (t Transform) ToScreen(p Point) Point {
	return Point{X: (p.X - t.Origin.X) * t.Zoom, Y: (p.Y - t.Origin.Y) * t.Zoom}
}

// ToMap converts screen pixels to a map point.
func (t Transform) ToMap(p Point) Point {
	return Point{X: p.X/t.Zoom + t.Origin.X, Y: p.Y/t.Zoom + t.Origin.Y}
}

// Viewport returns the map rectangle seen through a w×h pixel screen.
func (t Transform) Viewport(w, h float64) Rect {
	return Rect{t.Origin.X, t.Origin.Y, w / t.Zoom, h / t.Zoom}
}

// ZoomAt returns the transform zoomed to z with the screen point s keeping
// the map point under it.
func (t Transform) ZoomAt(z float64, s Point) Transform {
	m := t.ToMap(s)
	return Transform{Zoom: z, Origin: Point{X: m.X - s.X/z, Y: m.Y - s.Y/z}}
}
