package scene

import (
	"sort"

	"github.com/argmap/argmap/argmap"
)

// UpdateCard lays out again the card of claim id from m, after an edit of
// its text, annotations, colour or position, and re-routes the edges that
// touch it when its box changed (a new number of wrapped lines changes its
// height, and so where its edges end). It returns the indices of the edges
// it re-routed, ascending, and false when the scene has no card for id or
// m no such claim.
//
// It keeps the card's role: use it only when the arguments of the map are
// as they were at Build (roles depend on them; a text edit never changes
// them). On a big map it costs a few microseconds where Build costs tens
// of milliseconds.
func (s *Scene) UpdateCard(m *argmap.Map, id argmap.ID) ([]int, bool) {
	i, ok := s.cardIdx[id]
	c := m.Claim(id)
	if !ok || c == nil {
		return nil, false
	}
	old := s.Cards[i]
	k := s.card(c, old.Role, s.newKit(nil, 0))
	s.Cards[i] = k
	if k.Box == old.Box {
		return nil, true
	}
	s.cardGrid.set(i, k.Box)
	todo := s.affected([]argmap.ID{id})
	// Bounds only grows unless something that was on its border shrank
	// from it: then it is measured again (all the cards and edges), so
	// that it is the one Build would give. Something that grew, as a card
	// does as one types, keeps its old extent.
	onBorder := s.Bounds.onBorder(old.Box) && !k.Box.covers(old.Box)
	for _, e := range todo {
		was := s.Edges[e].Bounds
		s.route(&s.Edges[e])
		s.edgeGrid.setSegs(e, s.Edges[e].Segs)
		onBorder = onBorder || (s.Bounds.onBorder(was) && !s.Edges[e].Bounds.covers(was))
	}
	if onBorder {
		s.updateBounds()
	} else {
		s.Bounds = s.Bounds.Union(k.Box)
		for _, e := range todo {
			s.Bounds = s.Bounds.Union(s.Edges[e].Bounds)
		}
	}
	return todo, true
}

// covers reports whether a holds all of b.
func (a Rect) covers(b Rect) bool {
	return a.X <= b.X && a.Y <= b.Y && a.X+a.W >= b.X+b.W && a.Y+a.H >= b.Y+b.H
}

// onBorder reports whether r reaches the border of b (b holding r).
func (b Rect) onBorder(r Rect) bool {
	return r.X <= b.X || r.Y <= b.Y || r.X+r.W >= b.X+b.W || r.Y+r.H >= b.Y+b.H
}

// reroute re-routes the edges that touch the cards ids, and the
// undercutters aimed at those edges, and returns their indices, ascending.
func (s *Scene) reroute(ids []argmap.ID) []int {
	todo := s.affected(ids)
	for _, e := range todo {
		s.route(&s.Edges[e])
		s.edgeGrid.setSegs(e, s.Edges[e].Segs)
	}
	return todo
}

// affected returns, ascending, the indices of the edges that touch the
// cards ids and of the undercutters aimed at those edges: routing them in
// that order, an undercutter aims at an edge already re-routed.
func (s *Scene) affected(ids []argmap.ID) []int {
	seen := map[int]bool{}
	var todo []int
	for _, id := range ids {
		c, ok := s.cardIdx[id]
		if !ok {
			continue
		}
		for _, e := range s.touching(c) {
			if !seen[int(e)] {
				seen[int(e)] = true
				todo = append(todo, int(e))
			}
		}
	}
	for n := 0; n < len(todo); n++ { // undercutters of moved edges follow
		for _, u := range s.undercutters(todo[n]) {
			if !seen[int(u)] {
				seen[int(u)] = true
				todo = append(todo, int(u))
			}
		}
	}
	sort.Ints(todo)
	return todo
}
