package eval

import "github.com/argmap/argmap/argmap"

// grown returns the topology of m when m is the map t was built from with
// claims and arguments added at the ends of its lists (what adding a
// claim, an objection or a reason does), without reading the rest of the
// map again: the resolved arrays are copied and moved up, and only the new
// items are looked up. It reports false when m is not such a map, or a new
// item is a suggestion (the map needs its accepted view) or reuses an ID.
func (t *topo) grown(m *argmap.Map) (*topo, bool) {
	nc, na := t.nc, t.na
	nc2, na2 := len(m.Claims), len(m.Arguments)
	if nc2 < nc || na2 < na || nc > 0 && m.Claims[nc-1].ID != t.index.ids[nc-1] ||
		na > 0 && m.Arguments[na-1].ID != t.index.ids[nc+na-1] {
		return nil, false
	}
	dc := nc2 - nc
	ids := make([]argmap.ID, 0, nc2+na2)
	ids = append(ids, t.index.ids[:nc]...)
	for _, c := range m.Claims[nc:] {
		if c.Proposal != nil {
			return nil, false
		}
		ids = append(ids, c.ID)
	}
	ids = append(ids, t.index.ids[nc:nc+na]...)
	for _, a := range m.Arguments[na:] {
		if a.Proposal != nil {
			return nil, false
		}
		ids = append(ids, a.ID)
	}
	index, ok := t.index.grown(ids, nc, dc, na)
	if !ok {
		return nil, false
	}
	u := &topo{
		nc:      nc2,
		na:      na2,
		index:   index,
		args:    make([]argInfo, na2),
		init:    make([]int32, 2*nc2+2*na2),
		premOff: make([]int32, na2+1),
	}
	// The old arguments: targets that are arguments move up by dc.
	for j, x := range t.args {
		if x.target >= int32(nc) {
			x.target += int32(dc)
		}
		u.args[j] = x
	}
	con, pro := u.init[:nc2], u.init[nc2:2*nc2]
	premLeft, ucLeft := u.init[2*nc2:2*nc2+na2], u.init[2*nc2+na2:]
	copy(con, t.init[:nc])
	copy(pro, t.init[nc:2*nc])
	copy(premLeft, t.init[2*nc:2*nc+na])
	copy(ucLeft, t.init[2*nc+na:])
	copy(u.premOff, t.premOff)
	u.prem = append(make([]int32, 0, len(t.prem)+2*(na2-na)), t.prem...)
	// The new arguments, resolved against the new index.
	for j := na; j < na2; j++ {
		a := m.Arguments[j]
		x := &u.args[j]
		x.nprem = int32(len(a.Premises))
		for _, p := range a.Premises {
			ci, ok := index.get(p)
			if !ok || int(ci) >= nc2 {
				x.missing = true
				ci = -1
			} else {
				premLeft[j]++
			}
			u.prem = append(u.prem, ci)
		}
		u.premOff[j+1] = int32(len(u.prem))
		ti, _ := index.get(a.Target)
		x.kind, x.target = u.aim(ti, int32(nc2+j), a.Polarity)
		switch x.kind {
		case kindPro:
			pro[ti]++
		case kindCon:
			con[ti]++
		case kindUndercut:
			ucLeft[int(ti)-nc2]++
		}
	}
	// premiseOf again from the premise lists: arguments' numbers moved.
	u.fillPremiseOf(nil)
	return u, true
}

// grow moves ev onto the topology of the map with items added at the ends
// (see topo.grown), keeping the labels of the old nodes, and returns the
// nodes to label again: the new ones (the nodes they influence follow from
// them) and the claims whose flags changed. It reports false when ev must
// build from scratch.
func (ev *Evaluator) grow(seeds []int32) ([]int32, bool) {
	t := ev.t
	u, ok := t.grown(ev.m)
	if !ok {
		return seeds, false
	}
	nc, na, nc2 := t.nc, t.na, u.nc
	// Labels and flags move to the new numbering.
	labels := make([]Label, u.n())
	copy(labels, ev.s.labels[:nc])
	copy(labels[nc2:], ev.s.labels[nc:nc+na])
	ev.s.labels = labels
	base := make([]claimFlags, nc2)
	copy(base, ev.base)
	ev.base = base
	ev.qmark = append(ev.qmark, make([]uint32, nc2-nc)...)
	pro := u.init[nc2 : 2*nc2]
	for i := nc; i < nc2; i++ {
		base[i] = assessed(ev.m.Claims[i].Assessment, pro[i] > 0)
		seeds = append(seeds, int32(i))
	}
	// The targets of the new arguments: a first pro argument makes an
	// unassessed claim need support. They are relabelled, as nodes the
	// new arguments influence.
	for j := na; j < u.na; j++ {
		seeds = append(seeds, int32(nc2+j))
		if x := u.args[j].target; x >= 0 && int(x) < nc2 {
			f := assessed(ev.m.Claims[x].Assessment, pro[x] > 0)
			if base[x].has(cAsked) {
				f |= asked
			}
			base[x] = f
		}
	}
	ev.t, ev.s.t = u, u
	ev.mnc, ev.mna = nc2, u.na
	return seeds, true
}

// shrunk returns the topology of m when m is the map t was built from
// with claims and arguments taken off the ends of its lists (what undoing
// their addition does), provided nothing that stays refers to what went:
// the resolved arrays are copied, moved down and their counters corrected
// for the arguments that went. The second result lists the nodes that
// stay (in the new numbering) that those arguments were aimed at.
func (t *topo) shrunk(m *argmap.Map) (*topo, []int32, bool) {
	nc, na := t.nc, t.na
	nc2, na2 := len(m.Claims), len(m.Arguments)
	if nc2 > nc || na2 > na || nc2 > 0 && m.Claims[nc2-1].ID != t.index.ids[nc2-1] ||
		na2 > 0 && m.Arguments[na2-1].ID != t.index.ids[nc+na2-1] {
		return nil, nil, false
	}
	dc := int32(nc - nc2)
	// What stays may not rest on what went.
	for _, ci := range t.prem[:t.premOff[na2]] {
		if ci >= int32(nc2) {
			return nil, nil, false
		}
	}
	for _, x := range t.args[:na2] {
		if x.target >= int32(nc2) && x.target < int32(nc) || x.target >= int32(nc+na2) {
			return nil, nil, false
		}
	}
	ids := make([]argmap.ID, 0, nc2+na2)
	ids = append(ids, t.index.ids[:nc2]...)
	ids = append(ids, t.index.ids[nc:nc+na2]...)
	index := newIDIndex(len(ids))
	for i, id := range ids {
		if index.add(id) != int32(i) {
			return nil, nil, false
		}
	}
	u := &topo{
		nc:      nc2,
		na:      na2,
		index:   index,
		args:    make([]argInfo, na2),
		init:    make([]int32, 2*nc2+2*na2),
		premOff: append([]int32(nil), t.premOff[:na2+1]...),
		prem:    append([]int32(nil), t.prem[:t.premOff[na2]]...),
	}
	for j, x := range t.args[:na2] {
		if x.target >= int32(nc) {
			x.target -= dc
		}
		u.args[j] = x
	}
	con, pro := u.init[:nc2], u.init[nc2:2*nc2]
	ucLeft := u.init[2*nc2+na2:]
	copy(con, t.init[:nc2])
	copy(pro, t.init[nc:nc+nc2])
	copy(u.init[2*nc2:2*nc2+na2], t.init[2*nc:2*nc+na2])
	copy(ucLeft, t.init[2*nc+na:2*nc+na+na2])
	var hit []int32
	for _, x := range t.args[na2:] {
		tg := x.target
		switch {
		case tg < 0, tg >= int32(nc2) && tg < int32(nc), tg >= int32(nc+na2):
			continue // aimed at nothing, or at what went too
		case x.kind == kindPro:
			pro[tg]--
		case x.kind == kindCon:
			con[tg]--
		case x.kind == kindUndercut:
			tg -= dc
			ucLeft[int(tg)-nc2]--
		default:
			continue
		}
		hit = append(hit, tg)
	}
	u.fillPremiseOf(nil)
	return u, hit, true
}

// fillPremiseOf builds premStart and premiseOf from the premise lists.
// counts, when not nil, are the premises of each claim already counted
// (len > u.nc; build counts them as it reads the map), and are used up.
func (u *topo) fillPremiseOf(counts []int32) {
	nc := u.nc
	if counts == nil {
		counts = make([]int32, nc+1)
		for _, ci := range u.prem {
			if ci >= 0 {
				counts[ci]++
			}
		}
	}
	// Prefix sums give each claim its slice of premiseOf.
	u.premStart = make([]int32, nc+1)
	for i := 0; i < nc; i++ {
		u.premStart[i+1] = u.premStart[i] + counts[i]
	}
	u.premiseOf = make([]int32, u.premStart[nc])
	fill := counts[:nc]
	copy(fill, u.premStart[:nc])
	for j := range u.args {
		for _, ci := range u.prem[u.premOff[j]:u.premOff[j+1]] {
			if ci >= 0 {
				u.premiseOf[fill[ci]] = int32(nc + j)
				fill[ci]++
			}
		}
	}
}

// shrink moves ev onto the topology of the map with items taken off the
// ends (see topo.shrunk) and returns the nodes to label again: those the
// removed arguments were aimed at, with their flags read again.
func (ev *Evaluator) shrink(seeds []int32) ([]int32, bool) {
	t := ev.t
	u, hit, ok := t.shrunk(ev.m)
	if !ok {
		return seeds, false
	}
	nc, nc2, na2 := t.nc, u.nc, u.na
	labels := make([]Label, u.n())
	copy(labels, ev.s.labels[:nc2])
	copy(labels[nc2:], ev.s.labels[nc:nc+na2])
	ev.s.labels = labels
	ev.base = append([]claimFlags(nil), ev.base[:nc2]...)
	ev.qmark = ev.qmark[:nc2]
	// Questions asked of claims that went are gone with them.
	kept := ev.asked[:0]
	for _, x := range ev.asked {
		if int(x) < nc2 {
			kept = append(kept, x)
		}
	}
	ev.asked = kept
	for j := range ev.cq {
		if int(j) >= na2 {
			ev.cq = nil // rebuilt by the scan; the freed ones need no seed
			break
		}
	}
	pro := u.init[nc2 : 2*nc2]
	for _, x := range hit {
		seeds = append(seeds, x)
		if int(x) < nc2 {
			f := assessed(ev.m.Claims[x].Assessment, pro[x] > 0)
			if ev.base[x].has(cAsked) {
				f |= asked
			}
			ev.base[x] = f
		}
	}
	ev.t, ev.s.t = u, u
	ev.mnc, ev.mna = nc2, na2
	return seeds, true
}
