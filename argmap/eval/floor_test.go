package eval_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

// floor is the straightforward program Evaluate is measured against (issue
// 16): the same rules as Evaluate, as a worklist on int32 arrays that were
// built once from the map, with every buffer allocated once. It ignores
// challenges (the benchmark maps have none open). With read set, each run
// first reads the claims' assessments and every argument's polarity and
// premise count from the map, the least a warm Evaluate must look at.
type floor struct {
	nc        int
	target    []int32 // per argument: node number, or -1
	kind      []uint8 // per argument: 0 none, 1 pro, 2 con, 3 undercut
	premStart []int32 // premiseOf[premStart[c]:premStart[c+1]]: arguments with premise c
	premiseOf []int32
	con0      []int32 // per claim: con arguments on it
	pro0      []int32 // per claim: pro arguments on it
	prem0     []int32 // per argument: premises
	uc0       []int32 // per argument: undercutters
	flags0    []uint8 // per claim: floorRejected, floorNeeds

	con, pro, prem, uc []int32
	flags              []uint8
	labels             []eval.Label
	queue              []int32
}

const (
	floorRejected uint8 = 1 << iota
	floorNeeds          // needs support
	floorProIn          // a pro argument for it is In
)

func newFloor(m *argmap.Map) *floor {
	nc, na := len(m.Claims), len(m.Arguments)
	node := make(map[argmap.ID]int32, nc+na)
	for i, c := range m.Claims {
		node[c.ID] = int32(i)
	}
	for j, a := range m.Arguments {
		node[a.ID] = int32(nc + j)
	}
	f := &floor{
		nc: nc, target: make([]int32, na), kind: make([]uint8, na),
		premStart: make([]int32, nc+1),
		con0:      make([]int32, nc), pro0: make([]int32, nc),
		prem0: make([]int32, na), uc0: make([]int32, na), flags0: make([]uint8, nc),
		con: make([]int32, nc), pro: make([]int32, nc),
		prem: make([]int32, na), uc: make([]int32, na), flags: make([]uint8, nc),
		labels: make([]eval.Label, nc+na), queue: make([]int32, 0, nc+na),
	}
	for j, a := range m.Arguments {
		f.target[j] = -1
		t, ok := node[a.Target]
		switch {
		case !ok:
		case int(t) < nc && a.Polarity == argmap.Pro:
			f.target[j], f.kind[j] = t, 1
			f.pro0[t]++
		case int(t) < nc:
			f.target[j], f.kind[j] = t, 2
			f.con0[t]++
		case a.Polarity == argmap.Con:
			f.target[j], f.kind[j] = t, 3
			f.uc0[int(t)-nc]++
		}
		for _, p := range a.Premises {
			f.premStart[node[p]+1]++
			f.prem0[j]++
		}
	}
	for i := 0; i < nc; i++ {
		f.premStart[i+1] += f.premStart[i]
	}
	f.premiseOf = make([]int32, f.premStart[nc])
	fill := append([]int32(nil), f.premStart[:nc]...)
	for j, a := range m.Arguments {
		for _, p := range a.Premises {
			c := node[p]
			f.premiseOf[fill[c]] = int32(nc + j)
			fill[c]++
		}
	}
	f.readClaims(m, f.flags0)
	return f
}

func (f *floor) readClaims(m *argmap.Map, flags []uint8) {
	for i, c := range m.Claims {
		var x uint8
		switch c.Assessment {
		case argmap.Rejected:
			x = floorRejected
		case argmap.Questioned:
			x = floorNeeds
		case argmap.Unassessed:
			if f.pro0[i] > 0 {
				x = floorNeeds
			}
		}
		flags[i] = x
	}
}

// run labels the map once.
func (f *floor) run(m *argmap.Map, read bool) {
	nc := f.nc
	copy(f.con, f.con0)
	copy(f.pro, f.pro0)
	copy(f.prem, f.prem0)
	copy(f.uc, f.uc0)
	if read {
		f.readClaims(m, f.flags)
		for j, a := range m.Arguments {
			if a.Polarity == "" || int32(len(a.Premises)) != f.prem0[j] {
				f.kind[j] = 0
			}
		}
	} else {
		copy(f.flags, f.flags0)
	}
	labels := f.labels
	clear(labels)
	q := f.queue[:0]
	set := func(i int32, x eval.Label) {
		if labels[i] == eval.Unlabelled {
			labels[i] = x
			q = append(q, i)
		}
	}
	claimIn := func(i int32) {
		if f.con[i] == 0 && f.flags[i]&floorRejected == 0 && (f.flags[i]&floorNeeds == 0 || f.flags[i]&floorProIn != 0) {
			set(i, eval.In)
		}
	}
	argIn := func(i int32) {
		if j := int(i) - nc; f.prem[j] == 0 && f.uc[j] == 0 {
			set(i, eval.In)
		}
	}
	for i := range nc {
		switch {
		case f.flags[i]&floorRejected != 0, f.flags[i]&floorNeeds != 0 && f.pro[i] == 0:
			set(int32(i), eval.Out)
		default:
			claimIn(int32(i))
		}
	}
	for j := range f.target {
		argIn(int32(nc + j))
	}
	for h := 0; h < len(q); h++ {
		i := q[h]
		x := labels[i]
		if int(i) < nc {
			for _, a := range f.premiseOf[f.premStart[i]:f.premStart[i+1]] {
				if labels[a] != eval.Unlabelled {
					continue
				}
				if x == eval.Out {
					set(a, eval.Out)
					continue
				}
				f.prem[int(a)-nc]--
				argIn(a)
			}
			continue
		}
		j := int(i) - nc
		t := f.target[j]
		if t < 0 || labels[t] != eval.Unlabelled {
			continue
		}
		switch f.kind[j] {
		case 1:
			if x == eval.In {
				f.flags[t] |= floorProIn
				claimIn(t)
			} else if f.pro[t]--; f.flags[t]&floorNeeds != 0 && f.pro[t] == 0 {
				set(t, eval.Out)
			}
		case 2:
			if x == eval.In {
				set(t, eval.Out)
			} else {
				f.con[t]--
				claimIn(t)
			}
		case 3:
			if x == eval.In {
				set(t, eval.Out)
			} else {
				f.uc[int(t)-nc]--
				argIn(t)
			}
		}
	}
	for i := range labels {
		if labels[i] == eval.Unlabelled {
			labels[i] = eval.Undec
		}
	}
	f.queue = q
}

// TestFloorAgrees checks that the floor computes what Evaluate computes, so
// that the ratios compare like with like.
func TestFloorAgrees(t *testing.T) {
	t.Parallel()
	for name, m := range map[string]*argmap.Map{
		"tree":   gen.Tree(3000, 1),
		"random": randomAF(3000, 1).ToMap(""),
	} {
		f := newFloor(m)
		l := eval.Evaluate(m)
		for _, read := range []bool{false, true} {
			f.run(m, read)
			for i := range m.Claims {
				if got, want := f.labels[i], l.ClaimAt(i); got != want {
					t.Fatalf("%s, read %v: claim %d: floor %v, Evaluate %v", name, read, i, got, want)
				}
			}
			for j := range m.Arguments {
				if got, want := f.labels[f.nc+j], l.ArgumentAt(j); got != want {
					t.Fatalf("%s, read %v: argument %d: floor %v, Evaluate %v", name, read, j, got, want)
				}
			}
		}
	}
}

// The floors of BenchmarkEvaluateTree20000 and BenchmarkEvaluateAF100000:
// warm Evaluate should stay within 1.5× FloorRead.
func BenchmarkFloorTree20000(b *testing.B) { benchFloor(b, gen.Tree(20000, 1), false) }

func BenchmarkFloorReadTree20000(b *testing.B) { benchFloor(b, gen.Tree(20000, 1), true) }

func BenchmarkFloorAF100000(b *testing.B) { benchFloor(b, randomAF(100000, 1).ToMap(""), false) }

func BenchmarkFloorReadAF100000(b *testing.B) {
	benchFloor(b, randomAF(100000, 1).ToMap(""), true)
}

func benchFloor(b *testing.B, m *argmap.Map, read bool) {
	f := newFloor(m)
	b.ResetTimer()
	loop(b, func() { f.run(m, read) })
}
