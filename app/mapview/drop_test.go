package mapview

import (
	"errors"
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// TestConnectDropTarget: while a connection is dragged, the card or arrow
// under the pointer is outlined, in the selection's colour when it would
// take the drop, in amber with ConnectNote's caution beside the pointer
// when it would take it with one, and in red with the reason when it
// would refuse it (the card the drag started from, or what CanConnect
// refuses); a drop on a refused target reports the reason instead of
// connecting.
func TestConnectDropTarget(t *testing.T) {
	errPremise := errors.New("already a premise")
	const caution = "that makes a circle"
	f := newFixture(t)
	edgeMid := func(v *View, id argmap.ID) fyne.Position {
		m := v.tr.ToScreen(v.Scene().Edge(id).Segs[0].Mid())
		return fyne.NewPos(float32(m.X), float32(m.Y))
	}
	for _, tc := range []struct {
		name    string
		from    argmap.ID
		to      func(v *View) fyne.Position
		target  argmap.ID
		refusal error
		note    string
	}{
		{"onto another card", f.O, func(v *View) fyne.Position { return screen(v, f.A) }, f.A, nil, ""},
		{"onto a card, with a caution", f.U, func(v *View) fyne.Position { return screen(v, f.B) }, f.B, nil, caution},
		{"back onto its own card", f.O, func(v *View) fyne.Position { return screen(v, f.O) }, f.O, ErrConnectSelf, ""},
		{"onto an argument that takes it", f.U, func(v *View) fyne.Position { return edgeMid(v, f.obj) }, f.obj, nil, ""},
		{"onto an argument that refuses it", f.O, func(v *View) fyne.Position { return edgeMid(v, f.obj) }, f.obj, errPremise, ""},
		{"onto empty space", f.O, func(v *View) fyne.Position { return fyne.NewPos(880, 620) }, argmap.NilID, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := newView(t, f)
			v.CanConnect = func(from, to argmap.ID) error {
				if a := f.m.Argument(to); a != nil && a.HasPremise(from) {
					return errPremise
				}
				return nil
			}
			v.ConnectNote = func(from, to argmap.ID) string {
				if from == f.U && to == f.B {
					return caution
				}
				return ""
			}
			var connected, refused []argmap.ID
			var reason error
			v.OnConnect = func(from, to argmap.ID) { connected = append(connected, from, to) }
			v.OnConnectRefused = func(from, to argmap.ID, err error) { refused, reason = append(refused, from, to), err }
			v.MouseMoved(mouse(screen(v, tc.from)))
			h, _ := v.handlePos(tc.from)
			const steps = 4
			n := 0
			drag(v, fyne.NewPos(float32(h.X), float32(h.Y)), tc.to(v), 0, steps, func() {
				if n++; n < steps {
					return
				}
				// The pointer is over the target, not yet released.
				to, why := v.DropTarget()
				if to != tc.target || why != tc.refusal {
					t.Errorf("during the drag: target %v (%v), want %v (%v)", to, why, tc.target, tc.refusal)
				}
				want := v.r.pal.sel
				switch {
				case tc.refusal != nil:
					want = scene.ColorOut
				case tc.note != "":
					want = scene.ColorUndec
				}
				if got, ok := dropDrawn(v); ok != (tc.target != argmap.NilID) || (ok && got != want) {
					t.Errorf("drop feedback drawn %v in %v, want %v in %v", ok, got, tc.target != argmap.NilID, want)
				}
				if v.r.rubber.StrokeColor != want {
					t.Errorf("connect line in %v, want %v", v.r.rubber.StrokeColor, want)
				}
				said := ""
				if d := v.r.drop.why; d != nil && slices.Contains(v.r.objs, fyne.CanvasObject(d)) {
					said = d.Text
				}
				wantSaid := tc.note
				if tc.refusal != nil {
					wantSaid = tc.refusal.Error()
				}
				if said != wantSaid {
					t.Errorf("beside the pointer %q, want %q", said, wantSaid)
				}
			})
			if _, ok := dropDrawn(v); ok {
				t.Error("the drop feedback stays after the drop")
			}
			switch {
			case tc.target == argmap.NilID:
				if connected != nil || refused != nil {
					t.Errorf("a drop on empty space connected %v, refused %v", connected, refused)
				}
			case tc.refusal != nil:
				if connected != nil || len(refused) != 2 || refused[0] != tc.from || refused[1] != tc.target || reason != tc.refusal {
					t.Errorf("a refused drop: connected %v, refused %v (%v)", connected, refused, reason)
				}
			default:
				if refused != nil || len(connected) != 2 || connected[0] != tc.from || connected[1] != tc.target {
					t.Errorf("an accepted drop: connected %v, refused %v", connected, refused)
				}
			}
		})
	}
}

// dropDrawn reports whether the drop target's feedback is among the
// objects drawn, and its colour.
func dropDrawn(v *View) (col color.Color, ok bool) {
	for _, o := range v.r.objs {
		switch o := o.(type) {
		case *canvas.Rectangle:
			if o == v.r.drop.ring {
				return o.StrokeColor, true
			}
		case *canvas.Line:
			for _, l := range v.r.drop.lines {
				if o == l {
					c := o.StrokeColor
					return withAlpha(nrgba(c), 0xff), true
				}
			}
		}
	}
	return nil, false
}
