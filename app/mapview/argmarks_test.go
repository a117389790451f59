package mapview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// TestArgMarksDrawScheme: an argument's scheme label, its question
// markers (open and answered) and a dashed, faint arrow when it does not
// apply; hovering a marker or selecting the argument shows the question.
func TestArgMarksDrawScheme(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	solid := drawnLines(v, f.link)
	v.SetArgMarks(map[argmap.ID]ArgMark{f.link: {
		Scheme:       "Expert opinion",
		Questions:    []Question{{Text: "How credible is the expert?"}, {Text: "Is the expert an expert in this field?", Answered: true}},
		Inapplicable: true,
	}})
	if got := drawnLines(v, f.link); got <= solid {
		t.Errorf("the inapplicable argument is drawn with %d lines, as many as solid (%d): not dashed", got, solid)
	}
	if c := v.r.edges[f.link].lines[0].StrokeColor; nrgba(c).A == 255 {
		t.Error("the inapplicable argument is not faint")
	}
	k := v.r.args[f.link]
	if k == nil || !drawnObj(v, k.pill) || k.pill.Text != "Expert opinion" {
		t.Fatal("no scheme label on the argument")
	}
	if len(k.qRects) != 2 || !drawnObj(v, k.qBg[0]) || !drawnObj(v, k.qBg[1]) {
		t.Fatalf("%d question markers drawn, want 2", len(k.qRects))
	}
	if k.qBg[0].FillColor == k.qBg[1].FillColor {
		t.Error("the open and the answered question look the same")
	}
	if s, _ := v.tipText(); s != "" {
		t.Errorf("a tip %q with nothing hovered or selected", s)
	}
	// Hover the second marker: its question shows.
	c := k.qRects[1].Center()
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(c.X), float32(c.Y))}})
	if s, _ := v.tipText(); !strings.Contains(s, "expert in this field") || !strings.Contains(s, "answered") || strings.Contains(s, "credible") {
		t.Errorf("hovering the answered marker shows %q", s)
	}
	if !drawnObj(v, v.r.tipBg) {
		t.Error("the tip is not drawn")
	}
	// A click on a marker selects its argument; selected, it lists both.
	if _, e := v.hit(scene.Point{X: c.X, Y: c.Y}); e != f.link {
		t.Errorf("the marker hits %v, want the argument", e)
	}
	v.MouseOut()
	v.SetSelection([]argmap.ID{f.link})
	if s, _ := v.tipText(); !strings.Contains(s, "credible") || !strings.Contains(s, "field") {
		t.Errorf("the selected argument's tip is %q, want both questions", s)
	}
	// Zoomed far out, no marks.
	v.SetSelection(nil)
	v.tr.Zoom = 0.2
	v.redraw()
	if drawnObj(v, k.pill) {
		t.Error("scheme label drawn at zoom 0.2")
	}
}

func drawnObj(v *View, o fyne.CanvasObject) bool {
	for _, x := range v.r.Objects() {
		if x == o {
			return true
		}
	}
	return false
}

func drawnLines(v *View, id argmap.ID) int {
	n := 0
	for _, l := range v.r.edges[id].lines {
		if drawnObj(v, l) {
			n++
		}
	}
	return n
}
