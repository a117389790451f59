package mapview

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestProposedDrawnDashed: a suggested claim's card has no solid border
// but a dashed one, faded, and faded text; the argument from it is dashed
// and faded; accepting it draws both solid again.
func TestProposedDrawnDashed(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	solid := drawnLines(v, f.link)
	p := &argmap.Proposal{By: "suggester"}
	f.m.Claim(f.A).Proposal = p
	v.Refresh()
	v.redraw()
	k := v.r.cards[f.A]
	if nrgba(k.box.StrokeColor).A != 0 {
		t.Error("a suggestion's card keeps its solid border")
	}
	dashes := 0
	for _, d := range k.dashes {
		if drawnObj(v, d) {
			dashes++
			if nrgba(d.StrokeColor).A == 255 {
				t.Fatal("a suggestion's dashes are not faded")
			}
		}
	}
	if dashes < 8 {
		t.Errorf("%d dashes drawn around the suggestion's card", dashes)
	}
	if nrgba(k.lines[0].Color).A == 255 {
		t.Error("a suggestion's text is not faded")
	}
	if got := drawnLines(v, f.link); got <= solid {
		t.Errorf("the argument from a suggestion is drawn with %d lines, as many as solid (%d): not dashed", got, solid)
	}
	if c := v.r.edges[f.link].lines[0].StrokeColor; nrgba(c).A == 255 {
		t.Error("the argument from a suggestion is not faded")
	}
	if err := argmap.Accept(f.A).Apply(f.m); err != nil {
		t.Fatal(err)
	}
	v.Refresh()
	v.redraw()
	if nrgba(k.box.StrokeColor).A != 255 || drawnLines(v, f.link) != solid {
		t.Error("the accepted claim is not drawn solid again")
	}
	for _, d := range k.dashes {
		if drawnObj(v, d) {
			t.Fatal("dashes left around an accepted card")
		}
	}
}
