package eval

// relabel re-labels, after a local change, only the nodes that the
// changed ones (seeds) influence: the rest of the map cannot see the
// change (the grounded label of a node depends only on the nodes that
// reach it), so their labels stand. The influenced nodes start unlabelled,
// with counters taken from the labels of the nodes that feed them, and the
// worklist runs on them alone. s.labels must hold the labelling of the
// same topology before the change, and base the claims' flags after it.
// It gives up, returning false with the labels unchanged, when more than
// limit nodes are influenced: then a full solve costs less.
func (s *solver) relabel(base []claimFlags, seeds []int32, limit int) bool {
	t := s.t
	nc := int32(t.nc)
	n := t.n()
	if len(s.mark) != n {
		s.mark, s.epoch = make([]uint32, n), 0
	}
	s.epoch++
	if s.epoch == 0 {
		clear(s.mark)
		s.epoch = 1
	}
	mark, epoch := s.mark, s.epoch
	reach := s.reach[:0]
	for _, i := range seeds {
		if mark[i] != epoch {
			mark[i] = epoch
			reach = append(reach, i)
		}
	}
	for h := 0; h < len(reach); h++ {
		if len(reach) > limit {
			s.reach = reach
			return false
		}
		i := reach[h]
		if i < nc {
			for _, a := range t.premiseOf[t.premStart[i]:t.premStart[i+1]] {
				if mark[a] != epoch {
					mark[a] = epoch
					reach = append(reach, a)
				}
			}
		} else if x := t.args[i-nc].target; x >= 0 && mark[x] != epoch {
			mark[x] = epoch
			reach = append(reach, x)
		}
	}
	s.reach = reach
	s.cnt = grow(s.cnt, len(t.init))
	s.flags = grow(s.flags, t.nc)
	labels, cnt := s.labels, s.cnt
	for _, i := range reach {
		labels[i] = Unlabelled
	}
	na := int32(t.na)
	// First the counters of every influenced node, while all of them are
	// unlabelled; then the labels that the nodes outside decide at once.
	outs := grow(s.outs, len(reach))
	s.outs = outs
	for k, i := range reach {
		if i < nc {
			f := base[i]
			var con, pro int32
			out := false // an objection from outside stands
			for _, a := range t.targeting(i) {
				l := labels[a]
				switch t.args[a-nc].kind {
				case kindPro:
					if l != Out {
						pro++
					}
					if l == In {
						f |= cProIn
					}
				case kindCon:
					if l != Out {
						con++
					}
					out = out || l == In
				}
			}
			s.flags[i] = f
			cnt[i], cnt[nc+i] = con, pro
			outs[k] = out || f.has(cRejected) || f.has(cNeedsSupport) && pro == 0
			continue
		}
		j := i - nc
		x := &t.args[j]
		var left, uc int32
		out := x.missing || s.cq[j] != nil
		for _, c := range t.prem[t.premOff[j]:t.premOff[j+1]] {
			if c < 0 {
				continue
			}
			switch labels[c] {
			case In:
			case Out:
				out = true
			default:
				left++
			}
		}
		for _, u := range t.targeting(i) {
			if t.args[u-nc].kind != kindUndercut {
				continue
			}
			switch labels[u] {
			case Out:
			case In:
				out = true
				uc++
			default:
				uc++
			}
		}
		cnt[2*nc+j], cnt[2*nc+na+j] = left, uc
		outs[k] = out
	}
	s.queue, s.tail = grow(s.queue, n), 0
	for k, i := range reach {
		switch {
		case outs[k]:
			s.set(i, Out)
		case i < nc:
			s.claimIn(i)
		default:
			s.argIn(i)
		}
	}
	s.propagate(0)
	for _, i := range reach {
		if labels[i] == Unlabelled {
			labels[i] = Undec
		}
	}
	return true
}
