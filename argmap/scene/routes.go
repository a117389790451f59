package scene

import (
	"math"

	"github.com/argmap/argmap/argmap"
)

// RouteKey names one drawn link: premise From into To for argument Arg.
// For an undercutter, To is the claim that the argument it attacks (or
// the first argument down its chain of undercutters) concludes, as the
// layout's links name it.
type RouteKey struct{ From, To, Arg argmap.ID }

// Route is how the layout drew one link: a polyline from the premise's
// border to the target's (an undercutter's ends on the attacked edge), and
// the card centres it was made for.
type Route struct {
	Points       []Point
	FromAt, ToAt Point
}

// Routes are the layout's polylines by link. A scene draws an edge along
// its routes while they fit its cards (see Options.Routes), else straight.
type Routes map[RouteKey]Route

// valid reports whether r still fits cards centred at from and to. The
// scene keeps card boxes, not centres, and a centre read back from a box
// may differ from the claim's position in the last bits.
func (r Route) valid(from, to Point) bool {
	return len(r.Points) >= 2 && near1(from, r.FromAt) && near1(to, r.ToAt)
}

func near1(a, b Point) bool {
	tol := func(v float64) float64 { return 1e-9 * (1 + math.Abs(v)) }
	return math.Abs(a.X-b.X) <= tol(b.X) && math.Abs(a.Y-b.Y) <= tol(b.Y)
}

// toClaim returns the card index of the claim that edge e's links end at
// in the layout: its target, or down a chain of undercutters the target
// of the first plain argument; and whether e is an undercutter.
func (s *Scene) toClaim(e *Edge) (int, bool) {
	t := e.Target
	for n := 0; n <= len(s.Edges); n++ {
		if i, ok := s.cardIdx[t]; ok {
			return i, n > 0
		}
		i, ok := s.edgeIdx[t]
		if !ok {
			return -1, false
		}
		t = s.Edges[i].Target
	}
	return -1, false
}

// followRoutes draws e along the layout's routes when every premise has
// one that fits the cards where they are now (and, for an undercutter,
// the edge it attacks is drawn along its routes too, since its route ends
// on that one). Linked legs share their points after the junction: the
// shared part is drawn once, last, ending at the tip. It reports false,
// leaving e alone, when e is to be drawn straight.
func (s *Scene) followRoutes(e *Edge) bool {
	e.routed = false
	if len(s.opt.Routes) == 0 || len(e.Premises) == 0 {
		return false
	}
	ti, under := s.toClaim(e)
	if ti < 0 {
		return false
	}
	if under {
		if i, ok := s.edgeIdx[e.Target]; !ok || !s.Edges[i].routed {
			return false
		}
	}
	to := s.Cards[ti].Box.Center()
	to0 := s.Cards[ti].ID
	legs := make([][]Point, 0, len(e.Premises))
	for _, p := range e.Premises {
		i, ok := s.cardIdx[p]
		if !ok {
			return false
		}
		r, ok := s.opt.Routes[RouteKey{From: p, To: to0, Arg: e.ID}]
		if !ok || !r.valid(s.Cards[i].Box.Center(), to) {
			return false
		}
		pts, n := r.Points, len(r.Points)
		// A card whose text changed since is taller or shorter about
		// the same centre: the end pieces are fitted to its border.
		first, ok := fitEnd(s.Cards[i].Box, pts[1], pts[0])
		if !ok {
			return false
		}
		last := pts[n-1]
		if !under {
			if last, ok = fitEnd(s.Cards[ti].Box, pts[n-2], last); !ok {
				return false
			}
		}
		if first != pts[0] || last != pts[n-1] {
			pts = append([]Point(nil), pts...)
			pts[0], pts[n-1] = first, last
		}
		legs = append(legs, pts)
	}
	main := legs[0]
	// The junction is the first point of the first leg that every leg
	// passes. Legs that never meet (the layout's straight lines between
	// pinned cards) would hide that the premises are linked: the scene's
	// own drawing, with its junction, is kept for them.
	j := len(main) - 1
	if len(legs) > 1 {
		j = -1
		for k, p := range main {
			all := true
			for _, l := range legs[1:] {
				if indexOf(l, p) < 0 {
					all = false
					break
				}
			}
			if all {
				j = k
				break
			}
		}
	}
	if j < 0 {
		return false
	}
	e.Segs = e.Segs[:0]
	seen := map[Seg]bool{}
	add := func(a, b Point) {
		if a == b || seen[Seg{a, b}] || seen[Seg{b, a}] {
			return
		}
		seen[Seg{a, b}] = true
		e.Segs = append(e.Segs, Seg{a, b})
	}
	for _, l := range legs[1:] {
		for k := 0; k < indexOf(l, main[j]); k++ {
			add(l[k], l[k+1])
		}
	}
	for k := 0; k+1 < len(main); k++ {
		add(main[k], main[k+1])
	}
	if len(e.Segs) == 0 {
		return false
	}
	last := e.Segs[len(e.Segs)-1]
	e.Tip = last.B
	e.Dir = unit(last.A, last.B)
	e.Joined = len(legs) > 1
	if e.Joined {
		e.Junction = main[j]
	}
	// An undercutter aims at the middle of the last piece, after the
	// junction, as the layout ends its routes there.
	e.Aim = last.Mid()
	e.routed = true
	return true
}

// touches reports whether p lies on r's border, give or take half a map
// unit.
func touches(r Rect, p Point) bool {
	const tol = 0.5
	if !r.Inset(tol).Contains(p) {
		return false
	}
	in := r.Inset(-tol) // strictly inside it, p is inside the card
	return !(p.X > in.X && p.X < in.X+in.W && p.Y > in.Y && p.Y < in.Y+in.H)
}

// fitEnd returns where the line from `from` through `end` meets the
// border of r: end itself when it lies on it, the line made shorter or
// longer when r changed size since the route was made. It reports false
// when from lies inside r or the line misses it.
func fitEnd(r Rect, from, end Point) (Point, bool) {
	in := r.Inset(-0.5)
	if from.X > in.X && from.X < in.X+in.W && from.Y > in.Y && from.Y < in.Y+in.H {
		return end, false
	}
	if touches(r, end) {
		return end, true
	}
	// Slabs: the line from + t·d enters r at t0.
	d := Point{X: end.X - from.X, Y: end.Y - from.Y}
	t0, t1 := math.Inf(-1), math.Inf(1)
	slab := func(o, dd, lo, hi float64) bool {
		if dd == 0 {
			return o >= lo && o <= hi
		}
		a, b := (lo-o)/dd, (hi-o)/dd
		t0, t1 = math.Max(t0, math.Min(a, b)), math.Min(t1, math.Max(a, b))
		return true
	}
	if !slab(from.X, d.X, r.X, r.X+r.W) || !slab(from.Y, d.Y, r.Y, r.Y+r.H) || t0 > t1 || t0 <= 0 || t0 > 4 {
		return end, false
	}
	return Point{X: from.X + d.X*t0, Y: from.Y + d.Y*t0}, true
}

func indexOf(l []Point, p Point) int {
	for i, q := range l {
		if q == p {
			return i
		}
	}
	return -1
}

// segsBounds is the box of segs grown by what is drawn beside them.
func segsBounds(segs []Seg) Rect {
	var b Rect
	for _, sg := range segs {
		b = b.Union(sg.Bounds())
	}
	return b.Inset(12)
}
