package scene

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// refEdges is buildEdges as it was, on maps keyed by ID: the reference
// the array version must agree with. It returns the edges, and which
// edges each claim touches and which undercut each edge.
func refEdges(s *Scene, m *argmap.Map) ([]Edge, map[argmap.ID][]int, map[int][]int) {
	r := &Scene{opt: s.opt, measure: s.measure, Cards: s.Cards, cardIdx: s.cardIdx, edgeIdx: map[argmap.ID]int{}}
	touch, under := map[argmap.ID][]int{}, map[int][]int{}
	level := make(map[argmap.ID]int, len(m.Arguments))
	var depth func(a *argmap.Argument, n int) int
	depth = func(a *argmap.Argument, n int) int {
		if l, ok := level[a.ID]; ok {
			return l
		}
		t := m.Argument(a.Target)
		if t == nil {
			level[a.ID] = 0
			return 0
		}
		if n > len(m.Arguments) {
			return -1
		}
		d := depth(t, n+1)
		if d >= 0 {
			d++
		}
		level[a.ID] = d
		return d
	}
	var args []*argmap.Argument
	for _, a := range m.Arguments {
		if depth(a, 0) >= 0 {
			args = append(args, a)
		}
	}
	sort.SliceStable(args, func(i, j int) bool { return level[args[i].ID] < level[args[j].ID] })
	slots := map[argmap.ID]int{}
	for _, a := range args {
		if _, dup := r.edgeIdx[a.ID]; dup {
			continue
		}
		e := Edge{ID: a.ID, Premises: a.Premises, Target: a.Target}
		switch {
		case a.Polarity == argmap.Con && m.Argument(a.Target) != nil:
			e.Kind = EdgeUndercut
		case a.Polarity == argmap.Con:
			e.Kind = EdgeCon
		}
		e.Dimmed = r.opt.Keep != nil && !r.opt.Keep[a.ID]
		e.Proposed = a.Proposal != nil || m.ProposalOf(a.Target) != nil
		for _, p := range a.Premises {
			if c := m.Claim(p); c != nil && c.Proposal != nil {
				e.Proposed = true
			}
		}
		if len(a.Premises) > 1 {
			e.slot = slots[a.Target]
			slots[a.Target]++
		}
		if !r.route(&e) {
			continue
		}
		i := len(r.Edges)
		r.edgeIdx[a.ID] = i
		r.Edges = append(r.Edges, e)
		for _, p := range a.Premises {
			touch[p] = append(touch[p], i)
		}
		if t, ok := r.edgeIdx[a.Target]; ok {
			under[t] = append(under[t], i)
		} else {
			touch[a.Target] = append(touch[a.Target], i)
		}
	}
	return r.Edges, touch, under
}

// refMaps are maps with what buildEdges must get right: chains of
// undercutters, a cycle of them, arguments sharing an ID, premises and
// targets missing, suggestions among cards and arguments.
func refMaps(t *testing.T) map[string]*argmap.Map {
	maps := map[string]*argmap.Map{"fixture": newFixture(t).m}
	for _, seed := range []int64{1, 2} {
		m := gen.Tree(300, seed)
		r := rand.New(rand.NewPCG(uint64(seed), 9))
		ids := argmap.DeterministicIDs(fmt.Sprint("ref", seed))
		claim := func() argmap.ID { return m.Claims[r.IntN(len(m.Claims))].ID }
		arg := func() *argmap.Argument { return m.Arguments[r.IntN(len(m.Arguments))] }
		for range 40 { // undercutters, and undercutters of those
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Target: arg().ID, Polarity: argmap.Con, Premises: []argmap.ID{claim()}})
		}
		a, b := &argmap.Argument{ID: ids(), Polarity: argmap.Con, Premises: []argmap.ID{claim()}}, &argmap.Argument{ID: ids(), Polarity: argmap.Con, Premises: []argmap.ID{claim()}}
		a.Target, b.Target = b.ID, a.ID // a cycle
		m.Arguments = append(m.Arguments, a, b, &argmap.Argument{ID: ids(), Target: a.ID, Polarity: argmap.Con, Premises: []argmap.ID{claim()}})
		for range 5 { // an ID twice, with other premises and target
			d := *arg()
			d.Premises, d.Target = []argmap.ID{claim(), claim()}, claim()
			m.Arguments = append(m.Arguments, &d)
		}
		m.Arguments = append(m.Arguments,
			&argmap.Argument{ID: ids(), Target: claim(), Premises: []argmap.ID{argmap.NewID()}},
			&argmap.Argument{ID: ids(), Target: argmap.NewID(), Premises: []argmap.ID{claim()}},
			&argmap.Argument{ID: ids(), Target: claim(), Premises: []argmap.ID{claim(), claim(), claim()}},
			&argmap.Argument{ID: ids(), Target: claim()})
		for range 20 {
			m.Claims[r.IntN(len(m.Claims))].Proposal = &argmap.Proposal{By: "test"}
			arg().Proposal = &argmap.Proposal{By: "test"}
		}
		m.Claims = append(m.Claims, m.Claims[3]) // a claim twice
		m.Reindex()
		maps[fmt.Sprint("tree", seed)] = m
	}
	return maps
}

// TestEdgesAreReference: buildEdges on arrays gives the edges, in the
// order, and the touch and undercut lists of the version on maps.
func TestEdgesAreReference(t *testing.T) {
	t.Parallel()
	for name, m := range refMaps(t) {
		s := Build(m, Mono, Options{Keep: map[argmap.ID]bool{m.Arguments[0].ID: true}})
		want, touch, under := refEdges(s, m)
		if !reflect.DeepEqual(s.Edges, want) {
			t.Fatalf("%s: %d edges, the reference %d (or they differ)", name, len(s.Edges), len(want))
		}
		for id, i := range s.cardIdx {
			got := []int{}
			for _, e := range s.touching(i) {
				got = append(got, int(e))
			}
			if w := touch[id]; !slices.Equal(got, append([]int{}, w...)) {
				t.Fatalf("%s: card %d touches edges %v, the reference %v", name, i, got, w)
			}
		}
		for i := range s.Edges {
			got := []int{}
			for _, e := range s.undercutters(i) {
				got = append(got, int(e))
			}
			if w := under[i]; !slices.Equal(got, append([]int{}, w...)) {
				t.Fatalf("%s: edge %d has undercutters %v, the reference %v", name, i, got, w)
			}
		}
	}
}
