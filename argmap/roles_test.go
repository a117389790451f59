package argmap_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// TestRolesMatchReference: on random maps under random edits (additions,
// removals, new targets, premises and polarities, which make chains and
// cycles of objections), Roles agrees with the straightforward definition.
func TestRolesMatchReference(t *testing.T) {
	t.Parallel()
	for seed := range 20 {
		r := rand.New(rand.NewPCG(uint64(seed), 7))
		ids := argmap.DeterministicIDs(fmt.Sprint("roles", seed))
		m := gen.Tree(30, int64(seed))
		h := argmap.NewHistory(m)
		for step := range 120 {
			if r.IntN(8) == 0 {
				h.Undo()
			} else {
				_ = h.Do(randomEdit(r, m, ids))
			}
			if got, want := m.Roles(), referenceRoles(m); !maps.Equal(got, want) {
				t.Fatalf("seed %d step %d: roles %v, want %v", seed, step, got, want)
			}
		}
	}
}

// TestRolesMatchReferenceOnCycles: the same on maps that edits refuse to
// make, with premises objecting to each other in cycles, dangling targets
// and several arguments on one premise, built by hand.
func TestRolesMatchReferenceOnCycles(t *testing.T) {
	t.Parallel()
	for seed := range 200 {
		r := rand.New(rand.NewPCG(uint64(seed), 11))
		ids := argmap.DeterministicIDs(fmt.Sprint("cycles", seed))
		m := gen.Tree(1+r.IntN(12), int64(seed))
		for range 1 + r.IntN(12) {
			pick := func() argmap.ID {
				switch k := r.IntN(12); {
				case k == 0:
					return ids() // dangling
				case k == 1 && len(m.Arguments) > 0:
					return m.Arguments[r.IntN(len(m.Arguments))].ID
				}
				return m.Claims[r.IntN(len(m.Claims))].ID
			}
			pol := argmap.Con
			if r.IntN(4) == 0 {
				pol = argmap.Pro
			}
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{pick()}, Target: pick(), Polarity: pol})
		}
		m.Reindex()
		got, want := m.Roles(), referenceRoles(m)
		// The reference gives a role to a dangling ID that is both a
		// premise and a target; Roles gives roles to the map's items only.
		for id := range want {
			if m.Claim(id) == nil && m.Argument(id) == nil {
				delete(want, id)
			}
		}
		if !maps.Equal(got, want) {
			t.Fatalf("seed %d: roles %v, want %v", seed, got, want)
		}
	}
}

// referenceRoles is Roles as it was before it worked on positions (maps
// keyed by ID, recursion): what the faster one must agree with.
func referenceRoles(m *argmap.Map) map[argmap.ID]argmap.Role {
	roles := make(map[argmap.ID]argmap.Role, len(m.Claims)+len(m.Arguments))
	premiseOf := make(map[argmap.ID]*argmap.Argument, len(m.Claims))
	targeted := make(map[argmap.ID]bool, len(m.Claims))
	for _, a := range m.Arguments {
		targeted[a.Target] = true
		for _, p := range a.Premises {
			if premiseOf[p] == nil {
				premiseOf[p] = a
			}
		}
		switch {
		case a.Polarity == argmap.Pro:
			roles[a.ID] = argmap.RoleSupport
		case m.Argument(a.Target) != nil:
			roles[a.ID] = argmap.RoleUndercutter
		default:
			roles[a.ID] = argmap.RoleAttack
		}
	}
	main := false
	for _, c := range m.Claims {
		if premiseOf[c.ID] != nil {
			continue
		}
		switch {
		case !targeted[c.ID]:
			roles[c.ID] = argmap.RoleOrphan
		case !main:
			roles[c.ID] = argmap.RoleMain
			main = true
		default:
			roles[c.ID] = argmap.RoleConclusion
		}
	}
	// A premise's role depends on its argument's target's role; resolve
	// recursively with a guard against cycles.
	visiting := map[argmap.ID]bool{}
	var claimRole func(id argmap.ID) argmap.Role
	claimRole = func(id argmap.ID) argmap.Role {
		if r, ok := roles[id]; ok {
			return r
		}
		a := premiseOf[id]
		if a == nil {
			return argmap.RoleOrphan
		}
		if visiting[id] {
			return argmap.RolePremise
		}
		visiting[id] = true
		defer delete(visiting, id)
		var r argmap.Role
		switch {
		case a.Polarity == argmap.Pro:
			r = argmap.RolePremise
		case m.Argument(a.Target) != nil:
			r = argmap.RoleUndercutter
		case claimRole(a.Target) == argmap.RoleObjection:
			r = argmap.RoleRebuttal
		default:
			r = argmap.RoleObjection
		}
		roles[id] = r
		return r
	}
	for _, c := range m.Claims {
		claimRole(c.ID)
	}
	return roles
}

// BenchmarkRoles: the roles of a 20,000-claim map, what the editor
// recomputes after every change of structure.
func BenchmarkRoles(b *testing.B) {
	m := gen.Tree(20000, 1)
	m.Roles() // the map's index, built once in the editor too
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = m.Roles()
	}
}
