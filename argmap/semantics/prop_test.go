package semantics

import (
	"context"
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/eval"
	"pgregory.net/rapid"
)

// bruteForcePreferred enumerates every subset of a small framework and
// keeps the maximal admissible ones: the definition, for checking.
func bruteForcePreferred(n int, att [][2]int32) [][]int32 {
	attacks := func(a, b int) bool { return slices.Contains(att, [2]int32{int32(a), int32(b)}) }
	admissible := func(s uint) bool {
		for a := 0; a < n; a++ {
			if s&(1<<a) == 0 {
				continue
			}
			for b := 0; b < n; b++ {
				if s&(1<<b) != 0 && attacks(a, b) {
					return false // not conflict-free
				}
				if attacks(b, a) {
					defended := false
					for c := 0; c < n; c++ {
						if s&(1<<c) != 0 && attacks(c, b) {
							defended = true
						}
					}
					if !defended {
						return false
					}
				}
			}
		}
		return true
	}
	var adm []uint
	for s := uint(0); s < 1<<n; s++ {
		if admissible(s) {
			adm = append(adm, s)
		}
	}
	var out [][]int32
	for _, s := range adm {
		maximal := true
		for _, t := range adm {
			if t != s && t&s == s {
				maximal = false
			}
		}
		if maximal {
			var set []int32
			for a := 0; a < n; a++ {
				if s&(1<<a) != 0 {
					set = append(set, int32(a))
				}
			}
			out = append(out, set)
		}
	}
	return out
}

func genAF(t *rapid.T, maxN int) (int, [][2]int32) {
	n := rapid.IntRange(0, maxN).Draw(t, "n")
	var att [][2]int32
	if n > 0 {
		k := rapid.IntRange(0, 3*n).Draw(t, "k")
		for i := 0; i < k; i++ {
			a := rapid.IntRange(0, n-1).Draw(t, "a")
			b := rapid.IntRange(0, n-1).Draw(t, "b")
			if !slices.Contains(att, [2]int32{int32(a), int32(b)}) {
				att = append(att, [2]int32{int32(a), int32(b)})
			}
		}
	}
	return n, att
}

// TestPreferredMatchesDefinition checks each search (the labelling one,
// the SAT-based one, and Preferred's choice) against brute force on random
// small frameworks, self-attacks included. Not parallel: it shortens the
// package's turns (labellingFirst, satShare), which parallel tests would see.
func TestPreferredMatchesDefinition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n, att := genAF(t, 9)
		m := rapid.SampledFrom([]method{methodAuto, methodLabelling, methodSAT, methodHybrid, methodSCCSAT}).Draw(t, "method")
		if (m == methodAuto || m == methodHybrid) && rapid.Bool().Draw(t, "short turns") {
			// Turns of a node or two, so that both searches take part.
			defer func(l, s int) { labellingFirst, satShare = l, s }(labellingFirst, satShare)
			labellingFirst, satShare = rapid.IntRange(1, 4).Draw(t, "first"), 1
		}
		ext := NewFramework(n, att).preferred(context.Background(), Options{}, m)
		got := ext.Sets
		want := bruteForcePreferred(n, att)
		key := func(sets [][]int32) []string {
			var ks []string
			for _, s := range sets {
				ks = append(ks, string(rune(len(s)))+string(slices.Collect(func(yield func(rune) bool) {
					for _, x := range s {
						if !yield(rune('a' + x)) {
							return
						}
					}
				})))
			}
			slices.Sort(ks)
			return ks
		}
		if !ext.Complete || !slices.Equal(key(got), key(want)) {
			t.Fatalf("preferred = %v, want %v", got, want)
		}
	})
}

// TestGroundedMatchesReduction checks, on random full maps (linked
// premises, undercutters, assessments, critical questions), that
// eval.Evaluate's claim labels equal the grounded labelling of the
// reduced framework, and that every preferred extension contains the
// grounded one.
func TestGroundedMatchesReduction(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		nc := rapid.IntRange(1, 12).Draw(t, "claims")
		m := argmap.New("prop")
		for i := 0; i < nc; i++ {
			as := rapid.SampledFrom([]argmap.Assessment{"", "", "", argmap.Accepted, argmap.Questioned, argmap.Rejected}).Draw(t, "as")
			m.Claims = append(m.Claims, &argmap.Claim{ID: argmap.NewID(), Text: "c", Assessment: as})
		}
		na := rapid.IntRange(0, 2*nc).Draw(t, "args")
		for j := 0; j < na; j++ {
			a := &argmap.Argument{ID: argmap.NewID(), Polarity: rapid.SampledFrom([]argmap.Polarity{argmap.Pro, argmap.Con}).Draw(t, "pol")}
			for k := rapid.IntRange(1, 2).Draw(t, "np"); k > 0; k-- {
				a.Premises = append(a.Premises, m.Claims[rapid.IntRange(0, nc-1).Draw(t, "p")].ID)
			}
			if j > 0 && rapid.IntRange(0, 4).Draw(t, "undercut") == 0 {
				a.Target = m.Arguments[rapid.IntRange(0, j-1).Draw(t, "ta")].ID
			} else {
				a.Target = m.Claims[rapid.IntRange(0, nc-1).Draw(t, "tc")].ID
			}
			m.Arguments = append(m.Arguments, a)
			if rapid.IntRange(0, 6).Draw(t, "cq") == 0 {
				m.Challenges = append(m.Challenges, &argmap.Challenge{ID: argmap.NewID(), Kind: argmap.CriticalQuestion, Target: a.ID,
					Status: rapid.SampledFrom([]argmap.ChallengeStatus{argmap.Open, argmap.Answered}).Draw(t, "st")})
			}
		}
		m.Reindex()
		l := eval.Evaluate(m)
		r := Reduce(m)
		lab := r.Framework.grounded()
		for i, c := range m.Claims {
			want := map[int8]eval.Label{lIn: eval.In, lOut: eval.Out, lUndec: eval.Undec}[lab[i]]
			if got := l.Claim(c.ID); got != want {
				t.Fatalf("claim %d: Evaluate %s, reduction %s", i, got, want)
			}
		}
		res := Preferred(context.Background(), m, Options{})
		for _, c := range m.Claims {
			if l.Claim(c.ID) == eval.In && !res.Sceptical(c.ID) {
				t.Fatalf("a grounded claim is not sceptically accepted")
			}
			if l.Claim(c.ID) == eval.Out && res.Credulous(c.ID) {
				t.Fatalf("an OUT claim is credulously accepted")
			}
		}
	})
}

// TestAFMapReductionIsIdentity: an AF's map reduces to the AF itself.
func TestAFMapReductionIsIdentity(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		n, att := genAF(t, 12)
		att = slices.DeleteFunc(att, func(a [2]int32) bool { return a[0] == a[1] }) // see af.ToMap
		f := &af.AF{Names: make([]string, n), Attacks: att}
		r := Reduce(f.ToMap(""))
		if r.Framework.N != n {
			t.Fatalf("%d nodes for %d arguments", r.Framework.N, n)
		}
		for x := 0; x < n; x++ {
			var want []int32
			for _, a := range att {
				if int(a[1]) == x {
					want = append(want, a[0])
				}
			}
			if !slices.Equal(r.Framework.attackers[x], want) {
				t.Fatalf("attackers of %d: %v, want %v", x, r.Framework.attackers[x], want)
			}
		}
	})
}

// TestSearchesAgree compares the labelling search with the SAT-based one
// on random frameworks too large for brute force (up to 60 nodes, denser
// than maps), and checks that each set found is admissible. Not parallel:
// it changes the package's turns, as TestPreferredMatchesDefinition does.
func TestSearchesAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 60).Draw(t, "n")
		dens := rapid.IntRange(1, 6).Draw(t, "density")
		f := randomAF(n, dens, rapid.Uint64().Draw(t, "seed"))
		a := f.preferred(context.Background(), Options{}, methodLabelling)
		b := f.preferred(context.Background(), Options{}, methodSAT)
		defer func(l, s int) { labellingFirst, satShare = l, s }(labellingFirst, satShare)
		labellingFirst, satShare = rapid.IntRange(1, 64).Draw(t, "first"), rapid.IntRange(1, 8).Draw(t, "share")
		c := f.preferred(context.Background(), Options{}, methodAuto)
		if !slices.Equal(setKeys(c.Sets), setKeys(a.Sets)) {
			t.Fatalf("labelling %v\ntaking turns %v", a.Sets, c.Sets)
		}
		if !a.Complete || !b.Complete {
			t.Fatalf("stopped early without a bound")
		}
		if !slices.Equal(setKeys(a.Sets), setKeys(b.Sets)) {
			t.Fatalf("labelling %v\nSAT %v", a.Sets, b.Sets)
		}
		for _, s := range b.Sets {
			if !admissible(f, s) {
				t.Fatalf("%v is not admissible", s)
			}
		}
	})
}

func setKeys(sets [][]int32) []string {
	var ks []string
	for _, s := range sets {
		b := make([]byte, 0, 4*len(s))
		for _, x := range s {
			b = append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
		}
		ks = append(ks, string(b))
	}
	slices.Sort(ks)
	return ks
}

// admissible reports whether the sorted set is conflict-free and defends
// each of its members.
func admissible(f *Framework, set []int32) bool {
	in := func(x int32) bool { _, ok := slices.BinarySearch(set, x); return ok }
	for _, x := range set {
		for _, z := range f.attackers[x] {
			if in(z) {
				return false
			}
			defended := false
			for _, w := range f.attackers[z] {
				if in(w) {
					defended = true
					break
				}
			}
			if !defended {
				return false
			}
		}
	}
	return true
}

// TestPreferredBounded: on a framework too hard for the budget, each
// search stops within its node budget or at a cancelled context, says so,
// and what it returns is admissible and contains the grounded extension.
func TestPreferredBounded(t *testing.T) {
	t.Parallel()
	f := wattsStrogatzAF(300, 16, 0.90, 0, 1)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	// The budget just passes the point where the hybrid search starts its
	// SAT turns, and no further: under -race -cover (CI) every node costs
	// a hundred times more, and three times the budget took 7½ minutes.
	budget := labellingFirst + 1024
	for _, m := range []method{methodAuto, methodLabelling, methodSAT, methodHybrid, methodSCCSAT} {
		for _, c := range []struct {
			name string
			ctx  context.Context
			opt  Options
		}{{"budget", context.Background(), Options{MaxNodes: budget}}, {"cancelled", cancelled, Options{}}} {
			ext := f.preferred(c.ctx, c.opt, m)
			if ext.Complete {
				t.Fatalf("method %d, %s: complete", m, c.name)
			}
			if c.opt.MaxNodes > 0 && ext.Nodes > c.opt.MaxNodes+512 {
				t.Fatalf("method %d: %d nodes for a budget of %d", m, ext.Nodes, c.opt.MaxNodes)
			}
			for _, set := range ext.Sets {
				if !admissible(f, set) || !subset(ext.Grounded, set) {
					t.Fatalf("method %d, %s: %v is not an admissible superset of the grounded extension", m, c.name, set)
				}
			}
		}
	}
}
