package semantics

import (
	"context"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// af builds a framework from attacks written "a>b c>d", nodes named by
// single letters a, b, ….
func letterAF(attacks string) *Framework {
	var att [][2]int32
	n := 0
	for _, w := range strings.Fields(attacks) {
		a, b := int32(w[0]-'a'), int32(w[2]-'a')
		att = append(att, [2]int32{a, b})
		n = max(n, int(a)+1, int(b)+1)
	}
	return NewFramework(n, att)
}

func letterSets(sets [][]int32) []string {
	var out []string
	for _, s := range sets {
		var b strings.Builder
		for _, x := range s {
			b.WriteByte(byte('a' + x))
		}
		out = append(out, "{"+b.String()+"}")
	}
	slices.Sort(out)
	return out
}

// TestDecomposition checks the component-wise search on frameworks whose
// components are conditioned in each way: a component after an In
// attacker (its node Out), after an Undec one (never In), after a chain,
// after an odd and an even cycle, one whose conditioning repeats (memo).
func TestDecomposition(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, attacks string
		want          []string
	}{
		{"chain", "a>b b>c c>d", []string{"{ac}"}},
		{"chain after a self-attacker", "d>d d>a a>b b>c", []string{"{}"}},
		{"even cycle, then a chain", "a>b b>a b>c c>d", []string{"{ac}", "{bd}"}},
		{"odd cycle, then a chain", "a>b b>c c>a c>d d>e", []string{"{}"}},
		{"even cycle after an even cycle", "a>b b>a b>c c>d d>c", []string{"{ac}", "{ad}", "{bd}"}},
		{"odd cycle, attacker Out or In", "a>b b>a b>c c>d d>e e>c", []string{"{a}", "{bd}"}},
		{"even cycle after an Undec attacker", "a>b b>c c>a c>d d>e e>f f>g g>d", []string{"{eg}"}},
		{"even pair after an Undec attacker", "a>b b>c c>a c>d d>e e>d", []string{"{e}"}},
		{"two upstream cycles, one downstream", "a>b b>a c>d d>c a>e c>e e>f f>e", []string{"{acf}", "{adf}", "{bcf}", "{bde}", "{bdf}"}},
		{"self-attacker downstream", "a>b b>a b>c c>c c>d", []string{"{a}", "{bd}"}},
		{"grounded, then a cycle", "a>b b>c c>b c>d", []string{"{ac}"}},
		{"independent cycles", "a>b b>a c>d d>c e>f f>e", []string{"{ace}", "{acf}", "{ade}", "{adf}", "{bce}", "{bcf}", "{bde}", "{bdf}"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := letterAF(c.attacks)
			var att [][2]int32
			for y := range f.N {
				for _, x := range f.attackers[y] {
					att = append(att, [2]int32{x, int32(y)})
				}
			}
			if got := letterSets(bruteForcePreferred(f.N, att)); !slices.Equal(got, c.want) {
				t.Fatalf("the definition gives %v; the table is wrong", got)
			}
			for _, m := range []method{methodAuto, methodSCCSAT} {
				ext := f.preferred(context.Background(), Options{}, m)
				if got := letterSets(ext.Sets); !ext.Complete || !slices.Equal(got, c.want) {
					t.Errorf("method %d: %v (complete %v), want %v", m, got, ext.Complete, c.want)
				}
			}
		})
	}
}

// TestSCCs checks the components against reachability on random
// frameworks: two nodes share a component exactly when each reaches the
// other, and every attack runs from a component to itself or a later one.
func TestSCCs(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		n, att := genAF(t, 12)
		f := NewFramework(n, att)
		keep := make([]bool, n)
		for i := range keep {
			keep[i] = rapid.IntRange(0, 5).Draw(t, "drop") != 0
		}
		reach := make([][]bool, n)
		for i := range reach {
			reach[i] = make([]bool, n)
			if keep[i] {
				reach[i][i] = true
			}
		}
		for _, a := range att {
			if keep[a[0]] && keep[a[1]] {
				reach[a[0]][a[1]] = true
			}
		}
		for k := range n {
			for i := range n {
				for j := range n {
					reach[i][j] = reach[i][j] || (reach[i][k] && reach[k][j])
				}
			}
		}
		comp := make([]int, n)
		for i := range comp {
			comp[i] = -1
		}
		for c, nodes := range f.sccs(keep) {
			for _, x := range nodes {
				if !keep[x] || comp[x] >= 0 {
					t.Fatalf("node %d in component %d", x, c)
				}
				comp[x] = c
			}
		}
		for i := range n {
			if keep[i] != (comp[i] >= 0) {
				t.Fatalf("node %d: kept %v, component %d", i, keep[i], comp[i])
			}
			for j := range n {
				if keep[i] && keep[j] && (comp[i] == comp[j]) != (reach[i][j] && reach[j][i]) {
					t.Fatalf("nodes %d, %d: components %d, %d", i, j, comp[i], comp[j])
				}
			}
		}
		for _, a := range att {
			if keep[a[0]] && keep[a[1]] && comp[a[0]] > comp[a[1]] {
				t.Fatalf("attack %v runs from component %d back to %d", a, comp[a[0]], comp[a[1]])
			}
		}
	})
}

// TestDecomposedMatchesWhole compares the decomposed searches with the
// labelling search on the whole framework, on random frameworks made of
// small dense clusters joined by a few attacks: many components, each
// conditioned in many ways.
func TestDecomposedMatchesWhole(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(1, 8).Draw(t, "clusters")
		size := rapid.IntRange(1, 6).Draw(t, "size")
		n := k * size
		var att [][2]int32
		for c := range k {
			for e := rapid.IntRange(0, 2*size).Draw(t, "inner"); e > 0; e-- {
				att = append(att, [2]int32{int32(c*size + rapid.IntRange(0, size-1).Draw(t, "a")), int32(c*size + rapid.IntRange(0, size-1).Draw(t, "b"))})
			}
		}
		for e := rapid.IntRange(0, 2*k).Draw(t, "joins"); e > 0; e-- {
			att = append(att, [2]int32{int32(rapid.IntRange(0, n-1).Draw(t, "a")), int32(rapid.IntRange(0, n-1).Draw(t, "b"))})
		}
		f := NewFramework(n, att)
		want := f.preferred(context.Background(), Options{}, methodLabelling)
		for _, m := range []method{methodAuto, methodSCCSAT} {
			got := f.preferred(context.Background(), Options{}, m)
			if !got.Complete || !slices.Equal(setKeys(got.Sets), setKeys(want.Sets)) || !slices.Equal(got.Grounded, want.Grounded) {
				t.Fatalf("method %d: %v\nwhole: %v", m, got.Sets, want.Sets)
			}
		}
	})
}

// TestDecomposedBounded: the walk over components stops within its node
// budget or at a cancelled context, says so, and what it returns is
// admissible and contains the grounded extension; both where the walk
// itself runs out (many small components: 2^16 extensions) and where a
// hard component downstream does (the WS framework after a 2-cycle).
func TestDecomposedBounded(t *testing.T) {
	t.Parallel()
	var att [][2]int32
	for i := int32(0); i < 16; i++ {
		att = append(att, [2]int32{2 * i, 2*i + 1}, [2]int32{2*i + 1, 2 * i})
	}
	many := NewFramework(32, att)
	ws := wattsStrogatzAF(300, 16, 0.90, 0, 1)
	hard := NewFramework(ws.N+2, nil)
	for y := range ws.N {
		for _, x := range ws.attackers[y] {
			hard.Attack(x+2, int32(y)+2)
		}
	}
	hard.Attack(0, 1)
	hard.Attack(1, 0)
	hard.Attack(0, 2) // the 2-cycle conditions the WS component
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []struct {
		name string
		f    *Framework
	}{{"many", many}, {"hard downstream", hard}} {
		for _, m := range []method{methodAuto, methodSCCSAT} {
			for _, c := range []struct {
				name string
				ctx  context.Context
				opt  Options
			}{{"budget", context.Background(), Options{MaxNodes: 2000}}, {"cancelled", cancelled, Options{}}} {
				ext := f.f.preferred(c.ctx, c.opt, m)
				if ext.Complete {
					t.Fatalf("%s, method %d, %s: complete", f.name, m, c.name)
				}
				if c.opt.MaxNodes > 0 && ext.Nodes > c.opt.MaxNodes+512 {
					t.Fatalf("%s, method %d: %d nodes for a budget of %d", f.name, m, ext.Nodes, c.opt.MaxNodes)
				}
				if len(ext.Sets) == 0 {
					t.Fatalf("%s, method %d, %s: no set", f.name, m, c.name)
				}
				for _, set := range ext.Sets {
					if !admissible(f.f, set) || !subset(ext.Grounded, set) {
						t.Fatalf("%s, method %d, %s: %v is not an admissible superset of the grounded extension", f.name, m, c.name, set)
					}
				}
			}
		}
	}
}
