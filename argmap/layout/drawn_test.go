package layout

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

// tidied is m after a Tidy with these sizes and options, saved and read
// back as the app does.
func tidied(t *testing.T, m *argmap.Map, size SizeFunc, o Options) *argmap.Map {
	t.Helper()
	if err := Tidy(m, size, o).Apply(m); err != nil {
		t.Fatal(err)
	}
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// layerMates are up to k claims of m that stacking never moves, each with
// another such in its layer: cards that have to stay on their rows.
func layerMates(m *argmap.Map, size SizeFunc, k int) []*argmap.Claim {
	g := buildGraph(m, nil, size)
	pd := pendants(g)
	g.breakCycles()
	g.rankNodes()
	first := map[int]int{}
	var out []*argmap.Claim
	for v := range g.ids {
		if pd.pendant[v] || len(out) == k {
			continue
		}
		if _, ok := first[g.rank[v]]; ok {
			out = append(out, m.Claim(g.ids[v]))
			continue
		}
		first[g.rank[v]] = v
	}
	return out
}

// stackedClaims are up to k claims of m that stacking at level 0 puts in
// a stack, every step-th one.
func stackedClaims(m *argmap.Map, size SizeFunc, k, step int) []*argmap.Claim {
	g := buildGraph(m, nil, size)
	st := stackLeaves(g, 0, 40)
	var out []*argmap.Claim
	i := 0
	for v := range g.ids {
		if st.in[v] < 0 || len(out) == k {
			continue
		}
		if i%step == 0 {
			out = append(out, m.Claim(g.ids[v]))
		}
		i++
	}
	return out
}

// tidiedMoved is gen.Tree(n, seed) tidied, with move applied to some of
// its claims (picked by pick).
func tidiedMoved(t *testing.T, n int, pick func(*argmap.Map, SizeFunc) []*argmap.Claim, move func(*argmap.Claim)) func() (*argmap.Map, SizeFunc) {
	return func() (*argmap.Map, SizeFunc) {
		m := gen.Tree(n, 1)
		m = tidied(t, m, EstimateSize(m), Options{})
		size := EstimateSize(m)
		cs := pick(m, size)
		if len(cs) == 0 {
			t.Fatal("no claim to move")
		}
		for _, c := range cs {
			move(c)
		}
		return m, size
	}
}

// tallCards is a size function whose cards are so tall that a chain of a
// hundred is beyond maxExtent: the layout draws it as a grid.
func tallCards(argmap.ID) (float64, float64) { return 200, 5e4 }

// chain is n claims, each supporting the one before.
func chain(n int) *argmap.Map { return degenerate(n, "chain") }

func TestMayBeDrawn(t *testing.T) {
	t.Parallel()
	est := func(m *argmap.Map) SizeFunc { return EstimateSize(m) }
	type tc struct {
		name string
		m    func() (*argmap.Map, SizeFunc)
		o    Options
		want bool
	}
	var cases []tc
	// Tidied maps, of shapes that stack at various levels, in windows of
	// various shapes: always true.
	for _, n := range []int{2, 12, 60, 300, 1500} {
		for _, seed := range []int64{1, 2, 3} {
			for _, a := range []float64{0, 0.6, 4} {
				o := Options{Aspect: a}
				cases = append(cases, tc{fmt.Sprintf("tidied %d/%d aspect %.1f", n, seed, a), func() (*argmap.Map, SizeFunc) {
					m := gen.Tree(n, seed)
					return tidied(t, m, est(m), o), est(m)
				}, o, true})
			}
		}
	}
	cases = append(cases,
		tc{"tidied with wider gaps", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(300, 4)
			o := Options{NodeSep: 48, RankSep: 90}
			return tidied(t, m, est(m), o), est(m)
		}, Options{NodeSep: 48, RankSep: 90}, true},
		tc{"tidied chain drawn as a grid", func() (*argmap.Map, SizeFunc) {
			m := tidied(t, chain(120), tallCards, Options{})
			if m.Claims[0].Pos.Y != m.Claims[1].Pos.Y {
				t.Error("the chain of tall cards is not drawn as a grid")
			}
			return m, tallCards
		}, Options{}, true},
		tc{"a grid of the wrong cells", func() (*argmap.Map, SizeFunc) {
			m := tidied(t, chain(120), tallCards, Options{})
			for _, c := range m.Claims {
				c.Pos.X *= 1.5
			}
			return m, tallCards
		}, Options{}, false},
		tc{"tidied, some cards pinned where they were", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(300, 5)
			m = tidied(t, m, est(m), Options{})
			for i, c := range m.Claims {
				if i%7 == 0 {
					c.Pinned = true
					c.Pos.X += 5000 // anywhere: the layout keeps them
				}
			}
			return m, est(m)
		}, Options{}, true},
		tc{"tidied sample", func() (*argmap.Map, SizeFunc) {
			m := argmaptest.Full()
			for _, c := range m.Claims {
				c.Pinned = false
			}
			return tidied(t, m, est(m), Options{}), est(m)
		}, Options{}, true},
		tc{"tidied, checked with other gaps", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(300, 1)
			return tidied(t, m, est(m), Options{}), est(m)
		}, Options{RankSep: 400}, false},
		// A few cards dragged after the tidy: the layout still routes the
		// links of the others. Many: no tidy's drawing.
		tc{"tidied, a card of a layer moved down", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return layerMates(m, s, 1)
		}, func(c *argmap.Claim) { c.Pos.Y += 37 }), Options{}, true},
		tc{"tidied, three cards of layers moved up and down", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return layerMates(m, s, 3)
		}, func(c *argmap.Claim) { c.Pos.Y += float64(len(c.Text)%2*2-1) * 45 }), Options{}, true},
		tc{"tidied, a card moved onto its neighbour", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return layerMates(m, s, 1)
		}, func(c *argmap.Claim) { c.Pos.X -= 30 }), Options{}, true},
		tc{"tidied, the root moved down", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return m.Claims[:1]
		}, func(c *argmap.Claim) { c.Pos.Y += 80 }), Options{}, true},
		tc{"tidied, the few cards that stay on their rows moved", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return layerMates(m, s, 300) // 6, within the 2%
		}, func(c *argmap.Claim) { c.Pos.Y += 37 + float64(len(c.Text)%13) }), Options{}, true},
		tc{"tidied, one card in eight moved", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			var cs []*argmap.Claim
			for i := 0; i < len(m.Claims); i += 8 {
				cs = append(cs, m.Claims[i])
			}
			return cs
		}, func(c *argmap.Claim) { c.Pos.Y += 37 + float64(len(c.Text)%13) }), Options{}, false},
		tc{"tidied, a stacked card moved", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return stackedClaims(m, s, 1, 1)
		}, func(c *argmap.Claim) { c.Pos.Y += 11 }), Options{}, true},
		tc{"tidied, three stacked cards moved", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return stackedClaims(m, s, 3, 7)
		}, func(c *argmap.Claim) { c.Pos.X += 23 }), Options{}, true},
		tc{"tidied, many stacked cards moved", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return stackedClaims(m, s, 30, 3)
		}, func(c *argmap.Claim) { c.Pos.Y += 11 }), Options{}, false},
		tc{"tidied, every card nudged", tidiedMoved(t, 300, func(m *argmap.Map, s SizeFunc) []*argmap.Claim {
			return m.Claims
		}, func(c *argmap.Claim) { c.Pos.Y += float64(len(c.Text) % 5) }), Options{}, false},
		tc{"tidied, measured with other card sizes", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(300, 1)
			m = tidied(t, m, est(m), Options{})
			size := est(m)
			return m, func(id argmap.ID) (float64, float64) { w, h := size(id); return w, h * 1.3 }
		}, Options{}, false},
		tc{"generated grid by depth", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(300, 1)
			return m, est(m)
		}, Options{}, false},
		tc{"hand-placed", func() (*argmap.Map, SizeFunc) {
			m := gen.Tree(60, 2)
			r := rand.New(rand.NewPCG(1, 2))
			for _, c := range m.Claims {
				c.Pos.X += float64(r.IntN(80) - 40)
				c.Pos.Y += float64(r.IntN(80) - 40)
			}
			return m, est(m)
		}, Options{}, false},
		tc{"a chain stepped down by less than RankSep", func() (*argmap.Map, SizeFunc) {
			m := chain(20)
			for i, c := range m.Claims {
				c.Pos = argmap.Point{X: float64(i%5) * 30, Y: float64(i) * 80}
			}
			return m, est(m)
		}, Options{}, false},
		tc{"empty", func() (*argmap.Map, SizeFunc) { return argmap.New("empty"), nil }, Options{}, true},
		tc{"only claims", func() (*argmap.Map, SizeFunc) {
			m := degenerate(30, "isolated")
			for i, c := range m.Claims {
				c.Pos = argmap.Point{X: float64(i * 17), Y: float64(i * 31)}
			}
			return m, est(m)
		}, Options{}, true},
	)
	for _, c := range cases {
		m, size := c.m()
		if got := MayBeDrawn(m, size, c.o); got != c.want {
			t.Errorf("%s: MayBeDrawn = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestTidiedCorpusMayBeDrawn: every map of the AIF corpus, tidied, passes.
func TestTidiedCorpusMayBeDrawn(t *testing.T) {
	t.Parallel()
	n := 0
	err := filepath.WalkDir(corpusDir(t, "aif-json"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		m, _, err := loadMap(path)
		if err != nil {
			return nil // TestAIFCorpusLaysOutWithoutOverlap says which
		}
		n++
		size := EstimateSize(m)
		if !MayBeDrawn(tidied(t, m, size, Options{}), size, Options{}) {
			t.Errorf("%s: tidied, MayBeDrawn = false", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no AIF map loaded from the corpus")
	}
}

// TestDrawStops: a Stop that says true gives up the layout at its next
// phase (the claims stay, no routes); one that never does changes nothing.
func TestDrawStops(t *testing.T) {
	t.Parallel()
	m := gen.Tree(300, 1)
	size := EstimateSize(m)
	want := Draw(m, size, Options{})
	for _, after := range []int{0, 1, 2, 1 << 30} {
		asked := 0
		stop := func() bool { asked++; return asked > after }
		d := Draw(m, size, Options{Stop: stop})
		if after == 1<<30 {
			if len(d.Routes) != len(want.Routes) || len(d.Pos) != len(want.Pos) {
				t.Errorf("a Stop that never stops: %d routes, want %d", len(d.Routes), len(want.Routes))
			}
			for id, p := range want.Pos {
				if d.Pos[id] != p {
					t.Fatalf("a Stop that never stops moved %v to %v, want %v", id, d.Pos[id], p)
				}
			}
			continue
		}
		if len(d.Routes) != 0 {
			t.Errorf("stopped after %d questions: %d routes", after, len(d.Routes))
		}
		for _, c := range m.Claims {
			if d.Pos[c.ID] != c.Pos {
				t.Fatalf("stopped after %d questions: %v moved", after, c.ID)
			}
		}
		if asked > after+2 { // engineAt's answer, then engine's
			t.Errorf("stopped after %d questions: asked %d times, want the layout to give up at once", after, asked)
		}
	}
}
