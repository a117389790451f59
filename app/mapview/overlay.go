package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap/scene"
)

// placeOverlay shows the rubber band, the connect line and the handle.
func (r *renderer) placeOverlay() {
	v, g := r.v, &r.v.g
	r.band.Hide()
	r.rubber.Hide()
	r.handle.Hide()
	if v.scene == nil {
		return
	}
	if g.mode == gestureBand && g.moved {
		a, b := v.tr.ToScreen(g.start), g.curS
		rect := scene.Rect{X: a.X, Y: a.Y, W: b.X - a.X, H: b.Y - a.Y}.Normalize()
		r.band.FillColor = withAlpha(r.pal.sel, 0x28)
		r.band.StrokeColor = r.pal.sel
		r.band.Move(pos(scene.Point{X: rect.X, Y: rect.Y}))
		r.band.Resize(fyne.NewSize(float32(rect.W), float32(rect.H)))
		r.band.Show()
		r.band.Refresh()
	}
	id := v.handleCard()
	if g.mode == gestureConnect {
		id = g.card
	}
	if g.mode != gestureNone && g.mode != gestureConnect {
		return
	}
	h, ok := v.handlePos(id)
	if !ok || v.editing(id) {
		return
	}
	if g.mode == gestureConnect && g.moved {
		r.rubber.StrokeColor = r.dropColour()
		r.rubber.Position1, r.rubber.Position2 = pos(h), pos(g.curS)
		r.rubber.Show()
		r.rubber.Refresh()
	}
	r.handle.FillColor = r.pal.card
	r.handle.StrokeColor = r.pal.sel
	r.handle.Move(fyne.NewPos(float32(h.X-handleSize/2), float32(h.Y-handleSize/2)))
	r.handle.Resize(fyne.NewSize(handleSize, handleSize))
	r.handle.Show()
	r.handle.Refresh()
}

func withAlpha(c color.NRGBA, a uint8) color.NRGBA { c.A = a; return c }

// overview returns the first n runes of a card's text, with an ellipsis
// when cut.
func overview(c *scene.Card, n int) string {
	var b []rune
	for i, l := range c.Lines {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, []rune(l.S)...)
		if len(b) > n {
			break
		}
	}
	if n < 2 {
		return ""
	}
	if len(b) > n {
		return string(b[:n-1]) + "…"
	}
	return string(b)
}
