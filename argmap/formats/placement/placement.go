// Package placement places the claims of an imported map that has no
// positions, as the app and the CLI do when they open or export one, in
// bounded time and always within the coordinate limits (see LayOut). It
// stands apart from package formats, whose decoders need no layout (and
// whose tests the layout's own tests use).
package placement

import (
	"fmt"
	"math"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
)

// MaxFullLayout is the most claims, or arguments, that LayOut gives to the
// full layered layout (package layout): its time grows faster than the map
// (a chain of 16,000 attacks took seconds, a million minutes), and what an
// import opens with must come in bounded time. Bigger maps get a grid.
const MaxFullLayout = 5_000

// LayOut places the claims of an imported map that has no positions (see
// layout.NeedsLayout), as the app and the CLI do on opening one: with the
// full layout up to MaxFullLayout claims and arguments, else (or when the
// full layout reaches beyond the coordinate limit, as a row of 36,000 loose
// claims does) on a square grid in an order that keeps neighbours near,
// which takes time linear in the map. size may be nil for
// layout.EstimateSize. When even the grid cannot fit within ±MaxCoord the
// map is left as it was and the error says why.
func LayOut(m *argmap.Map, size layout.SizeFunc) error {
	if !layout.NeedsLayout(m) {
		return nil
	}
	if size == nil {
		size = layout.EstimateSize(m)
	}
	if len(m.Claims) <= MaxFullLayout && len(m.Arguments) <= MaxFullLayout {
		pos := layout.Layout(m, size, layout.Options{})
		if InRange(pos) {
			apply(m, pos)
			return nil
		}
	}
	pos := grid(m, size)
	if !InRange(pos) {
		return fmt.Errorf("the map's %d claims do not fit on the canvas: laid out, they would reach beyond the coordinate limit of ±%g", len(m.Claims), argmap.MaxCoord)
	}
	apply(m, pos)
	return nil
}

func apply(m *argmap.Map, pos map[argmap.ID]argmap.Point) {
	for _, c := range m.Claims {
		if p, ok := pos[c.ID]; ok {
			c.Pos = p
		}
	}
}

// InRange reports whether every position is one a file may hold (within
// ±argmap.MaxCoord, no NaN or infinity).
func InRange(pos map[argmap.ID]argmap.Point) bool {
	for _, p := range pos {
		for _, v := range [2]float64{p.X, p.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > argmap.MaxCoord {
				return false
			}
		}
	}
	return true
}

// Gaps between the cards of the grid, as the layered layout's defaults.
const gridGapX, gridGapY = 40, 60

// grid places the claims in rows of ceil(√n) cards, in breadth-first order
// over the arguments from each claim in map order (a conclusion, then its
// premises and objections…), so that cards that are linked are mostly near.
// Columns are as wide as the widest card, each row as tall as its tallest.
// Positions are card centres, the grid centred on the origin.
func grid(m *argmap.Map, size layout.SizeFunc) map[argmap.ID]argmap.Point {
	n := len(m.Claims)
	index := make(map[argmap.ID]int32, n)
	for i, c := range m.Claims {
		index[c.ID] = int32(i)
	}
	// The claim an argument's target stands for: itself, or the conclusion
	// of the argument it undercuts (one step; deeper ones link nothing).
	conclusion := func(a *argmap.Argument) (int32, bool) {
		if i, ok := index[a.Target]; ok {
			return i, true
		}
		if t := m.Argument(a.Target); t != nil {
			i, ok := index[t.Target]
			return i, ok
		}
		return 0, false
	}
	// Undirected links premise–conclusion in compressed rows.
	deg := make([]int32, n+1)
	type link struct{ a, b int32 }
	var links []link
	for _, a := range m.Arguments {
		t, ok := conclusion(a)
		if !ok {
			continue
		}
		for _, p := range a.Premises {
			if i, ok := index[p]; ok && i != t {
				links = append(links, link{t, i})
				deg[t+1]++
				deg[i+1]++
			}
		}
	}
	for i := range n {
		deg[i+1] += deg[i]
	}
	adj := make([]int32, deg[n])
	fill := append([]int32(nil), deg[:n]...)
	for _, l := range links {
		adj[fill[l.a]] = l.b
		fill[l.a]++
		adj[fill[l.b]] = l.a
		fill[l.b]++
	}
	order := make([]int32, 0, n)
	seen := make([]bool, n)
	for root := range n {
		if seen[root] {
			continue
		}
		seen[root] = true
		order = append(order, int32(root))
		for q := len(order) - 1; q < len(order); q++ {
			u := order[q]
			for _, v := range adj[deg[u]:deg[u+1]] {
				if !seen[v] {
					seen[v] = true
					order = append(order, v)
				}
			}
		}
	}
	cols := max(1, int(math.Ceil(math.Sqrt(float64(n)))))
	w := make([]float64, n)
	h := make([]float64, n)
	colW := 0.0
	for i, c := range m.Claims {
		w[i], h[i] = size(c.ID)
		colW = max(colW, w[i])
	}
	colW += gridGapX
	pos := make(map[argmap.ID]argmap.Point, n)
	width := float64(cols) * colW
	y := 0.0
	var rows []float64 // the top of each row, then the bottom of the last
	for start := 0; start < n; start += cols {
		rowH := 0.0
		for _, i := range order[start:min(start+cols, n)] {
			rowH = max(rowH, h[i])
		}
		rows = append(rows, y)
		y += rowH + gridGapY
	}
	height := y
	for k, i := range order {
		r, c := k/cols, k%cols
		rowTop := rows[r]
		rowH := height - gridGapY - rowTop
		if r+1 < len(rows) {
			rowH = rows[r+1] - gridGapY - rowTop
		}
		pos[m.Claims[i].ID] = argmap.Point{
			X: float64(c)*colW + colW/2 - width/2,
			Y: rowTop + rowH/2 - height/2,
		}
	}
	return pos
}
