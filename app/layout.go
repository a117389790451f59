package app

import "github.com/argmap/argmap/argmap"

// prepareImport gives positions to a map read from a format that has
// none: every claim at the origin would be one pile of cards.
func (e *Editor) prepareImport(m *argmap.Map) {
	for _, c := range m.Claims {
		if c.Pos != (argmap.Point{}) {
			return
		}
	}
	gridLayout(m)
}

// gridLayout places claims by depth below their conclusions, a stand-in
// until the layered layout is available.
func gridLayout(m *argmap.Map) {
	depth := map[argmap.ID]int{}
	for range m.Claims {
		changed := false
		for _, a := range m.Arguments {
			d := depth[a.Target]
			if t := m.Argument(a.Target); t != nil && len(t.Premises) > 0 {
				d = depth[t.Premises[0]]
			}
			for _, p := range a.Premises {
				if depth[p] < d+1 && d+1 < len(m.Claims) {
					depth[p] = d + 1
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	col := map[int]int{}
	for _, c := range m.Claims {
		d := depth[c.ID]
		c.Pos = argmap.Point{X: float64(col[d]) * (newCardW + gapX), Y: float64(d) * (newCardH + gapY*2)}
		col[d]++
	}
}
