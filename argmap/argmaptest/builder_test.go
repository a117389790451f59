package argmaptest_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// TestBuilder: the builder makes the map its calls say, valid, with the
// roles of each kind of argument, and the same IDs for the same seed.
func TestBuilder(t *testing.T) {
	t.Parallel()
	build := func() (*argmap.Map, map[string]argmap.ID) {
		b := argmaptest.NewBuilder("builder", "Uniforms")
		n := map[string]argmap.ID{}
		n["M"] = b.Claim("Schools should require uniforms.", argmaptest.At(500, 0), argmaptest.Tags("thesis"))
		n["A"], n["B"] = b.Claim("Uniforms hide income."), b.Claim("Visible income leads to bullying.")
		n["link"] = b.Pro(n["M"], n["A"], n["B"])
		n["O"], n["obj"] = b.Object(n["M"], "Uniforms suppress self-expression.")
		n["U"], n["und"] = b.Object(n["link"], "Bullies move on to shoes.")
		n["R"] = b.Claim("Expression has other outlets.")
		n["reb"] = b.Con(n["O"], n["R"])
		b.Arg(argmap.Pro, n["M"], n["R"]).Scheme = "consequences"
		ch := b.Challenge(argmap.Question, n["A"], "source?")
		n["q"] = ch.ID
		return b.Map(), n
	}
	m, n := build()
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatalf("invalid map: %v", ps.Err())
	}
	if len(m.Claims) != 6 || len(m.Arguments) != 5 || len(m.Challenges) != 1 {
		t.Fatalf("%d claims, %d arguments, %d challenges", len(m.Claims), len(m.Arguments), len(m.Challenges))
	}
	if c := m.Claim(n["M"]); c.Pos != (argmap.Point{X: 500, Y: 0}) || len(c.Tags) != 1 || c.Tags[0] != "thesis" {
		t.Errorf("main claim %+v: the options were not applied", c)
	}
	if a := m.Argument(n["link"]); len(a.Premises) != 2 || a.Polarity != argmap.Pro || a.Target != n["M"] {
		t.Errorf("linked argument %+v", a)
	}
	roles := m.Roles()
	for name, want := range map[string]argmap.Role{
		"M": argmap.RoleMain, "A": argmap.RolePremise, "O": argmap.RoleObjection,
		"U": argmap.RoleUndercutter, "obj": argmap.RoleAttack, "und": argmap.RoleUndercutter,
	} {
		if got := roles[n[name]]; got != want {
			t.Errorf("role of %s = %q, want %q", name, got, want)
		}
	}
	if ch := m.Challenge(n["q"]); ch.Kind != argmap.Question || ch.Status != argmap.Open || ch.Note != "source?" {
		t.Errorf("challenge %+v", ch)
	}
	again, n2 := build()
	for k, id := range n {
		if n2[k] != id {
			t.Errorf("%s: ID %s, then %s for the same seed", k, id, n2[k])
		}
	}
	if again.Arguments[4].Scheme != "consequences" {
		t.Error("the argument Arg returned is not the one in the map")
	}
	if other := argmaptest.NewBuilder("another seed", "x").Claim("x"); other == n["M"] {
		t.Error("two seeds gave the same first ID")
	}
}

// TestMint: the mint's IDs continue DeterministicIDs(seed) and its clock
// always tells Epoch.
func TestMint(t *testing.T) {
	t.Parallel()
	mint, ids := argmaptest.Mint("mint"), argmap.DeterministicIDs("mint")
	for range 3 {
		if got, want := mint.ID(), ids(); got != want {
			t.Fatalf("ID %s, want %s", got, want)
		}
	}
	if !mint.Now().Equal(argmaptest.Epoch()) || !mint.Now().Equal(mint.Now()) {
		t.Errorf("clock %v, want %v every time", mint.Now(), argmaptest.Epoch())
	}
	var zero argmap.Mint
	if first, second := zero.ID(), zero.ID(); first == second || zero.Now().IsZero() {
		t.Error("the zero Mint should draw random IDs and read the system clock")
	}
}
