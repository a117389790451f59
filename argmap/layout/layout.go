// Package layout arranges argument maps: a layered (Sugiyama-style) layout
// with main conclusions on top and premises below what they support, the
// co-premises of one argument side by side, objections beside the reasons of
// the claim they attack and undercutters beside the premises of the
// inference they attack. Pinned claims keep their place; the rest is placed
// around them and no two cards ever overlap.
//
// The phases: break attack cycles by reversing, for ranking only, the edges
// that close them; rank by longest path from the top; split long edges with
// dummy nodes; reduce crossings by median sweeps with co-premise groups kept
// contiguous (a bounded number of passes, the best order kept); place each
// layer by isotonic regression towards its neighbours (alternating sweeps);
// then shift the whole onto the pinned cards and remove any overlap.
//
// Card sizes come from a SizeFunc the caller passes in, so this package
// needs no UI toolkit; EstimateSize is a stand-in for tools without one.
package layout

import (
	"math"
	"sort"

	"github.com/argmap/argmap/argmap"
)

// SizeFunc returns the width and height of a claim's card in map units.
type SizeFunc func(id argmap.ID) (w, h float64)

// Options tune a layout. The zero value means the defaults.
type Options struct {
	NodeSep float64 // horizontal gap between cards of a layer (default 40)
	RankSep float64 // vertical gap between layers (default 60)
	// Passes bounds the crossing-reduction rounds (default 8; negative
	// turns crossing reduction off).
	Passes int
}

func (o Options) withDefaults() Options {
	if o.NodeSep <= 0 {
		o.NodeSep = 40
	}
	if o.RankSep <= 0 {
		o.RankSep = 60
	}
	if o.Passes == 0 {
		o.Passes = 8
	}
	return o
}

// NeedsLayout reports whether the map has no positions at all (every claim
// at the origin), as an imported map has: the app and the CLI lay it out
// when they open it. A map of one claim needs none.
func NeedsLayout(m *argmap.Map) bool {
	if len(m.Claims) < 2 {
		return false
	}
	for _, c := range m.Claims {
		if c.Pos != (argmap.Point{}) {
			return false
		}
	}
	return true
}

// Layout returns a position (card centre) for every claim of the map:
// pinned claims where they are, the others laid out and placed around them
// without overlap. size may be nil for EstimateSize(m).
func Layout(m *argmap.Map, size SizeFunc, opts Options) map[argmap.ID]argmap.Point {
	if size == nil {
		size = EstimateSize(m)
	}
	moving := func(c *argmap.Claim) bool { return !c.Pinned }
	pos := arrange(m, nil, moving, size, opts.withDefaults())
	out := make(map[argmap.ID]argmap.Point, len(m.Claims))
	for _, c := range m.Claims {
		out[c.ID] = c.Pos
	}
	for id, p := range pos {
		out[id] = p
	}
	return out
}

// Tidy lays out the whole map as one undoable edit: an argmap.Move (without
// pinning) of every unpinned claim. size may be nil for EstimateSize(m).
func Tidy(m *argmap.Map, size SizeFunc, opts Options) argmap.Edit {
	if size == nil {
		size = EstimateSize(m)
	}
	moving := func(c *argmap.Claim) bool { return !c.Pinned }
	return moveEdit(m, arrange(m, nil, moving, size, opts.withDefaults()))
}

// TidySelection lays out the selected claims among themselves, where the
// selection was, as one undoable move of its unpinned claims; the rest of
// the map stays and the moved cards are kept off it.
func TidySelection(m *argmap.Map, ids []argmap.ID, size SizeFunc, opts Options) argmap.Edit {
	if size == nil {
		size = EstimateSize(m)
	}
	sel := make(map[argmap.ID]bool, len(ids))
	for _, id := range ids {
		sel[id] = true
	}
	take := func(c *argmap.Claim) bool { return sel[c.ID] }
	moving := func(c *argmap.Claim) bool { return sel[c.ID] && !c.Pinned }
	return moveEdit(m, arrange(m, take, moving, size, opts.withDefaults()))
}

// moveEdit turns new positions into one Move, in map order.
func moveEdit(m *argmap.Map, pos map[argmap.ID]argmap.Point) argmap.Edit {
	ids := make([]argmap.ID, 0, len(pos))
	to := make([]argmap.Point, 0, len(pos))
	for _, c := range m.Claims {
		if p, ok := pos[c.ID]; ok {
			ids = append(ids, c.ID)
			to = append(to, p)
			delete(pos, c.ID) // a duplicate ID moves once
		}
	}
	return argmap.Move(ids, to, false)
}

// engine lays out the claims for which take is true and returns their
// centres in the layout's own frame (top-left card corner at the origin),
// with each claim's layer.
func engine(m *argmap.Map, take func(*argmap.Claim) bool, size SizeFunc, o Options) (*graph, []argmap.Point) {
	g := buildGraph(m, take, size)
	if len(g.ids) == 0 {
		return g, nil
	}
	g.breakCycles()
	g.rankNodes()
	var (
		l     *layered
		x     []float64
		links []Link
		best  = -1
	)
	tries := portfolio(len(g.ids))
	for _, st := range tries {
		lc := buildLayered(g, st)
		lc.reduceCrossings(o.Passes, len(m.Arguments))
		xc := lc.assignX(o.NodeSep)
		if len(tries) == 1 {
			l, x = lc, xc
			break
		}
		if links == nil {
			links = g.links()
		}
		c := Crossings(links, g.centres(xc, lc, o.RankSep))
		if best < 0 || c < best {
			best, l, x = c, lc, xc
		}
	}
	y := l.assignY(g.h, x, o.RankSep, o.NodeSep)
	pts := make([]argmap.Point, len(g.ids))
	minX := math.Inf(1)
	for v := range pts {
		minX = min(minX, x[v]-g.w[v]/2)
	}
	for v := range pts {
		pts[v] = argmap.Point{X: x[v] - minX, Y: y[g.rank[v]]}
	}
	return g, pts
}

// arrange lays out the claims selected by take (all when nil) and returns
// the new positions of those selected by moving, placed in the map's frame:
// shifted onto the pinned claims among them, or onto where the selection
// was, and kept off every card that does not move.
func arrange(m *argmap.Map, take, moving func(*argmap.Claim) bool, size SizeFunc, o Options) map[argmap.ID]argmap.Point {
	g, pts := engine(m, take, size, o)
	out := map[argmap.ID]argmap.Point{}
	if len(pts) == 0 {
		return out
	}
	shift := frameShift(m, g, pts, take)
	nb := newNeighbourhood(m, o)
	p := nb.p
	isMoving := make([]bool, len(g.ids))
	moves, pins := 0, 0
	for v, id := range g.ids {
		c := m.Claim(id)
		isMoving[v] = moving(c)
		if isMoving[v] {
			moves++
		} else if c.Pinned {
			pins++
		}
	}
	// Cards that stay are obstacles: the rest of the map and pinned ones.
	for _, c := range m.Claims {
		if v, in := g.index[c.ID]; in && isMoving[v] {
			continue
		}
		w, h := size(c.ID)
		nb.add(c.ID, c.Pos, positive(w), positive(h))
	}
	// Mostly pinned: the few others go next to their neighbours, as new
	// claims do, rather than where a layout of the whole would put them.
	incremental := pins > moves
	// Moving cards go top to bottom, left to right, each at its laid-out
	// place or, when that is taken, at the nearest free place.
	order := make([]int, 0, len(g.ids))
	for v := range g.ids {
		if isMoving[v] {
			order = append(order, v)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		pa, pb := pts[order[a]], pts[order[b]]
		if pa.Y != pb.Y {
			return pa.Y < pb.Y
		}
		return pa.X < pb.X
	})
	for _, v := range order {
		if incremental {
			out[g.ids[v]] = nb.place(g.ids[v], g.w[v], g.h[v])
			continue
		}
		want := argmap.Point{X: pts[v].X + shift.X, Y: pts[v].Y + shift.Y}
		at := p.free(want, g.w[v], g.h[v], o.NodeSep/2, math.Inf(-1))
		nb.add(g.ids[v], at, g.w[v], g.h[v])
		out[g.ids[v]] = at
	}
	return out
}

// frameShift is the translation from the layout's frame to the map's: the
// median offset of the pinned claims laid out, else the shift that keeps
// the first main conclusion where it is, else none (a map without
// positions starts at the origin).
func frameShift(m *argmap.Map, g *graph, pts []argmap.Point, take func(*argmap.Claim) bool) argmap.Point {
	var dx, dy []float64
	for v, id := range g.ids {
		if c := m.Claim(id); c.Pinned && finite(c.Pos) {
			dx = append(dx, c.Pos.X-pts[v].X)
			dy = append(dy, c.Pos.Y-pts[v].Y)
		}
	}
	if len(dx) > 0 {
		return argmap.Point{X: medianOf(dx), Y: medianOf(dy)}
	}
	if take != nil {
		// A selection stays where it was: same top-left corner.
		ox, oy := math.Inf(1), math.Inf(1)
		for v, id := range g.ids {
			c := m.Claim(id)
			ox = min(ox, c.Pos.X-g.w[v]/2)
			oy = min(oy, c.Pos.Y-g.h[v]/2)
		}
		lx, ly := math.Inf(1), math.Inf(1)
		for v := range g.ids {
			lx = min(lx, pts[v].X-g.w[v]/2)
			ly = min(ly, pts[v].Y-g.h[v]/2)
		}
		return argmap.Point{X: ox - lx, Y: oy - ly}
	}
	if NeedsLayout(m) {
		return argmap.Point{}
	}
	for v, id := range g.ids {
		if g.rank[v] == 0 {
			c := m.Claim(id)
			return argmap.Point{X: c.Pos.X - pts[v].X, Y: c.Pos.Y - pts[v].Y}
		}
	}
	return argmap.Point{}
}

func finite(p argmap.Point) bool {
	return !math.IsNaN(p.X) && !math.IsNaN(p.Y) && !math.IsInf(p.X, 0) && !math.IsInf(p.Y, 0)
}

func medianOf(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
