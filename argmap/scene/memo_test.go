package scene

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestMemoIsMeasure: a build's memo gives what the measurer gives, for
// every text, size and weight, the empty text and texts whose slots
// collide included; a text asked twice in a row is measured once.
func TestMemoIsMeasure(t *testing.T) {
	t.Parallel()
	calls := 0
	// A measure with a distinct answer per text, size and weight.
	measure := func(text string, size float64, bold bool) (float64, float64) {
		calls++
		w, h := float64(len(text))*size, size
		if bold {
			w, h = w+0.5, h+0.25
		}
		for _, c := range text {
			w += float64(c) / 1000
		}
		if text == "" && size == 0 {
			return 0, 0
		}
		return w, h
	}
	ms := newMemo(measure)
	r := rand.New(rand.NewPCG(1, 1))
	words := []string{"", "a", "the", "uniforms", "C1", "é", "  "}
	for i := range 20000 {
		text := words[r.IntN(len(words))]
		if r.IntN(3) == 0 {
			text = fmt.Sprint("C", i) // seen once, as a card's number
		}
		size := []float64{0, 10, 14}[r.IntN(3)]
		bold := r.IntN(2) == 0
		calls = 0
		gw, gh := ms(text, size, bold)
		ww, wh := measure(text, size, bold)
		if gw != ww || gh != wh {
			t.Fatalf("memo(%q, %v, %v) = %v, %v; the measure gives %v, %v", text, size, bold, gw, gh, ww, wh)
		}
		calls = 0
		if ms(text, size, bold); calls > 0 && !(text == "" && size == 0) {
			t.Fatalf("memo measured %q again right after", text)
		}
	}
}
