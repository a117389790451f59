package layout

// Horizontal coordinates: each layer is placed as close as it can be, in
// the least-squares sense, to the tidy drawing of the spanning tree the
// order came from, under the order and the minimum gaps. That is an
// isotonic regression, solved exactly in linear time by pooling adjacent
// violators, so placing all layers costs O(nodes).

// gap is the minimum distance between the borders of neighbours in a layer.
func (l *layered) gap(u, v int, nodeSep float64) float64 {
	switch {
	case l.dummy(u) && l.dummy(v):
		return nodeSep / 4
	case l.dummy(u) || l.dummy(v):
		return nodeSep / 2
	}
	return nodeSep
}

// block is a pool of adjacent nodes that share one offset value.
type block struct {
	w, wt float64
	n     int
}

// assignX returns the x centre of every node.
func (l *layered) assignX(nodeSep float64) []float64 {
	x := make([]float64, len(l.rank))
	var (
		off    []float64
		target []float64
		weight []float64
		blocks []block
	)
	// place puts the layer as close to the targets in x as it can.
	place := func(ly []int) {
		off, target, weight = off[:0], target[:0], weight[:0]
		at := 0.0
		for i, v := range ly {
			if i > 0 {
				at += l.w[ly[i-1]]/2 + l.gap(ly[i-1], v, nodeSep) + l.w[v]/2
			}
			off = append(off, at)
			target = append(target, x[v]-at)
			weight = append(weight, 1)
		}
		blocks = blocks[:0]
		for i := range target {
			b := block{w: weight[i], wt: weight[i] * target[i], n: 1}
			for len(blocks) > 0 {
				p := blocks[len(blocks)-1]
				if p.wt/p.w < b.wt/b.w {
					break
				}
				b = block{w: p.w + b.w, wt: p.wt + b.wt, n: p.n + b.n}
				blocks = blocks[:len(blocks)-1]
			}
			blocks = append(blocks, b)
		}
		i := 0
		for _, b := range blocks {
			val := b.wt / b.w
			for k := 0; k < b.n; k++ {
				x[ly[i]] = val + off[i]
				i++
			}
		}
	}
	// Sweeps towards the neighbours would pull the drawing away from the
	// one the order was chosen for (long links then cross far more): the
	// layers are placed once, on the tidy drawing.
	l.placeTidy(x, place, nodeSep)
	return x
}

// maxGapFactor bounds how far apart slanted links push two layers (see
// bands). At 10 a bushy 200-claim map came out twice as tall as at 3,
// mostly empty space between the top layers.
const maxGapFactor = 3

// placeTidy places every layer as close as it can to the tidy drawing of
// the spanning tree the order came from (scaled to card widths), with each
// dummy on the straight line between its edge's ends: the drawing the
// crossing search judged.
func (l *layered) placeTidy(x []float64, place func(ly []int), nodeSep float64) {
	sum := 0.0
	for v := 0; v < l.n; v++ {
		sum += l.w[v]
	}
	scale := sum/float64(max(1, l.n)) + nodeSep
	for v := 0; v < l.n; v++ {
		x[v] = l.tidyX[v] * scale
	}
	for d := l.n; d < len(l.rank); d++ {
		t, b := l.top[d-l.n], l.bottom[d-l.n]
		f := float64(l.rank[d]-l.rank[t]) / float64(l.rank[b]-l.rank[t])
		x[d] = x[t] + f*(x[b]-x[t])
	}
	for _, ly := range l.layers {
		place(ly)
	}
}
