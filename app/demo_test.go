package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// demoMap is a small map of one debate: a main claim, two reasons (one of
// them linked), an objection and a rebuttal.
func demoMap() *argmap.Map {
	m := argmap.New("Should the school day start later?")
	// Fixed IDs: two editors on the demo map hold the same IDs, so that a
	// test compares them by ID.
	newID := argmaptest.IDs("demo")
	claim := func(text string, x, y float64) argmap.ID {
		c := &argmap.Claim{ID: newID(), Text: text, Pos: argmap.Point{X: x, Y: y}}
		m.Claims = append(m.Claims, c)
		return c.ID
	}
	arg := func(pol argmap.Polarity, target argmap.ID, premises ...argmap.ID) argmap.ID {
		a := &argmap.Argument{ID: newID(), Premises: premises, Target: target, Polarity: pol}
		m.Arguments = append(m.Arguments, a)
		return a.ID
	}
	mainC := claim("Secondary schools should start the day at 9:30.", 0, 0)
	r1 := claim("Teenagers' body clocks make them sleepy early in the morning.", -300, 200)
	r2 := claim("Pupils learn less when they are short of sleep.", 0, 200)
	o1 := claim("A later start would clash with parents' working hours.", 320, 200)
	b1 := claim("Most parents already leave for work before school starts.", 320, 400)
	arg(argmap.Pro, mainC, r1, r2)
	arg(argmap.Con, mainC, o1)
	arg(argmap.Con, o1, b1)
	m.Reindex()
	return m
}
