package mapview

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/argmap/argmap/argmap/scene"
)

// TestEditorSitsOnItsCard: the in-place editor covers its card exactly,
// with the card's text size, at every zoom where that text is readable;
// zoomed out further it is the card at the least readable size, centred
// on the card and inside the view; lines typed beyond the card's make it
// taller.
func TestEditorSitsOnItsCard(t *testing.T) {
	f := newFixture(t)
	const least = ReadableZoom
	for _, tc := range []struct {
		name string
		zoom float64
	}{
		{"at 100%", 1},
		{"zoomed in", 2},
		{"zoomed out", 0.7},
		{"at the least readable zoom", least},
		{"zoomed far out", 0.3},
		{"a map seen whole", 0.05},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := newView(t, f)
			v.SetZoom(float32(tc.zoom))
			v.EditText(f.B)
			defer v.CloseEditor()
			c := v.Scene().Card(f.B)
			z := v.tr.Zoom
			tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
			card := scene.Rect{X: tl.X, Y: tl.Y, W: c.Box.W * z, H: c.Box.H * z}
			got := scene.Rect{X: float64(v.editBox.Position().X), Y: float64(v.editBox.Position().Y),
				W: float64(v.editBox.Size().Width), H: float64(v.editBox.Size().Height)}
			ze := math.Max(z, least)
			want := card
			if z < least {
				w, h := c.Box.W*ze, c.Box.H*ze
				cx, cy := card.X+card.W/2, card.Y+card.H/2
				want = scene.Rect{X: cx - w/2, Y: cy - h/2, W: w, H: h}
				if want.X < 0 || want.Y < 0 || want.X+w > float64(v.size.Width) || want.Y+h > float64(v.size.Height) {
					t.Fatalf("the card at %v is too near the edge for this test", card)
				}
			}
			if !near(got, want, 0.5) {
				t.Errorf("editor at %+v, want %+v (the card at %+v)", got, want, card)
			}
			if s, want := v.editor.Theme().Size(theme.SizeNameText), float32(14*ze); math.Abs(float64(s-want)) > 0.01 {
				t.Errorf("editor text size %v, want %v", s, want)
			}
			// Typing lines the card does not have lengthens the editor,
			// from the same top edge.
			test.Type(v.editor, strings.Repeat(" and so on", 20))
			grown := v.editBox.Size().Height
			if grown <= float32(got.H)+1 || v.editBox.Position() != fyne.NewPos(float32(got.X), float32(got.Y)) && z >= least {
				t.Errorf("after typing: editor %v at %v, was %v high at %v", grown, v.editBox.Position(), got.H, got)
			}
		})
	}
}

func near(a, b scene.Rect, tol float64) bool {
	return math.Abs(a.X-b.X) <= tol && math.Abs(a.Y-b.Y) <= tol && math.Abs(a.W-b.W) <= tol && math.Abs(a.H-b.H) <= tol
}
