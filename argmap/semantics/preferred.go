package semantics

import (
	"context"
	"slices"
)

// Labels of the search. MustOut marks a node that attacks an In node and so
// must end Out (attacked by an In node) for the In set to be admissible.
const (
	blank int8 = iota
	lIn
	lOut
	lMustOut
	lUndec
)

// Options bound the search for preferred extensions.
type Options struct {
	// MaxNodes stops the search after this many search nodes (0: no
	// bound). Use a context deadline to bound it in time.
	MaxNodes int
}

// Extensions is what the search found.
type Extensions struct {
	// Sets are the preferred extensions found, each a sorted list of
	// nodes. When Complete is false they are admissible sets, not
	// necessarily maximal, and not all of them.
	Sets [][]int32
	// Grounded is the grounded extension, always exact.
	Grounded []int32
	// Complete is false when the search stopped early (deadline or node
	// budget).
	Complete bool
	// Nodes is the number of search nodes visited.
	Nodes int
}

// Grounded returns the grounded labelling of f (lIn, lOut or lUndec per
// node), by a worklist over counters of attackers not yet Out.
func (f *Framework) grounded() []int8 {
	lab := make([]int8, f.N)
	left := make([]int32, f.N)
	queue := make([]int32, 0, f.N)
	for i := 0; i < f.N; i++ {
		left[i] = int32(len(f.attackers[i]))
		if left[i] == 0 {
			lab[i] = lIn
			queue = append(queue, int32(i))
		}
	}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, y := range f.attacks[x] {
			if lab[y] != blank {
				continue
			}
			if lab[x] == lIn {
				lab[y] = lOut
				queue = append(queue, y)
				continue
			}
			left[y]--
			if left[y] == 0 {
				lab[y] = lIn
				queue = append(queue, y)
			}
		}
	}
	for i := range lab {
		if lab[i] == blank {
			lab[i] = lUndec
		}
	}
	return lab
}

// Preferred enumerates the preferred extensions of f. It stops early when
// ctx is done or the node budget is spent, and says so in Complete.
func (f *Framework) Preferred(ctx context.Context, opt Options) *Extensions {
	g := f.grounded()
	s := &search{f: f, ctx: ctx, opt: opt, complete: true}
	ext := &Extensions{}
	lab := make([]int8, f.N)
	for i, x := range g {
		switch x {
		case lIn:
			lab[i] = lIn
			ext.Grounded = append(ext.Grounded, int32(i))
		case lOut:
			lab[i] = lOut
		default:
			lab[i] = blank
			if slices.Contains(f.attackers[i], int32(i)) {
				lab[i] = lUndec // a self-attacker is never In
			}
		}
	}
	s.run(lab)
	ext.Sets, ext.Complete, ext.Nodes = s.found, s.complete, s.nodes
	return ext
}

type search struct {
	f        *Framework
	ctx      context.Context
	opt      Options
	found    [][]int32
	complete bool
	nodes    int
	blanks   []int32 // scratch for propagate
}

// stop reports whether the search must end now.
func (s *search) stop() bool {
	if !s.complete {
		return true
	}
	s.nodes++
	if s.opt.MaxNodes > 0 && s.nodes > s.opt.MaxNodes {
		s.complete = false
	}
	if s.nodes&255 == 0 && s.ctx.Err() != nil {
		s.complete = false
	}
	return !s.complete
}

// in labels x In: what it attacks goes Out, what attacks it must go Out.
// It reports false when that makes the labelling hopeless.
func (s *search) in(lab []int8, x int32) bool {
	lab[x] = lIn
	for _, y := range s.f.attacks[x] {
		if lab[y] == lIn {
			return false
		}
		lab[y] = lOut
	}
	for _, z := range s.f.attackers[x] {
		switch lab[z] {
		case lIn:
			return false
		case blank, lUndec:
			lab[z] = lMustOut
		}
	}
	for _, z := range s.f.attackers[x] {
		if lab[z] == lMustOut && !s.canGoOut(lab, z) {
			return false
		}
	}
	return true
}

// canGoOut reports whether a MustOut node still has an attacker that may
// become In.
func (s *search) canGoOut(lab []int8, z int32) bool {
	for _, w := range s.f.attackers[z] {
		if lab[w] == blank {
			return true
		}
	}
	return false
}

// propagate draws the consequences of the labels so far, until none is
// left: a blank node whose attackers are all Out is In (any complete
// extension containing the In nodes contains it); a blank node with an
// attacker that can never go Out (no blank attacker of its own) can never
// be In, and is Undec in this branch; a MustOut node with no
// blank attacker left makes the branch hopeless; one with a single blank
// attacker forces that attacker In. It reports false on a dead end.
func (s *search) propagate(lab []int8) bool {
	// blanks[z] counts the blank attackers of z at the start of a pass.
	// Blank nodes only ever get fewer, so a count of zero stays true for
	// the pass; a stale positive count only delays a deduction to the
	// next pass.
	if len(s.blanks) < len(lab) {
		s.blanks = make([]int32, len(lab))
	}
	blanks := s.blanks[:len(lab)]
	for changed := true; changed; {
		changed = false
		for z := range lab {
			n := int32(0)
			for _, w := range s.f.attackers[z] {
				if lab[w] == blank {
					n++
				}
			}
			blanks[z] = n
		}
		for x := range lab {
			switch lab[x] {
			case blank:
				defended, hopeless := true, false
				for _, z := range s.f.attackers[x] {
					if lab[z] != lOut {
						defended = false
						if blanks[z] == 0 {
							hopeless = true
							break
						}
					}
				}
				switch {
				case hopeless:
					// An attacker that can never go Out: x is never In here.
					lab[x] = lUndec
					changed = true
				case defended:
					if !s.in(lab, int32(x)) {
						return false
					}
					changed = true
				}
			case lMustOut:
				if blanks[x] > 1 {
					continue
				}
				only, n := int32(-1), 0
				for _, w := range s.f.attackers[x] {
					if lab[w] == blank {
						only = w
						n++
					}
				}
				switch n {
				case 0:
					return false
				case 1:
					if !s.in(lab, only) {
						return false
					}
					changed = true
				}
			}
		}
	}
	return true
}

// choose picks the blank node to branch on: an attacker of the MustOut
// node with the fewest blank attackers (the most constrained), or else the
// blank node that attacks most. It returns -1 when no node is blank.
func (s *search) choose(lab []int8) int32 {
	pick, fewest := int32(-1), int(^uint(0)>>1)
	for x := range lab {
		if lab[x] != lMustOut {
			continue
		}
		n, first := 0, int32(-1)
		for _, w := range s.f.attackers[x] {
			if lab[w] == blank {
				if first < 0 {
					first = w
				}
				n++
			}
		}
		if n < fewest {
			pick, fewest = first, n
		}
	}
	if pick >= 0 {
		return pick
	}
	best := -1
	for x := range lab {
		if lab[x] == blank && len(s.f.attacks[x]) > best {
			pick, best = int32(x), len(s.f.attacks[x])
		}
	}
	return pick
}

func (s *search) run(lab []int8) {
	if s.stop() || !s.propagate(lab) {
		return
	}
	pick := s.choose(lab)
	if pick < 0 {
		for _, x := range lab {
			if x == lMustOut {
				return
			}
		}
		s.record(lab)
		return
	}
	if s.covered(lab) {
		return
	}
	next := slices.Clone(lab)
	if s.in(next, pick) {
		s.run(next)
	}
	copy(next, lab)
	next[pick] = lUndec
	s.run(next)
}

// covered reports whether every set this branch can reach (its In and blank
// nodes) lies inside an extension already found, so it can bring nothing
// new.
func (s *search) covered(lab []int8) bool {
	for _, e := range s.found {
		ok := true
		for x, l := range lab {
			if (l == lIn || l == blank) && !contains(e, int32(x)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func contains(sorted []int32, x int32) bool {
	_, ok := slices.BinarySearch(sorted, x)
	return ok
}

// record keeps the In set of a finished labelling if no extension found
// contains it, and drops those it contains.
func (s *search) record(lab []int8) {
	var set []int32
	for x, l := range lab {
		if l == lIn {
			set = append(set, int32(x))
		}
	}
	for _, e := range s.found {
		if subset(set, e) {
			return
		}
	}
	kept := s.found[:0]
	for _, e := range s.found {
		if !subset(e, set) {
			kept = append(kept, e)
		}
	}
	s.found = append(kept, set)
}

// subset reports whether sorted a ⊆ sorted b.
func subset(a, b []int32) bool {
	if len(a) > len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}
