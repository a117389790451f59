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

// TestParse: the text form names every claim and argument, links premises,
// undercuts an argument, asks questions, draws its IDs from the source
// given (from the text when nil), and refuses a bad line naming it.
func TestParse(t *testing.T) {
	t.Parallel()
	const src = "claim c accepted: Coffee is healthy\nclaim p\nclaim q\npro r expert-opinion: p + q -> c\n" +
		"claim u # a comment\ncon x: u -> r\ncq r 1\nquestion p\n"
	m, n, err := argmaptest.Parse(nil, src)
	if err != nil {
		t.Fatal(err)
	}
	c, r, x := m.Claim(n["c"]), m.Argument(n["r"]), m.Argument(n["x"])
	if c.Text != "Coffee is healthy" || c.Assessment != argmap.Accepted || m.Claim(n["p"]).Text != "p" {
		t.Errorf("claims %+v, %+v", c, m.Claim(n["p"]))
	}
	if len(r.Premises) != 2 || r.Scheme != "expert-opinion" || r.Target != n["c"] || x.Target != n["r"] || x.Polarity != argmap.Con {
		t.Errorf("arguments %+v, %+v", r, x)
	}
	if len(m.Challenges) != 2 || m.Challenges[0].Kind != argmap.CriticalQuestion || m.Challenges[1].Kind != argmap.Question {
		t.Errorf("challenges %+v", m.Challenges)
	}
	again, n2, _ := argmaptest.Parse(nil, src)
	other, n3, _ := argmaptest.Parse(argmaptest.IDs("other"), src)
	if n2["c"] != n["c"] || n3["c"] == n["c"] || len(again.Claims) != 4 || len(other.Claims) != 4 {
		t.Error("nil draws the IDs from the text; a source given is used instead")
	}
	if _, _, err := argmaptest.Parse(nil, "claim a\npro b: a -> nowhere\n"); err == nil || err.Error() != `line 2: unknown name "nowhere"` {
		t.Errorf("bad target: %v", err)
	}
}
