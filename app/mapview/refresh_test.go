package mapview

import (
	"reflect"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// TestRefreshCardMatchesRefresh checks that refreshing one card after a
// text edit gives the scene a full rebuild gives, and draws the new text.
func TestRefreshCardMatchesRefresh(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	builds := v.builds
	text := strings.Repeat("Linked premise with a text long enough to wrap. ", 3)
	f.m.Claim(f.A).Text = text
	v.RefreshCard(f.A)
	if v.builds != builds {
		t.Error("RefreshCard rebuilt the scene")
	}
	want := scene.Build(f.m, Measure, v.opt)
	got := v.Scene()
	if !reflect.DeepEqual(got.Cards, want.Cards) || !reflect.DeepEqual(got.Edges, want.Edges) || got.Bounds != want.Bounds {
		t.Errorf("scene after RefreshCard differs from a fresh build")
	}
	drawn := ""
	for _, l := range v.r.cards[f.A].lines {
		drawn += l.Text + " "
	}
	if !strings.HasPrefix(drawn, "Linked premise with") {
		t.Errorf("drawn text %q", drawn)
	}
	// An argument has no card: RefreshCard rebuilds.
	v.RefreshCard(f.link)
	if v.builds != builds+1 {
		t.Error("RefreshCard of an argument did not rebuild")
	}
}

// TestSetMapBuildsOnce checks that showing a map builds its scene once
// (it was built twice, a third of opening a big map).
func TestSetMapBuildsOnce(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	builds := v.builds
	v.SetMap(f.m)
	if v.builds != builds+1 {
		t.Errorf("SetMap built the scene %d times, want 1", v.builds-builds)
	}
	if v.Scene() == nil || len(v.Scene().Cards) != len(f.m.Claims) {
		t.Errorf("SetMap left no scene of the map")
	}
}

// TestStepPlacesOnce checks that a zoom or pan step places the visible
// objects once: redraw placed them and then refreshed the widget, whose
// renderer placed them all again (and freed every text's texture).
func TestStepPlacesOnce(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	for _, step := range []struct {
		name string
		do   func()
	}{
		{"zoom", func() { v.zoomAt(v.tr.Zoom*1.1, scene.Point{X: 300, Y: 200}) }},
		{"redraw", v.redraw},
	} {
		n := v.r.updates
		step.do()
		if got := v.r.updates - n; got != 1 {
			t.Errorf("%s: placed the objects %d times, want 1", step.name, got)
		}
	}
}

// TestSetLabels: a map shown with its labels carries their badges from
// its one build; giving the same evaluation again costs no placing; a
// Badges map changed in place and given again is read again.
func TestSetLabels(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	l := eval.Evaluate(f.m)
	builds := v.builds
	v.SetMapLabels(f.m, l)
	if v.builds != builds+1 {
		t.Errorf("SetMapLabels built the scene %d times, want 1", v.builds-builds)
	}
	for _, id := range []argmap.ID{f.M, f.O, f.A} {
		if got, want := v.Scene().Card(id).Status, l.Claim(id); got != want || got == eval.Unlabelled {
			t.Errorf("card %v shows %v, want %v", id, got, want)
		}
	}
	n := v.r.updates
	v.SetLabels(l)
	if v.r.updates != n {
		t.Error("the same evaluation again placed the objects again")
	}
	b := scene.Badges{f.M: eval.In}
	v.SetLabels(b)
	b[f.M] = eval.Out
	v.SetLabels(b)
	if got := v.Scene().Card(f.M).Status; got != eval.Out {
		t.Errorf("after a change of the badges in place the card shows %v, want OUT", got)
	}
	v.SetLabels(nil)
	if got := v.Scene().Card(f.M).Status; got != eval.Unlabelled {
		t.Errorf("without labels the card shows %v", got)
	}
}

// TestMainBranch: the first look at a map frames the main conclusion
// with the premises of the arguments on it.
func TestMainBranch(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	s := v.Scene()
	branch, main := v.mainBranch()
	if main != s.Card(f.M).Box {
		t.Fatalf("main box %v, want the main conclusion's %v", main, s.Card(f.M).Box)
	}
	want := main
	for i := range s.Edges {
		if s.Edges[i].Target == f.M {
			for _, p := range s.Edges[i].Premises {
				want = want.Union(s.Card(p).Box)
			}
		}
	}
	if branch != want || branch == main {
		t.Errorf("branch %v, want %v", branch, want)
	}
}
