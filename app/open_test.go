package app

import (
	"testing"

	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
)

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
			got := shownView(t, e).Scene().Card(c.ID).Status
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
