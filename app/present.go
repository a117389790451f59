package app

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	aoutline "github.com/argmap/argmap/argmap/outline"
	"github.com/argmap/argmap/argmap/scene"
)

// Presentation mode (View › Present, F5): the canvas full screen, the map
// revealed a step at a time in the order of the outline, the cards not yet
// shown dimmed with the same mechanism as Focus on Selection, and the view
// zoomed onto each new step at a size a projector shows to the back of a
// room.

// Zoom limits of a step: card text is scene.DefaultOptions.TextSize (14)
// times the zoom, so presentMinZoom gives 25 px text.
const (
	presentMinZoom = 1.8
	presentMaxZoom = 2.6
	captionSize    = 24
)

// presentSteps orders a map for presenting: for each thesis, the thesis;
// then each of its reasons with the support beneath it; then the
// objections (to the thesis, then to its reasons, in outline order), each
// with its support and followed by its replies. Each step lists the claims
// and arguments it reveals.
func presentSteps(o *aoutline.Outline) [][]argmap.ID {
	var steps [][]argmap.ID
	// support adds entry's argument, its premises and their reasons (and
	// backings) to step, and gathers the attacks it meets.
	var support func(en *aoutline.Entry, step *[]argmap.ID, attacks *[]*aoutline.Entry)
	support = func(en *aoutline.Entry, step *[]argmap.ID, attacks *[]*aoutline.Entry) {
		*step = append(*step, en.Argument.ID)
		for _, p := range en.Premises {
			*step = append(*step, p.Claim.ID)
			if p.Again {
				continue
			}
			for _, r := range p.Reasons {
				support(r, step, attacks)
			}
			*attacks = append(*attacks, p.Objections...)
		}
		for _, x := range en.Inference {
			if x.Kind == aoutline.Backing {
				support(x, step, attacks)
			} else {
				*attacks = append(*attacks, x)
			}
		}
	}
	var attack func(en *aoutline.Entry)
	attack = func(en *aoutline.Entry) {
		var step []argmap.ID
		var replies []*aoutline.Entry
		support(en, &step, &replies)
		steps = append(steps, step)
		for _, r := range replies {
			attack(r)
		}
	}
	for _, t := range o.Theses {
		steps = append(steps, []argmap.ID{t.Claim.ID})
		if t.Again {
			continue
		}
		attacks := append([]*aoutline.Entry(nil), t.Objections...)
		for _, r := range t.Reasons {
			var step []argmap.ID
			support(r, &step, &attacks)
			steps = append(steps, step)
		}
		for _, a := range attacks {
			attack(a)
		}
	}
	return steps
}

// presentKeys are the keys of presentation mode, as Help lists them.
var presentKeys = []boundKey{
	{keys: []fyne.KeyName{fyne.KeySpace, fyne.KeyRight, fyne.KeyDown, fyne.KeyPageDown, fyne.KeyReturn}, help: "Reveal the next step (or click)", run: func(e *Editor) { e.pres.step(+1) }},
	{keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyUp, fyne.KeyPageUp, fyne.KeyBackspace}, help: "Go back a step (or right-click)", run: func(e *Editor) { e.pres.step(-1) }},
	{keys: []fyne.KeyName{fyne.KeyHome}, help: "Back to the first step", run: func(e *Editor) { e.pres.goTo(0) }},
	{keys: []fyne.KeyName{fyne.KeyEnd}, help: "The whole map", run: func(e *Editor) { e.pres.goTo(len(e.pres.steps) - 1) }},
	{keys: []fyne.KeyName{fyne.KeyE}, help: "Show or hide what stands (IN, OUT, UNDEC)", run: func(e *Editor) { e.setEvaluation(!e.doc.Evaluating()); e.pres.update() }},
	{keys: []fyne.KeyName{fyne.KeyEscape}, help: "Leave the presentation", run: (*Editor).stopPresenting},
}

// presenter is presentation mode: a see-through layer over the canvas that
// takes the keyboard and the clicks (so nothing is edited by accident) and
// shows where the presentation is.
type presenter struct {
	widget.BaseWidget
	e     *Editor
	steps [][]argmap.ID
	at    int // the last step shown

	caption *canvas.Text
	back    *canvas.Rectangle

	// What presenting changed, to put back.
	content    fyne.CanvasObject
	fullScreen bool
	evalOn     bool
	zoom       float32
	centre     argmap.Point
	minimap    bool
}

// startPresenting enters presentation mode at the first step.
func (e *Editor) startPresenting() {
	if e.pres != nil {
		return
	}
	steps := presentSteps(aoutline.Build(e.doc.Map()))
	if len(steps) == 0 {
		e.status.message("Nothing to present: the map has no claims")
		return
	}
	e.view.CloseEditor()
	p := &presenter{e: e, steps: steps,
		content: e.win.Content(), fullScreen: e.win.FullScreen(), evalOn: e.doc.Evaluating(),
		zoom: e.view.Zoom(), centre: e.view.ViewCenter(), minimap: e.view.MinimapShown()}
	p.caption = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	p.caption.TextSize = captionSize
	p.back = canvas.NewRectangle(color.NRGBA{A: 0})
	p.back.CornerRadius = 8
	p.ExtendBaseWidget(p)
	e.pres = p
	e.Select(nil)
	e.win.SetMainMenu(nil) // no menu shortcut edits the map while presenting
	e.win.SetContent(container.NewStack(e.view, p))
	e.win.SetFullScreen(true)
	e.view.SetMinimap(false)
	if e.doc.Evaluating() {
		e.setEvaluation(false)
	}
	e.win.Canvas().Focus(p)
	p.show()
}

// stopPresenting leaves presentation mode and puts the editor back as it was.
func (e *Editor) stopPresenting() {
	p := e.pres
	if p == nil {
		return
	}
	e.pres = nil
	e.win.SetFullScreen(p.fullScreen)
	e.win.SetContent(p.content)
	e.win.SetMainMenu(e.menus.main)
	e.setPanels(e.showOut, e.showInsp)
	e.view.SetMinimap(p.minimap)
	if e.doc.Evaluating() != p.evalOn {
		e.setEvaluation(p.evalOn)
	}
	e.applyDimming()
	e.view.SetZoom(p.zoom)
	e.view.CenterOn(p.centre)
	e.status.message("Presentation ended")
}

// presentKey runs the presentation's action for key k.
func (e *Editor) presentKey(k fyne.KeyName) bool {
	if e.pres == nil {
		return false
	}
	for _, b := range presentKeys {
		for _, bk := range b.keys {
			if bk == k {
				b.run(e)
				return true
			}
		}
	}
	return false
}

// step moves d steps on, within the steps.
func (p *presenter) step(d int) { p.goTo(p.at + d) }

// goTo shows the steps up to i.
func (p *presenter) goTo(i int) {
	i = max(0, min(i, len(p.steps)-1))
	if i == p.at && p.caption.Text != "" {
		return
	}
	p.at = i
	p.show()
}

// revealed is the set of claims and arguments shown up to the current step.
func (p *presenter) revealed() map[argmap.ID]bool {
	keep := map[argmap.ID]bool{}
	for _, s := range p.steps[:p.at+1] {
		for _, id := range s {
			keep[id] = true
		}
	}
	return keep
}

// show dims what is not yet revealed and zooms onto the current step.
func (p *presenter) show() {
	e := p.e
	e.view.SetDimmed(p.revealed())
	p.frame()
	p.update()
}

// frame zooms and pans onto the current step at a zoom that keeps the text
// large: the step's cards with what they attach to when that fits; else
// the step's own cards; else the premises of the reason or objection that
// heads the step; else its first premise.
func (p *presenter) frame() {
	e := p.e
	s := e.view.Scene()
	if s == nil {
		return
	}
	box := func(ids []argmap.ID, targets bool) scene.Rect {
		var b scene.Rect
		add := func(id argmap.ID) {
			if c := s.Card(id); c != nil {
				if b.Empty() {
					b = c.Box
				} else {
					b = b.Union(c.Box)
				}
			}
		}
		for _, id := range ids {
			add(id)
			if a := e.doc.Map().Argument(id); a != nil && targets {
				add(a.Target)
			}
		}
		return b
	}
	step := p.steps[p.at]
	var head, first []argmap.ID
	if a := e.doc.Map().Argument(step[0]); a != nil && len(a.Premises) > 0 {
		head, first = a.Premises, a.Premises[:1]
	}
	sz := e.view.Size()
	room := fyne.NewSize(sz.Width, sz.Height-3*captionSize)
	fitZoom := func(b scene.Rect) float64 {
		return math.Min(float64(room.Width)/(b.W+80), float64(room.Height)/(b.H+80))
	}
	var b scene.Rect
	for _, c := range []scene.Rect{box(step, true), box(step, false), box(head, false), box(first, false)} {
		if c.Empty() {
			continue
		}
		b = c
		if fitZoom(c) >= presentMinZoom {
			break
		}
	}
	if b.Empty() {
		return
	}
	z := presentMinZoom
	if room.Width > 0 && room.Height > 0 {
		z = math.Max(presentMinZoom, math.Min(presentMaxZoom, fitZoom(b)))
	}
	e.view.SetZoom(float32(z))
	c := b.Center()
	if b.H*z > float64(room.Height) {
		// Too tall even so: its top, where reading starts.
		c.Y = b.Y + float64(room.Height)/2/z - 40/z
	}
	e.view.CenterOn(argmap.Point{X: c.X, Y: c.Y + float64(captionSize)/z})
}

// update writes the caption.
func (p *presenter) update() {
	eval := "E shows what stands"
	if p.e.doc.Evaluating() {
		eval = "E hides what stands"
	}
	p.caption.Text = fmt.Sprintf("Step %d of %d   ·   Space next  ·  ← back  ·  %s  ·  Esc leaves", p.at+1, len(p.steps), eval)
	p.caption.Color = theme.Color(theme.ColorNameForeground)
	bg := theme.Color(theme.ColorNameOverlayBackground)
	r, g, bb, _ := bg.RGBA()
	p.back.FillColor = color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bb >> 8), A: 0xe0}
	p.caption.Refresh()
	p.back.Refresh()
}

// CreateRenderer implements fyne.Widget: the caption at the bottom.
func (p *presenter) CreateRenderer() fyne.WidgetRenderer {
	bar := container.NewStack(p.back, container.NewPadded(p.caption))
	return widget.NewSimpleRenderer(container.NewVBox(layout.NewSpacer(), container.NewCenter(bar)))
}

// Tapped implements fyne.Tappable: a click reveals the next step.
func (p *presenter) Tapped(*fyne.PointEvent) { p.step(+1) }

// TappedSecondary implements fyne.SecondaryTappable: a right-click goes back.
func (p *presenter) TappedSecondary(*fyne.PointEvent) { p.step(-1) }

// FocusGained implements fyne.Focusable.
func (p *presenter) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (p *presenter) FocusLost() {}

// TypedRune implements fyne.Focusable: the keys come as TypedKey.
func (p *presenter) TypedRune(rune) {}

// TypedKey implements fyne.Focusable: the presentation's keys.
func (p *presenter) TypedKey(ev *fyne.KeyEvent) { p.e.presentKey(ev.Name) }
