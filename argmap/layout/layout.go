// Package layout arranges argument maps: a layered (Sugiyama-style) layout
// with main conclusions on top and premises below what they support, the
// co-premises of one argument side by side, objections beside the reasons of
// the claim they attack and undercutters beside the premises of the
// inference they attack. Pinned claims keep their place; the rest is placed
// around them and no two cards ever overlap.
//
// The phases: stack the pendant premises of bushy claims into blocks (see
// stack.go); break attack cycles by reversing, for ranking only, the edges
// that close them; rank by longest path from the top; split long edges with
// dummy nodes; reduce crossings on a spanning tree, then by median sweeps
// with co-premise groups kept contiguous (a few strategies, the best order
// kept); place each layer by isotonic regression towards the tidy drawing
// of the tree; pack the connected parts into rows towards the target aspect
// ratio (pack.go); route every link around the cards (route.go); then shift
// the whole onto the pinned cards and remove any overlap. While the drawing
// is too wide, more is stacked.
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
	// Aspect is the width:height the connected parts of the map are packed
	// towards, in rows (default DefaultAspect; the app passes its window's).
	Aspect float64
	// Stop, when set, is asked between the phases of a layout (each level
	// of stacking, each ordering strategy): once it says true the layout
	// gives up: Draw returns the claims where they are and no routes, Tidy
	// an edit that moves nothing.
	// For a caller that lays a big map out in the background (seconds)
	// and may no longer need it.
	Stop func() bool
}

// stopped reports whether the caller asked the layout to give up.
func (o Options) stopped() bool { return o.Stop != nil && o.Stop() }

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
	if !(o.Aspect > 0.01 && o.Aspect < 100) {
		o.Aspect = DefaultAspect
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
	return Draw(m, size, opts).Pos
}

// Drawing is a laid-out map: a position (card centre) for every claim and
// the route of every link of Links(m), in that order.
type Drawing struct {
	Pos    map[argmap.ID]argmap.Point
	Routes []Route
}

// Draw lays the map out as Layout does and also returns how each link is
// drawn. size may be nil for EstimateSize(m).
func Draw(m *argmap.Map, size SizeFunc, opts Options) Drawing {
	if size == nil {
		size = EstimateSize(m)
	}
	moving := func(c *argmap.Claim) bool { return !c.Pinned }
	pos, routes := arrange(m, nil, moving, size, opts.withDefaults())
	out := make(map[argmap.ID]argmap.Point, len(m.Claims))
	for _, c := range m.Claims {
		out[c.ID] = c.Pos
	}
	for id, p := range pos {
		out[id] = p
	}
	return Drawing{Pos: out, Routes: routes}
}

// Tidy lays out the whole map as one undoable edit: an argmap.Move (without
// pinning) of every unpinned claim. size may be nil for EstimateSize(m).
func Tidy(m *argmap.Map, size SizeFunc, opts Options) argmap.Edit {
	if size == nil {
		size = EstimateSize(m)
	}
	e, _ := TidyRoutes(m, size, opts)
	return e
}

// TidyRoutes is Tidy that also returns the route of every link of
// Links(m), for the positions after the edit.
func TidyRoutes(m *argmap.Map, size SizeFunc, opts Options) (argmap.Edit, []Route) {
	if size == nil {
		size = EstimateSize(m)
	}
	moving := func(c *argmap.Claim) bool { return !c.Pinned }
	pos, routes := arrange(m, nil, moving, size, opts.withDefaults())
	return moveEdit(m, pos), routes
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
	pos, _ := arrange(m, take, moving, size, opts.withDefaults())
	return moveEdit(m, pos)
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

// layoutResult is the engine's drawing, in its own frame (top-left card
// corner at the origin): a centre for every claim node of g and a route
// for every edge of g, from premise to target.
type layoutResult struct {
	g      *graph
	pts    []argmap.Point
	routes [][]argmap.Point
}

// engine lays out the claims for which take is true: at the first level of
// stacking that makes the drawing no wider than wideFactor times the
// target aspect ratio, or at the last.
func engine(m *argmap.Map, take func(*argmap.Claim) bool, size SizeFunc, o Options) layoutResult {
	g := buildGraph(m, take, size)
	if len(g.ids) == 0 {
		return layoutResult{g: g}
	}
	reset := func() {
		g.rank = nil
		for i := range g.edges {
			g.edges[i].reversed, g.edges[i].loose, g.edges[i].flat = false, false, false
		}
	}
	res := engineAt(m, g, 0, o)
	if o.stopped() {
		return layoutResult{g: g}
	}
	if a, w := res.aspect(); a <= wideFactor*o.Aspect || w <= minWide {
		return res
	}
	// The drawing narrows as the level rises: bisect for the lowest level
	// that is narrow enough, then keep whichever of it and the level below
	// comes closer to the target.
	lo, hi := 0, len(stackSizes)-1
	wide, narrow := res, layoutResult{}
	for hi-lo > 1 || narrow.g == nil {
		mid := (lo + hi + 1) / 2
		if narrow.g == nil && hi-lo <= 1 {
			mid = hi
		}
		reset()
		r := engineAt(m, g, mid, o)
		if o.stopped() {
			return layoutResult{g: g}
		}
		if a, _ := r.aspect(); a <= wideFactor*o.Aspect || mid == len(stackSizes)-1 {
			hi, narrow = mid, r
		} else {
			lo, wide = mid, r
		}
	}
	aw, _ := wide.aspect()
	an, _ := narrow.aspect()
	if aw <= maxFactor*o.Aspect && math.Abs(math.Log(aw/o.Aspect)) < math.Abs(math.Log(an/o.Aspect)) {
		return wide
	}
	return narrow
}

// wideFactor is how much wider than the target a drawing may come out
// before more is stacked; a drawing no wider than minWide (a screen or two)
// is left as it is.
const (
	wideFactor = 1.5
	minWide    = 3200
	maxFactor  = 1.875 // the widest kept when a narrower one is further off: 3:1 at 16:10
)

// aspect is the width:height of the drawing's cards, and its width.
func (res layoutResult) aspect() (aspect, width float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for v, p := range res.pts {
		x0, x1 = min(x0, p.X-res.g.w[v]/2), max(x1, p.X+res.g.w[v]/2)
		y0, y1 = min(y0, p.Y-res.g.h[v]/2), max(y1, p.Y+res.g.h[v]/2)
	}
	return (x1 - x0) / max(y1-y0, 1), x1 - x0
}

// engineAt lays g out with stacks of this level.
func engineAt(m *argmap.Map, g *graph, level int, o Options) layoutResult {
	st := stackLeaves(g, level, o.NodeSep)
	r := st.red
	r.breakCycles()
	r.rankNodes()
	var (
		l    *layered
		x    []float64
		best = -1
	)
	tries := portfolio(len(r.ids))
	if len(r.edges) == 0 {
		tries = tries[:1]
	}
	for _, strat := range tries {
		if o.stopped() {
			return layoutResult{g: g} // engine gives up too
		}
		lc := buildLayered(r, strat)
		lc.reduceCrossings(o.Passes, len(m.Arguments))
		xc := lc.assignX(o.NodeSep)
		if len(tries) == 1 {
			l, x = lc, xc
			break
		}
		// Links are drawn through their dummies: the crossings between
		// neighbouring layers are the ones drawn (give or take ports).
		c := lc.totalCrossings()
		if best < 0 || c < best {
			best, l, x = c, lc, xc
		}
	}
	geo := l.pack(r, x, o)
	chains := make([][]int, len(r.edges))
	for i := range r.edges {
		if d := l.first[i]; d >= 0 {
			e := &r.edges[i]
			for k := 0; k < r.rank[e.lower()]-r.rank[e.upper()]-1; k++ {
				chains[i] = append(chains[i], d+k)
			}
		}
	}
	// Where the links of blocks leave them: the trunk at the first spine,
	// escapes at their channels.
	portOf := map[int]float64{}
	for i := range g.edges {
		if k := st.edge[i]; k >= 0 && st.in[g.edges[i].from] >= 0 {
			s := &st.stacks[st.in[g.edges[i].from]]
			if st.primary[g.edges[i].from] == i {
				portOf[k] = s.spine[0]
			} else {
				portOf[k] = st.chanX[i]
			}
		}
	}
	port := func(i int) (float64, bool) {
		v := r.edges[i].from
		off, ok := portOf[i]
		if !ok || geo.grid[v] {
			return 0, false
		}
		return geo.x[v] - r.w[v]/2 + off, true
	}
	red := l.routes(r, geo, chains, port, o.RankSep)
	// Back to the full graph: stacked claims in their blocks, their links
	// an outline and a comb into the block's trunk.
	res := layoutResult{g: g, pts: make([]argmap.Point, len(g.ids)), routes: make([][]argmap.Point, len(g.edges))}
	g.rank = make([]int, len(g.ids))
	for v := range g.ids {
		rv := st.node[v]
		g.rank[v] = r.rank[rv]
		if si := st.in[v]; si >= 0 {
			s := &st.stacks[si]
			off := st.off[v]
			res.pts[v] = argmap.Point{X: geo.x[rv] - s.w/2 + off.X, Y: geo.top[rv] + off.Y}
			continue
		}
		res.pts[v] = argmap.Point{X: geo.x[rv], Y: geo.y[rv]}
	}
	// The first premise of each linked argument in a stack: where the bar
	// joining them meets the spine.
	firstPremise := map[int]int{}
	for i := range g.edges {
		e := &g.edges[i]
		if st.in[e.from] >= 0 && st.prem[e.anchor] > 1 && st.primary[e.from] == i {
			if f, ok := firstPremise[e.anchor]; !ok || res.pts[e.from].Y < res.pts[f].Y {
				firstPremise[e.anchor] = e.from
			}
		}
	}
	for i := range g.edges {
		e := &g.edges[i]
		si := st.in[e.from]
		if si < 0 {
			res.routes[i] = red[st.edge[i]]
			continue
		}
		rv := st.node[e.from]
		p, q := res.pts[e.from], res.pts[e.to]
		if geo.grid[rv] {
			res.routes[i] = straight(p, q, g.w[e.from], g.h[e.from], g.w[e.to], g.h[e.to])
			continue
		}
		s := &st.stacks[si]
		left, top := geo.x[rv]-s.w/2, geo.top[rv]
		start := argmap.Point{X: p.X - g.w[e.from]/2, Y: p.Y}
		if st.primary[e.from] != i {
			// A link of its own: out from the card's right side, up or
			// down its channel.
			start := argmap.Point{X: p.X + g.w[e.from]/2, Y: p.Y}
			ch := left + st.chanX[i]
			if st.edge[i] < 0 { // to another member: into its right side, below the middle
				at := q.Y + g.h[e.to]/4
				res.routes[i] = []argmap.Point{start, {X: ch, Y: start.Y}, {X: ch, Y: at}, {X: q.X + g.w[e.to]/2, Y: at}}
				continue
			}
			trunk := red[st.edge[i]]
			pts := []argmap.Point{start, {X: ch, Y: start.Y}, {X: ch, Y: trunk[0].Y}}
			res.routes[i] = dedupe(append(pts, trunk...))
			continue
		}
		// The stub to the spine (by the bar of a linked argument's
		// premises, which joins them at the first one's height).
		spine := q.X - g.w[e.to]/2 + spineRoom/2
		endY := q.Y + g.h[e.to]/2
		if st.edge[i] >= 0 {
			spine, endY = left+s.spine[st.col[e.from]], top
		}
		pts := []argmap.Point{start}
		if st.prem[e.anchor] > 1 {
			y0 := res.pts[firstPremise[e.anchor]].Y
			pts = append(pts, argmap.Point{X: spine + bracket, Y: p.Y}, argmap.Point{X: spine + bracket, Y: y0}, argmap.Point{X: spine, Y: y0})
		} else {
			pts = append(pts, argmap.Point{X: spine, Y: p.Y})
		}
		pts = append(pts, argmap.Point{X: spine, Y: endY})
		if st.edge[i] >= 0 {
			pts = append(pts, red[st.edge[i]]...)
		}
		res.routes[i] = dedupe(pts)
	}
	aimUndercuts(m, g, res.routes)
	// The frame: top-left card corner at the origin.
	minX, minY := math.Inf(1), math.Inf(1)
	for v, p := range res.pts {
		minX, minY = min(minX, p.X-g.w[v]/2), min(minY, p.Y-g.h[v]/2)
	}
	for v := range res.pts {
		res.pts[v].X -= minX
		res.pts[v].Y -= minY
	}
	for _, rt := range res.routes {
		for k := range rt {
			rt[k].X -= minX
			rt[k].Y -= minY
		}
	}
	return res
}

// arrange lays out the claims selected by take (all when nil) and returns
// the new positions of those selected by moving, placed in the map's frame:
// shifted onto the pinned claims among them, or onto where the selection
// was, and kept off every card that does not move; and the routes of the
// links among the claims laid out (straight lines for those whose cards
// could not go where the layout put them).
func arrange(m *argmap.Map, take, moving func(*argmap.Claim) bool, size SizeFunc, o Options) (map[argmap.ID]argmap.Point, []Route) {
	res := engine(m, take, size, o)
	g, pts := res.g, res.pts
	out := map[argmap.ID]argmap.Point{}
	if len(pts) == 0 {
		return out, nil
	}
	shift := frameShift(m, g, pts, take)
	// Keep the drawing inside the coordinate limit when it fits.
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for v, p := range pts {
		x0, x1 = min(x0, p.X-g.w[v]/2), max(x1, p.X+g.w[v]/2)
		y0, y1 = min(y0, p.Y-g.h[v]/2), max(y1, p.Y+g.h[v]/2)
	}
	shift.X = clampShift(shift.X, x0, x1)
	shift.Y = clampShift(shift.Y, y0, y1)
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
	onPlace := make([]bool, len(g.ids))
	for _, v := range order {
		if incremental {
			out[g.ids[v]] = nb.place(g.ids[v], g.w[v], g.h[v])
			continue
		}
		want := argmap.Point{X: pts[v].X + shift.X, Y: pts[v].Y + shift.Y}
		at := p.free(want, g.w[v], g.h[v], o.NodeSep/2, math.Inf(-1))
		nb.add(g.ids[v], at, g.w[v], g.h[v])
		out[g.ids[v]] = at
		onPlace[v] = at == want
	}
	final := func(v int) argmap.Point {
		if p, ok := out[g.ids[v]]; ok {
			return p
		}
		return m.Claim(g.ids[v]).Pos
	}
	routes := make([]Route, len(g.edges))
	for i := range g.edges {
		e := &g.edges[i]
		a, b := final(e.from), final(e.to)
		rt := Route{Link: Link{From: g.ids[e.from], To: g.ids[e.to], Kind: LinkKind(e.kind), Arg: m.Arguments[e.arg].ID}, FromAt: a, ToAt: b}
		if onPlace[e.from] && onPlace[e.to] {
			rt.Points = make([]argmap.Point, len(res.routes[i]))
			for k, q := range res.routes[i] {
				rt.Points[k] = argmap.Point{X: q.X + shift.X, Y: q.Y + shift.Y}
			}
		} else {
			rt.Points = straight(a, b, g.w[e.from], g.h[e.from], g.w[e.to], g.h[e.to])
		}
		routes[i] = rt
	}
	return out, routes
}

// clampShift moves a shift so that [lo, hi] shifted stays within argmap's
// coordinate limit, when it fits at all.
func clampShift(s, lo, hi float64) float64 {
	if hi-lo > 2*argmap.MaxCoord || math.IsNaN(s) {
		return s
	}
	return max(-argmap.MaxCoord-lo, min(argmap.MaxCoord-hi, s))
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

// aimUndercuts ends the route of each undercutter at the inference it
// attacks, as the canvas draws it: at the middle of the last piece of the
// attacked argument's route, in the gap below its conclusion (the trunk
// after the junction, for linked premises), where the undercutter's own
// route also arrives. Routes of other shapes (in stacks, grids, cycles)
// keep ending at the conclusion.
func aimUndercuts(m *argmap.Map, g *graph, routes [][]argmap.Point) {
	first := map[int]int{} // argument → one of its edges
	for i := range g.edges {
		if e := &g.edges[i]; e.kind != kindUndercut {
			if _, ok := first[e.arg]; !ok {
				first[e.arg] = i
			}
		}
	}
	// gapPiece is the index of the route's piece across the gap below its
	// target (from pts[k] up to pts[k+1]): the last one, or the one before
	// a last straight stub into the card.
	gapPiece := func(pts []argmap.Point) int {
		k := len(pts) - 2
		if k >= 1 && pts[k].X == pts[k+1].X && pts[k-1].X != pts[k].X {
			k--
		}
		if k < 0 || pts[k].Y <= pts[k+1].Y {
			return -1
		}
		return k
	}
	for i := range g.edges {
		e := &g.edges[i]
		if e.kind != kindUndercut || m.Arguments[e.arg].Target != m.Arguments[e.anchor].ID {
			continue
		}
		j, ok := first[e.anchor]
		if !ok || g.edges[j].to != e.to {
			continue
		}
		own, att := routes[i], routes[j]
		ko, ka := gapPiece(own), gapPiece(att)
		if ko < 0 || ka < 0 || own[ko+1].Y != att[ka+1].Y || own[ko].Y < att[ka].Y {
			continue // not across the same gap
		}
		a, b := att[ka], att[ka+1]
		aim := argmap.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		routes[i] = append(own[:ko+1:ko+1], aim)
	}
}
