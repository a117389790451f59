package layout

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
