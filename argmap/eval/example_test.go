package eval_test

import (
	"fmt"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// A claim, an objection to it and a rebuttal of the objection: the
// rebuttal reinstates the claim. Evaluate after every edit; Reason says
// why, Because names the claims responsible.
func ExampleEvaluate() {
	m := argmap.New("example")
	claim := func(text string) *argmap.Claim {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text}
		m.Claims = append(m.Claims, c)
		return c
	}
	con := func(from, to *argmap.Claim) {
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(),
			Premises: []argmap.ID{from.ID}, Target: to.ID, Polarity: argmap.Con})
	}
	a := claim("Cities should ban cars")
	b := claim("Shops would lose trade")
	c := claim("Pedestrian streets raise shop takings")
	con(b, a)
	con(c, b)
	m.Reindex()

	l := eval.Evaluate(m)
	for _, x := range m.Claims {
		fmt.Printf("%s\t%s\n", l.Claim(x.ID), l.Reason(x.ID))
	}
	fmt.Println(l.Because(b.ID)[0] == c.ID, l.ClaimCounts())
	// Output:
	// IN	IN: a premise that nothing defeats; the objection 'Shops would lose trade' fails
	// OUT	OUT: the objection 'Pedestrian streets raise shop takings' stands and nothing defeats it
	// IN	IN: a premise that nothing defeats
	// true {2 1 0}
}
