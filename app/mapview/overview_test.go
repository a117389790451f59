package mapview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/scene"
)

// Zoomed out, cards are blocks and a main conclusion shows a one-line
// summary of its text; after an edit and a full Refresh the summary
// quotes the new text, not the old. Other blocks carry no text.
func TestOverviewFollowsTextAfterRefresh(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	v.tr = scene.Transform{Zoom: 0.3}
	v.redraw()
	k := v.r.cards[f.M]
	if k == nil || len(k.lines) == 0 || !strings.HasPrefix(k.lines[0].Text, "Schools") {
		t.Fatalf("no summary line at zoom 0.3: %+v", k)
	}
	if n := textsOf(v, f.A); n != 0 {
		t.Errorf("a reason's block carries %d texts at zoom 0.3", n)
	}
	if err := argmap.SetText(f.M, "Dress codes mask wealth gaps.").Apply(f.m); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	v.redraw()
	if got := v.r.cards[f.M].lines[0].Text; !strings.HasPrefix(got, "Dress") {
		t.Fatalf("summary after Refresh = %q, want the new text", got)
	}
}

// textsOf counts the texts of card id among the objects drawn.
func textsOf(v *View, id argmap.ID) int {
	k := v.r.cards[id]
	if k == nil {
		return 0
	}
	mine := map[*canvas.Text]bool{k.label: true, k.marks: true, k.badge: true}
	for _, l := range k.lines {
		mine[l] = true
	}
	n := 0
	for _, o := range v.r.Objects() {
		if t, ok := o.(*canvas.Text); ok && t != nil && mine[t] {
			n++
		}
	}
	return n
}

// TestOverviewNamesEveryThesis: zoomed out, a secondary thesis (the root
// of a second tree, as each exchange of a QT30 dialogue is) shows its
// first words as the main conclusion does; its reasons stay plain blocks.
func TestOverviewNamesEveryThesis(t *testing.T) {
	f := newFixture(t)
	second := &argmap.Claim{ID: argmaptest.IDs("second")(), Text: "Homework should be optional.", Pos: argmap.Point{X: 400, Y: 560}}
	reason := &argmap.Claim{ID: argmaptest.IDs("reason")(), Text: "Pupils need rest.", Pos: argmap.Point{X: 400, Y: 760}}
	f.m.Claims = append(f.m.Claims, second, reason)
	f.m.Arguments = append(f.m.Arguments, &argmap.Argument{ID: argmaptest.IDs("arg")(), Premises: []argmap.ID{reason.ID}, Target: second.ID, Polarity: argmap.Pro})
	f.m.Reindex()
	v, _ := newView(t, f)
	if r := f.m.Roles()[second.ID]; r != argmap.RoleConclusion {
		t.Fatalf("the second root's role is %v", r)
	}
	v.tr = scene.Transform{Zoom: 0.3}
	v.redraw()
	for _, tc := range []struct {
		id    argmap.ID
		text  string // the summary's start, "" for none
		texts int
	}{
		{f.M, "Schools", 1},
		{second.ID, "Homework", 1},
		{reason.ID, "", 0},
		{f.A, "", 0},
	} {
		if n := textsOf(v, tc.id); n != tc.texts {
			t.Errorf("%q carries %d texts at zoom 0.3, want %d", f.m.Claim(tc.id).Text, n, tc.texts)
		}
		if tc.text != "" && !strings.HasPrefix(v.r.cards[tc.id].lines[0].Text, tc.text) {
			t.Errorf("summary %q, want it to start %q", v.r.cards[tc.id].lines[0].Text, tc.text)
		}
	}
}
