package app

import (
	"math"
	"sort"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/scene"
)

// The size assumed for a new card before the canvas has measured it, and
// the gaps kept around cards when placing new ones.
const (
	newCardW = 240.0
	newCardH = 90.0
	gapX     = 30.0
	gapY     = 70.0
)

// placeRings is how many rings of candidate places the search tries
// around the preferred one before it gives up (then the layout's place is
// taken): 12 rings are some 3,000 card widths² of map.
const placeRings = 12

// minRoom is the least room, map units, kept between a new card and its
// target, so that the arrow between them, with its + or − disc, shows.
const minRoom = 45.0

// fineRings is how many grid steps around the preferred place the search
// tries in steps of a quarter card (plus a gap): on the coarse grid alone
// a card whose spot below its target is taken by the target's other links
// went a whole card or two aside, often further than the room beside it.
const fineRings = 3

// candidates returns places around want, nearest first: on a grid of a
// quarter card plus a gap near want, then of one card plus a gap out to
// placeRings: the search order of the free-place search.
func candidates(want argmap.Point, w, h float64) []argmap.Point {
	dx, dy := w+gapX, h+gapY/2
	var ps []argmap.Point
	for j := -placeRings; j <= placeRings; j++ {
		for i := -placeRings; i <= placeRings; i++ {
			ps = append(ps, argmap.Point{X: want.X + float64(i)*dx, Y: want.Y + float64(j)*dy})
		}
	}
	const q = 4 // quarters
	for j := -fineRings * q; j <= fineRings*q; j++ {
		for i := -fineRings * q; i <= fineRings*q; i++ {
			if i%q != 0 || j%q != 0 { // the coarse grid has the rest
				ps = append(ps, argmap.Point{X: want.X + float64(i)*dx/q, Y: want.Y + float64(j)*dy/q})
			}
		}
	}
	d := func(p argmap.Point) float64 {
		x, y := (p.X-want.X)/dx, (p.Y-want.Y)/dy
		if y < 0 {
			y *= 1.5 // rather below the conclusion than above it
		}
		return math.Hypot(x, y)
	}
	sort.SliceStable(ps, func(a, b int) bool { return d(ps[a]) < d(ps[b]) })
	return ps
}

// marksAround returns the map rectangles of the scheme labels and
// question markers drawn on arrows near the places that candidates(want,
// w, h) tries: a new card must not cover them either.
func (e *Editor) marksAround(want argmap.Point, w, h float64) []scene.Rect {
	n := float64(2*placeRings + 2)
	return e.view.MarkRects(scene.RectAround(want, n*(w+gapX), n*(h+gapY)))
}

// onMark reports whether r overlaps one of the marks.
func onMark(r scene.Rect, marks []scene.Rect) bool {
	for _, m := range marks {
		if m.Intersects(r) {
			return true
		}
	}
	return false
}

// freeSpot returns the nearest place to p where a new free-standing card
// overlaps no card and sits on no link and no scheme label or question
// marker. steps is ignored (kept for callers that asked for an order of
// columns).
func (e *Editor) freeSpot(p argmap.Point, _ []float64) argmap.Point {
	s := e.view.Scene()
	if s == nil {
		return p
	}
	marks := e.marksAround(p, newCardW, newCardH)
	for _, q := range candidates(p, newCardW, newCardH) {
		r := scene.RectAround(q, newCardW+gapX, newCardH+gapX)
		if s.Free(r, nil, argmap.NilID, nil) && !onMark(r, marks) {
			return q
		}
	}
	return p
}

// placeNew returns a place for claim id, just added with the arguments
// that attach it: next to what it attaches to (below its conclusion, or
// the arrow it undercuts), overlapping no card, no link and no scheme
// label or question marker, with its own
// link crossing no card. Where the search finds nothing near, the
// layout's place.
func (e *Editor) placeNew(id argmap.ID) argmap.Point {
	s := e.view.Scene()
	c := e.doc.Map().Claim(id)
	if s == nil || c == nil {
		return layout.PlaceNew(e.doc.Map(), id, e.cardSize)
	}
	var to argmap.Point // where its link goes
	ends := map[argmap.ID]bool{id: true}
	found := false
	for _, a := range e.doc.Map().Arguments {
		if !a.HasPremise(id) {
			continue
		}
		if t := s.Card(a.Target); t != nil {
			to, found = t.Box.Center(), true
			ends[a.Target] = true
		} else if ed := s.Edge(a.Target); ed != nil {
			to, found = ed.Aim, true
		}
		for _, p := range a.Premises { // co-premises join it at a junction
			ends[p] = true
		}
		break
	}
	if !found {
		return layout.PlaceNew(e.doc.Map(), id, e.cardSize)
	}
	w, h := e.cardSize(id)
	start := to
	if t := s.Card(e.targetOf(id)); t != nil {
		start.Y = t.Box.Y + t.Box.H + gapY + h/2
	} else {
		start.Y += gapY + h/2
	}
	marks := e.marksAround(start, w, h)
	qs := candidates(start, w, h)
	if t := s.Card(e.targetOf(id)); t != nil {
		// Nearest to the target's card, not to the spot below it: beside
		// the target, or a quarter card aside, beats a whole card away.
		byGap(qs, t.Box, w, h)
	}
	for _, q := range qs {
		r := scene.RectAround(q, w+gapX, h+gapX/2)
		link := []scene.Seg{{A: q, B: to}}
		if s.Free(r, link, id, ends) && !onMark(r, marks) {
			return q
		}
	}
	return layout.PlaceNew(e.doc.Map(), id, e.cardSize)
}

// byGap sorts places qs for a w×h card by the room the card there leaves
// to box t, nearest first; a place wholly above t counts half as far again
// and a gapY more (a reason or an objection reads below what it answers),
// and one under minRoom from t comes last (its arrow would hardly show). The sort is
// stable: ties keep the order of candidates.
func byGap(qs []argmap.Point, t scene.Rect, w, h float64) {
	cost := func(q argmap.Point) float64 {
		r := scene.RectAround(q, w, h)
		dx := math.Max(0, math.Max(t.X-(r.X+r.W), r.X-(t.X+t.W)))
		dy := math.Max(0, math.Max(t.Y-(r.Y+r.H), r.Y-(t.Y+t.H)))
		d := math.Hypot(dx, dy)
		switch {
		case d < minRoom:
			d += 1e6 // too close: the arrow between them would hardly show
		case r.Y+r.H <= t.Y:
			d = d*1.5 + gapY
		}
		return d
	}
	cs := make([]float64, len(qs))
	for i, q := range qs {
		cs[i] = cost(q)
	}
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return cs[idx[a]] < cs[idx[b]] })
	sorted := make([]argmap.Point, len(qs))
	for i, j := range idx {
		sorted[i] = qs[j]
	}
	copy(qs, sorted)
}

// targetOf is the claim that id's first argument aims at, or NilID.
func (e *Editor) targetOf(id argmap.ID) argmap.ID {
	for _, a := range e.doc.Map().Arguments {
		if a.HasPremise(id) {
			return a.Target
		}
	}
	return argmap.NilID
}
