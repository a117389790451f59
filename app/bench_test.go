package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkTypingInInspector measures one keystroke in the inspector's text
// field on generated maps: the edit, then everything the shell refreshes
// after it (roles, evaluation, outline, inspector, status, menus, canvas).
func BenchmarkTypingInInspector(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			a := test.NewTempApp(b)
			w := a.NewWindow("bench")
			w.Resize(fyne.NewSize(1200, 800))
			e := NewEditor(a, w, testFormats())
			e.SetMap(gen.Tree(n, 1), "", nil)
			id := e.Map().Claims[n/2].ID
			e.Select([]argmap.ID{id})
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				e.doMerge(argmap.SetText(id, fmt.Sprintf("text %d", i)), textKey(id))
			}
		})
	}
}

// TestOpenSample opens the embedded sample map as at first start.
func TestOpenSample(t *testing.T) {
	e := newTestEditor(t)
	e.OpenSample()
	m := e.Map()
	if len(m.Claims) < 10 || len(m.Arguments) < 5 {
		t.Fatalf("sample has %d claims, %d arguments", len(m.Claims), len(m.Arguments))
	}
	if e.History().Dirty() || e.Path() != "" {
		t.Errorf("sample opened dirty (%v) or with a path (%q)", e.History().Dirty(), e.Path())
	}
	if e.win.Title() != m.Meta.Title+" — Argmap" {
		t.Errorf("title %q", e.win.Title())
	}
	if msg := shownError(e); msg != "" {
		t.Errorf("error opening the sample: %s", msg)
	}
}

// BenchmarkAssessInApp measures one change of logic that leaves the
// structure alone (an assessment toggled on a leaf) on a 20,000-claim map:
// the edit, then everything the shell refreshes after it.
func BenchmarkAssessInApp(b *testing.B) {
	a := test.NewTempApp(b)
	w := a.NewWindow("bench")
	w.Resize(fyne.NewSize(1200, 800))
	e := NewEditor(a, w, testFormats())
	e.SetMap(gen.Tree(20000, 1), "", nil)
	leaf := e.Map().Claims[len(e.Map().Claims)-1].ID
	as := [2]argmap.Assessment{argmap.Rejected, argmap.Unassessed}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := e.do(argmap.Assess(leaf, as[i%2])); err != nil {
			b.Fatal(err)
		}
	}
}
