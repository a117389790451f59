package layout

import (
	"math"
	"sort"

	"github.com/argmap/argmap/argmap"
)

// Routes: every link is drawn as a polyline that never passes through a
// card other than its ends. A layer's band is as tall as its tallest card,
// and in the band a card's column is its own: so a link leaves its card
// straight up or down to the edge of the band, crosses the gap between two
// layers (where there are no cards) in one straight piece, passes each
// layer it spans at its dummy node (whose slot is kept free), and enters
// its other card straight. The links at one side of a card leave it at
// ports spread along that side in the order of where they go. A link
// between two claims of one layer (an attack in a cycle) runs below the
// band. Links of stacked leaves are drawn as a comb (see stack.go).

// Route is how one link is drawn: a polyline from the premise's card
// border to the target's, in map units. A stacked claim's route runs from
// its card's left side to the spine of its column (or of the claim it hangs
// from), up the spine, along the bus and the trunk into the target: the
// routes of one stack share that part, as the legs of linked premises share
// theirs after the junction. An undercutter's route ends on the route of
// the argument it attacks, not on the target's border.
type Route struct {
	Link
	Points []argmap.Point
	// FromAt and ToAt are the card centres the route was made for: it is
	// valid while both cards stay there.
	FromAt, ToAt argmap.Point
}

// Valid reports whether the route still fits the cards at these centres.
func (r Route) Valid(from, to argmap.Point) bool { return from == r.FromAt && to == r.ToAt }

// routes draws every edge of the reduced graph from the packed geometry;
// route[i] goes from the edge's premise to its target.
//
// port(i) is, for an edge of a stack's block, the x where it leaves the
// block (its trunk or channel); a block's top is at geo.top and its bottom
// at geo.top + its height.
func (l *layered) routes(g *graph, geo geometry, chains [][]int, port func(i int) (float64, bool), rankSep float64) [][]argmap.Point {
	out := make([][]argmap.Point, len(g.edges))
	// port ends: for each claim, the route ends at its top and bottom.
	type end struct {
		route, at int // route index; 0 first point, 1 last point
		toward    float64
	}
	tops := make(map[int][]end)
	bots := make(map[int][]end)
	// Linked premises in the layer just below their target join at a
	// junction above them (a bar, as the canvas draws it) and go on as one
	// line into one port.
	byArg := map[int][]int{}
	for i := range g.edges {
		e := &g.edges[i]
		if e.kind != kindUndercut && !e.flat && !e.reversed && chains[i] == nil && !geo.grid[e.from] && !geo.grid[e.to] {
			if _, fixed := port(i); !fixed {
				byArg[e.arg] = append(byArg[e.arg], i)
			}
		}
	}
	joinOf := make(map[int]int) // edge → first edge of its junction
	junction := map[int]argmap.Point{}
	for _, es := range byArg {
		if len(es) < 2 {
			continue
		}
		t := g.edges[es[0]].to
		same := true
		sum := 0.0
		for _, i := range es {
			same = same && g.edges[i].to == t
			sum += geo.x[g.edges[i].from]
		}
		if !same {
			continue
		}
		v := g.edges[es[0]].from
		gap := geo.top[v] - geo.bot[t]
		junction[es[0]] = argmap.Point{X: sum / float64(len(es)), Y: geo.top[v] - min(28, gap/2)}
		for _, i := range es {
			joinOf[i] = es[0]
		}
	}
	for i := range g.edges {
		e := &g.edges[i]
		a, b := e.from, e.to
		if j, joined := joinOf[i]; joined {
			// Upper → lower, as below: target, junction, bar, premise.
			u, v, jp := e.to, e.from, junction[j]
			out[i] = []argmap.Point{
				{X: geo.x[u], Y: geo.y[u] + g.h[u]/2}, {X: geo.x[u], Y: geo.bot[u]}, jp,
				{X: geo.x[v], Y: jp.Y}, {X: geo.x[v], Y: geo.top[v]}, {X: geo.x[v], Y: geo.y[v] - g.h[v]/2},
			}
			if j == i {
				bots[u] = append(bots[u], end{i, 0, jp.X})
			}
			tops[v] = append(tops[v], end{i, 1, jp.X})
			continue
		}
		if geo.grid[a] || geo.grid[b] {
			pa := argmap.Point{X: geo.x[a], Y: geo.y[a]}
			pb := argmap.Point{X: geo.x[b], Y: geo.y[b]}
			out[i] = []argmap.Point{clip(pa, pb, g.w[a], g.h[a]), clip(pb, pa, g.w[b], g.h[b])}
			continue
		}
		var pts []argmap.Point
		if e.flat {
			below := geo.bot[a] + rankSep/3
			pts = []argmap.Point{
				{X: geo.x[a], Y: geo.y[a] + g.h[a]/2}, {X: geo.x[a], Y: below},
				{X: geo.x[b], Y: below}, {X: geo.x[b], Y: geo.y[b] + g.h[b]/2},
			}
			bots[a] = append(bots[a], end{i, 0, geo.x[b]})
			bots[b] = append(bots[b], end{i, 1, geo.x[a]})
			out[i] = pts
			continue
		}
		u, v := e.upper(), e.lower()
		px, fixed := port(i)
		blockUp := fixed && u == e.from // the block is the upper end
		if blockUp {
			pts = append(pts, argmap.Point{X: px, Y: geo.top[u] + g.h[u]}, argmap.Point{X: px, Y: geo.bot[u]})
		} else {
			pts = append(pts, argmap.Point{X: geo.x[u], Y: geo.y[u] + g.h[u]/2}, argmap.Point{X: geo.x[u], Y: geo.bot[u]})
		}
		for _, d := range chains[i] {
			pts = append(pts, argmap.Point{X: geo.x[d], Y: geo.top[d]}, argmap.Point{X: geo.x[d], Y: geo.bot[d]})
		}
		if fixed && !blockUp {
			pts = append(pts, argmap.Point{X: px, Y: geo.top[v]})
		} else {
			pts = append(pts, argmap.Point{X: geo.x[v], Y: geo.top[v]}, argmap.Point{X: geo.x[v], Y: geo.y[v] - g.h[v]/2})
		}
		// Ends: the upper end's bottom, the lower end's top (the route
		// runs upper → lower until it is turned round below).
		last := len(pts) - 1
		if !blockUp {
			bots[u] = append(bots[u], end{i, 0, pts[2].X})
		}
		if !fixed || blockUp {
			tops[v] = append(tops[v], end{i, 1, pts[last-2].X})
		}
		out[i] = pts
	}
	// Spread the ports along each side, in the order of where the links go.
	spread := func(v int, ends []end, y float64) {
		if len(ends) < 2 {
			return
		}
		sort.SliceStable(ends, func(a, b int) bool { return ends[a].toward < ends[b].toward })
		w := g.w[v]
		inset := min(12, w/4)
		for j, en := range ends {
			px := geo.x[v] - w/2 + inset + (w-2*inset)*float64(j+1)/float64(len(ends)+1)
			pts := out[en.route]
			if en.at == 0 {
				pts[0].X, pts[1].X = px, px
			} else {
				pts[len(pts)-1].X, pts[len(pts)-2].X = px, px
				if _, joined := joinOf[en.route]; joined {
					pts[len(pts)-3].X = px // the bar follows
				}
			}
		}
		_ = y
	}
	for v, ends := range bots {
		spread(v, ends, geo.bot[v])
	}
	for v, ends := range tops {
		spread(v, ends, geo.top[v])
	}
	for i, j := range joinOf { // one port into the target for a junction
		if i != j {
			out[i][0].X, out[i][1].X = out[j][0].X, out[j][1].X
		}
	}
	for i := range g.edges {
		e := &g.edges[i]
		pts := dedupe(out[i])
		if !e.flat && !geo.grid[e.from] && !geo.grid[e.to] && e.lower() == e.from {
			// Drawn upper → lower; a premise below its target runs up.
			for a, b := 0, len(pts)-1; a < b; a, b = a+1, b-1 {
				pts[a], pts[b] = pts[b], pts[a]
			}
		}
		out[i] = pts
	}
	return out
}

// dedupe drops repeated points and the middle of straight runs.
func dedupe(pts []argmap.Point) []argmap.Point {
	out := pts[:0]
	for _, p := range pts {
		if k := len(out); k > 0 && out[k-1] == p {
			continue
		}
		if k := len(out); k > 1 && orient(out[k-2], out[k-1], p) == 0 && between(out[k-2], out[k-1], p) {
			out[k-1] = p
			continue
		}
		out = append(out, p)
	}
	return out
}

// between reports whether b lies on the way from a to c (collinear points).
func between(a, b, c argmap.Point) bool {
	return (b.X-a.X)*(c.X-b.X) >= 0 && (b.Y-a.Y)*(c.Y-b.Y) >= 0
}

// straight is the route of a link drawn as a straight line between the
// borders of its cards.
func straight(a, b argmap.Point, wa, ha, wb, hb float64) []argmap.Point {
	return []argmap.Point{clip(a, b, wa, ha), clip(b, a, wb, hb)}
}

// CrossingsOf counts the points where two routes cross, as drawn. Routes
// that share an end claim (they meet there, or share a comb) are not
// counted against each other, nor are pieces that only touch or run along
// each other.
func CrossingsOf(routes []Route) int {
	type seg struct {
		a, b  argmap.Point
		route int
	}
	var segs []seg
	for i, r := range routes {
		for k := 0; k+1 < len(r.Points); k++ {
			a, b := r.Points[k], r.Points[k+1]
			if b.X < a.X {
				a, b = b, a
			}
			segs = append(segs, seg{a, b, i})
		}
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].a.X < segs[j].a.X })
	count := 0
	for i := range segs {
		s := &segs[i]
		rs := &routes[s.route]
		sy0, sy1 := min(s.a.Y, s.b.Y), max(s.a.Y, s.b.Y)
		for j := i + 1; j < len(segs) && segs[j].a.X <= s.b.X; j++ {
			t := &segs[j]
			if t.route == s.route {
				continue
			}
			rt := &routes[t.route]
			if rt.From == rs.From || rt.From == rs.To || rt.To == rs.From || rt.To == rs.To {
				continue
			}
			if max(t.a.Y, t.b.Y) < sy0 || min(t.a.Y, t.b.Y) > sy1 {
				continue
			}
			if properCross(s.a, s.b, t.a, t.b) {
				count++
			}
		}
	}
	return count
}

// segmentHitsBox reports whether the segment ab passes through the inside
// of the box (touching its border does not count).
func segmentHitsBox(a, b argmap.Point, r rect) bool {
	// Liang–Barsky clipping against the open box.
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	for _, c := range [4][2]float64{{-dx, a.X - r.x0}, {dx, r.x1 - a.X}, {-dy, a.Y - r.y0}, {dy, r.y1 - a.Y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q <= 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 >= t1 {
			return false
		}
	}
	return t1-t0 > 1e-9
}

var _ = math.Inf
