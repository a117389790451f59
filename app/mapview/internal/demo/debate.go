package main

import "github.com/argmap/argmap/argmap"

// Debate returns a small map with every kind of edge: linked premises, a
// convergent reason, an objection, a rebuttal and an undercutter.
func Debate() *argmap.Map {
	m := argmap.New("School uniforms")
	claim := func(text string, x, y float64) argmap.ID {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text, Pos: argmap.Point{X: x, Y: y}}
		m.Claims = append(m.Claims, c)
		return c.ID
	}
	arg := func(pol argmap.Polarity, target argmap.ID, premises ...argmap.ID) argmap.ID {
		a := &argmap.Argument{ID: argmap.NewID(), Premises: premises, Target: target, Polarity: pol}
		m.Arguments = append(m.Arguments, a)
		return a.ID
	}
	main := claim("Schools should require students to wear uniforms.", 600, 80)
	p1 := claim("Uniforms hide differences in family income.", 320, 330)
	p2 := claim("Visible income differences lead to bullying and exclusion among pupils.", 600, 330)
	p3 := claim("A shared dress code builds a sense of belonging to the school community.", 900, 330)
	o1 := claim("Uniforms suppress students' freedom of self-expression, which schools should protect.", 1240, 330)
	r1 := claim("Self-expression has many outlets besides clothing: art, debate, clubs, sport.", 1240, 560)
	u1 := claim("Bullies simply move on to shoes, phones and bags; the income signal is not removed.", 60, 100)
	arg(argmap.Pro, main, p1, p2)
	arg(argmap.Pro, main, p3)
	arg(argmap.Con, main, o1)
	arg(argmap.Con, o1, r1)
	link := m.Arguments[0].ID
	arg(argmap.Con, link, u1)
	m.Claims[1].Comments = []argmap.Comment{{ID: argmap.NewID(), Author: "coach", Text: "source?"}, {ID: argmap.NewID(), Text: "ok"}}
	m.Claims[1].Tags = []string{"economics"}
	m.Claims[4].Anchor = &argmap.Anchor{Paragraph: "¶4"}
	m.Reindex()
	return m
}
