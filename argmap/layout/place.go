package layout

import (
	"container/heap"
	"math"

	"github.com/argmap/argmap/argmap"
)

// rect is a card's box, inflated by the placer's margin.
type rect struct{ x0, y0, x1, y1 float64 }

func (a rect) overlaps(b rect) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// placer knows the cards already placed (a uniform grid of boxes) and finds
// free room for more. Boxes are inflated by margin on every side, so placed
// cards keep at least twice the margin apart.
type placer struct {
	margin float64
	cell   float64
	cells  map[[2]int32][]int32
	rects  []rect
	huge   []int32 // boxes too big for the grid: checked against every query
	maxY   float64
	stamp  []uint32 // dedup of hits per query
	epoch  uint32
}

const placerCell = 256

func newPlacer(margin float64) *placer {
	return &placer{margin: margin, cell: placerCell, cells: map[[2]int32][]int32{}, maxY: math.Inf(-1)}
}

func (p *placer) box(c argmap.Point, w, h float64) rect {
	return rect{c.X - w/2 - p.margin, c.Y - h/2 - p.margin, c.X + w/2 + p.margin, c.Y + h/2 + p.margin}
}

// span is the range of grid cells a box covers; boxes far off the grid
// (absurd coordinates) are clamped so that the loops stay bounded.
func (p *placer) span(r rect) (i0, j0, i1, j1 int32) {
	c := func(v float64) int32 {
		return int32(max(-1e8, min(1e8, math.Floor(v/p.cell))))
	}
	i0, j0, i1, j1 = c(r.x0), c(r.y0), c(r.x1), c(r.y1)
	return
}

// isHuge reports whether a box spans too many cells to index.
func (p *placer) isHuge(r rect) bool {
	return r.x1-r.x0 > 64*p.cell || r.y1-r.y0 > 64*p.cell
}

// add places a card centred at c.
func (p *placer) add(c argmap.Point, w, h float64) {
	r := p.box(c, w, h)
	if math.IsNaN(r.x0) || math.IsNaN(r.y0) {
		return
	}
	k := int32(len(p.rects))
	p.rects = append(p.rects, r)
	p.stamp = append(p.stamp, 0)
	p.maxY = max(p.maxY, r.y1)
	if p.isHuge(r) {
		p.huge = append(p.huge, k)
		return
	}
	i0, j0, i1, j1 := p.span(r)
	for i := i0; i <= i1; i++ {
		for j := j0; j <= j1; j++ {
			p.cells[[2]int32{i, j}] = append(p.cells[[2]int32{i, j}], k)
		}
	}
}

// hits returns the placed boxes that overlap r.
func (p *placer) hits(r rect, out []int32) []int32 {
	out = out[:0]
	p.epoch++
	for _, k := range p.huge {
		if p.rects[k].overlaps(r) {
			p.stamp[k] = p.epoch
			out = append(out, k)
		}
	}
	if p.isHuge(r) { // a huge query: look at every box
		for k, b := range p.rects {
			if p.stamp[k] != p.epoch && b.overlaps(r) {
				p.stamp[k] = p.epoch
				out = append(out, int32(k))
			}
		}
		return out
	}
	i0, j0, i1, j1 := p.span(r)
	for i := i0; i <= i1; i++ {
		for j := j0; j <= j1; j++ {
			for _, k := range p.cells[[2]int32{i, j}] {
				if p.stamp[k] != p.epoch && p.rects[k].overlaps(r) {
					p.stamp[k] = p.epoch
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// candidate is a place to try, by cost from the wanted place.
type candidate struct {
	at   argmap.Point
	cost float64
}

type candidates []candidate

func (c candidates) Len() int           { return len(c) }
func (c candidates) Less(i, j int) bool { return c[i].cost < c[j].cost }
func (c candidates) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }
func (c *candidates) Push(x any)        { *c = append(*c, x.(candidate)) }
func (c *candidates) Pop() any {
	old := *c
	x := old[len(old)-1]
	*c = old[:len(old)-1]
	return x
}

// maxTries bounds the search for free room before the fallback below
// everything, which is always free.
const maxTries = 600

// free returns the free place nearest to want for a w×h card: want itself
// when free, else a place beside, above or below the cards in the way,
// preferring sideways moves (cost |dx| + 2|dy|), never above minY. gap is
// kept from the cards stepped around.
func (p *placer) free(want argmap.Point, w, h, gap, minY float64) argmap.Point {
	if math.IsNaN(want.X) || math.IsInf(want.X, 0) || math.IsNaN(want.Y) || math.IsInf(want.Y, 0) {
		want = argmap.Point{}
	}
	var hit []int32
	if hit = p.hits(p.box(want, w, h), hit); len(hit) == 0 {
		return want
	}
	seen := map[[2]int64]bool{}
	q := &candidates{}
	push := func(at argmap.Point) {
		k := [2]int64{int64(math.Round(at.X * 2)), int64(math.Round(at.Y * 2))}
		if seen[k] || at.Y < minY {
			return
		}
		seen[k] = true
		heap.Push(q, candidate{at, math.Abs(at.X-want.X) + 2*math.Abs(at.Y-want.Y)})
	}
	step := func(at argmap.Point, hit []int32) {
		m := p.margin
		for _, k := range hit {
			b := p.rects[k]
			push(argmap.Point{X: b.x1 + gap + w/2 + m, Y: at.Y})
			push(argmap.Point{X: b.x0 - gap - w/2 - m, Y: at.Y})
			push(argmap.Point{X: at.X, Y: b.y1 + gap + h/2 + m})
			push(argmap.Point{X: at.X, Y: b.y0 - gap - h/2 - m})
		}
	}
	step(want, hit)
	for tries := 0; q.Len() > 0 && tries < maxTries; tries++ {
		c := heap.Pop(q).(candidate)
		if hit = p.hits(p.box(c.at, w, h), hit); len(hit) == 0 {
			return c.at
		}
		step(c.at, hit)
	}
	return argmap.Point{X: want.X, Y: p.maxY + gap + h/2 + p.margin}
}

// PlaceNew returns a free place for the claim id, already in the map with
// its arguments, next to its neighbours: below its conclusion, right of its
// co-premises or of the other premises of that conclusion; above its
// premises when it is their new conclusion; right of the map when it has no
// neighbour. Nobody moves: the place overlaps no other card. size may be
// nil for EstimateSize(m).
func PlaceNew(m *argmap.Map, id argmap.ID, size SizeFunc) argmap.Point {
	if size == nil {
		size = EstimateSize(m)
	}
	o := Options{}.withDefaults()
	n := newNeighbourhood(m, o)
	for _, c := range m.Claims {
		if c.ID != id {
			w, h := size(c.ID)
			n.add(c.ID, c.Pos, positive(w), positive(h))
		}
	}
	w, h := size(id)
	return n.place(id, positive(w), positive(h))
}

// neighbourhood places claims one by one next to their placed neighbours.
type neighbourhood struct {
	m          *argmap.Map
	o          Options
	p          *placer
	boxes      map[argmap.ID]rect
	argIndex   map[argmap.ID]int
	argsTo     map[argmap.ID][]*argmap.Argument
	right, top float64 // of everything placed
}

func newNeighbourhood(m *argmap.Map, o Options) *neighbourhood {
	n := &neighbourhood{m: m, o: o, p: newPlacer(o.NodeSep / 4), boxes: map[argmap.ID]rect{},
		argIndex: make(map[argmap.ID]int, len(m.Arguments)), argsTo: map[argmap.ID][]*argmap.Argument{},
		right: math.Inf(-1), top: math.Inf(1)}
	for i, a := range m.Arguments {
		if _, dup := n.argIndex[a.ID]; !dup {
			n.argIndex[a.ID] = i
		}
		n.argsTo[a.Target] = append(n.argsTo[a.Target], a)
	}
	return n
}

// add records a card that is in place.
func (n *neighbourhood) add(id argmap.ID, at argmap.Point, w, h float64) {
	n.p.add(at, w, h)
	r := rect{at.X - w/2, at.Y - h/2, at.X + w/2, at.Y + h/2}
	n.boxes[id] = r
	if !math.IsNaN(r.x1) && !math.IsInf(r.x1, 0) && !math.IsNaN(r.y0) && !math.IsInf(r.y0, 0) {
		n.right, n.top = max(n.right, r.x1), min(n.top, r.y0)
	}
}

// place finds the place of id next to its neighbours (and records it).
func (n *neighbourhood) place(id argmap.ID, w, h float64) argmap.Point {
	want, minY := n.want(id, w, h)
	at := n.p.free(want, w, h, n.o.NodeSep/2, minY)
	n.add(id, at, w, h)
	return at
}

// want is where a new claim would best go, before looking for room, and
// how high it may go (a premise stays below its conclusion).
func (n *neighbourhood) want(id argmap.ID, w, h float64) (argmap.Point, float64) {
	m, o, boxes := n.m, n.o, n.boxes
	// The last argument that has id as a premise: the one just made.
	for i := len(m.Arguments) - 1; i >= 0; i-- {
		a := m.Arguments[i]
		if !a.HasPremise(id) {
			continue
		}
		_, target, ok := resolve(m, n.argIndex, i)
		tb, placed := boxes[target]
		if !ok || !placed {
			continue
		}
		y := tb.y1 + o.RankSep + h/2
		x := (tb.x0 + tb.x1) / 2
		minY := tb.y1 + h/2 + o.NodeSep/2
		// Right of the co-premises if any is placed, else of the other
		// children of the target on that row.
		right, found := math.Inf(-1), false
		for _, q := range a.Premises {
			if b, ok := boxes[q]; ok && q != id && b.y0 > tb.y1 {
				right, found = max(right, b.x1), true
				y = (b.y0 + b.y1) / 2
			}
		}
		if !found {
			for _, b := range n.argsTo[a.Target] {
				for _, q := range b.Premises {
					if bb, ok := boxes[q]; ok && q != id && bb.y0 > tb.y1 {
						right, found = max(right, bb.x1), true
						y = (bb.y0 + bb.y1) / 2
					}
				}
			}
		}
		if found {
			x = right + o.NodeSep + w/2
		}
		return argmap.Point{X: x, Y: y}, minY
	}
	// A new conclusion goes above its premises.
	sumX, k, top := 0.0, 0, math.Inf(1)
	for _, a := range n.argsTo[id] {
		for _, q := range a.Premises {
			if b, ok := boxes[q]; ok {
				sumX += (b.x0 + b.x1) / 2
				k++
				top = min(top, b.y0)
			}
		}
	}
	if k > 0 {
		return argmap.Point{X: sumX / float64(k), Y: top - o.RankSep - h/2}, math.Inf(-1)
	}
	// No neighbour: right of everything, at the top.
	if math.IsInf(n.right, -1) {
		return argmap.Point{}, math.Inf(-1)
	}
	return argmap.Point{X: n.right + o.NodeSep + w/2, Y: n.top + h/2}, math.Inf(-1)
}
