package app

import (
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/scene"
)

// The layout that finds the routes of an opened map runs at once in tests,
// so that they can look at its result (and the race detector sees no
// second goroutine on the view).
func init() { runOff = func(f func()) { f() } }

// bushyMap is a claim with six leaf reasons and one objection with two
// leaves of its own, spread on one row as a careless user leaves them.
func bushyMap() (*argmap.Map, argmap.ID) {
	m := argmap.New("bushy")
	claim := func(text string, x float64) *argmap.Claim {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text, Pos: argmap.Point{X: x, Y: 300}}
		m.Claims = append(m.Claims, c)
		return c
	}
	arg := func(pol argmap.Polarity, to argmap.ID, from ...argmap.ID) {
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: from, Target: to, Polarity: pol})
	}
	top := claim("The town should build the bypass.", 0)
	top.Pos.Y = 0
	for i := range 6 {
		l := claim(fmt.Sprintf("Reason %d: the bypass helps in its own way number %d.", i+1, i+1), float64(i*260))
		arg(argmap.Pro, top.ID, l.ID)
	}
	o := claim("The bypass cuts through the wetland.", 1800)
	arg(argmap.Con, top.ID, o.ID)
	for i := range 2 {
		l := claim(fmt.Sprintf("Answer %d to the wetland objection.", i+1), float64(1800+i*260))
		l.Pos.Y = 600
		arg(argmap.Con, o.ID, l.ID)
	}
	m.Reindex()
	return m, top.ID
}

// checkRouted asserts that every edge into claim to follows its route and
// that no segment of any edge passes through a card that is not its end.
func checkRouted(t *testing.T, e *Editor, to argmap.ID) {
	t.Helper()
	s, r := e.View().Scene(), e.View().Routes()
	n := 0
	for i := range s.Edges {
		ed := &s.Edges[i]
		if ed.Target != to {
			continue
		}
		n++
		rt, ok := r[scene.RouteKey{From: ed.Premises[0], To: to, Arg: ed.ID}]
		if !ok {
			t.Errorf("no route kept for the edge from %v", ed.Premises[0])
			continue
		}
		if len(ed.Segs) != len(rt.Points)-1 || ed.Segs[0].A != rt.Points[0] || ed.Tip != rt.Points[len(rt.Points)-1] {
			t.Errorf("edge from %v: segs %v, want along %v", ed.Premises[0], ed.Segs, rt.Points)
		}
	}
	if n != 7 {
		t.Fatalf("%d edges into the claim, want 7", n)
	}
	bent := 0
	for i := range s.Edges {
		ed := &s.Edges[i]
		if len(ed.Segs) > 1 {
			bent++
		}
		for _, sg := range ed.Segs {
			for j := range s.Cards {
				c := &s.Cards[j]
				if c.ID == ed.Target || slices.Contains(ed.Premises, c.ID) {
					continue
				}
				if scene.SegHitsRect(sg, c.Box.Inset(-1)) {
					t.Errorf("edge %v→%v: segment %v passes through card %q", ed.Premises, ed.Target, sg, e.Map().Claim(c.ID).Text)
				}
			}
		}
	}
	t.Logf("%d of %d edges bent", bent, len(s.Edges))
	if bent < 6 {
		t.Errorf("%d edges drawn with bends, want the six stacked reasons' combs at least", bent)
	}
}

func TestTidyDrawsRoutesAndUndoGoesStraight(t *testing.T) {
	e := newTestEditor(t)
	m, top := bushyMap()
	e.SetMap(m, "", nil)
	e.tidy()
	checkRouted(t, e, top)

	// The leaves are stacked: a comb, not a row of six.
	var xs []float64
	for _, a := range m.Arguments {
		if a.Target == top && a.Polarity == argmap.Pro {
			xs = append(xs, m.Claim(a.Premises[0]).Pos.X)
		}
	}
	if lo, hi := slices.Min(xs), slices.Max(xs); hi-lo > 600 {
		t.Errorf("the six reasons span %.0f map units across: not stacked", hi-lo)
	}

	// A longer text makes the claim's card taller about its centre: the
	// comb stays, its trunk ending on the new border.
	h0 := e.View().Scene().Card(top).Box.H
	e.View().OnTextEdited(top, "The town should build the bypass, and it should do so before the next winter, as the council promised in its plan for the years ahead.")
	s := e.View().Scene()
	box := s.Card(top).Box
	if box.H <= h0 {
		t.Fatalf("card height %.1f after the edit, was %.1f", box.H, h0)
	}
	for _, ed := range s.Edges {
		if ed.Target == top && ed.Kind == scene.EdgePro && (len(ed.Segs) < 3 || math.Abs(ed.Tip.Y-(box.Y+box.H)) > 1e-6) {
			t.Errorf("after a text edit the edge from %v is %v, tip %v; want its comb, ending on the card's bottom at %.1f", ed.Premises, ed.Segs, ed.Tip, box.Y+box.H)
		}
	}
	if bad := throughCards(e); len(bad) > 0 {
		t.Errorf("after a text edit: %v", bad)
	}
	e.undo()

	e.undo()
	for _, ed := range e.View().Scene().Edges {
		if len(ed.Segs) != 1 {
			t.Errorf("after undo the edge from %v has %d pieces, want a straight line", ed.Premises, len(ed.Segs))
		}
	}
	e.redo()
	checkRouted(t, e, top)
}

func TestReopenedTidyMapGetsItsRoutes(t *testing.T) {
	e := newTestEditor(t)
	m, top := bushyMap()
	e.SetMap(m, "", nil)
	e.tidy()
	path := filepath.Join(t.TempDir(), "bushy"+nativeExt)
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	e.SetMap(argmap.New("other"), "", nil)
	if len(e.View().Routes()) != 0 {
		t.Fatal("a new map kept the old map's routes")
	}
	// Reopened in a window of another shape than the one it was tidied in.
	before := e.View().Aspect()
	e.win.Resize(fyne.NewSize(1800, 500))
	if a := e.View().Aspect(); a == before {
		t.Fatalf("view aspect %.2f unchanged by the resize", a)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	checkRouted(t, e, top)
}

func TestImportWithoutPositionsIsRouted(t *testing.T) {
	e := newTestEditor(t)
	m, top := bushyMap()
	for _, c := range m.Claims {
		c.Pos = argmap.Point{}
	}
	e.prepareImport(m)
	e.SetMap(m, "", nil)
	if layout.NeedsLayout(m) {
		t.Fatal("prepareImport left the map without positions")
	}
	checkRouted(t, e, top)
}

// throughCards lists the edge segments of the view's scene that pass
// through a card other than the edge's own ends.
func throughCards(e *Editor) []string {
	s := e.View().Scene()
	var bad []string
	for i := range s.Edges {
		ed := &s.Edges[i]
		ends := append([]argmap.ID{ed.Target}, ed.Premises...)
		for _, sg := range ed.Segs {
			for _, id := range s.CardsIn(sg.Bounds()) {
				c := s.Card(id)
				if !slices.Contains(ends, id) && scene.SegHitsRect(sg, c.Box.Inset(-1)) {
					bad = append(bad, fmt.Sprintf("edge %v→%v piece %v through %q", ed.Premises, ed.Target, sg, e.Map().Claim(id).Text))
				}
			}
		}
	}
	return bad
}

func TestTidiedGeneratedMapsDrawNoLinkThroughACard(t *testing.T) {
	e := newTestEditor(t)
	for _, tc := range []struct {
		n    int
		seed int64
	}{{60, 1}, {300, 1}, {300, 2}, {300, 3}} {
		t.Run(fmt.Sprintf("%d/%d", tc.n, tc.seed), func(t *testing.T) {
			e.SetMap(gen.Tree(tc.n, tc.seed), "", nil)
			e.tidy()
			s := e.View().Scene()
			bent := 0
			for i := range s.Edges {
				if len(s.Edges[i].Segs) > 2 {
					bent++
				}
			}
			if bent < len(s.Edges)/4 {
				t.Errorf("%d of %d edges drawn along routes of three pieces or more", bent, len(s.Edges))
			}
			bad := throughCards(e)
			for _, b := range bad[:min(len(bad), 5)] {
				t.Error(b)
			}
			if len(bad) > 5 {
				t.Errorf("and %d more", len(bad)-5)
			}
		})
	}
}

func TestTidiedSampleRoutesUndercuttersOntoTheirArguments(t *testing.T) {
	e := newTestEditor(t)
	e.OpenSample()
	e.Select(nil)
	e.unpin() // the sample's cards are all pinned: let Tidy move them
	e.tidy()
	for _, b := range throughCards(e) {
		t.Error(b)
	}
	s := e.View().Scene()
	n := 0
	for _, ed := range s.Edges {
		if ed.Kind != scene.EdgeUndercut {
			continue
		}
		n++
		te := s.Edge(ed.Target)
		d := math.Inf(1)
		for _, sg := range te.Segs {
			d = math.Min(d, sg.Dist(ed.Tip))
		}
		if d > 1e-6 {
			t.Errorf("undercutter from %v ends %.2f away from the argument it attacks", ed.Premises, d)
		}
	}
	if n == 0 {
		t.Fatal("the sample has no undercutter")
	}
}

// TestRoutesWaitForTheWindow: a map opened while the start holds the
// routes (as Main does until the window is up) gets them on release, not
// before: their layout is seconds of CPU on a big map.
func TestRoutesWaitForTheWindow(t *testing.T) {
	e := newTestEditor(t)
	m, top := bushyMap()
	e.SetMap(m, "", nil)
	e.tidy()
	path := filepath.Join(t.TempDir(), "bushy"+nativeExt)
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	e.SetMap(argmap.New("other"), "", nil)
	e.routes.hold = true
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	if n := len(e.View().Routes()); n != 0 {
		t.Fatalf("%d routes drawn while held", n)
	}
	e.releaseRoutes()
	checkRouted(t, e, top)
	if e.routes.hold || e.routes.held {
		t.Error("the hold outlived its release")
	}
}

// countDraws makes e's route search count its layouts.
func countDraws(e *Editor) *int {
	n := new(int)
	e.routes.draw = func(m *argmap.Map, size layout.SizeFunc, o layout.Options) layout.Drawing {
		*n++
		return layout.Draw(m, size, o)
	}
	return n
}

// dragPremises drags the first n premises of the arguments for to, each
// down by its own distance (a row of them moved together would be a row).
func dragPremises(e *Editor, to argmap.ID, n int) []argmap.ID {
	var ids []argmap.ID
	for _, a := range e.Map().Arguments {
		if a.Target == to && len(ids) < n {
			c := e.Map().Claim(a.Premises[0])
			ids = append(ids, c.ID)
			e.do(argmap.Move([]argmap.ID{c.ID}, []argmap.Point{{X: c.Pos.X, Y: c.Pos.Y + 45 + float64(7*len(ids))}}, false))
		}
	}
	return ids
}

// TestRouteSearchLaysOutOnlyATidysDrawing: a map saved right after a tidy
// (or after a card or two was dragged since) is laid out again for its
// routes; one whose cards are not where a layout puts them is not
// (layout.MayBeDrawn says so first, at a fraction of the cost).
func TestRouteSearchLaysOutOnlyATidysDrawing(t *testing.T) {
	for _, tc := range []struct {
		name  string
		make  func(e *Editor) *argmap.Map
		draws bool
	}{
		{"tidied", func(e *Editor) *argmap.Map {
			m, _ := bushyMap()
			e.SetMap(m, "", nil)
			e.tidy()
			return m
		}, true},
		{"hand-placed", func(e *Editor) *argmap.Map {
			m, _ := bushyMap()
			return m
		}, false},
		{"tidied, then a card dragged off its place", func(e *Editor) *argmap.Map {
			m, top := bushyMap()
			e.SetMap(m, "", nil)
			e.tidy()
			dragPremises(e, top, 1)
			return m
		}, true},
		{"tidied, then most cards dragged", func(e *Editor) *argmap.Map {
			m, top := bushyMap()
			e.SetMap(m, "", nil)
			e.tidy()
			dragPremises(e, top, 6)
			return m
		}, false},
		{"generated, on its grid by depth", func(e *Editor) *argmap.Map { return gen.Tree(300, 1) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m := tc.make(e)
			path := filepath.Join(t.TempDir(), "map"+nativeExt)
			e.SetMap(m, "", nil)
			if err := e.SaveTo(path); err != nil {
				t.Fatal(err)
			}
			e.SetMap(argmap.New("other"), "", nil)
			draws := countDraws(e)
			if err := e.OpenFile(path); err != nil {
				t.Fatal(err)
			}
			if got := *draws > 0; got != tc.draws {
				t.Errorf("%d layouts for the routes, want some: %v", *draws, tc.draws)
			}
			if got := len(e.View().Routes()) > 0; got != tc.draws {
				t.Errorf("%d routes kept", len(e.View().Routes()))
			}
		})
	}
}

// TestDraggedCardKeepsTheOthersCombs: a map tidied, one card dragged,
// saved and opened again gets back the route of every link whose cards
// the drag left where the tidy put them, as the same as the tidy's, as the
// search did when it laid out every opened map; the dragged card's links
// are straight.
func TestDraggedCardKeepsTheOthersCombs(t *testing.T) {
	e := newTestEditor(t)
	m, top := bushyMap()
	e.SetMap(m, "", nil)
	e.tidy()
	tidy := maps.Clone(e.View().Routes())
	moved := dragPremises(e, top, 1)[0]
	want := scene.Routes{}
	for k, r := range tidy {
		if k.From != moved && k.To != moved {
			want[k] = r
		}
	}
	if len(want) == 0 || len(want) == len(tidy) {
		t.Fatalf("%d of the tidy's %d routes miss the dragged card", len(want), len(tidy))
	}
	path := filepath.Join(t.TempDir(), "bushy"+nativeExt)
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	e.SetMap(argmap.New("other"), "", nil)
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	got := e.View().Routes()
	// The search before layout.MayBeDrawn laid out every map opened with
	// positions and kept the routes that fit.
	d := layout.Draw(e.Map().Clone(), e.cardSize, layout.Options{Aspect: cardsAspect(e.View().Scene())})
	always := sceneRoutes(d.Routes, e.Map())
	for name, rs := range map[string]scene.Routes{"kept": got, "laid out always": always} {
		if len(rs) != len(want) {
			t.Errorf("%s: %d routes, want the %d of the links the drag left", name, len(rs), len(want))
		}
		for k, r := range want {
			if g, ok := rs[k]; !ok || !slices.Equal(g.Points, r.Points) {
				t.Errorf("%s: the route %v is %v, want the tidy's %v", name, k, g.Points, r.Points)
			}
		}
	}
}

// TestRouteSearchStopsWhenTheMapGoesOrChanges: the search of an opened
// map's routes gives up (its layout's Stop says true, nothing is kept)
// once another map opens or the map is edited in its structure or
// geometry; an edit of a card's text lets it finish.
func TestRouteSearchStopsWhenTheMapGoesOrChanges(t *testing.T) {
	for _, tc := range []struct {
		name  string
		then  func(e *Editor, top argmap.ID)
		stops bool
	}{
		{"nothing", func(*Editor, argmap.ID) {}, false},
		{"another map opens", func(e *Editor, _ argmap.ID) { e.SetMap(argmap.New("other"), "", nil) }, true},
		{"a card moves", func(e *Editor, top argmap.ID) {
			c := e.Map().Claim(top)
			e.do(argmap.Move([]argmap.ID{top}, []argmap.Point{{X: c.Pos.X + 500, Y: c.Pos.Y}}, false))
		}, true},
		{"a tidy", func(e *Editor, _ argmap.ID) { e.tidy() }, true},
		{"a text edit", func(e *Editor, top argmap.ID) { e.View().OnTextEdited(top, "The town should build the bypass soon.") }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m, top := bushyMap()
			e.SetMap(m, "", nil)
			e.tidy()
			path := filepath.Join(t.TempDir(), "bushy"+nativeExt)
			if err := e.SaveTo(path); err != nil {
				t.Fatal(err)
			}
			e.SetMap(argmap.New("other"), "", nil)
			var search func()
			runOff = func(f func()) { search = f }
			defer func() { runOff = func(f func()) { f() } }()
			stopped := false
			e.routes.draw = func(m *argmap.Map, size layout.SizeFunc, o layout.Options) layout.Drawing {
				stopped = o.Stop != nil && o.Stop()
				return layout.Draw(m, size, o)
			}
			if err := e.OpenFile(path); err != nil {
				t.Fatal(err)
			}
			if search == nil {
				t.Fatal("no route search started for a tidied map")
			}
			tc.then(e, top)
			routesBefore := len(e.View().Routes())
			gen := e.routes.gen
			search()
			if stopped != tc.stops {
				t.Errorf("the layout's Stop says %v, want %v", stopped, tc.stops)
			}
			if kept := e.routes.gen != gen; kept == tc.stops {
				t.Errorf("routes kept: %v (%d before, %d now)", kept, routesBefore, len(e.View().Routes()))
			}
		})
	}
}

// TestRevertUndoKeepsRoutes: Revert to Saved and its Undo and Redo swap
// the whole map in place (one *Map): after each, the view draws the links
// as a fresh open of the same map does. The tidied map's combs came back
// straight after the Undo, the routes being the saved map's.
func TestRevertUndoKeepsRoutes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		tidySaved bool // the saved file is a tidy's drawing too
	}{
		{"saved untidy, tidied since", false},
		{"saved tidy, moved and tidied since", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m, _ := bushyMap()
			e.SetMap(m, "", nil)
			dir := t.TempDir()
			if tc.tidySaved {
				e.tidy()
			}
			saved := filepath.Join(dir, "saved"+nativeExt)
			if err := e.SaveTo(saved); err != nil {
				t.Fatal(err)
			}
			if tc.tidySaved {
				// A new reason moves the layout: every card goes elsewhere.
				e.addClaim()
				e.View().CloseEditor()
			}
			e.tidy()
			edited := filepath.Join(dir, "edited"+nativeExt)
			if err := os.WriteFile(edited, encoded(t, e.Map()), 0o644); err != nil {
				t.Fatal(err)
			}
			wantEdited := freshDrawing(t, edited)
			sameDrawing(t, "tidied", e, wantEdited)

			e.revert()
			tapDialogButton(t, e, "Revert")
			wantSaved := freshDrawing(t, saved)
			sameDrawing(t, "reverted", e, wantSaved)
			e.undo()
			sameDrawing(t, "revert undone", e, wantEdited)
			e.redo()
			sameDrawing(t, "revert redone", e, wantSaved)
			e.undo()
			sameDrawing(t, "undone again", e, wantEdited)
		})
	}
}

// freshDrawing opens path in a new editor and returns the segments of
// its edges by argument and premise.
func freshDrawing(t *testing.T, path string) map[[2]argmap.ID][]scene.Seg {
	t.Helper()
	e := newTestEditor(t)
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	return drawing(e)
}

func drawing(e *Editor) map[[2]argmap.ID][]scene.Seg {
	out := map[[2]argmap.ID][]scene.Seg{}
	for _, ed := range e.View().Scene().Edges {
		out[[2]argmap.ID{ed.ID, ed.Premises[0]}] = ed.Segs
	}
	return out
}

// sameDrawing asserts that e draws every edge as want does, and that the
// drawing has bent edges at all when want has.
func sameDrawing(t *testing.T, when string, e *Editor, want map[[2]argmap.ID][]scene.Seg) {
	t.Helper()
	got := drawing(e)
	if len(got) != len(want) {
		t.Errorf("%s: %d edges drawn, a fresh open draws %d", when, len(got), len(want))
	}
	bent, straight := 0, 0
	for k, w := range want {
		if len(w) > 1 {
			bent++
		}
		g, ok := got[k]
		if !ok {
			continue
		}
		if !slices.Equal(g, w) {
			if len(g) == 1 && len(w) > 1 {
				straight++
			}
			t.Errorf("%s: edge of %v drawn %v, a fresh open draws %v", when, k, g, w)
		}
	}
	t.Logf("%s: %d of %d edges bent in a fresh open; %d of them drawn straight", when, bent, len(want), straight)
}
