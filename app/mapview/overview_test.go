package mapview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
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
