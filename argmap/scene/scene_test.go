package scene

import (
	"math"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

const eps = 1e-6

// onBorder reports whether p lies on r's border.
func onBorder(r Rect, p Point) bool {
	in := p.X >= r.X-eps && p.X <= r.X+r.W+eps && p.Y >= r.Y-eps && p.Y <= r.Y+r.H+eps
	edge := math.Abs(p.X-r.X) < eps || math.Abs(p.X-r.X-r.W) < eps ||
		math.Abs(p.Y-r.Y) < eps || math.Abs(p.Y-r.Y-r.H) < eps
	return in && edge
}

func TestClipToBorder(t *testing.T) {
	t.Parallel()
	r := Rect{0, 0, 200, 100} // centre (100, 50)
	for _, tc := range []struct {
		name string
		to   Point
		want Point
	}{
		{"up", Point{X: 100, Y: -500}, Point{X: 100, Y: 0}},
		{"down", Point{X: 100, Y: 900}, Point{X: 100, Y: 100}},
		{"right", Point{X: 900, Y: 50}, Point{X: 200, Y: 50}},
		{"left", Point{X: -10, Y: 50}, Point{X: 0, Y: 50}},
		{"corner", Point{X: 300, Y: 150}, Point{X: 200, Y: 100}},
		{"shallow", Point{X: 400, Y: 80}, Point{X: 200, Y: 60}},
		{"inside", Point{X: 110, Y: 50}, Point{X: 200, Y: 50}},
		{"centre", Point{X: 100, Y: 50}, Point{X: 100, Y: 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ClipToBorder(r, tc.to)
			if math.Abs(got.X-tc.want.X) > eps || math.Abs(got.Y-tc.want.Y) > eps {
				t.Errorf("ClipToBorder(%v) = %v, want %v", tc.to, got, tc.want)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	t.Parallel()
	// Mono at size 10: 6 units a rune; width 60 holds 10 runes.
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"fits", "short", []string{"short"}},
		{"words", "one two three four", []string{"one two", "three four"}},
		{"exact", "abcde abcd", []string{"abcde abcd"}},
		{"long word", "abcdefghijklmnopqrstuvwxy z", []string{"abcdefghij", "klmnopqrst", "uvwxy z"}},
		{"newline", "a\nb c", []string{"a", "b c"}},
		{"empty", "", []string{""}},
		{"cyrillic", "Жжжжж жжжжжж", []string{"Жжжжж", "жжжжжж"}},
		{"spaces", "  a   b  ", []string{"a b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Wrap(tc.text, 60, 10, false, Mono)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Wrap(%q) = %q, want %q", tc.text, got, tc.want)
			}
			for _, l := range got {
				if w, _ := Mono(l, 10, false); w > 60 {
					t.Errorf("line %q is %v wide, more than 60", l, w)
				}
			}
			if strings.Join(strings.Fields(strings.Join(got, "")), "") != strings.Join(strings.Fields(tc.text), "") {
				t.Errorf("Wrap(%q) lost text: %q", tc.text, got)
			}
		})
	}
}

func TestCardLayout(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.m.Claim(f.A).Tags = []string{"econ"}
	f.m.Claim(f.A).Comments = []argmap.Comment{{Text: "x"}, {Text: "y"}}
	s := Build(f.m, Mono, Options{Labels: Badges{f.M: eval.In}})
	for _, tc := range []struct {
		id           argmap.ID
		label, marks string
		status       eval.Label
	}{
		{f.M, "MAIN CONCLUSION", "", eval.In},
		{f.A, "REASON", "2 comments  ·  #econ", eval.Unlabelled},
		{f.O, "OBJECTION", "", eval.Unlabelled},
		{f.R, "REBUTTAL", "", eval.Unlabelled},
		{f.U, "UNDERCUTTER", "", eval.Unlabelled},
	} {
		c := s.Card(tc.id)
		if c.Label.S != tc.label || c.Marks.S != tc.marks || c.Status != tc.status {
			t.Errorf("card %q: label %q marks %q status %v, want %q %q %v",
				c.Lines[0].S, c.Label.S, c.Marks.S, c.Status, tc.label, tc.marks, tc.status)
		}
		if c.Box.W != 240 {
			t.Errorf("card width %v, want 240", c.Box.W)
		}
		if ctr := c.Box.Center(); ctr != f.m.Claim(tc.id).Pos {
			t.Errorf("card centre %v, want the claim's position %v", ctr, f.m.Claim(tc.id).Pos)
		}
		last := c.Lines[len(c.Lines)-1]
		bottom := last.Y + 14*1.3
		if c.Marks.S != "" {
			bottom = c.Marks.Y + 10*1.3
		}
		if bottom > c.Box.H {
			t.Errorf("card %q: text ends at %v below the box height %v", c.Lines[0].S, bottom, c.Box.H)
		}
	}
	if b := s.Card(f.M).Badge; b.Empty() || b.X+b.W > 240 {
		t.Errorf("badge %v not inside the card", b)
	}
}

func TestEdgesClippedToBorders(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	for _, tc := range []struct {
		name     string
		arg      argmap.ID
		from, to argmap.ID
		kind     EdgeKind
	}{
		{"reason", f.conv, f.C, f.M, EdgePro},
		{"objection", f.obj, f.O, f.M, EdgeCon},
		{"rebuttal", f.reb, f.R, f.O, EdgeCon},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := s.Edge(tc.arg)
			if e.Kind != tc.kind || e.Joined || len(e.Segs) != 1 {
				t.Fatalf("edge kind %v joined %v segs %d", e.Kind, e.Joined, len(e.Segs))
			}
			if !onBorder(s.Card(tc.from).Box, e.Segs[0].A) {
				t.Errorf("start %v not on the premise's border %v", e.Segs[0].A, s.Card(tc.from).Box)
			}
			if !onBorder(s.Card(tc.to).Box, e.Tip) || e.Segs[0].B != e.Tip {
				t.Errorf("tip %v not on the target's border %v", e.Tip, s.Card(tc.to).Box)
			}
			if math.Abs(math.Hypot(e.Dir.X, e.Dir.Y)-1) > eps {
				t.Errorf("direction %v is not a unit vector", e.Dir)
			}
		})
	}
}

func TestLinkedPremisesJoin(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	e := s.Edge(f.link)
	if !e.Joined {
		t.Fatal("linked premises not joined")
	}
	a, b, m := s.Card(f.A).Box, s.Card(f.B).Box, s.Card(f.M).Box
	if e.Junction.Y >= a.Y || e.Junction.Y <= m.Y+m.H {
		t.Errorf("junction %v not between the premises (top %v) and the target (bottom %v)", e.Junction, a.Y, m.Y+m.H)
	}
	// Every premise has a leg starting on its border; one stem rises
	// from the junction to the target's border.
	for _, box := range []Rect{a, b} {
		found := false
		for _, sg := range e.Segs[:len(e.Segs)-1] {
			if onBorder(box, sg.A) {
				found = true
			}
		}
		if !found {
			t.Errorf("no leg starts on premise box %v: %v", box, e.Segs)
		}
	}
	stem := e.Segs[len(e.Segs)-1]
	if stem.A != e.Junction || stem.B != e.Tip || !onBorder(m, e.Tip) {
		t.Errorf("stem %v does not run from the junction %v to the target border", stem, e.Junction)
	}
	if e.Aim != e.Junction {
		t.Errorf("aim %v, want the junction %v", e.Aim, e.Junction)
	}
}

func TestUndercutterAimsAtJunction(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	u, l := s.Edge(f.und), s.Edge(f.link)
	if u.Kind != EdgeUndercut {
		t.Fatalf("kind %v, want undercut", u.Kind)
	}
	if u.Tip != l.Junction {
		t.Errorf("undercutter tip %v, want the junction %v", u.Tip, l.Junction)
	}
	if s.EdgeIndex(f.und) < s.EdgeIndex(f.link) {
		t.Error("undercutter drawn before the edge it attacks")
	}
	// A single-premise argument is aimed at the middle of its arrow.
	f.m.Arguments[4].Target = f.conv
	s = Build(f.m, Mono, Options{})
	c := s.Edge(f.conv)
	if got, want := s.Edge(f.und).Tip, c.Segs[0].Mid(); got != want {
		t.Errorf("undercutter of a single arrow ends at %v, want its middle %v", got, want)
	}
}

func TestMoveCardsEdgesFollow(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	before := s.Edge(f.und).Tip
	got := s.MoveCards([]argmap.ID{f.A}, []Point{{X: 150, Y: 450}})
	if s.Card(f.A).Box.Center() != (Point{X: 150, Y: 450}) {
		t.Fatalf("card not moved: %v", s.Card(f.A).Box.Center())
	}
	want := map[int]bool{s.EdgeIndex(f.link): true, s.EdgeIndex(f.und): true}
	if len(got) != len(want) || !want[got[0]] || !want[got[1]] {
		t.Errorf("re-routed edges %v, want the linked argument and its undercutter", got)
	}
	if s.Edge(f.und).Tip == before || s.Edge(f.und).Tip != s.Edge(f.link).Junction {
		t.Error("undercutter did not follow the moved junction")
	}
	// The moved scene equals a scene built from the moved map.
	f.m.Claim(f.A).Pos = Point{X: 150, Y: 450}
	fresh := Build(f.m, Mono, Options{})
	for i := range fresh.Edges {
		if a, b := fresh.Edges[i], s.Edges[i]; a.Tip != b.Tip || len(a.Segs) != len(b.Segs) || a.Segs[0] != b.Segs[0] {
			t.Errorf("edge %d differs from a fresh build: %v vs %v", i, b.Segs, a.Segs)
		}
	}
}

func TestVisible(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	for _, tc := range []struct {
		name      string
		view      Rect
		wantCards []argmap.ID
	}{
		{"all", s.Bounds, []argmap.ID{f.M, f.A, f.B, f.C, f.O, f.R, f.U}},
		{"top", Rect{300, -50, 400, 100}, []argmap.ID{f.M}},
		{"rebuttal corner", Rect{1000, 550, 300, 200}, []argmap.ID{f.R}},
		{"nothing", Rect{5000, 5000, 100, 100}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cards, edges := s.Visible(tc.view)
			var ids []argmap.ID
			for _, i := range cards {
				ids = append(ids, s.Cards[i].ID)
			}
			if len(ids) != len(tc.wantCards) {
				t.Fatalf("visible cards %v, want %v", ids, tc.wantCards)
			}
			for i := range ids {
				if ids[i] != tc.wantCards[i] {
					t.Errorf("card %d: %v, want %v", i, ids[i], tc.wantCards[i])
				}
			}
			for _, i := range edges {
				if !s.Edges[i].Bounds.Intersects(tc.view) {
					t.Errorf("edge %d outside the view", i)
				}
			}
			if tc.name == "nothing" && len(edges) != 0 {
				t.Errorf("edges visible in empty space: %v", edges)
			}
		})
	}
}

func TestTransform(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		tr     Transform
		m, scr Point
	}{
		{Transform{Zoom: 1}, Point{X: 10, Y: 20}, Point{X: 10, Y: 20}},
		{Transform{Zoom: 2, Origin: Point{X: 100, Y: 50}}, Point{X: 110, Y: 60}, Point{X: 20, Y: 20}},
		{Transform{Zoom: 0.2, Origin: Point{X: -500, Y: 0}}, Point{X: 0, Y: 100}, Point{X: 100, Y: 20}},
	} {
		if got := tc.tr.ToScreen(tc.m); math.Abs(got.X-tc.scr.X) > eps || math.Abs(got.Y-tc.scr.Y) > eps {
			t.Errorf("%v.ToScreen(%v) = %v, want %v", tc.tr, tc.m, got, tc.scr)
		}
		if got := tc.tr.ToMap(tc.scr); math.Abs(got.X-tc.m.X) > eps || math.Abs(got.Y-tc.m.Y) > eps {
			t.Errorf("%v.ToMap(%v) = %v, want %v", tc.tr, tc.scr, got, tc.m)
		}
		s := Point{X: 300, Y: 200}
		under := tc.tr.ToMap(s)
		z := tc.tr.ZoomAt(tc.tr.Zoom*1.5, s)
		if got := z.ToMap(s); math.Abs(got.X-under.X) > eps || math.Abs(got.Y-under.Y) > eps {
			t.Errorf("ZoomAt moved the point under the pointer: %v → %v", under, got)
		}
		if vp := tc.tr.Viewport(800, 600); math.Abs(vp.W-800/tc.tr.Zoom) > eps || vp.X != tc.tr.Origin.X {
			t.Errorf("viewport %v", vp)
		}
	}
}

func TestHits(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	if i := s.CardAt(Point{X: 500, Y: 0}); i < 0 || s.Cards[i].ID != f.M {
		t.Errorf("CardAt the main claim's centre = %d", i)
	}
	j := s.Edge(f.link).Junction
	if i := s.EdgeAt(j, 3); i < 0 || (s.Edges[i].ID != f.link && s.Edges[i].ID != f.und) {
		t.Errorf("EdgeAt the junction = %d", i)
	}
	if i := s.EdgeAt(Point{X: 3000, Y: 3000}, 3); i != -1 {
		t.Errorf("EdgeAt empty space = %d", i)
	}
	in := s.CardsIn(Rect{100, 250, 500, 200})
	if len(in) != 2 || in[0] != f.A || in[1] != f.B {
		t.Errorf("CardsIn = %v, want A and B", in)
	}
}

func TestMissingAndCyclicTargetsAreSkipped(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	// Two undercutters aimed at each other, and one at a missing ID.
	a1 := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{f.C}, Polarity: argmap.Con}
	a2 := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{f.B}, Polarity: argmap.Con, Target: a1.ID}
	a1.Target = a2.ID
	a3 := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{f.B}, Polarity: argmap.Pro, Target: argmap.NewID()}
	f.m.Arguments = append(f.m.Arguments, a1, a2, a3)
	f.m.Reindex()
	s := Build(f.m, Mono, Options{})
	for _, a := range []*argmap.Argument{a1, a2, a3} {
		if s.Edge(a.ID) != nil {
			t.Errorf("argument %v drawn", a.ID)
		}
	}
	if len(s.Edges) != 5 {
		t.Errorf("%d edges, want the 5 valid ones", len(s.Edges))
	}
}

func TestLinkedBarsStaggered(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	second := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{f.C, f.O}, Target: f.M, Polarity: argmap.Pro}
	f.m.Arguments = append(f.m.Arguments, second)
	f.m.Reindex()
	s := Build(f.m, Mono, Options{})
	a, b := s.Edge(f.link).Junction, s.Edge(second.ID).Junction
	if a.Y == b.Y {
		t.Errorf("two linked arguments into one target share the bar height %v", a.Y)
	}
	if m := s.Card(f.M).Box; b.Y <= m.Y+m.H {
		t.Errorf("staggered bar %v above the target's bottom %v", b.Y, m.Y+m.H)
	}
}

func TestOverlaysInPlaceMatchBuild(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	st := Badges{f.M: eval.In, f.O: eval.Out, f.R: eval.Undec}
	keep := map[argmap.ID]bool{f.M: true, f.conv: true}
	want := Build(f.m, Mono, Options{Labels: st, Keep: keep})
	s := Build(f.m, Mono, Options{})
	s.SetLabels(st)
	s.SetKeep(keep)
	for i := range want.Cards {
		w, g := want.Cards[i], s.Cards[i]
		if w.Status != g.Status || w.Badge != g.Badge || w.Dimmed != g.Dimmed {
			t.Errorf("card %d: in place %v %v %v, built %v %v %v", i, g.Status, g.Badge, g.Dimmed, w.Status, w.Badge, w.Dimmed)
		}
	}
	for i := range want.Edges {
		if want.Edges[i].Dimmed != s.Edges[i].Dimmed {
			t.Errorf("edge %d dimmed %v, built %v", i, s.Edges[i].Dimmed, want.Edges[i].Dimmed)
		}
	}
	s.SetLabels(nil)
	if s.Card(f.O).Status != eval.Unlabelled || !s.Card(f.O).Badge.Empty() {
		t.Error("SetStatus(nil) left a badge")
	}
}

func TestHostileInputDoesNotPanic(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	nan := math.NaN()
	f.m.Claim(f.A).Pos = Point{X: nan, Y: nan}
	f.m.Claim(f.B).Pos = Point{X: 1e300, Y: -1e300}
	f.m.Claim(f.C).Text = strings.Repeat("W", 5000)
	f.m.Claim(f.O).Text = "\n\n\n"
	f.m.Claim(f.R).Text = "\xff\xfe invalid utf-8"
	f.m.Claims = append(f.m.Claims, f.m.Claims[0]) // a duplicate
	f.m.Arguments[0].Premises = append(f.m.Arguments[0].Premises, argmap.NewID())
	f.m.Reindex()
	for _, o := range []Options{{}, {CardWidth: 1}, {Pad: 500}, {TextSize: 0.001}} {
		s := Build(f.m, Mono, o)
		s.Visible(Rect{0, 0, 100, 100})
		s.MoveCards([]argmap.ID{f.A, f.B}, []Point{{X: nan}, {X: 1e308, Y: 1e308}})
		s.CardAt(Point{X: nan})
		s.EdgeAt(Point{}, 3)
	}
	if got := Wrap("abc", nan, 10, false, Mono); strings.Join(got, "") != "abc" {
		t.Errorf("Wrap with NaN width lost text: %q", got)
	}
}
