package layout

import (
	"cmp"
	"slices"
	"sort"
)

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
func (t *tree) tidy() []float64 { return t.tidyInto(nil) }

// tidyInto is tidy writing into buf when it is long enough.
func (t *tree) tidyInto(buf []float64) []float64 {
	n := len(t.parent)
	if len(t.order) != n {
		t.order = make([]int, n)
	}
	order := t.order
	for v, p := range t.pre {
		order[p] = v
	}
	pos := buf
	if len(pos) != n {
		pos = make([]float64, n)
	}
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

// tree is a spanning forest of the claims.
type tree struct {
	parent []int
	kids   [][]int
	roots  []int
	depth  []int
	pre    []int
	order  []int // scratch: claims in preorder
}

// newTree hangs each claim from one parent: the target of its first direct
// support if any, else of its first direct link, else of its first link.
func newTree(g *graph, join, joinUp bool) *tree {
	n := len(g.ids)
	t := &tree{parent: make([]int, n), kids: make([][]int, n), depth: make([]int, n)}
	best := make([]int, n)
	for v := range t.parent {
		t.parent[v], best[v] = -1, 99
	}
	for i := range g.edges {
		e := &g.edges[i]
		if e.flat {
			continue
		}
		u, v := e.upper(), e.lower()
		score := 3
		switch near := g.rank[v] == g.rank[u]+1; {
		case near && !e.loose && !e.reversed && e.kind == kindPro:
			score = 0
		case near && !e.loose && !e.reversed:
			score = 1
		case near:
			score = 2
		}
		if score < best[v] {
			t.parent[v], best[v] = u, score
		}
	}
	beside := t.joinAttackCycles(g, join, joinUp)
	byUpper := buildCSR(n, len(g.edges), func(i int) int { return g.edges[i].upper() }, func(i int) int { return i })
	for u := 0; u < n; u++ {
		es := byUpper.of(u)
		g.childOrder(es)
		for _, i := range es {
			v := g.edges[i].lower()
			if t.parent[v] == u && !g.edges[i].flat && beside[v] < 0 && !slices.Contains(t.kids[u], v) {
				t.kids[u] = append(t.kids[u], v)
			}
		}
	}
	// A claim put beside its partner in an attack cycle follows it.
	for v, u := range beside {
		if u >= 0 {
			if p := t.parent[v]; p >= 0 {
				if i := slices.Index(t.kids[p], u); i >= 0 {
					t.kids[p] = slices.Insert(t.kids[p], i+1, v)
					continue
				}
				t.kids[p] = append(t.kids[p], v)
			}
		}
	}
	for v := 0; v < n; v++ {
		if t.parent[v] < 0 && g.rank[v] == 0 {
			t.roots = append(t.roots, v)
		}
	}
	for v := 0; v < n; v++ {
		if t.parent[v] < 0 && g.rank[v] != 0 {
			t.roots = append(t.roots, v)
		}
	}
	t.preorder()
	return t
}

// joinAttackCycles hangs one claim of each attack inside a cycle next to
// the other: the lower one under the upper, or, on one layer, beside it
// under the same parent. Two claims attacking each other across the map are
// then drawn together, with one long link to where the moved one came from
// instead of two. It returns, for each claim put beside another, that
// other (-1 elsewhere).
func (t *tree) joinAttackCycles(g *graph, join, up bool) []int {
	beside := make([]int, len(t.parent))
	moved := make([]bool, len(t.parent))
	for v := range beside {
		beside[v] = -1
	}
	if !join {
		return beside
	}
	for i := range g.edges {
		e := &g.edges[i]
		if !e.loose {
			continue
		}
		lo, hi := e.lower(), e.upper()
		if moved[lo] || moved[hi] || t.parent[hi] < 0 && g.rank[lo] == g.rank[hi] {
			continue
		}
		moved[lo], moved[hi] = true, true
		if up && g.rank[lo] > g.rank[hi] {
			// The upper claim goes beside the lower one's ancestor on its
			// layer: its link to its old parent then crosses an upper,
			// sparser gap, and the attack runs up along the lower's path.
			anc := lo
			for t.parent[anc] >= 0 && g.rank[t.parent[anc]] >= g.rank[hi] {
				anc = t.parent[anc]
			}
			if anc != hi && g.rank[anc] == g.rank[hi] && t.parent[anc] >= 0 {
				t.parent[hi] = t.parent[anc]
				beside[hi] = anc
				continue
			}
		}
		up := hi
		if g.rank[lo] > g.rank[up] {
			t.parent[lo] = up
		} else {
			t.parent[lo] = t.parent[up]
			beside[lo] = up
		}
	}
	return beside
}

// preorder numbers the claims in depth-first preorder and sets depths.
func (t *tree) preorder() {
	if t.pre == nil {
		t.pre = make([]int, len(t.parent))
	}
	for v := range t.pre {
		t.pre[v] = -1
	}
	next := 0
	var stack []int
	for _, root := range t.roots {
		stack = append(stack[:0], root)
		t.depth[root] = 0
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if t.pre[v] >= 0 {
				continue
			}
			t.pre[v] = next
			next++
			ks := t.kids[v]
			for i := len(ks) - 1; i >= 0; i-- {
				if t.pre[ks[i]] < 0 {
					t.depth[ks[i]] = t.depth[v] + 1
					stack = append(stack, ks[i])
				}
			}
		}
	}
	for v := range t.pre { // claims on a parent cycle (not expected)
		if t.pre[v] < 0 {
			t.pre[v] = next
			next++
		}
	}
}

// installPreorder sorts every layer by the tidy drawing of the tree (the
// order of its preorder for claims) with each dummy where the straight line
// of its link passes.
func (l *layered) installPreorder(g *graph, t *tree) {
	n := l.n
	l.tidyX = t.tidyInto(l.tidyX)
	at := l.tidyX
	if len(l.keys) != len(l.rank) {
		l.keys = make([]float64, len(l.rank))
	}
	keys := l.keys
	for v := range keys {
		if v >= n {
			// Where the straight line between the ends passes, in a tidy
			// drawing of the tree: near where the link is drawn.
			tp, b := l.top[v-n], l.bottom[v-n]
			f := float64(l.rank[v]-l.rank[tp]) / float64(l.rank[b]-l.rank[tp])
			keys[v] = at[tp] + f*(at[b]-at[tp])
		} else {
			keys[v] = at[v]
		}
	}
	for r := range l.layers {
		l.layers[r] = l.layers[r][:0]
	}
	for v := range l.rank {
		l.layers[l.rank[v]] = append(l.layers[l.rank[v]], v)
	}
	for _, layer := range l.layers {
		slices.SortFunc(layer, func(a, b int) int {
			if c := cmp.Compare(keys[a], keys[b]); c != 0 {
				return c
			}
			return a - b
		})
		for i, v := range layer {
			l.pos[v] = i
		}
	}
}
