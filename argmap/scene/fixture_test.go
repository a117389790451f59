package scene

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
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
	b := argmaptest.NewBuilder("scene", "fixture")
	at := argmaptest.At
	f := fixture{}
	f.M = b.Claim("Schools should require uniforms.", at(500, 0))
	f.A = b.Claim("Uniforms hide income.", at(200, 300))
	f.B = b.Claim("Visible income leads to bullying.", at(500, 300))
	f.C = b.Claim("Uniforms build belonging.", at(800, 300))
	f.O = b.Claim("Uniforms suppress self-expression.", at(1100, 300))
	f.R = b.Claim("Expression has other outlets.", at(1100, 600))
	f.U = b.Claim("Bullies move on to shoes.", at(-100, 300))
	f.link = b.Pro(f.M, f.A, f.B)
	f.conv = b.Pro(f.M, f.C)
	f.obj = b.Con(f.M, f.O)
	f.reb = b.Con(f.O, f.R)
	f.und = b.Con(f.link, f.U)
	f.m = b.Map()
	return f
}
