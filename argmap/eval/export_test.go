package eval

// RelabelAll labels every node again, reusing ev's numbering and buffers:
// what Labels costs after a change that reaches most of the map. With read
// set it first reads every claim's assessment and every open challenge
// again, which Labels spares itself (it reads only what the changes
// name): the benchmarks set that against the floor that reads as much
// (floor_test.go).
func RelabelAll(ev *Evaluator, read bool) *Labelling {
	ev.Labels()
	if read {
		v, t := ev.v, ev.t
		pro := t.init[t.nc : 2*t.nc]
		for i, c := range v.Claims {
			ev.base[i] = assessed(c.Assessment, pro[i] > 0)
		}
		ev.asked, ev.cq = ev.asked[:0], nil
		ev.scanChallenges(nil)
	}
	ev.s.solveAll(ev.base)
	// As Labels does after a full solve: the labels copied, the flags only
	// where they changed (all of them, when read again).
	ev.lab = cowOf(ev.s.labels)
	if read {
		ev.fl = cowOf(ev.base)
	}
	ev.last = ev.publish()
	return ev.last
}

// SetRelabelLimit sets the most nodes that an incremental re-label may
// reach before ev labels every node instead (0: the default), so that the
// tests take both ways on small maps.
func SetRelabelLimit(ev *Evaluator, limit int) { ev.limit = limit }
