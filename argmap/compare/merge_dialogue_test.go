package compare

import (
	"reflect"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestMergeKeepsDialogue: a three-way merge keeps the dialogue layer of an
// imported map (it used to drop it): the side that changed it wins, ours
// when both did (a conflict), and anchors to what the merge removed are
// cut. The exercise sheet leaves it out.
func TestMergeKeepsDialogue(t *testing.T) {
	t.Parallel()
	base := argmap.New("talk")
	a := &argmap.Claim{ID: argmap.NewID(), Text: "A"}
	b := &argmap.Claim{ID: argmap.NewID(), Text: "B"}
	base.Claims = []*argmap.Claim{a, b}
	base.Dialogue = &argmap.Dialogue{
		Locutions:   []argmap.Locution{{ID: "1", Text: "Ann : A"}, {ID: "2", Text: "Bob : B"}},
		Illocutions: []argmap.Illocution{{ID: "3", Text: "Asserting", From: []string{"1"}, Anchors: []argmap.ID{a.ID}}, {ID: "4", Text: "Asserting", From: []string{"2"}, Anchors: []argmap.ID{b.ID}}},
	}
	base.Reindex()
	edited := func(fn func(m *argmap.Map)) *argmap.Map {
		m := base.Clone()
		fn(m)
		m.Reindex()
		return m
	}
	same := func(m *argmap.Map) {}
	renamed := func(m *argmap.Map) { m.Dialogue.Locutions[0].Text = "Ann Lee : A" }
	renamedOtherwise := func(m *argmap.Map) { m.Dialogue.Locutions[0].Text = "A. Lee : A" }
	dropB := func(m *argmap.Map) {
		if err := argmap.Remove(b.ID).Apply(m); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name          string
		ours, theirs  func(m *argmap.Map)
		text          string
		anchorsOfB    int
		conflictCount int
	}{
		{"unchanged", same, same, "Ann : A", 1, 0},
		{"theirs changed it", same, renamed, "Ann Lee : A", 1, 0},
		{"ours changed it", renamed, same, "Ann Lee : A", 1, 0},
		{"both, the same way", renamed, renamed, "Ann Lee : A", 1, 0},
		{"both, differently", renamed, renamedOtherwise, "Ann Lee : A", 1, 1},
		{"theirs removed B", same, dropB, "Ann : A", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, conflicts := Merge(base, edited(tc.ours), edited(tc.theirs))
			if len(conflicts) != tc.conflictCount {
				t.Errorf("conflicts %v", conflicts)
			}
			if out.Dialogue == nil {
				t.Fatal("the merge dropped the dialogue")
			}
			if got := out.Dialogue.Locutions[0].Text; got != tc.text {
				t.Errorf("locution %q, want %q", got, tc.text)
			}
			if got := len(out.Dialogue.AnchorsOf(b.ID)); got != tc.anchorsOfB {
				t.Errorf("anchors of B: %d, want %d", got, tc.anchorsOfB)
			}
			if ps := argmap.Validate(out); ps.HasErrors() {
				t.Error(ps.Err())
			}
		})
	}
	if !reflect.DeepEqual(base.Dialogue.Illocutions[1].Anchors, []argmap.ID{b.ID}) {
		t.Error("the merge changed base's dialogue")
	}
	if sheet := Exercise(base, BlankClaims); sheet.Dialogue != nil {
		t.Error("an exercise sheet hands out the dialogue")
	}
}
