package layout

import "github.com/argmap/argmap/argmap"

// strategy is one way of finding the order of the layers. Which one draws
// a map with the fewest crossings depends on the map, so the layout tries a
// few (a portfolio) and keeps the best drawing.
type strategy struct {
	join     bool    // hang the claims of an attack cycle together
	joinUp   bool    // ... by moving the upper one (else the lower one)
	pull     float64 // subtree reordering towards far links: weight of the own place (0: none)
	oneSided bool    // only the lower end of a far link pulls
	search   bool    // local search on the tree after the pulls
}

// portfolio returns the strategies tried on a map of n claims: fewer on
// big maps, so that 20,000 claims stay within seconds.
func portfolio(n int) []strategy {
	var (
		upPull   = strategy{join: true, joinUp: true, pull: 10}
		upSearch = strategy{join: true, joinUp: true, pull: 10, search: true}
		upOne    = strategy{join: true, joinUp: true, pull: 3, oneSided: true, search: true}
	)
	switch {
	case n <= 2:
		return []strategy{upPull}
	case n <= 3000:
		return []strategy{upPull, upSearch, upOne}
	}
	return []strategy{upSearch, upOne}
}

// links are the graph's edges as Links (for counting crossings).
func (g *graph) links() []Link {
	out := make([]Link, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, Link{From: g.ids[e.from], To: g.ids[e.to], Kind: LinkKind(e.kind)})
	}
	return out
}

// centres are the card centres of a candidate drawing, for Crossings.
func (g *graph) centres(x []float64, l *layered, rankSep float64) map[argmap.ID]argmap.Point {
	y := l.assignY(g.h, nil, rankSep, 0)
	pos := make(map[argmap.ID]argmap.Point, len(g.ids))
	for v, id := range g.ids {
		pos[id] = argmap.Point{X: x[v], Y: y[g.rank[v]]}
	}
	return pos
}
