package eval

import "github.com/argmap/argmap/argmap"

// Evaluator keeps the grounded labelling of one map as the map is edited,
// so that evaluating after every edit costs what the edit changed: it keeps
// the map's claims and arguments numbered, with the buffers of the
// worklist, and is told of every edit through Apply (wire it to
// History.OnChange):
//
//	ev := eval.New(m)
//	h.OnChange = func(c argmap.Change) { ev.Apply(c) }
//	l := ev.Labels() // after each edit: the labelling of m as it is now
//
// Between changes of the map's logic Labels returns the same Labelling.
// After an assessment or a challenge changed, only the claims and arguments
// that the changed ones influence are labelled again (all of them, reusing
// the buffers, where that is most of the map). Claims and arguments added
// at the ends of the map's lists, or taken off them again (an addition
// undone), keep the numbering of the rest, and what they influence is
// labelled again; after any other change of structure (removals, premises,
// targets or polarities, suggestions accepted) the map is numbered again
// from its IDs, as Evaluate does. Like Evaluate, it
// evaluates the map's Accepted view, and its labellings are Evaluate's, to
// the reasons. It trusts the Changes it is given: after changing the map
// other than by Edits reported to Apply, call Reset. An Evaluator is not
// safe for concurrent use; the Labellings it returns are.
type Evaluator struct {
	m *argmap.Map // the map as edited
	v *argmap.Map // what is evaluated: m, or its Accepted view
	t *topo       // nil: number the map at the next Labels

	mnc, mna       int     // len(m.Claims) and len(m.Arguments) when t was built
	claimAt, argAt []int32 // see Labelling; nil when v is m

	base  []claimFlags                // per claim: its assessment and open questions
	asked []int32                     // the claims with an open Question challenge
	cq    map[int32]*argmap.Challenge // the arguments blocked by a critical question
	qmark []uint32                    // scanChallenges' marks, per claim
	qgen  uint32

	s          solver
	lab        cow[Label]      // the labels and flags last published
	fl         cow[claimFlags] //
	last       *Labelling      // what Labels returned, while it holds
	ids        []argmap.ID     // the IDs of the logic changes since last
	dirty      bool            // a change of logic since last
	seeds      []int32         // scratch: the nodes a change touched
	claimSeeds []int32         // scratch: the claims among them
	grew       bool            // update renumbered for items added at the ends
	limit      int             // the most nodes a re-label reaches before a full solve; 0: a 16th of the map
	newAs      []int32         // scratch: the claims asked now
}

// New returns an evaluator of m. It does no work until Labels.
func New(m *argmap.Map) *Evaluator { return &Evaluator{m: m} }

// Reset makes ev evaluate m (the same map changed other than through
// Apply, or another one) from scratch at the next Labels.
func (ev *Evaluator) Reset(m *argmap.Map) {
	ev.m, ev.t, ev.last, ev.dirty, ev.ids = m, nil, nil, false, ev.ids[:0]
}

// Apply records a change of the map, as History.OnChange reports it (an
// edit, an undo or a redo), for the next Labels. Changes that leave the
// logic alone (texts, positions, the map's details) cost nothing: reasons
// quote the texts as they are when asked.
func (ev *Evaluator) Apply(c argmap.Change) {
	if !c.Has(argmap.Logic) || ev.t == nil {
		return
	}
	if c.IDs == nil || len(ev.ids)+len(c.IDs) > ev.t.n()/8+16 {
		// Anything may have changed, or too much to look at one by one.
		ev.t, ev.last, ev.ids = nil, nil, ev.ids[:0]
		return
	}
	ev.ids = append(ev.ids, c.IDs...)
	ev.dirty = true
}

// Labels returns the grounded labelling of the map as it is now (see
// Evaluate), as of the changes given to Apply.
func (ev *Evaluator) Labels() *Labelling {
	switch {
	case ev.t == nil:
		ev.build()
	case !ev.dirty && ev.last != nil:
		return ev.last
	default:
		ev.dirty = false
		seeds, cqChanged, ok := ev.update()
		ev.ids = ev.ids[:0]
		if !ok {
			ev.build()
			break
		}
		if len(seeds) == 0 && !cqChanged && !ev.grew && ev.last != nil {
			return ev.last
		}
		limit := ev.t.n()/16 + 64
		if ev.limit != 0 {
			limit = ev.limit
		}
		// The flags changed for the claims among the seeds; the labels for
		// the nodes a re-label reached, or all of them.
		claims := ev.claimSeeds[:0]
		for _, i := range seeds {
			if int(i) < ev.t.nc {
				claims = append(claims, i)
			}
		}
		ev.claimSeeds = claims
		switch {
		case ev.grew:
			// Renumbered: the labellings share nothing.
			if !ev.s.relabel(ev.base, seeds, limit) {
				ev.s.solveAll(ev.base)
			}
			ev.lab, ev.fl = cowOf(ev.s.labels), cowOf(ev.base)
		case len(seeds) == 0:
		case ev.s.relabel(ev.base, seeds, limit):
			ev.lab = ev.lab.with(ev.s.labels, ev.s.reach)
		default:
			ev.s.solveAll(ev.base)
			ev.lab = cowOf(ev.s.labels)
		}
		if !ev.grew {
			ev.fl = ev.fl.with(ev.base, claims)
		}
	}
	ev.last = ev.publish()
	return ev.last
}

// publish returns the labelling of what ev last published.
func (ev *Evaluator) publish() *Labelling {
	return &Labelling{
		g:       &graph{topo: ev.t, m: ev.v, claims: ev.fl, cqOf: ev.cq},
		labels:  ev.lab,
		claimAt: ev.claimAt,
		argAt:   ev.argAt,
	}
}

// build numbers the map (its accepted view) afresh, reads every claim and
// challenge and labels every node.
func (ev *Evaluator) build() {
	m := ev.m
	v := m.Accepted()
	t := buildTopo(v)
	ev.v, ev.t = v, t
	ev.mnc, ev.mna = len(m.Claims), len(m.Arguments)
	ev.claimAt, ev.argAt = nil, nil
	if v != m {
		ev.claimAt, ev.argAt = remap(m, v)
	}
	nc := t.nc
	ev.base = grow(ev.base, nc)
	pro := t.init[nc : 2*nc]
	for i, c := range v.Claims {
		ev.base[i] = assessed(c.Assessment, pro[i] > 0)
	}
	ev.asked, ev.cq = ev.asked[:0], nil
	ev.qmark = grow(ev.qmark, nc)
	clear(ev.qmark)
	ev.scanChallenges(nil)
	ev.s.t = t
	ev.s.cq = ev.cq
	ev.s.solveAll(ev.base)
	ev.lab, ev.fl = cowOf(ev.s.labels), cowOf(ev.base)
	ev.dirty, ev.ids = false, ev.ids[:0]
}

// update reads what the changes since the last Labels name: it returns
// the nodes whose own state changed (their assessment, an open question or
// critical question on them) and whether the critical questions that block
// arguments changed, or ok false if the structure changed (the map must be
// numbered again).
func (ev *Evaluator) update() (seeds []int32, cqChanged, ok bool) {
	m, v := ev.m, ev.v
	view := v != m
	seeds = ev.seeds[:0]
	ev.grew = false
	if len(m.Claims) != ev.mnc || len(m.Arguments) != ev.mna {
		// Items added at the ends, or taken off them, keep the numbering
		// of the others.
		if view {
			return nil, false, false
		}
		if seeds, ok = ev.grow(seeds); !ok {
			if seeds, ok = ev.shrink(seeds); !ok {
				return nil, false, false
			}
		}
		ev.grew = true
	}
	t := ev.t
	nc := t.nc
	pro := t.init[nc : 2*nc]
	for _, id := range ev.ids {
		i, found := t.index.get(id)
		switch {
		case found && int(i) < nc:
			c := v.Claims[i]
			if c.ID != id || c.Proposal != nil || view && m.Claim(id) != c {
				return nil, false, false
			}
			f := assessed(c.Assessment, pro[i] > 0)
			if ev.base[i].has(cAsked) {
				f |= asked
			}
			if f != ev.base[i] {
				ev.base[i] = f
				seeds = append(seeds, i)
			}
		case found:
			j := int(i) - nc
			a := v.Arguments[j]
			if a.ID != id || a.Proposal != nil || view && m.Argument(id) != a || !t.sameArgument(j, a) {
				return nil, false, false
			}
		case view, m.Claim(id) != nil, m.Argument(id) != nil:
			// Outside the view (a suggestion, a challenge on one), or a
			// claim or argument that was not there.
			return nil, false, false
		}
	}
	seeds, cqChanged, ok = ev.scanChallenges(seeds)
	ev.seeds = seeds
	return seeds, cqChanged, ok
}

// scanChallenges reads the open challenges of the evaluated map into
// ev.base (questions on claims) and ev.cq (critical questions on
// arguments), appending to seeds the nodes whose state changed. It reports
// whether ev.cq changed, and ok false when ev must build: m has a pending
// challenge, so its accepted view is needed.
func (ev *Evaluator) scanChallenges(seeds []int32) (_ []int32, cqChanged, ok bool) {
	v, t := ev.v, ev.t
	nc := int32(t.nc)
	var cq map[int32]*argmap.Challenge
	ev.qgen++
	if ev.qgen == 0 {
		clear(ev.qmark)
		ev.qgen = 1
	}
	now := ev.newAs[:0]
	for _, ch := range v.Challenges {
		if ch.Proposal != nil && v == ev.m {
			return seeds, false, false
		}
		if ch.Status != argmap.Open {
			continue
		}
		x, found := t.index.get(ch.Target)
		if !found {
			continue
		}
		switch {
		case ch.Kind == argmap.CriticalQuestion && x >= nc:
			if cq == nil {
				cq = map[int32]*argmap.Challenge{}
			}
			if cq[x-nc] == nil {
				cq[x-nc] = ch
			}
		case ch.Kind == argmap.Question && x < nc && ev.qmark[x] != ev.qgen:
			ev.qmark[x] = ev.qgen
			now = append(now, x)
			if !ev.base[x].has(cAsked) {
				ev.base[x] |= asked
				seeds = append(seeds, x)
			}
		}
	}
	pro := t.init[nc : 2*nc]
	for _, x := range ev.asked {
		if ev.qmark[x] != ev.qgen {
			ev.base[x] = assessed(v.Claims[x].Assessment, pro[x] > 0)
			seeds = append(seeds, x)
		}
	}
	ev.newAs, ev.asked = ev.asked, now
	// The blocked arguments: new ones and freed ones change labels; the
	// same ones blocked by another question change only reasons.
	for j, ch := range cq {
		if old := ev.cq[j]; old == nil {
			seeds = append(seeds, nc+j)
		} else if old != ch {
			cqChanged = true
		}
	}
	for j := range ev.cq {
		if cq[j] == nil {
			seeds = append(seeds, nc+j)
		}
	}
	if len(cq) == 0 && len(ev.cq) == 0 {
		cq = ev.cq
	}
	ev.cq, ev.s.cq = cq, cq
	return seeds, cqChanged, true
}

// remap maps the positions of m's claims and arguments onto those of its
// accepted view v (-1: left out), so that ClaimAt and ArgumentAt answer by
// m's indexes.
func remap(m, v *argmap.Map) (claimAt, argAt []int32) {
	claimAt = make([]int32, len(m.Claims))
	j := 0
	for i, c := range m.Claims {
		claimAt[i] = -1
		if j < len(v.Claims) && v.Claims[j].ID == c.ID {
			claimAt[i] = int32(j)
			j++
		}
	}
	argAt = make([]int32, len(m.Arguments))
	j = 0
	for i, a := range m.Arguments {
		argAt[i] = -1
		if j < len(v.Arguments) && v.Arguments[j].ID == a.ID {
			argAt[i] = int32(j)
			j++
		}
	}
	return claimAt, argAt
}

// remapIndex maps index i of the evaluated map through remap (nil: the
// identity); -1 when the accepted view has no such item.
func remapIndex(remap []int32, i int) int {
	if remap == nil {
		return i
	}
	if i < 0 || i >= len(remap) {
		return -1
	}
	return int(remap[i])
}
