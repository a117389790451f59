package mapview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// fixture is a small map: main claim M on top, linked premises A and B,
// objection O, and an undercutter U of the linked argument.
type fixture struct {
	m                *argmap.Map
	M, A, B, O, U    argmap.ID
	link, obj, under argmap.ID
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	newID := argmaptest.IDs("mapview")
	f := fixture{m: argmap.New("fixture")}
	claim := func(text string, x, y float64) argmap.ID {
		c := &argmap.Claim{ID: newID(), Text: text, Pos: argmap.Point{X: x, Y: y}}
		f.m.Claims = append(f.m.Claims, c)
		return c.ID
	}
	arg := func(pol argmap.Polarity, target argmap.ID, premises ...argmap.ID) argmap.ID {
		a := &argmap.Argument{ID: newID(), Premises: premises, Target: target, Polarity: pol}
		f.m.Arguments = append(f.m.Arguments, a)
		return a.ID
	}
	f.M = claim("Schools should require uniforms.", 400, 60)
	f.A = claim("Uniforms hide income.", 150, 300)
	f.B = claim("Visible income leads to bullying.", 420, 300)
	f.O = claim("Uniforms suppress self-expression.", 700, 300)
	f.U = claim("Bullies move on to shoes.", 150, 480)
	f.link = arg(argmap.Pro, f.M, f.A, f.B)
	f.obj = arg(argmap.Con, f.M, f.O)
	f.under = arg(argmap.Con, f.link, f.U)
	f.m.Reindex()
	return f
}

// newView shows f's map at zoom 1 with map point (0, 0) at the top-left.
func newView(t *testing.T, f fixture) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 640))
	v.SetMap(f.m)
	v.tr = scene.Transform{Zoom: 1}
	v.redraw()
	return v, w
}

// screen returns the screen position of claim id's card centre.
func screen(v *View, id argmap.ID) fyne.Position {
	c := v.tr.ToScreen(v.Scene().Card(id).Box.Center())
	return fyne.NewPos(float32(c.X), float32(c.Y))
}

// drag presses at from and moves to to in steps, as the driver does; it
// calls end between the last move and the release.
func drag(v *View, from, to fyne.Position, mods fyne.KeyModifier, steps int, each func()) {
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary, Modifier: mods})
	last := from
	for i := 1; i <= steps; i++ {
		p := fyne.NewPos(from.X+(to.X-from.X)*float32(i)/float32(steps), from.Y+(to.Y-from.Y)*float32(i)/float32(steps))
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p}, Dragged: fyne.NewDelta(p.X-last.X, p.Y-last.Y)})
		last = p
		if each != nil {
			each()
		}
	}
	v.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
	v.DragEnd()
}

func click(v *View, at fyne.Position, mods fyne.KeyModifier) {
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary, Modifier: mods})
	v.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
}

func TestDragCardMovesOnceAndEdgesFollow(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	var calls int
	var gotIDs []argmap.ID
	var gotTo []argmap.Point
	v.OnMoved = func(ids []argmap.ID, to []argmap.Point) {
		calls++
		gotIDs, gotTo = ids, to
		if err := argmap.Move(ids, to, true).Apply(f.m); err != nil { // as the shell does
			t.Fatal(err)
		}
		v.Refresh()
	}
	start := screen(v, f.B)
	legBefore := append([]scene.Seg(nil), v.Scene().Edge(f.link).Segs...)
	var tips []scene.Point
	drag(v, start, start.Add(fyne.NewPos(60, 90)), 0, 3, func() {
		if calls != 0 {
			t.Error("OnMoved called during the drag")
		}
		tips = append(tips, v.Scene().Edge(f.under).Tip)
	})
	if calls != 1 {
		t.Fatalf("OnMoved called %d times, want 1", calls)
	}
	if len(gotIDs) != 1 || gotIDs[0] != f.B {
		t.Fatalf("moved %v, want B", gotIDs)
	}
	want := argmap.Point{X: 420 + 60, Y: 300 + 90}
	if math.Abs(gotTo[0].X-want.X) > 1e-3 || math.Abs(gotTo[0].Y-want.Y) > 1e-3 {
		t.Errorf("moved to %v, want %v", gotTo[0], want)
	}
	if tips[0] == tips[2] {
		t.Error("the undercutter did not follow the junction during the drag")
	}
	legAfter := v.Scene().Edge(f.link).Segs
	if legAfter[1] == legBefore[1] {
		t.Error("B's leg did not follow the card")
	}
	// The drawn lines follow too: some pooled line of the linked argument
	// now starts where B's leg starts.
	found := false
	leg := v.tr.ToScreen(legAfter[1].A)
	for _, l := range v.r.edges[f.link].lines {
		if math.Abs(float64(l.Position1.X)-leg.X) < 0.01 && math.Abs(float64(l.Position1.Y)-leg.Y) < 0.01 {
			found = true
		}
	}
	if !found {
		t.Error("no drawn line starts at B's moved leg")
	}
}

func TestMultiSelectionMovesTogether(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	var sel []argmap.ID
	v.OnSelectionChanged = func(ids []argmap.ID) { sel = ids }
	click(v, screen(v, f.A), 0)
	click(v, screen(v, f.B), fyne.KeyModifierShift)
	if len(sel) != 2 || sel[0] != f.A || sel[1] != f.B {
		t.Fatalf("selection %v, want A and B", sel)
	}
	var got []argmap.ID
	var to []argmap.Point
	v.OnMoved = func(ids []argmap.ID, p []argmap.Point) { got, to = ids, p }
	drag(v, screen(v, f.B), screen(v, f.B).Add(fyne.NewPos(0, 50)), 0, 2, nil)
	if len(got) != 2 || to[0] != (argmap.Point{X: 150, Y: 350}) || to[1] != (argmap.Point{X: 420, Y: 350}) {
		t.Errorf("moved %v to %v, want A and B 50 lower", got, to)
	}
	// Shift-click again toggles B off.
	click(v, screen(v, f.B), fyne.KeyModifierShift)
	if s := v.Selection(); len(s) != 1 || s[0] != f.A {
		t.Errorf("after toggling B: %v", s)
	}
}

func TestRubberBandSelects(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	var sel []argmap.ID
	v.OnSelectionChanged = func(ids []argmap.ID) { sel = ids }
	// From empty space left of A, down and right over A and B.
	drag(v, fyne.NewPos(5, 200), fyne.NewPos(450, 330), 0, 4, func() {
		if !v.r.band.Visible() {
			t.Error("rubber band not shown during the drag")
		}
	})
	if len(sel) != 2 || sel[0] != f.A || sel[1] != f.B {
		t.Errorf("rubber band selected %v, want A and B", sel)
	}
	if v.r.band.Visible() {
		t.Error("rubber band still shown")
	}
}

func TestPanKeepsZoom(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	drag(v, fyne.NewPos(5, 620), fyne.NewPos(105, 570), fyne.KeyModifierControl, 2, nil)
	if v.tr.Origin != (scene.Point{X: -100, Y: 50}) || v.Zoom() != 1 {
		t.Errorf("after panning: %+v", v.tr)
	}
	test.Scroll(test.NewTempWindow(t, v).Canvas(), fyne.NewPos(10, 10), 0, -40)
	if v.tr.Origin != (scene.Point{X: -100, Y: 90}) {
		t.Errorf("after scrolling: %+v", v.tr)
	}
}

func TestDoubleTapAddsClaimOrEdits(t *testing.T) {
	f := newFixture(t)
	v, w := newView(t, f)
	var at *argmap.Point
	v.OnAddClaimAt = func(p argmap.Point) { at = &p }
	v.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(800, 600)})
	if at == nil || *at != (argmap.Point{X: 800, Y: 600}) {
		t.Fatalf("OnAddClaimAt(%v), want (800, 600)", at)
	}
	var edited string
	v.OnTextEdited = func(id argmap.ID, text string) {
		if id == f.A {
			edited = text
		}
	}
	v.DoubleTapped(&fyne.PointEvent{Position: screen(v, f.A)})
	if v.editor == nil || w.Canvas().Focused() != v.editor {
		t.Fatal("no focused editor after a double-click on a card")
	}
	test.Type(v.editor, " Always.")
	v.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if edited != "Uniforms hide income. Always." || v.editor != nil {
		t.Errorf("edited %q, editor %v", edited, v.editor)
	}
	// The caret starts at the very end of a text that wraps.
	long := "Uniforms hide differences in family income, which otherwise show in every brand of shoe and bag."
	f.m.Claim(f.A).Text = long
	v.Refresh()
	v.EditText(f.A)
	test.Type(v.editor, "!")
	v.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if edited != long+"!" {
		t.Errorf("typed at the wrong place: %q", edited)
	}
	// Esc cancels.
	edited = ""
	v.EditText(f.A)
	test.Type(v.editor, "x")
	v.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if edited != "" || v.editor != nil {
		t.Errorf("Esc committed %q", edited)
	}
}

func TestConnectDrag(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	type conn struct{ from, to argmap.ID }
	var got []conn
	v.OnConnect = func(from, to argmap.ID) { got = append(got, conn{from, to}) }
	// Hover O, grab its handle, drop it on A.
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: screen(v, f.O)}})
	h, _ := v.handlePos(f.O)
	hp := fyne.NewPos(float32(h.X), float32(h.Y))
	v.MouseMoved(mouse(hp))
	if v.Cursor() != desktop.CrosshairCursor {
		t.Error("no crosshair over the connect handle")
	}
	drag(v, hp, screen(v, f.A), 0, 3, func() {
		if !v.r.rubber.Visible() {
			t.Error("no rubber line during the connect drag")
		}
	})
	// And from U onto the objection's arrow (an argument).
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: screen(v, f.U)}})
	h, _ = v.handlePos(f.U)
	mid := v.tr.ToScreen(v.Scene().Edge(f.obj).Segs[0].Mid())
	drag(v, fyne.NewPos(float32(h.X), float32(h.Y)), fyne.NewPos(float32(mid.X), float32(mid.Y)), 0, 2, nil)
	want := []conn{{f.O, f.A}, {f.U, f.obj}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("OnConnect calls %v, want %v", got, want)
	}
	if f.m.Claim(f.O).Pos != (argmap.Point{X: 700, Y: 300}) {
		t.Error("a connect drag moved the card")
	}
}

func TestContextMenu(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	var ids []argmap.ID
	v.OnContextMenu = func(id argmap.ID, _ fyne.Position) { ids = append(ids, id) }
	// A click on an arrow selects its argument.
	mid := v.tr.ToScreen(v.Scene().Edge(f.obj).Segs[0].Mid())
	click(v, fyne.NewPos(float32(mid.X), float32(mid.Y)), 0)
	if s := v.Selection(); len(s) != 1 || s[0] != f.obj {
		t.Errorf("clicking the objection's arrow selected %v", s)
	}
	v.TappedSecondary(&fyne.PointEvent{Position: screen(v, f.O)})
	v.TappedSecondary(&fyne.PointEvent{Position: fyne.NewPos(880, 620)})
	if len(ids) != 2 || ids[0] != f.O || ids[1] != argmap.NilID {
		t.Errorf("context menu for %v, want O then empty space", ids)
	}
}

func TestZoom(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	var zs []float32
	v.OnZoomChanged = func(z float32) { zs = append(zs, z) }
	c := v.ViewCenter()
	v.ZoomIn()
	if v.Zoom() != 1.25 || len(zs) != 1 {
		t.Errorf("zoom %v, calls %v", v.Zoom(), zs)
	}
	if d := math.Hypot(v.ViewCenter().X-c.X, v.ViewCenter().Y-c.Y); d > 1e-3 {
		t.Errorf("zooming moved the centre by %v", d)
	}
	v.SetZoom(10)
	if v.Zoom() != MaxZoom {
		t.Errorf("zoom %v not clamped to %v", v.Zoom(), MaxZoom)
	}
	v.SetZoom(0.01)
	if v.Zoom() != MinZoom {
		t.Errorf("zoom %v not clamped to %v", v.Zoom(), MinZoom)
	}
	v.ZoomFit()
	vp := v.viewport()
	for _, c := range v.Scene().Cards {
		if !vp.Contains(scene.Point{X: c.Box.X, Y: c.Box.Y}) || !vp.Contains(c.Box.Max()) {
			t.Errorf("card %v outside the fitted viewport %v", c.Box, vp)
		}
	}
}

func TestRevealAndSelection(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	called := false
	v.OnSelectionChanged = func([]argmap.ID) { called = true }
	v.SetSelection([]argmap.ID{f.obj, f.O})
	if s := v.Selection(); len(s) != 2 || s[0] != f.O || s[1] != f.obj || called {
		t.Errorf("selection %v (callback %v)", s, called)
	}
	v.tr.Origin = scene.Point{X: 5000, Y: 5000}
	v.Reveal(f.U)
	b := v.Scene().Card(f.U).Box
	if vp := v.viewport(); !vp.Contains(b.Center()) {
		t.Errorf("card %v not in the viewport %v after Reveal", b, vp)
	}
	if w, h := v.CardSize(f.A); w != 240 || h <= 40 {
		t.Errorf("CardSize = %v×%v", w, h)
	}
}

func TestOnlyVisibleObjects(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	v.tr.Origin = scene.Point{X: 250, Y: 180} // only B and O in 900×640? O at 580..820
	v.redraw()
	cards := map[*canvas.Rectangle]bool{}
	for _, k := range v.r.cards {
		cards[k.box] = true
	}
	n := 0
	for _, o := range v.r.Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && cards[r] {
			n++
		}
	}
	cs, _ := v.Scene().Visible(v.viewport())
	if n != len(cs) || n >= len(v.Scene().Cards) {
		t.Errorf("%d card boxes drawn, %d visible of %d", n, len(cs), len(v.Scene().Cards))
	}
}

func TestStatusAndDim(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	v.SetLabels(scene.Badges{f.M: eval.In, f.O: eval.Out})
	if k := v.r.cards[f.O]; k.badge == nil || k.badge.Text != "OUT" {
		t.Error("no OUT badge on the objection")
	}
	v.SetDimmed(map[argmap.ID]bool{f.M: true})
	if !v.Scene().Card(f.A).Dimmed || v.Scene().Card(f.M).Dimmed {
		t.Error("dimming wrong")
	}
	v.SetLabels(nil)
	v.SetDimmed(nil)
	if v.Scene().Card(f.O).Status != eval.Unlabelled || v.Scene().Card(f.A).Dimmed {
		t.Error("overlay not cleared")
	}
}

func mouse(p fyne.Position) *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary}
}

func TestRefusedMoveSnapsBack(t *testing.T) {
	f := newFixture(t)
	v, _ := newView(t, f)
	v.OnMoved = func([]argmap.ID, []argmap.Point) {} // the shell refuses
	drag(v, screen(v, f.O), screen(v, f.O).Add(fyne.NewPos(100, 0)), 0, 2, nil)
	if c := v.Scene().Card(f.O).Box.Center(); c != f.m.Claim(f.O).Pos {
		t.Errorf("card shown at %v, the model has it at %v", c, f.m.Claim(f.O).Pos)
	}
	// A shell that applies the move and refreshes sees the new place.
	v.OnMoved = func(ids []argmap.ID, to []argmap.Point) {
		if err := argmap.Move(ids, to, true).Apply(f.m); err != nil {
			t.Fatal(err)
		}
		v.Refresh()
	}
	drag(v, screen(v, f.O), screen(v, f.O).Add(fyne.NewPos(100, 0)), 0, 2, nil)
	if c := v.Scene().Card(f.O).Box.Center(); c != (argmap.Point{X: 800, Y: 300}) || f.m.Claim(f.O).Pos != c {
		t.Errorf("after an applied move: shown %v, model %v", c, f.m.Claim(f.O).Pos)
	}
}

func TestEmptyViewIgnoresGestures(t *testing.T) {
	test.NewTempApp(t)
	v := New()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(400, 300))
	called := false
	v.OnAddClaimAt = func(argmap.Point) { called = true }
	drag(v, fyne.NewPos(10, 10), fyne.NewPos(200, 200), 0, 3, nil)
	test.Scroll(w.Canvas(), fyne.NewPos(50, 50), 0, 20)
	v.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(50, 50)})
	v.TappedSecondary(&fyne.PointEvent{Position: fyne.NewPos(50, 50)})
	v.MouseMoved(mouse(fyne.NewPos(60, 60)))
	v.ZoomFit()
	v.Reveal(argmap.NewID())
	v.EditText(argmap.NewID())
	if !called {
		t.Error("double-click on an empty view did not offer a new claim")
	}
	if v.Selection() != nil {
		t.Errorf("selection %v on an empty view", v.Selection())
	}
	if w, h := v.CardSize(argmap.NewID()); w != 240 || h <= 0 {
		t.Errorf("CardSize of an unknown claim %v×%v", w, h)
	}
	// An empty map (no claims) too.
	v.SetMap(argmap.New("empty"))
	drag(v, fyne.NewPos(10, 10), fyne.NewPos(200, 200), 0, 3, nil)
	v.ZoomFit()
}

// TestLayoutChangesNothingOfTheView: the renderer's Layout only places
// objects; it is the view's Resize that keeps a fresh map fitted and says
// so through OnZoomChanged (the renderer used to fit the view itself).
func TestLayoutChangesNothingOfTheView(t *testing.T) {
	f := newFixture(t)
	test.NewTempApp(t)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 640))
	v.SetMap(f.m)
	fired := 0
	v.OnZoomChanged = func(float32) { fired++ }
	zoom, origin := v.Zoom(), v.tr.Origin
	test.WidgetRenderer(v).Layout(fyne.NewSize(300, 200))
	if fired != 0 || v.Zoom() != zoom || v.tr.Origin != origin {
		t.Fatalf("Layout changed the view: zoom %v → %v, origin %v → %v, %d zoom callbacks",
			zoom, v.Zoom(), origin, v.tr.Origin, fired)
	}
	v.Resize(fyne.NewSize(300, 200)) // still fitted: the user has not zoomed
	if fired != 1 || v.Zoom() >= zoom {
		t.Errorf("Resize to a smaller size: zoom %v → %v with %d callbacks, want a smaller fit and one callback", zoom, v.Zoom(), fired)
	}
}
