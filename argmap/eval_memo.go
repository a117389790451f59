package argmap

import "sync/atomic"

// evalMemo holds the last evalTopo of a map. It is shared by the
// evaluations of the map, which may run concurrently, hence the atomic.
// A nil *evalMemo (a Map made without New or Reindex) remembers nothing.
type evalMemo struct {
	topo  atomic.Pointer[evalTopo]
	spare atomic.Pointer[evalScratch] // see borrowScratch
}

func (e *evalMemo) load() *evalTopo {
	if e == nil {
		return nil
	}
	return e.topo.Load()
}

func (e *evalMemo) store(t *evalTopo) {
	if e != nil {
		e.topo.Store(t)
	}
}

// shapeSeq numbers the shapes of all maps, so that two maps (a Map copied
// by value shares its memo) never have the same shape after an edit.
var shapeSeq atomic.Uint64

// reshaped records that an edit changed (or may have changed) the IDs,
// premises, targets or polarities of m's arguments. Every Edit that can do
// so calls it in Apply and Revert.
func (m *Map) reshaped() { m.shape = shapeSeq.Add(1) }

// evalTopo is what Evaluate derives from the IDs of a map alone: the node
// numbers, the premise lists and the counters of pro, con and undercutting
// arguments. It is read-only once built. It keeps the IDs it was built
// from, so that matches can tell, by one sequential pass and no hashing,
// whether it still describes the map.
type evalTopo struct {
	nc    int
	index *idIndex // its ids: the claims' IDs, then the arguments'

	args []argInfo
	init []int32 // the counters a solve starts from, laid out as evalScratch says

	premStart []int32
	premiseOf []int32

	shape   uint64   // the map's shape when built or last checked in full
	premIDs []ID     // every argument's premises, in order
	keys    []argKey // what argsMatch compares, one argument after the other
}

// polCode numbers the polarities that aim tells apart.
func polCode(p Polarity) uint8 {
	switch p {
	case Pro:
		return 1
	case Con:
		return 2
	}
	return 0
}

// argsMatch reports whether t was built from a map with the same argument
// IDs, premises, targets and polarities, in the same order, as m: with
// the same claim IDs (which readClaims checks), every lookup buildEvalTopo
// made would give the same answer on m. While m has the shape t was built
// at, no edit has written into a premise list, so a premise list still at
// the same address with the same length needs no reading: the one cache
// miss per argument that this saves is most of the cost of a warm Evaluate.
// Writing into a premise list directly, not through an Edit, needs
// Reindex, as other direct changes do.
func (t *evalTopo) argsMatch(m *Map) bool {
	if len(m.Arguments) != len(t.keys) {
		return false
	}
	keys, k := t.keys[:len(m.Arguments)], 0
	same := m.shape == t.shape
	for j, a := range m.Arguments {
		np, key := len(a.Premises), &keys[j]
		if a.ID != key.id || a.Target != key.target || int32(np) != key.nprem || polCode(a.Polarity) != key.pol {
			return false
		}
		if same && np > 0 && &a.Premises[0] == key.prem {
			k += np
			continue
		}
		for _, p := range a.Premises {
			if p != t.premIDs[k] {
				return false
			}
			k++
		}
	}
	return true
}

// argKey is what an argument was when its memo was built.
type argKey struct {
	id, target ID
	prem       *ID // the address of its premise list, or nil
	nprem      int32
	pol        uint8 // as polCode gives it
}

// premPtr returns the address of a premise list, or nil if it is empty.
func premPtr(ps []ID) *ID {
	if len(ps) == 0 {
		return nil
	}
	return &ps[0]
}

// buildEvalTopo numbers the claims and arguments of m and resolves the
// premises and targets of the arguments.
func buildEvalTopo(m *Map) *evalTopo {
	nc, na := len(m.Claims), len(m.Arguments)
	t := &evalTopo{
		nc:    nc,
		index: newIDIndex(nc + na),
		args:  make([]argInfo, na),
		init:  make([]int32, 2*nc+2*na),
		keys:  make([]argKey, na),
		shape: m.shape,
	}
	con, pro := t.init[:nc], t.init[nc:2*nc]
	premLeft, ucLeft := t.init[2*nc:2*nc+na], t.init[2*nc+na:]
	// aim records that argument j targets node ti with polarity pol.
	aim := func(j int, ti int32, pol Polarity) {
		x := &t.args[j]
		switch {
		case int(ti) < nc && pol == Pro:
			x.kind, x.target = kindPro, ti
			pro[ti]++
		case int(ti) < nc && pol == Con:
			x.kind, x.target = kindCon, ti
			con[ti]++
		case pol == Con:
			x.kind, x.target = kindUndercut, ti
			ucLeft[int(ti)-nc]++
		}
	}
	for _, c := range m.Claims {
		t.index.add(c.ID)
	}
	counts := make([]int32, nc+1)
	// prem holds every argument's premises as claim numbers (-1: no such
	// claim), so that each ID is looked up once. A target that is a claim
	// is resolved at once; the others (undercut arguments, later in the
	// list) wait until every argument has its number.
	prem := make([]int32, 0, na+na/2)
	t.premIDs = make([]ID, 0, na+na/2)
	var later []int32
	for j, a := range m.Arguments {
		t.index.add(a.ID)
		t.keys[j] = argKey{id: a.ID, target: a.Target, prem: premPtr(a.Premises),
			nprem: int32(len(a.Premises)), pol: polCode(a.Polarity)}
		x := &t.args[j]
		x.target = -1
		x.nprem = int32(len(a.Premises))
		for _, p := range a.Premises {
			t.premIDs = append(t.premIDs, p)
			ci, ok := t.index.get(p)
			if !ok || int(ci) >= nc {
				x.missing = true
				prem = append(prem, -1)
				continue
			}
			prem = append(prem, ci)
			counts[ci]++
			premLeft[j]++
		}
		if ti, ok := t.index.get(a.Target); ok && int(ti) < nc {
			aim(j, ti, a.Polarity)
		} else {
			later = append(later, int32(j))
		}
	}
	for _, j := range later {
		a := m.Arguments[j]
		if ti, ok := t.index.get(a.Target); ok && int(ti) != nc+int(j) {
			aim(int(j), ti, a.Polarity)
		}
	}
	// Prefix sums give each claim its slice of premiseOf.
	t.premStart = make([]int32, nc+1)
	for i := 0; i < nc; i++ {
		t.premStart[i+1] = t.premStart[i] + counts[i]
	}
	t.premiseOf = make([]int32, t.premStart[nc])
	fill := counts[:nc]
	copy(fill, t.premStart[:nc])
	k := 0
	for j := range t.args {
		for range t.args[j].nprem {
			if ci := prem[k]; ci >= 0 {
				t.premiseOf[fill[ci]] = int32(nc + j)
				fill[ci]++
			}
			k++
		}
	}
	return t
}
