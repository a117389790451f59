package mapview

import (
	"errors"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// ErrConnectSelf is the reason a connection dropped on the card it was
// dragged from is refused.
var ErrConnectSelf = errors.New("a claim cannot support itself")

// connectTarget is what a connection dropped at screen point s would go
// to: the card there, else the argument's arrow, else NilID.
func (v *View) connectTarget(s scene.Point) argmap.ID {
	card, edge := v.hit(s)
	if card != argmap.NilID {
		return card
	}
	return edge
}

// connectRefusal is why a connection from claim from may not be dropped
// on to (nil: it may).
func (v *View) connectRefusal(from, to argmap.ID) error {
	switch {
	case to == argmap.NilID:
		return nil
	case to == from:
		return ErrConnectSelf
	case v.CanConnect != nil:
		return v.CanConnect(from, to)
	}
	return nil
}

// aimConnect follows what the connect drag is over, asking CanConnect
// only when that changes (not at every step of the pointer).
func (v *View) aimConnect() {
	g := &v.g
	to := v.connectTarget(g.curS)
	if to == g.target {
		return
	}
	g.target, g.refusal, g.note = to, v.connectRefusal(g.card, to), ""
	if g.refusal == nil && to != argmap.NilID && v.ConnectNote != nil {
		g.note = v.ConnectNote(g.card, to)
	}
}

// DropTarget reports what a connect drag under way is over (NilID when
// nothing, or no such drag) and why a drop there would be refused (nil:
// it would be accepted).
func (v *View) DropTarget() (argmap.ID, error) {
	if v.g.mode != gestureConnect || !v.g.moved {
		return argmap.NilID, nil
	}
	return v.g.target, v.g.refusal
}

// dropObjs are the drop target's feedback: a ring around a card, or a
// wide wash along an argument's arrow.
type dropObjs struct {
	ring  *canvas.Rectangle
	lines []*canvas.Line
	// why and whyBg say, beside the pointer, why a target refuses.
	why   *canvas.Text
	whyBg *canvas.Rectangle
}

// dropColour is the colour of the drop target's feedback: the selection's
// for a target that accepts, the undecided amber for one that accepts
// with a caution (ConnectNote), the con red for one that refuses.
func (r *renderer) dropColour() color.NRGBA {
	switch _, refusal := r.v.DropTarget(); {
	case refusal != nil:
		return scene.ColorOut
	case r.v.g.note != "":
		return scene.ColorUndec
	}
	return r.pal.sel
}

// placeDrop draws the feedback on the drop target of a connect drag,
// above the cards and marks and below the connect line.
func (r *renderer) placeDrop(objs []fyne.CanvasObject) []fyne.CanvasObject {
	v := r.v
	to, _ := v.DropTarget()
	if to == argmap.NilID || v.scene == nil {
		return objs
	}
	col := r.dropColour()
	tr := v.tr
	if c := v.scene.Card(to); c != nil {
		if r.drop.ring == nil {
			r.drop.ring = canvas.NewRectangle(nil)
		}
		const gap = 5.0
		tl := tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
		ring := r.drop.ring
		ring.FillColor = withAlpha(col, 0x30)
		ring.StrokeColor, ring.StrokeWidth = col, 3
		ring.CornerRadius = float32(6*tr.Zoom + gap)
		ring.Move(fyne.NewPos(float32(tl.X-gap), float32(tl.Y-gap)))
		ring.Resize(fyne.NewSize(float32(c.Box.W*tr.Zoom+2*gap), float32(c.Box.H*tr.Zoom+2*gap)))
		return append(objs, ring)
	}
	e := v.scene.Edge(to)
	if e == nil {
		return objs
	}
	for i, sg := range e.Segs {
		if len(r.drop.lines) <= i {
			r.drop.lines = append(r.drop.lines, canvas.NewLine(nil))
		}
		l := r.drop.lines[i]
		l.Position1, l.Position2 = pos(tr.ToScreen(sg.A)), pos(tr.ToScreen(sg.B))
		l.StrokeColor, l.StrokeWidth = withAlpha(col, 0x90), 10
		objs = append(objs, l)
	}
	return objs
}

// placeWhy writes the reason a target refuses the drop, or the caution
// about one that takes it, beside the pointer, inside the view and above
// the connect line, so that the user knows before letting go.
func (r *renderer) placeWhy(objs []fyne.CanvasObject) []fyne.CanvasObject {
	to, refusal := r.v.DropTarget()
	say := r.v.g.note
	if refusal != nil {
		say = refusal.Error()
	}
	if to == argmap.NilID || say == "" || r.v.scene == nil {
		return objs
	}
	d := &r.drop
	if d.why == nil {
		d.why, d.whyBg = canvas.NewText("", nil), canvas.NewRectangle(nil)
		d.whyBg.CornerRadius = 4
	}
	const size, pad = 12.0, 6.0
	fg := white
	if refusal == nil {
		fg = color.NRGBA{A: 0xff} // black reads better on amber
	}
	setText(d.why, say, size, false, fg)
	w, h := Measure(say, size, false)
	w, h = w+2*pad, h+2*pad
	g := r.v.g.curS
	x, y := g.X+16, g.Y+18 // below right of the pointer, clear of the crosshair
	if vw := float64(r.v.size.Width); x+w > vw {
		x = max(0, g.X-16-w)
	}
	if vh := float64(r.v.size.Height); y+h > vh {
		y = max(0, g.Y-18-h)
	}
	d.whyBg.FillColor = withAlpha(r.dropColour(), 0xe8)
	d.whyBg.Move(fyne.NewPos(float32(x), float32(y)))
	d.whyBg.Resize(fyne.NewSize(float32(w), float32(h)))
	d.why.Move(fyne.NewPos(float32(x+pad), float32(y+pad)))
	return append(objs, d.whyBg, d.why)
}
