package semantics_test

import (
	"context"
	"fmt"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/semantics"
)

// Two claims attacking each other, and a third that one of them attacks:
// grounded semantics leaves all three undecided; in preferred semantics
// each is defensible (credulously accepted) and none is in every position.
func ExamplePreferred() {
	f, _ := af.ParseAPX([]byte("arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,a).\natt(b,c).\n"))
	m := f.ToMap("example")
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	r := semantics.Preferred(ctx, m, semantics.Options{})
	l := eval.Evaluate(m)
	for _, c := range m.Claims {
		fmt.Printf("%s grounded %s, preferred %s: %s\n", c.Text, l.Claim(c.ID), r.Label(c.ID), r.Reason(c.ID))
	}
	fmt.Println(r.Extensions, r.Complete, r.Label(argmap.NewID()) == eval.Unlabelled)
	// Output:
	// a grounded UNDEC, preferred UNDEC: UNDEC: stands in 1 of 2 coherent positions (credulously accepted)
	// b grounded UNDEC, preferred UNDEC: UNDEC: stands in 1 of 2 coherent positions (credulously accepted)
	// c grounded UNDEC, preferred UNDEC: UNDEC: stands in 1 of 2 coherent positions (credulously accepted)
	// 2 true true
}
