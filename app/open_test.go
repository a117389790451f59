package app

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

// TestSetMapBuildsOutlineOnce checks that showing a new map builds the
// outline once (it was built by reset and again by the refresh after it),
// and that the outline has every claim and follows a later edit.
func TestSetMapBuildsOutlineOnce(t *testing.T) {
	e := newTestEditor(t)
	m := gen.Tree(200, 3)
	builds := e.outline.builds
	e.SetMap(m, "", nil)
	if got := e.outline.builds - builds; got != 1 {
		t.Errorf("SetMap built the outline %d times, want 1", got)
	}
	for _, c := range m.Claims {
		if _, ok := e.outline.firstUID(c.ID); !ok {
			t.Fatalf("claim %v missing from the outline", c.ID)
		}
	}
	// A new claim changes the structure: the next refresh rebuilds.
	c := &argmap.Claim{ID: argmap.NewID(), Text: "a new claim"}
	m.Claims = append(m.Claims, c)
	e.outline.refresh(true)
	if _, ok := e.outline.firstUID(c.ID); !ok {
		t.Error("the outline did not follow a new claim")
	}
}

// TestSetMapShowsLabels checks that a map just shown carries the
// document's evaluation on its cards (the scene is built with it, not with
// the last map's), and that with the evaluation off it carries none.
func TestSetMapShowsLabels(t *testing.T) {
	e := newTestEditor(t)
	for _, on := range []bool{true, false} {
		e.doc.SetEvaluation(on)
		m := gen.Tree(200, 4)
		e.SetMap(m, "", nil)
		l := e.doc.Labels()
		shown := 0
		for _, c := range m.Claims {
			want := eval.Unlabelled
			if on {
				want = l.Claim(c.ID)
			}
			got := e.view.Scene().Card(c.ID).Status
			if got != want {
				t.Fatalf("evaluation %v: card %v shows %v, want %v", on, c.ID, got, want)
			}
			if got != eval.Unlabelled {
				shown++
			}
		}
		if on && shown == 0 {
			t.Error("no card shows a label")
		}
	}
}
