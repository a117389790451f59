// Package gen generates argument maps for benchmarks and property tests:
// tree-like maps shaped like real ones (a root conclusion, reasons and
// objections below, some linked premises, cross-links and attack cycles).
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// words is a literal, not strings.Fields of a text: static data costs no
// work at start.
var words = []string{"the", "alliance", "india", "russia", "china", "west", "security", "pact", "region", "policy", "autonomy", "defence", "energy", "trade", "pressure", "crisis", "ocean", "strategy", "support", "risk", "balance", "power", "neutral", "claim", "reason", "because", "therefore", "evidence", "expert", "report", "treaty", "partner"}

// Tree returns a map of n claims (n ≥ 1), the same for the same seed: a
// root conclusion; each claim gets 0–4 premises or objections (about 15%
// are objections, and a third of the pro children are linked in pairs);
// about 10% of claims also support a claim 1–3 levels above their parent;
// and about one claim in 500 is in a cycle of two mutual attacks. Positions
// are laid on a coarse grid by depth so that the map can be drawn as is.
func Tree(n int, seed int64) *argmap.Map {
	if n < 1 {
		n = 1
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	ids := argmap.DeterministicIDs(fmt.Sprintf("gen/%d/%d", n, seed))
	m := argmap.New(fmt.Sprintf("Generated map of %d claims", n))
	parent := make([]int, 0, n)
	depth := make([]int, 0, n)
	perDepth := map[int]int{}
	addClaim := func(p int) int {
		i := len(m.Claims)
		d := 0
		if p >= 0 {
			d = depth[p] + 1
		}
		nw := 3 + r.IntN(18)
		ws := make([]string, nw)
		for k := range ws {
			ws[k] = words[r.IntN(len(words))]
		}
		m.Claims = append(m.Claims, &argmap.Claim{
			ID:   ids(),
			Text: fmt.Sprintf("C%d %s", i, strings.Join(ws, " ")),
			Pos:  argmap.Point{X: float64(perDepth[d]) * 280, Y: float64(d) * 220},
		})
		perDepth[d]++
		parent = append(parent, p)
		depth = append(depth, d)
		return i
	}
	addArg := func(prem []int, target argmap.ID, pol argmap.Polarity) {
		a := &argmap.Argument{ID: ids(), Target: target, Polarity: pol}
		for _, p := range prem {
			a.Premises = append(a.Premises, m.Claims[p].ID)
		}
		m.Arguments = append(m.Arguments, a)
	}
	addClaim(-1)
	var objections []int
	for next := 0; len(m.Claims) < n; next++ {
		if next >= len(m.Claims) {
			next = r.IntN(len(m.Claims))
		}
		k := r.IntN(5)
		if next == 0 && k == 0 {
			k = 2
		}
		var pros []int
		for j := 0; j < k && len(m.Claims) < n; j++ {
			c := addClaim(next)
			if r.IntN(100) < 15 {
				addArg([]int{c}, m.Claims[next].ID, argmap.Con)
				objections = append(objections, c)
			} else {
				pros = append(pros, c)
			}
		}
		for len(pros) > 0 {
			if len(pros) >= 2 && r.IntN(3) == 0 {
				addArg(pros[:2], m.Claims[next].ID, argmap.Pro)
				pros = pros[2:]
				continue
			}
			addArg(pros[:1], m.Claims[next].ID, argmap.Pro)
			pros = pros[1:]
		}
	}
	// Cross-links: a premise also supports a claim 1–3 levels above its parent.
	for i := range m.Claims {
		if r.IntN(100) >= 10 || parent[i] < 0 {
			continue
		}
		up := parent[i]
		for s := 1 + r.IntN(3); s > 0 && parent[up] >= 0; s-- {
			up = parent[up]
		}
		if up != parent[i] {
			addArg([]int{i}, m.Claims[up].ID, argmap.Pro)
		}
	}
	// Attack cycles: pairs of objections that attack each other.
	for c := 0; c < len(m.Claims)/500+1 && len(objections) >= 2; c++ {
		a, b := objections[r.IntN(len(objections))], objections[r.IntN(len(objections))]
		if a == b {
			continue
		}
		addArg([]int{a}, m.Claims[b].ID, argmap.Con)
		addArg([]int{b}, m.Claims[a].ID, argmap.Con)
	}
	m.Reindex()
	return m
}
