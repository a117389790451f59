package app

import (
	"math"
	"reflect"
	"slices"
	"sync/atomic"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/scene"
)

// routeState is how the editor keeps the layout's routes for the canvas.
type routeState struct {
	// gen counts the sets of routes given to the view, so that a layout
	// finished off the UI goroutine does not replace newer ones.
	gen int
	// pending are the routes of the layout of an import, for the map
	// pendingFor, until it shows.
	pending    []layout.Route
	pendingFor *argmap.Map
	// hold keeps drawRoutes from starting until the window is up (Main
	// sets it): on a big map its layout is seconds of CPU, which the two
	// goroutines of a start would otherwise share. held: one is waiting.
	hold, held bool
	// stop tells the running search of drawRoutes, if any, to give up.
	stop *atomic.Bool
	// draw is the layout drawRoutes runs (nil: layout.Draw); tests count.
	draw func(*argmap.Map, layout.SizeFunc, layout.Options) layout.Drawing
	// stash are the routes the view had before the last swaps of the
	// whole map (Revert to Saved, its Undo and Redo: one *Map throughout),
	// newest first, so that the map swapped back gets its own again even
	// where no layout would find them (a tidy, then edits).
	stash []scene.Routes
}

// routeStash is how many sets of routes the stash keeps: Revert and its
// Undo go back and forth between two maps; a few more cover a chain.
const routeStash = 4

// routesAfterSwap runs after the whole map was swapped for another in
// place (argmap.Change.Replaced: Revert to Saved, its undo and redo),
// before the view shows it: it gives the view the set of routes, among the
// view's and the stash's, that fits the most links of the map now. It
// reports whether that set leaves links out, for drawRoutes to search for
// the map's routes (as an open does) once the map shows.
func (e *Editor) routesAfterSwap() (search bool) {
	m := e.doc.Map()
	if m == nil {
		return false
	}
	cur := e.view.Routes()
	best, n := cur, fitting(cur, m)
	for _, r := range e.routes.stash {
		if k := fitting(r, m); k > n {
			best, n = r, k
		}
	}
	if len(cur) > 0 {
		e.stashRoutes(cur)
	}
	if !sameRoutes(best, cur) {
		e.routes.gen++
		e.view.SetRoutes(best)
	}
	return n < links(m)
}

// stashRoutes puts r first in the stash, once.
func (e *Editor) stashRoutes(r scene.Routes) {
	st := slices.DeleteFunc(e.routes.stash, func(o scene.Routes) bool { return sameRoutes(o, r) })
	st = slices.Insert(st, 0, r)
	if len(st) > routeStash {
		clear(st[routeStash:])
		st = st[:routeStash]
	}
	e.routes.stash = st
}

// sameRoutes reports whether a and b are the one set (maps compare by
// identity: a set is never edited once made).
func sameRoutes(a, b scene.Routes) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

// fitting counts the routes of r that fit the claims where they are in m.
func fitting(r scene.Routes, m *argmap.Map) int {
	n := 0
	for k, rt := range r {
		f, t := m.Claim(k.From), m.Claim(k.To)
		if f != nil && t != nil && f.Pos == rt.FromAt && t.Pos == rt.ToAt && m.Argument(k.Arg) != nil {
			n++
		}
	}
	return n
}

// links counts the drawn links of m: one per premise of each argument.
func links(m *argmap.Map) int {
	n := 0
	for _, a := range m.Arguments {
		n += len(a.Premises)
	}
	return n
}

// cancelRoutes stops a running search of drawRoutes: its map is gone, or
// edited, or has routes of its own now.
func (e *Editor) cancelRoutes() {
	if e.routes.stop != nil {
		e.routes.stop.Store(true)
		e.routes.stop = nil
	}
}

// releaseRoutes ends the hold, drawing the routes it kept back.
func (e *Editor) releaseRoutes() {
	e.routes.hold = false
	if e.routes.held {
		e.routes.held = false
		e.drawRoutes()
	}
}

// layoutOptions are the options of a tidy: packed towards the viewport's
// shape.
func (e *Editor) layoutOptions() layout.Options {
	return layout.Options{Aspect: e.view.Aspect()}
}

// importOptions are the options of the layout of a map opened without
// positions: as a tidy's, but a map opened at start-up meets a view that
// has not its final size yet (a 7:1 strip was seen), so an odd shape
// gives way to the default.
func (e *Editor) importOptions() layout.Options {
	o := e.layoutOptions()
	if o.Aspect < 0.5 || o.Aspect > 3 {
		o.Aspect = 0
	}
	return o
}

// keepRoutes gives the view the routes of a layout (nil: none); they show
// from the next refresh, on the links whose cards are where the layout put
// them.
func (e *Editor) keepRoutes(rs []layout.Route) {
	e.cancelRoutes()
	e.routes.gen++
	e.view.SetRoutes(sceneRoutes(rs, nil))
}

// sceneRoutes converts the layout's routes for the scene; with m, only
// those that fit the claims' positions in m are kept.
func sceneRoutes(rs []layout.Route, m *argmap.Map) scene.Routes {
	if len(rs) == 0 {
		return nil
	}
	out := make(scene.Routes, len(rs))
	for _, r := range rs {
		if m != nil {
			f, t := m.Claim(r.From), m.Claim(r.To)
			if f == nil || t == nil || !r.Valid(f.Pos, t.Pos) {
				continue
			}
		}
		out[scene.RouteKey{From: r.From, To: r.To, Arg: r.Arg}] = scene.Route{Points: r.Points, FromAt: r.FromAt, ToAt: r.ToAt}
	}
	return out
}

// drawRoutes finds the routes of a map just opened with positions: it
// lays the map out again off the UI goroutine, with the cards' sizes of
// now, and keeps the routes of the links whose cards are where that layout
// puts them, so that a map saved right after a tidy gets its combs back.
// A map whose cards are not where a layout puts them (layout.MayBeDrawn:
// tens of milliseconds at 20,000 claims, against seconds for the layout)
// is left alone; a search still running when the map goes or changes
// gives up (cancelRoutes).
func (e *Editor) drawRoutes() {
	if e.routes.hold {
		e.routes.held = true
		return
	}
	m := e.doc.Map()
	if m == nil || len(m.Arguments) == 0 || layout.NeedsLayout(m) {
		return
	}
	sizes := make(map[argmap.ID][2]float64, len(m.Claims))
	for _, c := range m.Claims {
		w, h := e.cardSize(c.ID)
		sizes[c.ID] = [2]float64{w, h}
	}
	size := func(id argmap.ID) (float64, float64) { s := sizes[id]; return s[0], s[1] }
	if !layout.MayBeDrawn(m, size, layout.Options{}) {
		return // no tidy's drawing: a layout would find no card in place
	}
	// The tidy packed towards the shape of the view as it was then: the
	// shape of the drawing it made comes close to that (a range of targets
	// gives the same drawing), then the view's now, the default.
	var aspects []float64
	for _, a := range []float64{cardsAspect(e.view.Scene()), e.view.Aspect(), layout.DefaultAspect} {
		if a > 0 && !slices.Contains(aspects, a) {
			aspects = append(aspects, a)
		}
	}
	if len(m.Claims) > bigRouteMap {
		aspects = aspects[:1] // seconds a layout: only the likeliest
	}
	e.cancelRoutes()
	stop := new(atomic.Bool)
	e.routes.stop = stop
	draw := e.routes.draw
	if draw == nil {
		draw = layout.Draw
	}
	clone, gen := m.Clone(), e.routes.gen
	runOff(func() {
		var best scene.Routes
		for _, a := range aspects {
			d := draw(clone, size, layout.Options{Aspect: a, Stop: stop.Load})
			if stop.Load() {
				return
			}
			r := sceneRoutes(d.Routes, clone)
			if len(r) > len(best) {
				best = r
			}
			if len(r) == len(d.Routes) {
				break
			}
		}
		if len(best) == 0 {
			return
		}
		fyne.Do(func() {
			if e.doc.Map() != m || e.routes.gen != gen || stop.Load() {
				return // another map, a tidy or an edit since
			}
			if len(best) <= fitting(e.view.Routes(), m) {
				return // the routes kept (routesAfterSwap) fit as many
			}
			if e.routes.stop == stop {
				e.routes.stop = nil
			}
			e.routes.gen++
			e.view.SetRoutes(best)
			e.view.Refresh()
		})
	})
}

// bigRouteMap is the size of map above which drawRoutes tries one shape
// only (a layout of 20,000 claims takes seconds).
const bigRouteMap = 2000

// runOff runs f off the UI goroutine (tests run it at once: the test
// driver runs fyne.Do on the caller's goroutine).
var runOff = func(f func()) { go f() }

// sizeFor measures the cards of m as the canvas will draw them, before
// the view shows m (an import is laid out before it opens).
func sizeFor(m *argmap.Map) layout.SizeFunc {
	roles := m.Roles()
	return func(id argmap.ID) (float64, float64) {
		c := m.Claim(id)
		if c == nil {
			c = &argmap.Claim{}
		}
		r := scene.MeasureCard(c, roles[id], mapview.Measure, scene.Options{})
		return r.W, r.H
	}
}

// routesFor gives the view the routes of m before it shows m: those of
// the layout prepareImport made for it, or none. It reports whether there
// were any (else drawRoutes looks for them once m shows).
func (e *Editor) routesFor(m *argmap.Map) bool {
	rs, ok := e.routes.pending, e.routes.pendingFor == m
	e.routes.pending, e.routes.pendingFor = nil, nil
	if !ok {
		rs = nil
	}
	e.keepRoutes(rs)
	return ok && len(rs) > 0
}

// cardsAspect is the width:height of the box of the scene's cards, 0 for
// none.
func cardsAspect(s *scene.Scene) float64 {
	if s == nil || len(s.Cards) == 0 {
		return 0
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range s.Cards {
		b := s.Cards[i].Box
		x0, y0 = math.Min(x0, b.X), math.Min(y0, b.Y)
		x1, y1 = math.Max(x1, b.X+b.W), math.Max(y1, b.Y+b.H)
	}
	return (x1 - x0) / math.Max(y1-y0, 1)
}
