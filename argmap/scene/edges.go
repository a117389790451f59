package scene

import (
	"math"
	"slices"

	"github.com/argmap/argmap/argmap"
)

// buildEdges makes one edge per argument whose premises and target are in
// the scene, ordered so that every undercutter comes after the edge it aims
// at. Undercutters caught in a cycle of undercutters are left out.
//
// It works on the arguments' positions in m.Arguments, in arrays: maps
// keyed by ID for the depths (read again by every comparison of the sort)
// and for the claims' edges were most of its cost on a big map.
func (s *Scene) buildEdges(m *argmap.Map) {
	n := len(m.Arguments)
	// first is the first position of each ID, as m.Argument finds it;
	// one[j] is that of argument j's ID, tgt[j] that of its target's (-1
	// for a claim).
	first := make(map[argmap.ID]int32, n)
	one := make([]int32, n)
	for j, a := range m.Arguments {
		f, dup := first[a.ID]
		if !dup {
			f = int32(j)
			first[a.ID] = f
		}
		one[j] = f
	}
	tgt := make([]int32, n)
	for j, a := range m.Arguments {
		tgt[j] = -1
		if f, ok := first[a.Target]; ok {
			tgt[j] = f
		}
	}
	// level[f] is the depth of the argument first at f, plus 2 (0: not
	// known yet; 1: in a cycle of undercutters).
	level := make([]int32, n)
	var depth func(f int32, d int) int32
	depth = func(f int32, d int) int32 {
		if l := level[f]; l != 0 {
			return l - 2
		}
		t := tgt[f]
		if t < 0 {
			level[f] = 2
			return 0
		}
		if d > n {
			return -1 // a cycle of undercutters
		}
		l := depth(one[t], d+1)
		if l >= 0 {
			l++
		}
		level[f] = l + 2
		return l
	}
	// The arguments in a stable order of depth: counted, then placed.
	var count []int32
	for j := range m.Arguments {
		if l := depth(one[j], 0); l >= 0 {
			for int(l) >= len(count) {
				count = append(count, 0)
			}
			count[l]++
		}
	}
	total := int32(0)
	for l, c := range count {
		count[l] = total
		total += c
	}
	order := make([]int32, total)
	for j := range m.Arguments {
		if l := level[one[j]] - 2; l >= 0 {
			order[count[l]] = int32(j)
			count[l]++
		}
	}
	s.Edges = make([]Edge, 0, total)
	// edgeAt[f] is the edge of the ID first at f, or -1; under[i] is the
	// edge edge i undercuts, or -1.
	edgeAt := make([]int32, n)
	for f := range edgeAt {
		edgeAt[f] = -1
	}
	var under []int32
	cards := make([]int32, 0, n+n/2)
	var segs []Seg
	var slots map[argmap.ID]int // linked arguments so far per target
	for _, j := range order {
		a := m.Arguments[j]
		if edgeAt[one[j]] >= 0 {
			continue // an ID already drawn
		}
		e := Edge{ID: a.ID, Premises: a.Premises, Target: a.Target}
		ut := int32(-1)
		if t := tgt[j]; t >= 0 {
			ut = edgeAt[t]
		}
		switch {
		case a.Polarity == argmap.Con && tgt[j] >= 0:
			e.Kind = EdgeUndercut
		case a.Polarity == argmap.Con:
			e.Kind = EdgeCon
		}
		e.Dimmed = s.opt.Keep != nil && !s.opt.Keep[a.ID]
		if len(a.Premises) > 1 {
			if slots == nil {
				slots = map[argmap.ID]int{}
			}
			e.slot = slots[a.Target]
			slots[a.Target]++
		}
		// Room for the segments a straight edge has (one, or a leg per
		// premise, a bar and the arrow), cut from one block.
		need := 1
		if len(a.Premises) > 1 {
			need = len(a.Premises) + 2
		}
		if len(segs)+need > cap(segs) {
			segs = make([]Seg, 0, max(need, 2*(n-len(s.Edges))))
		}
		e.Segs = segs[len(segs) : len(segs) : len(segs)+need]
		if !s.route(&e) {
			continue
		}
		segs = segs[:len(segs)+need]
		// The cards' suggestions are added by index; an undercutter's
		// target is looked up (claims first, as m.ProposalOf does).
		e.Proposed = a.Proposal != nil || ut >= 0 && m.ProposalOf(a.Target) != nil
		i := len(s.Edges)
		s.edgeIdx[a.ID] = i
		edgeAt[one[j]] = int32(i)
		s.Edges = append(s.Edges, e)
		under = append(under, ut)
		// The edge's cards, as route found them: the premises', and the
		// target's unless it undercuts (an ID of a claim and an argument
		// both counts as the argument, as it always has).
		ends := s.ends[:len(a.Premises)]
		if ut < 0 {
			ends = s.ends[:len(a.Premises)+1]
		}
		cards = append(cards, ends...)
	}
	s.index(under, cards)
}

// index makes touch and under from the edges (under[i]: the edge that
// edge i undercuts, or -1; cards: each edge's cards in turn, its premises'
// and its target's unless it undercuts), each list in the order of the
// edges, and marks proposed the edges with a suggestion among their cards.
func (s *Scene) index(under, cards []int32) {
	nc, ne := len(s.Cards), len(s.Edges)
	s.touchAt = make([]int32, nc+1)
	s.underAt = make([]int32, ne+1)
	for _, t := range under {
		if t >= 0 {
			s.underAt[t+1]++
		}
	}
	for _, c := range cards {
		s.touchAt[c+1]++
	}
	for c := range nc {
		s.touchAt[c+1] += s.touchAt[c]
	}
	for i := range ne {
		s.underAt[i+1] += s.underAt[i]
	}
	s.touch = make([]int32, len(cards))
	s.under = make([]int32, s.underAt[ne])
	next := slices.Clone(s.touchAt[:nc])
	k := 0
	for i := range s.Edges {
		e := &s.Edges[i]
		np := len(e.Premises)
		if under[i] < 0 {
			np++
		}
		for _, c := range cards[k : k+np] {
			s.touch[next[c]] = int32(i)
			next[c]++
			// A suggestion among its cards makes the edge one too.
			e.Proposed = e.Proposed || s.Cards[c].Proposed
		}
		k += np
	}
	nextU := slices.Clone(s.underAt[:ne])
	for i, t := range under {
		if t >= 0 {
			s.under[nextU[t]] = int32(i)
			nextU[t]++
		}
	}
}

// touching returns the edges that card i is a premise or target of.
func (s *Scene) touching(i int) []int32 { return s.touch[s.touchAt[i]:s.touchAt[i+1]] }

// undercutters returns the edges aimed at edge i.
func (s *Scene) undercutters(i int) []int32 { return s.under[s.underAt[i]:s.underAt[i+1]] }

// route computes e's segments from the current card boxes (and, for an
// undercutter, the aim point of its target edge). It reports false when a
// premise or the target is missing.
func (s *Scene) route(e *Edge) bool {
	// The premises' cards (and the target's, last, when it is a card) are
	// left in s.ends for buildEdges; boxes is scratch too, not a slice
	// per edge.
	boxes, ends := s.boxes[:0], s.ends[:0]
	defer func() { s.boxes, s.ends = boxes[:0], ends }()
	for _, p := range e.Premises {
		i, ok := s.cardIdx[p]
		if !ok {
			return false
		}
		boxes = append(boxes, s.Cards[i].Box)
		ends = append(ends, int32(i))
	}
	if len(boxes) == 0 {
		return false
	}
	var target *Rect // the target card, or nil for an aim point
	var aim Point
	if i, ok := s.cardIdx[e.Target]; ok {
		target = &s.Cards[i].Box
		aim = target.Center()
		ends = append(ends, int32(i))
	} else if i, ok := s.edgeIdx[e.Target]; ok {
		aim = s.Edges[i].Aim
	} else {
		return false
	}
	if s.followRoutes(e) {
		e.Bounds = segsBounds(e.Segs)
		return true
	}
	e.Segs = e.Segs[:0]
	e.Joined = len(boxes) > 1
	// tipFrom returns where an arrow coming from p ends.
	tipFrom := func(p Point) Point {
		if target != nil {
			return ClipToBorder(*target, p)
		}
		return aim
	}
	if !e.Joined {
		from := ClipToBorder(boxes[0], aim)
		e.Tip = tipFrom(boxes[0].Center())
		if target != nil && boxes[0].Intersects(*target) {
			from = boxes[0].Center()
		}
		e.Segs = append(e.Segs, Seg{from, e.Tip})
		e.Dir = unit(from, e.Tip)
		e.Aim = Seg{from, e.Tip}.Mid()
	} else {
		e.Junction = s.junction(boxes, target, aim, e.slot)
		top := math.Inf(1)
		minX, maxX := math.Inf(1), math.Inf(-1)
		for _, b := range boxes {
			top = math.Min(top, b.Y)
			minX, maxX = math.Min(minX, b.Center().X), math.Max(maxX, b.Center().X)
		}
		if e.Junction.Y < top-1 && e.Junction.X >= minX && e.Junction.X <= maxX {
			// Premises side by side below the junction: a bracket, as
			// Rationale draws it (rise from each premise, one bar).
			for _, b := range boxes {
				c := b.Center()
				e.Segs = append(e.Segs, Seg{Point{X: c.X, Y: b.Y}, Point{X: c.X, Y: e.Junction.Y}})
			}
			e.Segs = append(e.Segs, Seg{Point{X: minX, Y: e.Junction.Y}, Point{X: maxX, Y: e.Junction.Y}})
		} else {
			for _, b := range boxes {
				e.Segs = append(e.Segs, Seg{ClipToBorder(b, e.Junction), e.Junction})
			}
		}
		e.Tip = tipFrom(e.Junction)
		e.Segs = append(e.Segs, Seg{e.Junction, e.Tip})
		e.Dir = unit(e.Junction, e.Tip)
		e.Aim = e.Junction
	}
	var b Rect
	for _, sg := range e.Segs {
		b = b.Union(sg.Bounds())
	}
	e.Bounds = b.Inset(12)
	return true
}

// junction places the join of linked premises: just above them when they
// sit below the target, else part way from their centre to the target.
//
// Linked arguments into the same target get their bars at staggered heights
// (slot), so that two bars never lie on one line and read as one.
func (s *Scene) junction(boxes []Rect, target *Rect, aim Point, slot int) Point {
	var c Point
	top := math.Inf(1)
	for _, b := range boxes {
		bc := b.Center()
		c.X += bc.X
		c.Y += bc.Y
		top = math.Min(top, b.Y)
	}
	c.X /= float64(len(boxes))
	c.Y /= float64(len(boxes))
	bottom := aim.Y
	if target != nil {
		bottom = target.Y + target.H
	}
	if gap := top - bottom; gap > 16 {
		y := top - math.Min(28, gap/2) - float64(slot%4)*12
		return Point{X: c.X, Y: math.Max(y, bottom+8)}
	}
	return Point{X: c.X + (aim.X-c.X)*0.4, Y: c.Y + (aim.Y-c.Y)*0.4}
}

// MoveCards places the cards ids with their centres at to (a drag
// preview), re-routes the edges that touch them, and returns the indices
// of those edges in ascending order.
func (s *Scene) MoveCards(ids []argmap.ID, to []Point) []int {
	var moved []argmap.ID
	for k, id := range ids {
		i, ok := s.cardIdx[id]
		if !ok || k >= len(to) {
			continue
		}
		b := &s.Cards[i].Box
		b.X, b.Y = to[k].X-b.W/2, to[k].Y-b.H/2
		s.cardGrid.set(i, *b)
		moved = append(moved, id)
	}
	todo := s.reroute(moved)
	for _, id := range moved {
		s.Bounds = s.Bounds.Union(s.Cards[s.cardIdx[id]].Box)
	}
	return todo
}

// Visible returns the indices of the cards and edges that overlap the
// viewport r, in drawing order. It looks only at the cells of the spatial
// index that r covers.
func (s *Scene) Visible(r Rect) (cards, edges []int) {
	cs, ok := s.cardGrid.query(r)
	if !ok {
		cs = nil
		for i := range s.Cards {
			cs = append(cs, i)
		}
	}
	for _, i := range cs {
		if s.Cards[i].Box.Intersects(r) {
			cards = append(cards, i)
		}
	}
	es, ok := s.edgeGrid.query(r)
	if !ok {
		es = nil
		for i := range s.Edges {
			es = append(es, i)
		}
	}
	for _, i := range es {
		if s.Edges[i].Meets(r) {
			edges = append(edges, i)
		}
	}
	return cards, edges
}

// edgeTol is how far from its lines an edge's arrowhead, junction dot and
// stroke may reach, map units.
const edgeTol = 12

// Meets reports whether some line of e passes within edgeTol of r: what
// is drawn of e may show in r.
func (e *Edge) Meets(r Rect) bool {
	if !e.Bounds.Intersects(r) {
		return false
	}
	r = r.Inset(edgeTol)
	for _, sg := range e.Segs {
		if SegHitsRect(sg, r) {
			return true
		}
	}
	return false
}

// near returns, ascending, the candidate cards (or edges) for a query at
// r from the index, or all of them when the index cannot narrow it.
func near(g *grid, r Rect, n int) []int {
	if g != nil {
		if l, ok := g.query(r); ok {
			return l
		}
	}
	l := make([]int, n)
	for i := range l {
		l[i] = i
	}
	return l
}

// CardAt returns the index of the topmost card at p, or -1.
func (s *Scene) CardAt(p Point) int {
	l := near(s.cardGrid, Rect{p.X, p.Y, 0, 0}, len(s.Cards))
	for j := len(l) - 1; j >= 0; j-- {
		if s.Cards[l[j]].Box.Contains(p) {
			return l[j]
		}
	}
	return -1
}

// EdgeAt returns the index of the topmost edge within tol of p, or -1.
func (s *Scene) EdgeAt(p Point, tol float64) int {
	l := near(s.edgeGrid, Rect{p.X - tol, p.Y - tol, 2 * tol, 2 * tol}, len(s.Edges))
	for j := len(l) - 1; j >= 0; j-- {
		e := &s.Edges[l[j]]
		if !e.Bounds.Inset(tol).Contains(p) {
			continue
		}
		for _, sg := range e.Segs {
			if sg.Dist(p) <= tol {
				return l[j]
			}
		}
	}
	return -1
}

// CardsIn returns the IDs of the cards that a rubber band r touches, in
// map order (touching, not enclosing: quicker to aim on a crowded map).
func (s *Scene) CardsIn(r Rect) []argmap.ID {
	var ids []argmap.ID
	for _, i := range near(s.cardGrid, r, len(s.Cards)) {
		if s.Cards[i].Box.Intersects(r) {
			ids = append(ids, s.Cards[i].ID)
		}
	}
	return ids
}

// Free reports whether a new card with box r and links segs is free:
// r overlaps no card but self's and no link but self's, and the links
// cross no card but self's and those in ends (the cards they join). It is
// the test of a place for a new card; it looks only at the cells of the
// spatial index that r and segs cover.
func (s *Scene) Free(r Rect, segs []Seg, self argmap.ID, ends map[argmap.ID]bool) bool {
	for _, i := range near(s.cardGrid, r, len(s.Cards)) {
		if c := &s.Cards[i]; c.ID != self && c.Box.Intersects(r) {
			return false
		}
	}
	for _, i := range near(s.edgeGrid, r, len(s.Edges)) {
		e := &s.Edges[i]
		if e.Target == self || !e.Bounds.Intersects(r) || slices.Contains(e.Premises, self) {
			continue
		}
		for _, sg := range e.Segs {
			if SegHitsRect(sg, r) {
				return false
			}
		}
	}
	for _, sg := range segs {
		for _, i := range near(s.cardGrid, sg.Bounds(), len(s.Cards)) {
			c := &s.Cards[i]
			if c.ID != self && !ends[c.ID] && SegHitsRect(sg, c.Box) {
				return false
			}
		}
	}
	return true
}

// SegHitsRect reports whether segment sg passes through or touches r
// (Liang–Barsky clipping).
func SegHitsRect(sg Seg, r Rect) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := sg.B.X-sg.A.X, sg.B.Y-sg.A.Y
	clip := func(p, q float64) bool {
		if p == 0 {
			return q >= 0
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return false
			}
			t0 = math.Max(t0, t)
		} else {
			if t < t0 {
				return false
			}
			t1 = math.Min(t1, t)
		}
		return true
	}
	return clip(-dx, sg.A.X-r.X) && clip(dx, r.X+r.W-sg.A.X) &&
		clip(-dy, sg.A.Y-r.Y) && clip(dy, r.Y+r.H-sg.A.Y) && t0 <= t1
}
