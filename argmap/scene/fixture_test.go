package scene

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// fixture is a small map: main M at the top; linked premises A and B; a
// single reason C; an objection O with rebuttal R; an undercutter U aimed
// at the linked argument.
type fixture struct {
	m                         *argmap.Map
	M, A, B, C, O, R, U       argmap.ID
	link, conv, obj, reb, und argmap.ID
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	old := argmap.NewID
	argmap.NewID = argmap.DeterministicIDs("scene")
	defer func() { argmap.NewID = old }()
	f := fixture{m: argmap.New("fixture")}
	claim := func(text string, x, y float64) argmap.ID {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text, Pos: argmap.Point{X: x, Y: y}}
		f.m.Claims = append(f.m.Claims, c)
		return c.ID
	}
	arg := func(pol argmap.Polarity, target argmap.ID, premises ...argmap.ID) argmap.ID {
		a := &argmap.Argument{ID: argmap.NewID(), Premises: premises, Target: target, Polarity: pol}
		f.m.Arguments = append(f.m.Arguments, a)
		return a.ID
	}
	f.M = claim("Schools should require uniforms.", 500, 0)
	f.A = claim("Uniforms hide income.", 200, 300)
	f.B = claim("Visible income leads to bullying.", 500, 300)
	f.C = claim("Uniforms build belonging.", 800, 300)
	f.O = claim("Uniforms suppress self-expression.", 1100, 300)
	f.R = claim("Expression has other outlets.", 1100, 600)
	f.U = claim("Bullies move on to shoes.", -100, 300)
	f.link = arg(argmap.Pro, f.M, f.A, f.B)
	f.conv = arg(argmap.Pro, f.M, f.C)
	f.obj = arg(argmap.Con, f.M, f.O)
	f.reb = arg(argmap.Con, f.O, f.R)
	f.und = arg(argmap.Con, f.link, f.U)
	f.m.Reindex()
	return f
}
