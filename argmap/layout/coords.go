package layout

import "math"

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

// assignY returns the y centre of each layer: layers are as tall as their
// tallest card and at least rankSep apart. A gap grows where a short link
// runs so slanted that it would pass behind the cards beside its ends (it
// crosses the band of a layer over |dx|·(band/2)/Δy, which must stay within
// the room beside the card), up to maxGapFactor·rankSep, so that arrows
// stay visible with straight lines.
func (l *layered) assignY(h []float64, x []float64, rankSep, nodeSep float64) []float64 {
	tall := make([]float64, len(l.layers))
	for v, hv := range h {
		tall[l.rank[v]] = max(tall[l.rank[v]], hv)
	}
	y := make([]float64, len(l.layers))
	top := 0.0
	for r := range y {
		y[r] = top + tall[r]/2
		top += tall[r]
		if r+1 < len(y) {
			top += l.gapBelow(r, tall, x, rankSep, nodeSep)
		}
	}
	return y
}

// maxGapFactor bounds how far apart slanted links push two layers. At 10
// a bushy 200-claim map came out twice as tall as at 3, mostly empty space
// between the top layers; at 3 the few links still steeper than that cross
// a neighbour's band near their ends, which reads better than a map that
// needs twice the scrolling.
const maxGapFactor = 3

// gapBelow is the free height between layer r and layer r+1.
func (l *layered) gapBelow(r int, tall, x []float64, rankSep, nodeSep float64) float64 {
	need := 0.0
	if x != nil {
		for _, u := range l.layers[r] {
			if l.dummy(u) {
				continue
			}
			for _, v := range l.down.of(u) {
				if l.dummy(v) {
					continue
				}
				dx := math.Abs(x[u] - x[v])
				// Centre to centre Δy must exceed dx·(band/2)/room at both ends.
				k := max(tall[r]/2/(l.w[u]/2+nodeSep/2), tall[r+1]/2/(l.w[v]/2+nodeSep/2))
				need = max(need, dx*k-(tall[r]+tall[r+1])/2)
			}
		}
	}
	return min(max(rankSep, need), maxGapFactor*rankSep)
}

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
