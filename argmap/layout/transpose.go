package layout

// Transposition (Gansner et al.): swap neighbours of a layer while that
// lowers the crossings of their edges with both adjacent layers. It mends
// what the median sweeps leave, at a cost linear in the edges per round.

// maxPairWork bounds the edge pairs compared for one swap: claims with huge
// fans are left to the sweeps.
const maxPairWork = 4096

// pairCrossings returns the crossings between the edges of u and v towards
// the neighbours nb when u is left of v (uv) and when v is left of u (vu).
func (l *layered) pairCrossings(u, v int, nb *csr) (uv, vu int) {
	nu, nv := nb.of(u), nb.of(v)
	if len(nu)*len(nv) > maxPairWork {
		return 0, 0
	}
	for _, a := range nu {
		pa := l.pos[a]
		for _, b := range nv {
			pb := l.pos[b]
			switch {
			case pa > pb:
				uv++
			case pa < pb:
				vu++
			}
		}
	}
	return uv, vu
}

// transpose runs rounds of swaps over all layers until none helps or
// rounds run out. Members of a co-premise group swap only among themselves
// so that groups stay contiguous.
func (l *layered) transpose(rounds int) {
	for round := 0; round < rounds; round++ {
		improved := false
		for _, layer := range l.layers {
			for i := 0; i+1 < len(layer); i++ {
				u, v := layer[i], layer[i+1]
				if (l.multi[u] || l.multi[v]) && l.grp[u] != l.grp[v] {
					continue
				}
				a, b := l.pairCrossings(u, v, &l.up)
				c, d := l.pairCrossings(u, v, &l.down)
				if b+d < a+c {
					layer[i], layer[i+1] = v, u
					l.pos[u], l.pos[v] = i+1, i
					improved = true
				}
			}
		}
		if !improved {
			return
		}
	}
}

// markGroups sets multi for the members of co-premise groups of two or
// more in a layer.
func (l *layered) markGroups(groups int) {
	l.multi = make([]bool, len(l.rank))
	count := make([]int32, groups)
	for _, layer := range l.layers {
		for _, v := range layer {
			if g := l.grp[v]; g >= 0 {
				count[g]++
			}
		}
		for _, v := range layer {
			if g := l.grp[v]; g >= 0 && count[g] > 1 {
				l.multi[v] = true
			}
		}
		for _, v := range layer {
			if g := l.grp[v]; g >= 0 {
				count[g] = 0
			}
		}
	}
}
