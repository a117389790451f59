package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
)

// roundOf400 is a policy round of n claims: each speech answers every
// claim of the speech before it (two answers to some), the first speech
// opens lines of its own.
func roundOf400(n int) *argmap.Map {
	m := argmap.New("A long round")
	m.Round = argmap.NewRound(nil, "policy")
	sp := m.Round.Speeches
	var prev, cur []argmap.ID
	k := 0
	for i := 0; i < n; i++ {
		if i > 0 && i%(n/len(sp)) == 0 && k < len(sp)-1 {
			k++
			prev, cur = cur, nil
		}
		c := &argmap.Claim{ID: argmap.NewID(), Text: fmt.Sprintf("Claim %d of %s: a line of a speech, long enough to wrap on a card", i, sp[k].Name), Speech: sp[k].ID,
			Pos: argmap.Point{X: float64(k) * 300, Y: float64(len(cur)) * 120}}
		m.Claims = append(m.Claims, c)
		if len(prev) > 0 {
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{c.ID}, Target: prev[len(cur)%len(prev)], Polarity: argmap.Con})
		}
		cur = append(cur, c.ID)
	}
	return m
}

// BenchmarkFlowAddClaim is the flow view's work after a claim is added to
// a 400-claim round: the sheet laid out again and its objects placed.
func BenchmarkFlowAddClaim(b *testing.B) {
	a := test.NewApp()
	defer a.Quit()
	w := a.NewWindow("bench")
	w.Resize(fyne.NewSize(1600, 1000))
	e := NewEditor(a, w, testFormats())
	e.SetMap(roundOf400(400), "", nil)
	e.flow.setShown(true)
	last := e.doc.Map().Claims[len(e.doc.Map().Claims)-1]
	c := &argmap.Claim{ID: argmap.NewID(), Text: "One more answer", Speech: last.Speech}
	e.do(argmap.AddClaim(c))
	if n := len(e.flow.sheet.data.Cards); n != 401 {
		b.Fatalf("the sheet has %d cards, want 401", n)
	}
	b.ResetTimer()
	for range b.N {
		e.flow.refresh()
	}
}
