package layout

import (
	"math"
	"sort"
)

// Packing (as Graphviz's gvpack does, but aware of layers): the connected
// components of the layered drawing are put into rows, the largest first,
// each row as wide as makes the whole drawing closest to the target aspect
// ratio. Within a row the components share their layers: layer r of every
// component in a row is one band, as tall as its tallest card, so that
// main conclusions line up. A component too big for the coordinate limit
// (a chain of 100,000 claims is ten million units tall) is laid out as a
// grid of its cards instead, with straight links.

// DefaultAspect is the width:height the layout aims at when Options.Aspect
// is not set: a wide screen.
const DefaultAspect = 16.0 / 10

// maxExtent is the largest width or height of one component's layered
// drawing; beyond it the component is drawn as a grid. Within argmap's
// coordinate limit (±1e7) with room to spare.
const maxExtent = 4e6

// component is one connected part of the layered drawing.
type component struct {
	nodes        []int // layered nodes: claims and dummies
	claims       int
	maxRank      int
	x0, x1       float64 // extent of its nodes in the layered x
	h            float64 // height of its own bands
	grid         bool    // too big: drawn as a grid
	dx           float64 // placement: x = layered x + dx
	row          int
	gridCols     int
	cellW, cellH float64
}

// geometry is the layered drawing after packing: every layered node's
// centre, and the band of its layer.
type geometry struct {
	x, y     []float64 // centres of layered nodes
	top, bot []float64 // band of each layered node's layer (its row's)
	grid     []bool    // node of a component drawn as a grid
}

// components splits the layered drawing into connected parts (claims
// joined by any edge; dummies go with their edge's upper end).
func (l *layered) components(g *graph, x []float64) []component {
	root := partsOf(l.n, g.edges)
	id := make([]int, l.n)
	roots := 0
	for v := 0; v < l.n; v++ {
		if root[v] == v {
			roots++
		}
	}
	comps := make([]component, 0, roots)
	for v := 0; v < l.n; v++ {
		r := root[v]
		if r == v {
			id[v] = len(comps)
			comps = append(comps, component{x0: math.Inf(1), x1: math.Inf(-1)})
		} else {
			id[v] = id[r]
		}
	}
	// The nodes of each part, as slices of one array (a counting sort).
	count := make([]int, len(comps)+1)
	for v := range l.rank {
		count[id[l.root(v)]+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	all := make([]int, len(l.rank))
	fill := append([]int(nil), count[:len(comps)]...)
	for v := range l.rank {
		k := id[l.root(v)]
		all[fill[k]] = v
		fill[k]++
	}
	for k := range comps {
		c := &comps[k]
		c.nodes = all[count[k]:count[k+1]:count[k+1]]
		for _, v := range c.nodes {
			if v < l.n {
				c.claims++
			}
			c.maxRank = max(c.maxRank, l.rank[v])
			c.x0 = min(c.x0, x[v]-l.w[v]/2)
			c.x1 = max(c.x1, x[v]+l.w[v]/2)
		}
	}
	return comps
}

// root is the claim a layered node belongs to: itself, or a dummy's upper end.
func (l *layered) root(v int) int {
	if v >= l.n {
		return l.top[v-l.n]
	}
	return v
}

// bands returns the centre, top and bottom of the layers 0..ranks-1 of the
// given nodes, from a top at 0, and the total height: each layer as tall
// as its tallest card, at least rankSep apart. A gap grows where a link
// between neighbouring layers runs so slanted that it would be hard to
// follow (as if drawn straight between the centres, it would pass behind
// the cards beside its ends), up to maxGapFactor·rankSep.
func (l *layered) bands(nodes []int, ranks int, h, x []float64, rankSep, nodeSep float64) (mid, top, bot []float64, height float64) {
	tall := make([]float64, ranks)
	need := make([]float64, ranks)
	for _, v := range nodes {
		if v < l.n {
			tall[l.rank[v]] = max(tall[l.rank[v]], h[v])
		}
	}
	for _, u := range nodes {
		if u >= l.n {
			continue
		}
		r := l.rank[u]
		for _, v := range l.down.of(u) {
			if v >= l.n || r+1 >= ranks {
				continue
			}
			dx := math.Abs(x[u] - x[v])
			k := max(tall[r]/2/(l.w[u]/2+nodeSep/2), tall[r+1]/2/(l.w[v]/2+nodeSep/2))
			need[r] = max(need[r], dx*k-(tall[r]+tall[r+1])/2)
		}
	}
	mid, top, bot = make([]float64, ranks), make([]float64, ranks), make([]float64, ranks)
	at := 0.0
	for r := 0; r < ranks; r++ {
		top[r] = at
		mid[r] = at + tall[r]/2
		at += tall[r]
		bot[r] = at
		if r+1 < ranks {
			at += min(max(rankSep, need[r]), maxGapFactor*rankSep)
		}
	}
	return mid, top, bot, at
}

// pack places the components in rows towards the aspect ratio and returns
// the geometry of every layered node.
func (l *layered) pack(g *graph, x []float64, o Options) geometry {
	comps := l.components(g, x)
	for i := range comps {
		c := &comps[i]
		if v := c.nodes[0]; len(c.nodes) == 1 {
			c.h = g.h[v] // a lone claim: no bands to work out
		} else {
			_, _, _, c.h = l.bands(c.nodes, c.maxRank+1, g.h, x, o.RankSep, o.NodeSep)
		}
		if c.x1-c.x0 > maxExtent || c.h > maxExtent {
			c.grid = true
			l.gridShape(c, g, o)
		}
	}
	order := make([]int, len(comps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return comps[order[a]].claims > comps[order[b]].claims })
	colGap, rowGap := 2*o.NodeSep, 2*o.RankSep
	// shelf fills rows up to limit wide and returns the drawing's size.
	shelf := func(limit float64, assign bool) (w, h float64) {
		rowW, rowH, row := 0.0, 0.0, 0
		for _, i := range order {
			c := &comps[i]
			cw := c.x1 - c.x0
			if rowW > 0 && rowW+colGap+cw > limit {
				w, h = max(w, rowW), h+rowH+rowGap
				rowW, rowH = 0, 0
				row++
			}
			if rowW > 0 {
				rowW += colGap
			}
			if assign {
				c.row, c.dx = row, rowW-c.x0
			}
			rowW += cw
			rowH = max(rowH, c.h)
		}
		return max(w, rowW), h + rowH
	}
	aspect := o.Aspect
	widest, total := 0.0, 0.0
	for _, c := range comps {
		widest = max(widest, c.x1-c.x0)
		total += c.x1 - c.x0 + colGap
	}
	// The aspect grows with the row limit: bisect (on a log scale) for the
	// limit that comes closest to the target.
	lo, hi := widest, max(widest, total)
	score := func(limit float64) float64 {
		w, h := shelf(limit, false)
		return math.Abs(math.Log(max(w, 1) / max(h, 1) / aspect))
	}
	for it := 0; it < 48 && hi/lo > 1.0001; it++ {
		mid := math.Sqrt(lo * hi)
		if w, h := shelf(mid, false); w/max(h, 1) < aspect {
			lo = mid
		} else {
			hi = mid
		}
	}
	limit := lo
	if score(hi) < score(lo) {
		limit = hi
	}
	shelf(limit, true)
	// Rows share their layers: bands from all the row's nodes.
	rows := 0
	for _, c := range comps {
		rows = max(rows, c.row+1)
	}
	rowNodes := make([][]int, rows)
	rowRanks := make([]int, rows)
	for i := range comps {
		c := &comps[i]
		if c.grid {
			continue
		}
		rowNodes[c.row] = append(rowNodes[c.row], c.nodes...)
		rowRanks[c.row] = max(rowRanks[c.row], c.maxRank+1)
	}
	geo := geometry{x: make([]float64, len(l.rank)), y: make([]float64, len(l.rank)),
		top: make([]float64, len(l.rank)), bot: make([]float64, len(l.rank)), grid: make([]bool, len(l.rank))}
	y0 := 0.0
	rowTop := make([]float64, rows)
	type band struct{ mid, top, bot []float64 }
	rowBands := make([]band, rows)
	rowH := make([]float64, rows)
	for i := range comps {
		if c := &comps[i]; c.grid {
			rowH[c.row] = max(rowH[c.row], c.h)
		}
	}
	for r := 0; r < rows; r++ {
		mid, top, bot, h := l.bands(rowNodes[r], rowRanks[r], g.h, x, o.RankSep, o.NodeSep)
		rowBands[r] = band{mid, top, bot}
		rowTop[r] = y0
		y0 += max(h, rowH[r]) + rowGap
	}
	for i := range comps {
		c := &comps[i]
		if c.grid {
			l.gridPlace(c, g, x, rowTop[c.row], &geo)
			continue
		}
		b := rowBands[c.row]
		for _, v := range c.nodes {
			r := l.rank[v]
			geo.x[v] = x[v] + c.dx
			geo.y[v] = rowTop[c.row] + b.top[r]
			if v < l.n {
				geo.y[v] += g.h[v] / 2 // cards hang from the top of their band
			}
			geo.top[v] = rowTop[c.row] + b.top[r]
			geo.bot[v] = rowTop[c.row] + b.bot[r]
		}
	}
	return geo
}

// gridShape sizes a component drawn as a grid: its claims in rows of equal
// cells, the grid about as wide as tall.
func (l *layered) gridShape(c *component, g *graph, o Options) {
	cw, ch := 0.0, 0.0
	for _, v := range c.nodes {
		if v < l.n {
			cw, ch = max(cw, g.w[v]), max(ch, g.h[v])
		}
	}
	c.cellW, c.cellH = cw+o.NodeSep, ch+o.NodeSep
	c.gridCols = max(1, int(math.Ceil(math.Sqrt(float64(c.claims)*c.cellH/c.cellW))))
	rows := (c.claims + c.gridCols - 1) / c.gridCols
	c.x0, c.x1 = 0, float64(c.gridCols)*c.cellW
	c.h = float64(rows) * c.cellH
}

// gridPlace puts a grid component's claims, in layer order, into its cells.
func (l *layered) gridPlace(c *component, g *graph, x []float64, rowTop float64, geo *geometry) {
	claims := make([]int, 0, c.claims)
	for _, v := range c.nodes {
		geo.grid[v] = true
		if v < l.n {
			claims = append(claims, v)
		}
	}
	sort.SliceStable(claims, func(a, b int) bool {
		u, v := claims[a], claims[b]
		if l.rank[u] != l.rank[v] {
			return l.rank[u] < l.rank[v]
		}
		return x[u] < x[v]
	})
	for k, v := range claims {
		col, row := k%c.gridCols, k/c.gridCols
		geo.x[v] = c.dx + c.x0 + (float64(col)+0.5)*c.cellW
		geo.y[v] = rowTop + (float64(row)+0.5)*c.cellH
		geo.top[v], geo.bot[v] = geo.y[v]-g.h[v]/2, geo.y[v]+g.h[v]/2
	}
}
