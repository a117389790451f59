package scene

import (
	"reflect"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestBuildTakesRoles: roles given in Options are the ones the cards
// show, and Build gives the scene it works out alone when they are the
// map's; roles that lack a claim of the map (given before it was added)
// are worked out again rather than leaving that card without a role.
func TestBuildTakesRoles(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	plain := Build(f.m, Mono, Options{})
	for _, tc := range []struct {
		name  string
		roles RoleSource
		want  func(m *argmap.Map) *Scene
	}{
		{"the map's", FixedRoles(f.m.Roles()), func(m *argmap.Map) *Scene { return plain }},
		{"nil from the source", FixedRoles(nil), func(m *argmap.Map) *Scene { return plain }},
	} {
		got := Build(f.m, Mono, Options{Roles: tc.roles})
		if !reflect.DeepEqual(got.Cards, tc.want(f.m).Cards) || !reflect.DeepEqual(got.Edges, tc.want(f.m).Edges) {
			t.Errorf("%s roles: the scene differs from the one Build works out", tc.name)
		}
	}
	// The given roles are read: C shown as the main conclusion.
	r := FixedRoles(f.m.Roles())
	r2 := FixedRoles{}
	for id, x := range r {
		r2[id] = x
	}
	r2[f.C] = argmap.RoleMain
	if c := Build(f.m, Mono, Options{Roles: r2}).Card(f.C); c.Role != argmap.RoleMain || !c.Bold {
		t.Errorf("card C has role %q, bold %v; the given roles say main", c.Role, c.Bold)
	}
	// A claim added since the roles were taken: worked out again.
	m := f.m.Clone()
	n := argmap.NewID()
	m.Claims = append(m.Claims, &argmap.Claim{ID: n, Text: "A new premise.", Pos: argmap.Point{X: 300, Y: 900}})
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Target: f.M, Premises: []argmap.ID{n}})
	m.Reindex()
	want := Build(m, Mono, Options{})
	if got := Build(m, Mono, Options{Roles: r}); !reflect.DeepEqual(got.Cards, want.Cards) {
		t.Errorf("stale roles: the cards differ from the ones of roles worked out (new card's role %q)", got.Card(n).Role)
	}
}
