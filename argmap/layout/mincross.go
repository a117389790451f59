package layout

import "sort"

// Crossing reduction in the manner of dot (Gansner et al. 1993): from the
// depth-first order, alternate one sweep down and one sweep up; each sweep
// sorts every layer by the median position of its neighbours in the layer
// just placed (nodes without any stay where they are), then transposes
// neighbours. Ties are broken one way for two iterations and the other way
// for the next two, to leave plateaus. The best order seen is kept; the
// search stops after maxIter iterations or minQuit without progress.
const (
	maxIter = 24
	minQuit = 8
)

// reorderLayer sorts layer r by the median of the neighbours nb, leaving
// nodes without neighbours in their slots.
func (l *layered) reorderLayer(r int, nb *csr, reverse bool, s *sorter) {
	layer := l.layers[r]
	s.items = s.items[:0]
	for i, v := range layer {
		if ns := nb.of(v); len(ns) > 0 {
			s.items = append(s.items, sortItem{v: v, key: l.median(ns, s), pos: i})
		}
	}
	if len(s.items) == 0 {
		return
	}
	sort.Slice(s.items, func(a, b int) bool {
		x, y := &s.items[a], &s.items[b]
		if x.key != y.key {
			return x.key < y.key
		}
		if reverse {
			return x.pos > y.pos
		}
		return x.pos < y.pos
	})
	k := 0
	for i, v := range layer {
		if len(nb.of(v)) == 0 {
			continue
		}
		layer[i] = s.items[k].v
		l.pos[layer[i]] = i
		k++
	}
}

// mincross searches for an order with few crossings and returns their
// number.
func (l *layered) mincross(groups int) int {
	l.markGroups(groups)
	s := &sorter{}
	l.transposeAll(false, transposeRounds)
	best := l.totalCrossings()
	saved := l.snapshot(nil)
	cur, trying := best, 0
	for iter := 0; iter < maxIter && trying < minQuit && cur > 0; iter++ {
		trying++
		reverse := iter%4 < 2
		if iter%2 == 0 {
			for r := 1; r < len(l.layers); r++ {
				l.reorderLayer(r, &l.up, reverse, s)
			}
		} else {
			for r := len(l.layers) - 2; r >= 0; r-- {
				l.reorderLayer(r, &l.down, reverse, s)
			}
		}
		l.transposeAll(!reverse, transposeRounds)
		cur = l.totalCrossings()
		if cur <= best {
			if float64(cur) < 0.995*float64(best) {
				trying = 0
			}
			best = cur
			saved = l.snapshot(saved)
		}
	}
	l.restore(saved)
	l.gatherGroups()
	l.transposeAll(false, transposeRounds)
	return l.totalCrossings()
}

// gatherGroups makes every co-premise group contiguous again, at the place
// of its first member, in premise order.
func (l *layered) gatherGroups() {
	type item struct {
		v        int
		key, sub int
	}
	first := map[int32]int{}
	for _, layer := range l.layers {
		clear(first)
		items := make([]item, len(layer))
		for i, v := range layer {
			items[i] = item{v: v, key: i}
			if l.multi[v] {
				g := l.grp[v]
				if f, ok := first[g]; ok {
					items[i].key = f
				} else {
					first[g] = i
				}
				items[i].sub = int(l.sub[v])
			}
		}
		sort.SliceStable(items, func(a, b int) bool {
			if items[a].key != items[b].key {
				return items[a].key < items[b].key
			}
			return items[a].sub < items[b].sub
		})
		for i, it := range items {
			layer[i] = it.v
			l.pos[it.v] = i
		}
	}
}
