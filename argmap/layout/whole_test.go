package layout

import (
	"fmt"
	"io/fs"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"pgregory.net/rapid"
)

// aspectOf is the width:height of the cards' bounding box.
func aspectOf(m *argmap.Map, pos map[argmap.ID]argmap.Point, size SizeFunc) (aspect, w, h float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range m.Claims {
		cw, ch := size(c.ID)
		p := pos[c.ID]
		x0, x1 = min(x0, p.X-positive(cw)/2), max(x1, p.X+positive(cw)/2)
		y0, y1 = min(y0, p.Y-positive(ch)/2), max(y1, p.Y+positive(ch)/2)
	}
	return (x1 - x0) / (y1 - y0), x1 - x0, y1 - y0
}

// throughCards lists the routes that pass through the inside of a card
// that is not one of their ends.
func throughCards(m *argmap.Map, d Drawing, size SizeFunc) []string {
	p := newPlacer(-0.5) // a route may touch a border
	var ids []argmap.ID
	for _, c := range m.Claims {
		w, h := size(c.ID)
		p.add(d.Pos[c.ID], positive(w), positive(h))
		ids = append(ids, c.ID)
	}
	var bad []string
	var hit []int32
	for _, r := range d.Routes {
		found := false
		for k := 0; k+1 < len(r.Points) && !found; k++ {
			a, b := r.Points[k], r.Points[k+1]
			// In pieces of at most a grid cell, so that each query is small.
			n := int(math.Ceil(math.Hypot(b.X-a.X, b.Y-a.Y)/placerCell)) + 1
			for s := 0; s < n && !found; s++ {
				f0, f1 := float64(s)/float64(n), float64(s+1)/float64(n)
				pa := argmap.Point{X: a.X + (b.X-a.X)*f0, Y: a.Y + (b.Y-a.Y)*f0}
				pb := argmap.Point{X: a.X + (b.X-a.X)*f1, Y: a.Y + (b.Y-a.Y)*f1}
				q := rect{min(pa.X, pb.X), min(pa.Y, pb.Y), max(pa.X, pb.X), max(pa.Y, pb.Y)}
				for _, i := range p.hits(q, hit) {
					if ids[i] == r.From || ids[i] == r.To {
						continue
					}
					if segmentHitsBox(pa, pb, p.rects[i]) {
						bad = append(bad, fmt.Sprintf("link %q → %q through %q", text(m, r.From), text(m, r.To), text(m, ids[i])))
						found = true
						break
					}
				}
			}
		}
	}
	return bad
}

func text(m *argmap.Map, id argmap.ID) string {
	if c := m.Claim(id); c != nil {
		return c.Text
	}
	return id.String()
}

// checkWhole checks a drawing as the issue asks: width:height within
// [1/maxAspect, maxAspect], no overlapping cards, no link through a card
// that is not its end, every route starting and ending on its cards, and
// every coordinate within argmap's limit.
func checkWhole(t *testing.T, name string, m *argmap.Map, d Drawing, size SizeFunc, maxAspect float64) {
	t.Helper()
	if a, w, h := aspectOf(m, d.Pos, size); a > maxAspect || a < 1/maxAspect {
		t.Errorf("%s: %.0f × %.0f, width:height %.2f, want within 1:%g and %g:1", name, w, h, a, maxAspect, maxAspect)
	}
	if bad := overlaps(m, d.Pos, size); len(bad) > 0 {
		t.Errorf("%s: %d overlapping cards, first %s", name, len(bad), bad[0])
	}
	if bad := throughCards(m, d, size); len(bad) > 0 {
		t.Errorf("%s: %d links through cards, first %s", name, len(bad), bad[0])
	}
	if len(d.Routes) != len(Links(m)) {
		t.Errorf("%s: %d routes for %d links", name, len(d.Routes), len(Links(m)))
	}
	for _, r := range d.Routes {
		if len(r.Points) < 2 {
			t.Errorf("%s: route %q → %q has %d points", name, text(m, r.From), text(m, r.To), len(r.Points))
			continue
		}
		ends := []struct {
			id argmap.ID
			at argmap.Point
		}{{r.From, r.Points[0]}, {r.To, r.Points[len(r.Points)-1]}}
		if r.Kind == LinkUndercut {
			ends = ends[:1] // it may end at the inference it attacks
		}
		for _, end := range ends {
			w, h := size(end.id)
			c := d.Pos[end.id]
			if math.Abs(math.Abs(end.at.X-c.X)-w/2) > 0.01 && math.Abs(math.Abs(end.at.Y-c.Y)-h/2) > 0.01 ||
				math.Abs(end.at.X-c.X) > w/2+0.01 || math.Abs(end.at.Y-c.Y) > h/2+0.01 {
				t.Errorf("%s: route %q → %q ends at %v, not on the border of %q at %v", name, text(m, r.From), text(m, r.To), end.at, text(m, end.id), c)
				break
			}
		}
	}
	for id, p := range d.Pos {
		if math.Abs(p.X) > argmap.MaxCoord || math.Abs(p.Y) > argmap.MaxCoord || !finite(p) {
			t.Errorf("%s: claim %q at %v, beyond the coordinate limit", name, text(m, id), p)
			break
		}
	}
}

// TestCorpusFillsTheWindow: every map of the shared corpus with 20 claims
// or more (AIF, Argdown, Kialo), tidied as `argmap layout` does, is
// between 1:3 and 3:1, without overlaps or links through cards.
func TestCorpusFillsTheWindow(t *testing.T) {
	t.Parallel()
	paths := corpusMaps(t)
	checked := 0
	for _, path := range paths {
		m, _, err := loadMap(path)
		if err != nil || len(m.Claims) < 20 {
			continue
		}
		checked++
		size := EstimateSize(m)
		d := Draw(m, size, Options{})
		name := strings.TrimPrefix(path, "../../../")
		a, _, _ := aspectOf(m, d.Pos, size)
		t.Logf("%s: %d claims, aspect %.2f, %d crossings", name, len(m.Claims), a, CrossingsOf(d.Routes))
		checkWhole(t, name, m, d, size, 3)
	}
	if checked < 5 {
		t.Fatalf("only %d corpus maps of 20 claims or more", checked)
	}
}

// corpusMaps lists the map files of the corpus in AIF, Argdown and Kialo.
func corpusMaps(t *testing.T) []string {
	var paths []string
	for _, sub := range []string{"aif-json", "argdown", "other/kialo"} {
		dir := corpusDir(t, sub)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if !strings.HasSuffix(path, ".md") {
				paths = append(paths, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestGeneratedFillsTheWindow: the maps of `argmap gen -n 1000` and
// `-n 5000` (4:1 allowed) fill the window's shape.
func TestGeneratedFillsTheWindow(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		n         int
		maxAspect float64
	}{{200, 3}, {1000, 3}, {5000, 4}} {
		m := gen.Tree(tt.n, 1)
		size := EstimateSize(m)
		d := Draw(m, size, Options{})
		a, _, _ := aspectOf(m, d.Pos, size)
		t.Logf("gen %d: aspect %.2f, %d crossings", tt.n, a, CrossingsOf(d.Routes))
		checkWhole(t, fmt.Sprintf("gen -n %d", tt.n), m, d, size, tt.maxAspect)
	}
}

// TestAspectOption: the connected parts are packed towards the asked
// width:height.
func TestAspectOption(t *testing.T) {
	t.Parallel()
	m := degenerate(400, "isolated")
	size := EstimateSize(m)
	for _, want := range []float64{0.5, 1, DefaultAspect, 3} {
		d := Draw(m, size, Options{Aspect: want})
		if a, w, h := aspectOf(m, d.Pos, size); a < want/1.3 || a > want*1.3 {
			t.Errorf("Aspect %.2f: %.0f × %.0f is %.2f", want, w, h, a)
		}
	}
}

// TestStackedLeavesFormAComb: the leaf reasons of a claim with many stack
// in a column below it, each linked by a stub from its left side to one
// spine that rises into the claim; its objections stack apart.
func TestStackedLeavesFormAComb(t *testing.T) {
	t.Parallel()
	claims := []string{"R", "a", "b", "c", "d", "e", "x", "y", "z", "w"}
	args := []string{"a>R", "b>R", "c>R", "d>R", "e>R", "x!R", "y!R", "z!R", "w!R"}
	m := small(t, claims, args)
	size := EstimateSize(m)
	d := Draw(m, size, Options{})
	checkWhole(t, "comb", m, d, size, 3)
	byText := map[string]argmap.ID{}
	for _, c := range m.Claims {
		byText[c.Text] = c.ID
	}
	spines := map[LinkKind]map[float64]bool{LinkPro: {}, LinkCon: {}}
	for _, r := range d.Routes {
		p := d.Pos[r.From]
		w, _ := size(r.From)
		if len(r.Points) < 3 || r.Points[0] != (argmap.Point{X: p.X - w/2, Y: p.Y}) {
			t.Errorf("%s: route %v does not start at its left side", text(m, r.From), r.Points)
			continue
		}
		if r.Points[1].Y != p.Y || r.Points[2].X != r.Points[1].X || r.Points[2].Y >= p.Y {
			t.Errorf("%s: route %v is no stub to a rising spine", text(m, r.From), r.Points)
		}
		spines[r.Kind][r.Points[1].X] = true
		if q := d.Pos[byText["R"]]; p.Y <= q.Y {
			t.Errorf("%s at %v is not below R at %v", text(m, r.From), p, q)
		}
	}
	if len(spines[LinkPro]) != 1 || len(spines[LinkCon]) != 1 {
		t.Errorf("spines: %v, want one for the reasons and one for the objections", spines)
	}
	x := d.Pos[byText["a"]].X
	for _, c := range "bcde" {
		if d.Pos[byText[string(c)]].X != x {
			t.Errorf("reason %c at x %v, a at %v: not one column", c, d.Pos[byText[string(c)]].X, x)
		}
	}
}

// TestPinnedEndsGetStraightRoutes: a link whose card could not go where
// the layout put it (a pinned one) is drawn straight between the cards as
// they are, and says for which centres its route holds.
func TestPinnedEndsGetStraightRoutes(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"R", "A", "B"}, []string{"A>R", "B>R"})
	m.Claims[1].Pinned, m.Claims[1].Pos = true, argmap.Point{X: 5000, Y: 5000}
	d := Draw(m, nil, Options{})
	for _, r := range d.Routes {
		if !r.Valid(d.Pos[r.From], d.Pos[r.To]) {
			t.Errorf("route %s → %s not valid for the drawing's own centres", text(m, r.From), text(m, r.To))
		}
		if r.From == m.Claims[1].ID && len(r.Points) != 2 {
			t.Errorf("route from the pinned card: %v, want a straight line", r.Points)
		}
	}
}

// TestRoutesNeverThroughCards: on generated maps of any size and seed,
// unpinned, no drawn link passes through a card that is not one of its
// ends, and every route starts and ends on its cards.
func TestRoutesNeverThroughCards(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 400).Draw(rt, "n")
		seed := rapid.Int64Range(0, 1<<20).Draw(rt, "seed")
		aspect := rapid.SampledFrom([]float64{0, 0.5, 3}).Draw(rt, "aspect")
		m := gen.Tree(n, seed)
		size := EstimateSize(m)
		d := Draw(m, size, Options{Aspect: aspect})
		if bad := throughCards(m, d, size); len(bad) > 0 {
			rt.Fatalf("%d links through cards, first %s", len(bad), bad[0])
		}
		if bad := overlaps(m, d.Pos, size); len(bad) > 0 {
			rt.Fatalf("%d overlaps, first %s", len(bad), bad[0])
		}
	})
}

// TestUndercutAimsAtTheInference: an undercutter's route ends on the route
// of the argument it attacks (after the junction of linked premises), not
// on the conclusion, as the canvas draws it.
func TestUndercutAimsAtTheInference(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"R", "A", "B", "U", "C"}, []string{"A,B>R", "U!@0", "C>R"})
	d := Draw(m, nil, Options{})
	var under Route
	var attacked [][]argmap.Point
	for _, r := range d.Routes {
		switch {
		case r.Kind == LinkUndercut:
			under = r
		case r.Arg == m.Arguments[0].ID:
			attacked = append(attacked, r.Points)
		}
	}
	if len(under.Points) < 2 || len(attacked) != 2 {
		t.Fatalf("undercut route %v, %d routes of the attacked argument", under.Points, len(attacked))
	}
	aim := under.Points[len(under.Points)-1]
	on := func(pts []argmap.Point) bool {
		for k := 0; k+1 < len(pts); k++ {
			a, b := pts[k], pts[k+1]
			if orient(a, b, aim) == 0 && between(a, aim, b) {
				return true
			}
		}
		return false
	}
	if !on(attacked[0]) || !on(attacked[1]) {
		t.Errorf("undercut ends at %v, not on the shared part of %v and %v", aim, attacked[0], attacked[1])
	}
}
