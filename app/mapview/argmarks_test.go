package mapview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// TestArgMarksDrawScheme: an argument's scheme label, its question
// markers (open and answered) and a dashed, faint arrow when it does not
// apply; hovering a marker shows its question.
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
	// Selected, with the pointer elsewhere, it shows no tip: the
	// inspector lists its questions (a tip held by the selection stayed
	// over the menus and the dialogs).
	v.MouseOut()
	v.SetSelection([]argmap.ID{f.link})
	if s, _ := v.tipText(); s != "" {
		t.Errorf("the selected argument shows the tip %q with the pointer away", s)
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

// TestColoursStayApart: a user's colour is a stripe and a wash, the
// border keeps the role's colour; the selection is a ring outside the
// border, so a main conclusion's thick border never reads as selected.
func TestColoursStayApart(t *testing.T) {
	f := newFixture(t)
	f.m.Claim(f.A).Color = "#e0a000"
	v, _ := newView(t, f)
	v.Refresh()
	a := v.Scene().Card(f.A)
	k := v.r.cards[f.A]
	if nrgba(k.box.StrokeColor) != a.RoleColor {
		t.Errorf("border %v with a user colour, want the role colour %v", k.box.StrokeColor, a.RoleColor)
	}
	if k.stripe == nil || !drawnObj(v, k.stripe) || nrgba(k.stripe.FillColor) != a.Accent {
		t.Error("no stripe in the user's colour")
	}
	m := v.r.cards[f.M]
	before := m.box.StrokeColor
	v.SetSelection([]argmap.ID{f.M})
	if m.box.StrokeColor != before {
		t.Error("selecting the main conclusion changed its border instead of adding a ring")
	}
	if m.halo == nil || !drawnObj(v, m.halo) || m.halo.Position().X >= m.box.Position().X {
		t.Error("no selection ring outside the selected card's border")
	}
	if nrgba(m.halo.StrokeColor) == nrgba(m.box.StrokeColor) {
		t.Error("the selection ring has the main conclusion's border colour")
	}
}

// TestTipGoes: the question tip shows only while the pointer rests on its
// marker; leaving the marker or the canvas, a click, a key (a shortcut
// that opens a dialog or the menu is a key), a scroll or a dialog put it
// away, and a selected argument does not hold it on screen. A tip put away
// on its marker comes back once the pointer leaves the marker and returns.
func TestTipGoes(t *testing.T) {
	at := func(p scene.Point) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }
	away := func(v *View) fyne.Position { // empty map, clear of every marker and card
		for y := float32(5); y < v.size.Height; y += 10 {
			for x := float32(5); x < v.size.Width; x += 10 {
				s := scene.Point{X: float64(x), Y: float64(y)}
				if c, e := v.hit(s); c == argmap.NilID && e == argmap.NilID {
					if _, on := v.questionAt(s); !on {
						return fyne.NewPos(x, y)
					}
				}
			}
		}
		t.Fatal("no empty spot on the view")
		return fyne.Position{}
	}
	click := func(v *View, p fyne.Position) {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p, AbsolutePosition: p}, Button: desktop.MouseButtonPrimary}
		v.MouseDown(ev)
		v.MouseUp(ev)
	}
	for _, tc := range []struct {
		name string
		do   func(t *testing.T, v *View, w fyne.Window, marker fyne.Position)
	}{
		{"pointer leaves the marker", func(t *testing.T, v *View, w fyne.Window, _ fyne.Position) {
			test.MoveMouse(w.Canvas(), away(v))
		}},
		{"pointer leaves the canvas", func(t *testing.T, v *View, w fyne.Window, _ fyne.Position) {
			v.MouseOut()
		}},
		{"click on the marker", func(t *testing.T, v *View, w fyne.Window, m fyne.Position) {
			click(v, m)
			test.MoveMouse(w.Canvas(), m.AddXY(1, 0)) // a tremor on the marker
		}},
		{"click on the marker, then away", func(t *testing.T, v *View, w fyne.Window, m fyne.Position) {
			click(v, m)
			if len(v.selected) == 0 {
				t.Error("the click selected nothing")
			}
			test.MoveMouse(w.Canvas(), away(v))
		}},
		{"key", func(t *testing.T, v *View, w fyne.Window, _ fyne.Position) {
			v.KeyDown(&fyne.KeyEvent{Name: fyne.KeyN})
		}},
		{"scroll", func(t *testing.T, v *View, w fyne.Window, m fyne.Position) {
			test.Scroll(w.Canvas(), m, 0, -30)
		}},
		{"dialog opens, pointer moves", func(t *testing.T, v *View, w fyne.Window, m fyne.Position) {
			dialog.NewInformation("Unsaved Changes", "Save?", w).Show()
			test.MoveMouse(w.Canvas(), m.AddXY(1, 0))
		}},
		{"shell puts it away", func(t *testing.T, v *View, w fyne.Window, _ fyne.Position) {
			v.HideTip()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			v, w := newView(t, f)
			v.OnSelectionChanged = v.SetSelection
			v.SetArgMarks(map[argmap.ID]ArgMark{f.link: {
				Scheme:    "Expert opinion",
				Questions: []Question{{Text: "How credible is the expert?"}},
			}})
			k := v.r.args[f.link]
			if k == nil || len(k.qRects) != 1 {
				t.Fatal("no question marker drawn")
			}
			m := at(k.qRects[0].Center())
			test.MoveMouse(w.Canvas(), m)
			if s, _ := v.tipText(); !strings.Contains(s, "credible") || !drawnObj(v, v.r.tipBg) {
				t.Fatalf("hovering the marker shows the tip %q (drawn %v)", s, drawnObj(v, v.r.tipBg))
			}
			tc.do(t, v, w, m)
			if s, _ := v.tipText(); s != "" || drawnObj(v, v.r.tipBg) {
				t.Errorf("the tip %q is still drawn", s)
			}
			if tc.name == "shell puts it away" || tc.name == "key" || tc.name == "click on the marker" {
				test.MoveMouse(w.Canvas(), away(v))
				test.MoveMouse(w.Canvas(), m)
				if s, _ := v.tipText(); s == "" {
					t.Error("the tip does not come back when the pointer returns to the marker")
				}
			}
		})
	}
}
