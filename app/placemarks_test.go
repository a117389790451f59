package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/render"
)

// drawnSchemeLabels returns the screen rectangles (the view's own
// coordinates) of the scheme labels the map view draws, by their text as
// the window shows it, with the pill's padding around it.
func drawnSchemeLabels(t *testing.T, e *Editor) map[string]scene.Rect {
	t.Helper()
	names := map[string]bool{}
	for _, a := range e.doc.Map().Arguments {
		if s := e.schemes.ByID(a.Scheme); a.Scheme != "" && s != nil {
			names[render.SchemeLabel(s.Name)] = true
		}
	}
	rs := map[string]scene.Rect{}
	widgetstest.Visit(shownView(t, e), func(o fyne.CanvasObject) bool {
		if tx, ok := o.(*canvas.Text); ok && names[tx.Text] && tx.TextStyle.Italic {
			sz := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
			p := tx.Position()
			rs[tx.Text] = scene.Rect{X: float64(p.X) - 6, Y: float64(p.Y) - 1, W: float64(sz.Width) + 12, H: float64(sz.Height) + 2}
		}
		return true
	})
	return rs
}

// cardOnScreen is the screen rectangle of claim id's card.
func cardOnScreen(t *testing.T, e *Editor, id argmap.ID) scene.Rect {
	t.Helper()
	v := shownView(t, e)
	c := v.Scene().Card(id)
	if c == nil {
		t.Fatalf("no card for claim %v", id)
	}
	z, ctr, s := float64(v.Zoom()), v.ViewCenter(), v.Size()
	return scene.Rect{X: (c.Box.X-ctr.X)*z + float64(s.Width)/2, Y: (c.Box.Y-ctr.Y)*z + float64(s.Height)/2, W: c.Box.W * z, H: c.Box.H * z}
}

// toMap converts a point of the view's screen to the map.
func toMap(e *Editor, t *testing.T, x, y float64) argmap.Point {
	v := shownView(t, e)
	z, ctr, s := float64(v.Zoom()), v.ViewCenter(), v.Size()
	return argmap.Point{X: ctr.X + (x-float64(s.Width)/2)/z, Y: ctr.Y + (y-float64(s.Height)/2)/z}
}

// checkOffLabels fails if the card of claim id covers a drawn scheme label.
func checkOffLabels(t *testing.T, e *Editor, what string, id argmap.ID) {
	t.Helper()
	shownView(t, e).CloseEditor()
	c := cardOnScreen(t, e, id)
	for name, r := range drawnSchemeLabels(t, e) {
		if r.Intersects(c) {
			t.Errorf("%s: the new card %v covers the scheme label %q %v", what, c, name, r)
		}
	}
}

// TestNewClaimAvoidsSchemeLabels: a claim added where its card would
// cover a scheme label but no card and no link (just right of a long
// arrow's label) lands off the label; in the sample, a claim added on the
// "Sign" label and reasons added to that argument's conclusion cover no
// label either.
func TestNewClaimAvoidsSchemeLabels(t *testing.T) {
	t.Run("beside a lone arrow", func(t *testing.T) {
		e := newTestEditor(t)
		e.win.Resize(fyne.NewSize(1600, 1000))
		sch := e.schemes.All()[0]
		m := argmap.New("lone arrow")
		c := &argmap.Claim{ID: e.doc.Mint().ID(), Text: "The conclusion", Pos: argmap.Point{X: 0, Y: 0}}
		p := &argmap.Claim{ID: e.doc.Mint().ID(), Text: "The premise", Pos: argmap.Point{X: 0, Y: 900}}
		m.Claims = append(m.Claims, c, p)
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: e.doc.Mint().ID(), Premises: []argmap.ID{p.ID}, Target: c.ID, Polarity: argmap.Pro, Scheme: sch.ID})
		m.Reindex()
		e.SetMap(m, "", nil)
		v := shownView(t, e)
		v.SetZoom(1)
		v.CenterOn(argmap.Point{X: 0, Y: 450})
		l, ok := drawnSchemeLabels(t, e)[render.SchemeLabel(sch.Name)]
		if !ok {
			t.Fatalf("the label %q is not drawn", render.SchemeLabel(sch.Name))
		}
		// The card's left edge (and its margin) just right of the arrow,
		// over the label's left end.
		at := toMap(e, t, l.X-8+5+(newCardW+gapX)/2, l.Center().Y)
		e.addClaimAt(at)
		checkOffLabels(t, e, "claim added beside the arrow", e.doc.Map().Claims[2].ID)
	})
	t.Run("sample", func(t *testing.T) {
		e := newTestEditor(t)
		e.win.Resize(fyne.NewSize(1600, 1000))
		e.OpenSample()
		v := shownView(t, e)
		v.SetZoom(1)
		var sign *argmap.Argument
		for _, a := range e.doc.Map().Arguments {
			if s := e.schemes.ByID(a.Scheme); a.Scheme != "" && s != nil && render.SchemeLabel(s.Name) == "Sign" {
				sign = a
			}
		}
		if sign == nil {
			t.Fatal("the sample has no argument labelled Sign")
		}
		v.Reveal(sign.ID)
		l, ok := drawnSchemeLabels(t, e)["Sign"]
		if !ok {
			t.Fatal("the Sign label is not drawn")
		}
		last := func() argmap.ID { return e.doc.Map().Claims[len(e.doc.Map().Claims)-1].ID }
		e.addClaimAt(toMap(e, t, l.Center().X, l.Center().Y))
		checkOffLabels(t, e, "claim added on the label", last())
		for range 4 {
			e.Select([]argmap.ID{sign.Target})
			e.addReason()
			checkOffLabels(t, e, "reason to the Sign argument's conclusion", last())
		}
	})
}
