package app

import (
	"math"

	"github.com/argmap/argmap/argmap"
)

// The size assumed for a new card before the canvas has measured it, and
// the gaps kept around cards when placing new ones.
const (
	newCardW = 240.0
	newCardH = 90.0
	gapX     = 30.0
	gapY     = 70.0
)

// anchorOf is the point a new argument on target hangs from: a claim's
// centre, or for an argument the middle of its arrow.
func (e *Editor) anchorOf(target argmap.ID) (argmap.Point, float64) {
	if c := e.m.Claim(target); c != nil {
		_, h := e.view.CardSize(target)
		return c.Pos, h
	}
	a := e.m.Argument(target)
	if a == nil {
		return e.view.ViewCenter(), 0
	}
	var p argmap.Point
	n := 0.0
	for _, id := range a.Premises {
		if c := e.m.Claim(id); c != nil {
			p.X += c.Pos.X
			p.Y += c.Pos.Y
			n++
		}
	}
	to, _ := e.anchorOf(a.Target)
	if n == 0 {
		return to, 0
	}
	return argmap.Point{X: (p.X/n + to.X) / 2, Y: (p.Y/n + to.Y) / 2}, 0
}

// placeNear finds a free spot for a new premise of an argument on target:
// the row below it, reasons leaning left and objections right.
func (e *Editor) placeNear(target argmap.ID, pol argmap.Polarity) argmap.Point {
	at, h := e.anchorOf(target)
	below := argmap.Point{X: at.X, Y: at.Y + h/2 + gapY + newCardH/2}
	if pol == argmap.Con {
		below.X += (newCardW + gapX) / 2
	} else if len(e.m.ArgumentsTo(target)) > 0 {
		below.X -= (newCardW + gapX) / 2
	}
	return e.freeSpot(below, nil)
}

// placeBeside finds a free spot beside the last premise of a.
func (e *Editor) placeBeside(a *argmap.Argument) argmap.Point {
	last := e.m.Claim(a.Premises[len(a.Premises)-1])
	if last == nil {
		return e.freeSpot(e.view.ViewCenter(), nil)
	}
	w, _ := e.view.CardSize(last.ID)
	p := argmap.Point{X: last.Pos.X + w/2 + gapX + newCardW/2, Y: last.Pos.Y}
	return e.freeSpot(p, []float64{1, 2, 3, 4, -1, -2})
}

// freeSpot returns the first spot near p, trying steps of one card width
// in the order given (default: centre, then alternately left and right), then
// the rows below, where a new card overlaps no other.
func (e *Editor) freeSpot(p argmap.Point, steps []float64) argmap.Point {
	if steps == nil {
		steps = []float64{0, -1, 1, -2, 2, -3, 3, -4, 4}
	}
	if steps[0] != 0 {
		steps = append([]float64{0}, steps...)
	}
	for row := 0; row < 50; row++ {
		for _, k := range steps {
			q := argmap.Point{X: p.X + k*(newCardW+gapX), Y: p.Y + float64(row)*(newCardH+gapY/2)}
			if !e.overlaps(q) {
				return q
			}
		}
	}
	return p
}

// overlaps reports whether a new card centred at q would touch a card.
func (e *Editor) overlaps(q argmap.Point) bool {
	for _, c := range e.m.Claims {
		w, h := e.view.CardSize(c.ID)
		if math.Abs(c.Pos.X-q.X) < (w+newCardW)/2+gapX/2 &&
			math.Abs(c.Pos.Y-q.Y) < (h+newCardH)/2+gapX/2 {
			return true
		}
	}
	return false
}
