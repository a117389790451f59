package scene

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// fixtureRoutes gives the fixture's reason C, linked argument A+B and
// undercutter U routes with detours that a straight edge never takes.
func fixtureRoutes(t *testing.T, f fixture) (Routes, map[string][]Point) {
	t.Helper()
	s := Build(f.m, Mono, Options{})
	box := func(id argmap.ID) Rect { return s.Card(id).Box }
	top := func(id argmap.ID) Point { b := box(id); return Point{X: b.Center().X, Y: b.Y} }
	mb := box(f.M)
	mBottom := mb.Y + mb.H
	pts := map[string][]Point{
		"conv": {top(f.C), {X: 800, Y: 150}, {X: 560, Y: 150}, {X: 560, Y: mBottom}},
		"A":    {top(f.A), {X: 200, Y: 200}, {X: 450, Y: 200}, {X: 450, Y: mBottom}},
		"B":    {top(f.B), {X: 500, Y: 200}, {X: 450, Y: 200}, {X: 450, Y: mBottom}},
		"und":  {top(f.U), {X: -100, Y: 175}, {X: 450, Y: 175}},
	}
	at := func(id argmap.ID) Point { return f.m.Claim(id).Pos }
	r := Routes{
		{From: f.C, To: f.M, Arg: f.conv}: {Points: pts["conv"], FromAt: at(f.C), ToAt: at(f.M)},
		{From: f.A, To: f.M, Arg: f.link}: {Points: pts["A"], FromAt: at(f.A), ToAt: at(f.M)},
		{From: f.B, To: f.M, Arg: f.link}: {Points: pts["B"], FromAt: at(f.B), ToAt: at(f.M)},
		{From: f.U, To: f.M, Arg: f.und}:  {Points: pts["und"], FromAt: at(f.U), ToAt: at(f.M)},
	}
	return r, pts
}

func TestBuildFollowsValidRoutes(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for _, tc := range []struct {
		name   string
		change func(r Routes)
		routed map[string]bool // by edge: conv, link, und, obj
	}{
		{"all valid", func(Routes) {}, map[string]bool{"conv": true, "link": true, "und": true}},
		{"none", func(r Routes) { clear(r) }, map[string]bool{}},
		{"premise moved since", func(r Routes) {
			k := RouteKey{From: f.C, To: f.M, Arg: f.conv}
			rt := r[k]
			rt.FromAt.X += 1
			r[k] = rt
		}, map[string]bool{"link": true, "und": true}},
		{"target moved since", func(r Routes) {
			k := RouteKey{From: f.C, To: f.M, Arg: f.conv}
			rt := r[k]
			rt.ToAt.Y -= 40
			r[k] = rt
		}, map[string]bool{"link": true, "und": true}},
		{"one leg lacks a route: the undercutter goes straight too", func(r Routes) {
			delete(r, RouteKey{From: f.B, To: f.M, Arg: f.link})
		}, map[string]bool{"conv": true}},
		{"cards of another size since: the end pieces fit their borders", func(r Routes) {
			k := RouteKey{From: f.C, To: f.M, Arg: f.conv}
			rt := r[k]
			rt.Points = append([]Point(nil), rt.Points...)
			rt.Points[3].Y -= 10 // made for a shorter target: short of it
			rt.Points[0].Y += 10 // made for a taller premise: inside it
			r[k] = rt
		}, map[string]bool{"conv": true, "link": true, "und": true}},
		{"a bend inside the target card since", func(r Routes) {
			k := RouteKey{From: f.C, To: f.M, Arg: f.conv}
			rt := r[k]
			rt.Points = append([]Point(nil), rt.Points...)
			rt.Points[2].Y = rt.Points[3].Y - 5
			r[k] = rt
		}, map[string]bool{"link": true, "und": true}},
		{"linked legs that never meet: the scene's junction", func(r Routes) {
			k := RouteKey{From: f.B, To: f.M, Arg: f.link}
			rt := r[k]
			rt.Points = []Point{rt.Points[0], {X: 520, Y: rt.Points[3].Y}}
			r[k] = rt
		}, map[string]bool{"conv": true}},
		{"a single point", func(r Routes) {
			k := RouteKey{From: f.C, To: f.M, Arg: f.conv}
			rt := r[k]
			rt.Points = rt.Points[:1]
			r[k] = rt
		}, map[string]bool{"link": true, "und": true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, pts := fixtureRoutes(t, f)
			tc.change(r)
			s := Build(f.m, Mono, Options{Routes: r})
			straight := Build(f.m, Mono, Options{})
			for name, id := range map[string]argmap.ID{"conv": f.conv, "link": f.link, "und": f.und, "obj": f.obj} {
				e, want := s.Edge(id), tc.routed[name]
				if e.routed != want {
					t.Errorf("%s routed %v, want %v", name, e.routed, want)
				}
				if !want {
					if se := straight.Edge(id); !sameSegs(e.Segs, se.Segs) || e.Tip != se.Tip {
						t.Errorf("%s: segs %v, want the straight %v", name, e.Segs, se.Segs)
					}
				}
			}
			if !tc.routed["conv"] {
				return
			}
			conv := s.Edge(f.conv)
			if want := chain(pts["conv"]); !sameSegs(conv.Segs, want) {
				t.Errorf("conv segs %v, want %v", conv.Segs, want)
			}
			if conv.Tip != pts["conv"][3] || conv.Dir != (Point{X: 0, Y: -1}) || conv.Joined {
				t.Errorf("conv tip %v dir %v joined %v", conv.Tip, conv.Dir, conv.Joined)
			}
			// The detour is hit and found by the spatial index, as a
			// straight line from C to M never passes there.
			if i := s.EdgeAt(Point{X: 680, Y: 151}, 4); i != s.EdgeIndex(f.conv) {
				t.Errorf("EdgeAt on the detour = %d, want conv %d", i, s.EdgeIndex(f.conv))
			}
			if _, es := s.Visible(Rect{670, 140, 20, 20}); !contains(es, s.EdgeIndex(f.conv)) {
				t.Errorf("Visible on the detour = %v, want conv among them", es)
			}
			if !tc.routed["link"] {
				return
			}
			link := s.Edge(f.link)
			if !link.Joined || link.Junction != (Point{X: 450, Y: 200}) {
				t.Errorf("link joined %v at %v, want at (450,200)", link.Joined, link.Junction)
			}
			// The legs share their last piece: drawn once, last, to the tip.
			if len(link.Segs) != 5 || link.Segs[4] != (Seg{pts["A"][2], pts["A"][3]}) || link.Tip != pts["A"][3] {
				t.Errorf("link segs %v tip %v", link.Segs, link.Tip)
			}
			und := s.Edge(f.und)
			if und.Tip != pts["und"][2] || und.Dir != (Point{X: 1, Y: 0}) {
				t.Errorf("undercutter tip %v dir %v, want on the link's route", und.Tip, und.Dir)
			}
		})
	}
}

func TestDragLeavesRouteAndComesBack(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	r, pts := fixtureRoutes(t, f)
	s := Build(f.m, Mono, Options{Routes: r})
	c := f.m.Claim(f.C).Pos
	s.MoveCards([]argmap.ID{f.C}, []Point{{X: c.X, Y: c.Y + 200}})
	if e := s.Edge(f.conv); e.routed || len(e.Segs) != 1 {
		t.Fatalf("after a drag the edge is %v, want straight", e.Segs)
	}
	if i := s.EdgeAt(Point{X: 680, Y: 151}, 4); i == s.EdgeIndex(f.conv) {
		t.Error("the old detour still hits the dragged edge")
	}
	s.MoveCards([]argmap.ID{f.C}, []Point{c})
	if e := s.Edge(f.conv); !e.routed || !sameSegs(e.Segs, chain(pts["conv"])) {
		t.Errorf("back in place the edge is %v, want its route", e.Segs)
	}
}

func chain(pts []Point) []Seg {
	var out []Seg
	for i := 0; i+1 < len(pts); i++ {
		out = append(out, Seg{pts[i], pts[i+1]})
	}
	return out
}

func sameSegs(a, b []Seg) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func contains(l []int, x int) bool {
	for _, v := range l {
		if v == x {
			return true
		}
	}
	return false
}
