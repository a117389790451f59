package layout

import (
	"slices"
	"sort"
)

// layered is the graph with every long edge split by dummy nodes into
// segments between neighbouring layers. Nodes 0..n-1 are the claims; the
// rest are dummies.
type layered struct {
	n        int
	rank     []int
	w        []float64
	grp      []int32 // co-premise group (argument index) or -1
	sub      []int32 // order inside the group
	up, down csr     // neighbours one layer up and one layer down
	layers   [][]int
	pos      []int     // index of each node in its layer
	top      []int     // upper end of the edge of each dummy (index v-n)
	bottom   []int     // lower end of the edge of each dummy (index v-n)
	first    []int     // first dummy of each edge (its others follow), -1 when none
	multi    []bool    // member of a co-premise group of two or more in its layer
	tidyX    []float64 // tidy-tree x of the claims
	keys     []float64 // scratch of installPreorder
}

func (l *layered) dummy(v int) bool { return v >= l.n }

// dummyWidth is the room a long edge takes in a layer it passes through.
const dummyWidth = 10

// buildLayered splits long edges and sets up the layers in their first
// order.
func buildLayered(g *graph, st strategy) *layered {
	n := len(g.ids)
	l := &layered{n: n}
	l.rank = append([]int(nil), g.rank...)
	l.w = append([]float64(nil), g.w...)
	l.grp = make([]int32, n)
	l.sub = make([]int32, n)
	for v := range l.grp {
		l.grp[v] = -1
	}
	for i := range g.edges {
		e := &g.edges[i]
		if !e.reversed && g.rank[e.from] == g.rank[e.to]+1 && l.grp[e.from] < 0 {
			l.grp[e.from] = int32(e.anchor)
			l.sub[e.from] = int32(min(e.sub, 1<<20))
		}
	}
	byUpper := buildCSR(n, len(g.edges), func(i int) int { return g.edges[i].upper() }, func(i int) int { return i })
	var segU, segL []int
	l.first = make([]int, len(g.edges))
	for i := range l.first {
		l.first[i] = -1
	}
	for u := 0; u < n; u++ {
		es := byUpper.of(u)
		g.childOrder(es)
		for _, i := range es {
			e := &g.edges[i]
			if e.flat {
				continue
			}
			top, bottom := e.upper(), e.lower()
			prev := top
			if g.rank[bottom] > g.rank[top]+1 {
				l.first[i] = len(l.rank)
			}
			for r := g.rank[top] + 1; r < g.rank[bottom]; r++ {
				d := len(l.rank)
				l.rank = append(l.rank, r)
				l.w = append(l.w, dummyWidth)
				l.grp = append(l.grp, -1)
				l.sub = append(l.sub, 0)
				l.bottom = append(l.bottom, bottom)
				l.top = append(l.top, top)
				segU, segL = append(segU, prev), append(segL, d)
				prev = d
			}
			segU, segL = append(segU, prev), append(segL, bottom)
		}
	}
	total := len(l.rank)
	l.down = buildCSR(total, len(segU), func(i int) int { return segU[i] }, func(i int) int { return segL[i] })
	l.up = buildCSR(total, len(segU), func(i int) int { return segL[i] }, func(i int) int { return segU[i] })
	maxRank := 0
	for _, r := range l.rank {
		maxRank = max(maxRank, r)
	}
	l.layers = make([][]int, maxRank+1)
	l.pos = make([]int, total)
	l.initialOrder(g, st)
	return l
}

// initialOrder lays the layers out in depth-first preorder from the top
// over a spanning tree (each claim under one parent, children in child
// order): a tree comes out without crossings. A long edge's dummies take
// the preorder number of its lower end, so that they run beside the path
// down to it. Then the children of every claim are reordered a few times
// towards the far ends of the links that leave their subtrees (see
// improveTree), keeping the tree itself planar.
func (l *layered) initialOrder(g *graph, st strategy) {
	t := newTree(g, st.join, st.joinUp)
	l.installPreorder(g, t)
	if st.pull > 0 {
		l.improveTree(g, t, st)
	}
	if st.search {
		l.localSearch(g, t)
	}
}

// crossings counts the crossings between layers r and r+1 (Barth, Jünger
// and Mutzel's accumulator on the lower ends of the edges in upper order).
func (l *layered) crossings(r int, seq []int, tree []int) int {
	seq = seq[:0]
	for _, u := range l.layers[r] {
		start := len(seq)
		for _, v := range l.down.of(u) {
			seq = append(seq, l.pos[v])
		}
		slices.Sort(seq[start:])
	}
	size := len(l.layers[r+1])
	clear(tree[:size+1])
	count := 0
	for i, p := range seq {
		// Fenwick tree: count earlier lower ends strictly right of p.
		le := 0
		for j := p + 1; j > 0; j -= j & -j {
			le += tree[j]
		}
		count += i - le
		for j := p + 1; j <= size; j += j & -j {
			tree[j]++
		}
	}
	return count
}

// totalCrossings counts the crossings of all layer pairs.
func (l *layered) totalCrossings() int {
	widest := 0
	for _, ly := range l.layers {
		widest = max(widest, len(ly))
	}
	tree := make([]int, widest+1)
	var seq []int
	total := 0
	for r := 0; r+1 < len(l.layers); r++ {
		total += l.crossings(r, seq, tree)
	}
	return total
}

// sorter holds the scratch space of a layer sort.
type sorter struct {
	gsum       []float64
	gcnt, gmin []int
	touched    []int
	items      []sortItem
	nbs        []float64
}

type sortItem struct {
	v    int
	gkey float64
	gmin int
	sub  int32
	key  float64
	pos  int
}

// sortLayer reorders layer r by the median of each node's neighbours in the
// fixed layer (up when down is false), keeping co-premises contiguous.
func (l *layered) sortLayer(r int, nb *csr, s *sorter, groups int) {
	layer := l.layers[r]
	if len(s.gsum) < groups {
		s.gsum = make([]float64, groups)
		s.gcnt = make([]int, groups)
		s.gmin = make([]int, groups)
	}
	s.items = s.items[:0]
	prev := -1.0
	for i, v := range layer {
		ns := nb.of(v)
		key := prev
		if len(ns) > 0 {
			key = l.median(ns, s)
		}
		prev = key
		it := sortItem{v: v, gkey: key, gmin: i, sub: l.sub[v], key: key, pos: i}
		if gr := l.grp[v]; gr >= 0 {
			if s.gcnt[gr] == 0 {
				s.touched = append(s.touched, int(gr))
				s.gmin[gr] = i
			}
			s.gsum[gr] += key
			s.gcnt[gr]++
		}
		s.items = append(s.items, it)
	}
	for i := range s.items {
		it := &s.items[i]
		if gr := l.grp[it.v]; gr >= 0 && s.gcnt[gr] > 1 {
			it.gkey = s.gsum[gr] / float64(s.gcnt[gr])
			it.gmin = s.gmin[gr]
		} else {
			it.sub = 0
		}
	}
	for _, gr := range s.touched {
		s.gsum[gr], s.gcnt[gr] = 0, 0
	}
	s.touched = s.touched[:0]
	sort.Slice(s.items, func(a, b int) bool {
		x, y := &s.items[a], &s.items[b]
		if x.gkey != y.gkey {
			return x.gkey < y.gkey
		}
		if x.gmin != y.gmin {
			return x.gmin < y.gmin
		}
		if x.sub != y.sub {
			return x.sub < y.sub
		}
		if x.key != y.key {
			return x.key < y.key
		}
		return x.pos < y.pos
	})
	for i := range s.items {
		layer[i] = s.items[i].v
		l.pos[layer[i]] = i
	}
}

// median is the weighted median of the neighbours' positions (Gansner et
// al.'s interpolated median; the mean of the middle two for two).
func (l *layered) median(ns []int, s *sorter) float64 {
	s.nbs = s.nbs[:0]
	for _, u := range ns {
		s.nbs = append(s.nbs, float64(l.pos[u]))
	}
	p := s.nbs
	slices.Sort(p)
	m := len(p) / 2
	switch {
	case len(p)%2 == 1:
		return p[m]
	case len(p) == 2:
		return (p[0] + p[1]) / 2
	}
	left, right := p[m-1]-p[0], p[len(p)-1]-p[m]
	if left+right == 0 {
		return (p[m-1] + p[m]) / 2
	}
	return (p[m-1]*right + p[m]*left) / (left + right)
}

// transposeRounds bounds the rounds of swaps after each sweep.
const transposeRounds = 8

// reduceCrossings sweeps down and up the layers, reordering each by its
// neighbours in the layer just swept, for at most passes rounds, and keeps
// the order with the fewest crossings.
func (l *layered) reduceCrossings(passes, groups int) int {
	l.markGroups(groups)
	l.transpose(transposeRounds)
	best := l.totalCrossings()
	if best == 0 || passes <= 0 {
		return best
	}
	saved := l.snapshot(nil)
	s := &sorter{}
	stale := 0
	for p := 0; p < passes && stale < 2; p++ {
		for r := 1; r < len(l.layers); r++ {
			l.sortLayer(r, &l.up, s, groups)
		}
		for r := len(l.layers) - 2; r >= 0; r-- {
			l.sortLayer(r, &l.down, s, groups)
		}
		l.transpose(transposeRounds)
		c := l.totalCrossings()
		if c < best {
			best, stale = c, 0
			saved = l.snapshot(saved)
			if c == 0 {
				break
			}
		} else {
			stale++
		}
	}
	l.restore(saved)
	return best
}

func (l *layered) snapshot(buf []int) []int {
	buf = buf[:0]
	for _, ly := range l.layers {
		buf = append(buf, ly...)
	}
	return buf
}

func (l *layered) restore(buf []int) {
	k := 0
	for _, ly := range l.layers {
		copy(ly, buf[k:k+len(ly)])
		k += len(ly)
		for i, v := range ly {
			l.pos[v] = i
		}
	}
}
