package mapview

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// Zoomed out, a card shows a one-line summary of its text; after an edit
// and a full Refresh the summary quotes the new text, not the old.
func TestOverviewFollowsTextAfterRefresh(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	v.tr = scene.Transform{Zoom: 0.3}
	v.redraw()
	k := v.r.cards[f.A]
	if k == nil || len(k.lines) == 0 || !strings.HasPrefix(k.lines[0].Text, "Uniforms") {
		t.Fatalf("no summary line at zoom 0.3: %+v", k)
	}
	if err := argmap.SetText(f.A, "Dress codes mask wealth gaps.").Apply(f.m); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	v.redraw()
	if got := v.r.cards[f.A].lines[0].Text; !strings.HasPrefix(got, "Dress") {
		t.Fatalf("summary after Refresh = %q, want the new text", got)
	}
}
