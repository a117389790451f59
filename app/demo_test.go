package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// demoMap is a small map of one debate: a main claim, two reasons (one of
// them linked), an objection and a rebuttal. Its IDs are the same in every
// call, so that two editors opened on it can be compared.
func demoMap() *argmap.Map {
	b := argmaptest.NewBuilder("demo", "Should the school day start later?")
	at := argmaptest.At
	mainC := b.Claim("Secondary schools should start the day at 9:30.", at(0, 0))
	r1 := b.Claim("Teenagers' body clocks make them sleepy early in the morning.", at(-300, 200))
	r2 := b.Claim("Pupils learn less when they are short of sleep.", at(0, 200))
	o1 := b.Claim("A later start would clash with parents' working hours.", at(320, 200))
	b1 := b.Claim("Most parents already leave for work before school starts.", at(320, 400))
	b.Pro(mainC, r1, r2)
	b.Con(mainC, o1)
	b.Con(o1, b1)
	return b.Map()
}
