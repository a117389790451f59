package app

import (
	"reflect"
	"strings"
	"testing"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// TestTypingUpdatesOneCard checks that editing a claim's text, tags and
// colour updates the canvas as a full rebuild would, and that an edit of
// the arguments still rebuilds it.
func TestTypingUpdatesOneCard(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Pupils")
	same := func(what string) {
		t.Helper()
		got := e.View().Scene()
		want := scene.Build(m, mapview.Measure, got.Options())
		if !reflect.DeepEqual(got.Cards, want.Cards) || !reflect.DeepEqual(got.Edges, want.Edges) || got.Bounds != want.Bounds {
			t.Errorf("after %s the canvas differs from a fresh build", what)
		}
	}
	before := e.View().Scene()
	long := strings.Repeat("Pupils who sleep longer learn more, and say so. ", 3)
	e.View().OnTextEdited(c.ID, long)
	if c.Text != long {
		t.Fatalf("text %q", c.Text)
	}
	if e.View().Scene() != before {
		t.Error("a text edit rebuilt the scene")
	}
	same("a text edit")
	e.doMerge(argmap.AddTag(m, c.ID, "sleep"), "")
	same("a new tag")
	e.doMerge(argmap.SetColor(m, c.ID, "#336699"), "")
	same("a new colour")
	if e.View().Scene() != before {
		t.Error("an annotation edit rebuilt the scene")
	}
	e.History().Undo()
	same("an undo")
}

// TestEvaluationFollowsLogicChanges checks that the editor evaluates the
// map again exactly when an edit changes its logic (the Change the history
// reports), not when a text, a colour or a position changes.
func TestEvaluationFollowsLogicChanges(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Pupils")
	e.setEvaluation(true)
	for _, tc := range []struct {
		name  string
		edit  argmap.Edit
		again bool
	}{
		{"text", argmap.SetText(c.ID, "Pupils nap"), false},
		{"colour", argmap.SetColor(m, c.ID, "#336699"), false},
		{"move", argmap.Move([]argmap.ID{c.ID}, []argmap.Point{{X: 40, Y: 40}}, true), false},
		{"assessment", argmap.Assess(c.ID, argmap.Rejected), true},
		{"delete", argmap.Remove(c.ID), true},
	} {
		labels := e.doc.Labels()
		if err := e.do(tc.edit); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if again := e.doc.Labels() != labels; again != tc.again {
			t.Errorf("%s: evaluated again %v, want %v", tc.name, again, tc.again)
		}
	}
}
