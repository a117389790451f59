package layout

import (
	"slices"
	"sort"
)

// Local search on the spanning tree: for the links that leave their
// subtrees and span the most, move the subtrees holding their ends towards
// each other, one level at a time (to the near end of the siblings, and at
// the common ancestor next to the other branch), and keep each move that
// lowers the crossings. Links between neighbouring layers are counted
// exactly as they are drawn, and those are the worst offenders (the claims
// of attack cycles moved beside each other leave one such link behind).

// searchWork bounds the search: evaluations × layered size.
const searchWork = 6_000_000

// localSearch improves the order of l, built from t, and returns the
// crossings.
func (l *layered) localSearch(g *graph, t *tree) int {
	best := l.totalCrossings()
	evals := 0
	size := len(l.rank) + len(l.down.list)
	budget := max(10, min(300, searchWork/max(1, size)))
	pos := t.tidy()
	type cand struct {
		a, b int
		span float64
	}
	var cands []cand
	for i := range g.edges {
		e := &g.edges[i]
		a, b := e.lower(), e.upper()
		if e.flat || t.parent[a] == b {
			continue
		}
		d := pos[a] - pos[b]
		if d < 0 {
			d = -d
		}
		cands = append(cands, cand{a, b, d})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].span > cands[j].span })
	try := func(parent int, kids []int) bool {
		old := t.kids[parent]
		t.kids[parent] = kids
		t.preorder()
		l.installPreorder(g, t)
		evals++
		if c := l.totalCrossings(); c < best {
			best = c
			return true
		}
		t.kids[parent] = old
		return false
	}
	for _, c := range cands {
		if evals >= budget || best == 0 {
			break
		}
		for side := 0; side < 2 && evals < budget; side++ {
			x, other := c.a, c.b
			if side == 1 {
				x, other = c.b, c.a
			}
			anc := t.ancestors(other)
			for x >= 0 && evals < budget {
				p := t.parent[x]
				if p < 0 || anc[p] {
					if p >= 0 { // p is the common ancestor: go next to the other branch
						ob := other
						for ob >= 0 && t.parent[ob] != p {
							ob = t.parent[ob]
						}
						if ob >= 0 && ob != x {
							if kids, ok := moveBeside(t.kids[p], x, ob); ok && try(p, kids) {
								pos = t.tidy()
							}
						}
					}
					break
				}
				if kids, ok := moveToEnd(t.kids[p], x, pos[other] > pos[x]); ok && try(p, kids) {
					pos = t.tidy()
				}
				x = p
			}
		}
	}
	t.preorder()
	l.installPreorder(g, t)
	return best
}

// ancestors marks v and all its ancestors.
func (t *tree) ancestors(v int) map[int]bool {
	out := map[int]bool{}
	for ; v >= 0 && !out[v]; v = t.parent[v] {
		out[v] = true
	}
	return out
}

// moveToEnd returns kids with x moved to the right end (or the left one);
// ok is false when it is there already.
func moveToEnd(kids []int, x int, right bool) ([]int, bool) {
	i := slices.Index(kids, x)
	if i < 0 || (right && i == len(kids)-1) || (!right && i == 0) {
		return nil, false
	}
	out := slices.Delete(slices.Clone(kids), i, i+1)
	if right {
		return append(out, x), true
	}
	return slices.Insert(out, 0, x), true
}

// moveBeside returns kids with x moved next to y, on the side it came
// from; ok is false when it is there already.
func moveBeside(kids []int, x, y int) ([]int, bool) {
	i, j := slices.Index(kids, x), slices.Index(kids, y)
	if i < 0 || j < 0 || i == j-1 || i == j+1 {
		return nil, false
	}
	out := slices.Delete(slices.Clone(kids), i, i+1)
	j = slices.Index(out, y)
	if i < j+1 { // x was left of y: just before it
		return slices.Insert(out, j, x), true
	}
	return slices.Insert(out, j+1, x), true
}
