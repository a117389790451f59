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
