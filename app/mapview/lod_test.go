package mapview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/assets"
)

// TestTextStaysInsideCards: at every zoom, every text drawn on a card of
// the sample lies inside the card as Fyne measures it (bold main
// conclusions ran past the border at 80%).
func TestTextStaysInsideCards(t *testing.T) {
	test.NewTempApp(t)
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1600, 1000))
	v.SetMap(m)
	for _, z := range []float64{0.05, 0.3, 0.45, 0.55, 0.7, 0.8, 0.9, 1, 1.1, 1.3, 1.7, 2.2, 3} {
		t.Run(fmt.Sprint(z), func(t *testing.T) {
			// The main conclusion (bold text, the card that overflowed) at
			// the top left, with what lies right of and below it.
			var at scene.Point
			for _, c := range v.Scene().Cards {
				if c.Role == argmap.RoleMain {
					at = scene.Point{X: c.Box.X - 10/z, Y: c.Box.Y - 10/z}
					break
				}
			}
			v.tr = scene.Transform{Zoom: z, Origin: at}
			v.redraw()
			checked := 0
			for i := range v.Scene().Cards {
				c := &v.Scene().Cards[i]
				k := v.r.cards[c.ID]
				if k == nil {
					continue
				}
				tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
				right, bottom := tl.X+c.Box.W*z, tl.Y+c.Box.H*z
				texts := append([]*canvas.Text{k.label, k.marks}, k.lines...)
				drawn := map[fyne.CanvasObject]bool{}
				for _, o := range v.r.Objects() {
					drawn[o] = true
				}
				for _, tx := range texts {
					if tx == nil || !drawn[tx] || tx.Text == "" {
						continue
					}
					sz := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
					p := tx.Position()
					if float64(p.X) < tl.X || float64(p.X+sz.Width) > right+0.5 || float64(p.Y+sz.Height) > bottom+0.5 {
						t.Errorf("%q (size %.1f) spans x %.1f–%.1f, y to %.1f; card x %.1f–%.1f, y to %.1f",
							tx.Text, tx.TextSize, p.X, p.X+sz.Width, p.Y+sz.Height, tl.X, right, bottom)
					}
					checked++
				}
			}
			if z >= 0.55 && checked == 0 {
				t.Fatal("no text checked")
			}
		})
	}
}
