package layout

import "sort"

// treeRounds bounds the rounds of subtree reordering.
const treeRounds = 6

// improveTree reorders the children of every claim, keeping the spanning
// tree planar, so that subtrees move towards the far ends of the links that
// leave them (cross-links to ancestors, attacks between branches): each
// child is sorted by the mean of its own place and those far ends, places
// being tidy-tree positions (leaves numbered in order, parents centred over
// their children); st.pull weighs the own place (the higher, the smaller
// the moves), and with st.oneSided only the lower end of a link moves. The
// order with the fewest crossings is kept.
func (l *layered) improveTree(g *graph, t *tree, st strategy) {
	n := len(t.parent)
	best := l.totalCrossings()
	saved := cloneKids(t.kids)
	extSum := make([]float64, n)
	extCnt := make([]float64, n)
	for round := 0; round < treeRounds && best > 0; round++ {
		pos := t.tidy()
		clear(extSum)
		clear(extCnt)
		for i := range g.edges {
			e := &g.edges[i]
			if e.flat {
				continue
			}
			a, b := e.lower(), e.upper()
			if t.parent[a] == b {
				continue // a tree edge
			}
			t.pull(a, b, pos, extSum, extCnt, st.oneSided)
		}
		for v := 0; v < n; v++ {
			ks := t.kids[v]
			if len(ks) < 2 {
				continue
			}
			key := func(c int) float64 { return (extSum[c] + st.pull*pos[c]) / (extCnt[c] + st.pull) }
			sort.SliceStable(ks, func(i, j int) bool { return key(ks[i]) < key(ks[j]) })
		}
		t.preorder()
		l.installPreorder(g, t)
		c := l.totalCrossings()
		if c < best {
			best = c
			saved = cloneKids(t.kids)
		}
	}
	t.kids = saved
	t.preorder()
	l.installPreorder(g, t)
}

// pull adds, to every subtree that holds one end of the link a–b but not the
// other, the tidy position of the other end (only to those holding the
// lower end a when oneSided).
func (t *tree) pull(a, b int, pos, sum, cnt []float64, oneSided bool) {
	x, y := a, b
	for x != y {
		if x < 0 || y < 0 {
			return
		}
		if t.depth[x] >= t.depth[y] {
			if t.parent[x] < 0 && t.parent[y] < 0 && t.depth[y] == t.depth[x] {
				return // different trees
			}
			sum[x] += pos[b]
			cnt[x]++
			x = t.parent[x]
		} else {
			if !oneSided {
				sum[y] += pos[a]
				cnt[y]++
			}
			y = t.parent[y]
		}
	}
}

// tidy gives every claim its tidy-tree position: leaves numbered left to
// right, parents midway between their first and last child.
func (t *tree) tidy() []float64 {
	n := len(t.parent)
	order := make([]int, n)
	for v, p := range t.pre {
		order[p] = v
	}
	pos := make([]float64, n)
	leaf := 0.0
	for _, v := range order { // preorder: leaves come left to right
		if len(t.kids[v]) == 0 {
			pos[v] = leaf
			leaf++
		}
	}
	for i := n - 1; i >= 0; i-- { // reverse preorder: children first
		v := order[i]
		if ks := t.kids[v]; len(ks) > 0 {
			pos[v] = (pos[ks[0]] + pos[ks[len(ks)-1]]) / 2
		}
	}
	return pos
}

func cloneKids(k [][]int) [][]int {
	out := make([][]int, len(k))
	for i, ks := range k {
		out[i] = append([]int(nil), ks...)
	}
	return out
}
