package semantics

import (
	"context"
	"testing"
)

// TestProbe checks the look-ahead of the labelling search on c set In: its
// attackers a and b must go Out, each with two blank attackers; a comes
// first, so choose branches on it and probe leaves it alone; of b's
// attackers d and e, one with "f>d g>d g>f" can never be In (its attackers
// f and g must go Out, and only g attacks f). When both fail, the
// first failure forces the other In, and the dead end shows there.
func TestProbe(t *testing.T) {
	t.Parallel()
	const common = "a>c b>c d>b e>b j>a k>a l>j j>l m>k k>m "
	const dFails, dFine = "f>d g>d g>f h>g g>h ", "f>d d>f "
	const eFine, eFails = "i>e e>i", "n>e o>e o>n p>o o>p"
	for _, c := range []struct {
		name, attacks string
		ok            bool
		want          map[byte]int8 // labels after probing
		probes        int
		maxNodes      int // the search's budget (0: none)
	}{
		{"one fails", common + dFails + eFine, true,
			map[byte]int8{'d': lUndec, 'e': lIn, 'i': lOut, 'b': lOut, 'j': blank, 'k': blank}, 1, 0},
		{"none fails", common + dFine + eFine, true,
			map[byte]int8{'d': blank, 'e': blank, 'b': lMustOut, 'j': blank, 'k': blank}, 2, 0},
		// The budget ends the search at the second probe, before it runs.
		{"budget spent", common + dFine + eFine, true,
			map[byte]int8{'d': blank, 'e': blank, 'b': lMustOut}, 2, 1},
		{"both fail", common + dFails + eFails, false, nil, 1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := letterAF(c.attacks)
			s := &search{f: f, ctx: context.Background(), complete: true, opt: Options{MaxNodes: c.maxNodes}}
			st := newState(f, make([]int8, f.N))
			if !s.in(st, 'c'-'a') || !s.propagate(st) {
				t.Fatal("c In fails before probing")
			}
			if ok := s.probe(st); ok != c.ok {
				t.Fatalf("probe = %v, want %v", ok, c.ok)
			}
			for x, want := range c.want {
				if got := st.lab[x-'a']; got != want {
					t.Errorf("label of %c = %d, want %d", x, got, want)
				}
			}
			if s.nodes != c.probes {
				t.Errorf("%d probes counted, want %d", s.nodes, c.probes)
			}
			if s.complete != (c.maxNodes == 0) {
				t.Errorf("complete = %v with a budget of %d", s.complete, c.maxNodes)
			}
		})
	}
}
