package argmap

// Role is the part a claim or argument plays in the map, derived from the
// structure as in Carneades and Argdown rather than stored.
type Role string

// Roles of claims and arguments.
const (
	// RoleMain: a claim that concludes and is no premise of anything.
	RoleMain Role = "main"
	// RoleConclusion: an intermediate conclusion is reported as RolePremise;
	// RoleConclusion is a claim that is no premise, is the target of
	// arguments, but is not the first root (a secondary thesis).
	RoleConclusion Role = "conclusion"
	// RolePremise: a premise of a pro argument (a reason).
	RolePremise Role = "premise"
	// RoleObjection: a premise of a con argument against a claim that is
	// not itself an objection.
	RoleObjection Role = "objection"
	// RoleRebuttal: a premise of a con argument against an objection.
	RoleRebuttal Role = "rebuttal"
	// RoleUndercutter: a premise of a con argument aimed at an inference;
	// also the role of that argument.
	RoleUndercutter Role = "undercutter"
	// RoleSupport: a pro argument; RoleAttack: a con argument on a claim.
	RoleSupport Role = "support"
	RoleAttack  Role = "attack"
	// RoleOrphan: a claim with no argument touching it.
	RoleOrphan Role = "orphan"
)

// Roles reports the role of every claim and argument of the map. A claim
// that plays several parts gets the part of the first argument (in map order)
// that uses it as a premise.
func (m *Map) Roles() map[ID]Role {
	roles := make(map[ID]Role, len(m.Claims)+len(m.Arguments))
	premiseOf := make(map[ID]*Argument, len(m.Claims))
	targeted := make(map[ID]bool, len(m.Claims))
	for _, a := range m.Arguments {
		targeted[a.Target] = true
		for _, p := range a.Premises {
			if premiseOf[p] == nil {
				premiseOf[p] = a
			}
		}
		switch {
		case a.Polarity == Pro:
			roles[a.ID] = RoleSupport
		case m.Argument(a.Target) != nil:
			roles[a.ID] = RoleUndercutter
		default:
			roles[a.ID] = RoleAttack
		}
	}
	main := false
	for _, c := range m.Claims {
		if premiseOf[c.ID] != nil {
			continue
		}
		switch {
		case !targeted[c.ID]:
			roles[c.ID] = RoleOrphan
		case !main:
			roles[c.ID] = RoleMain
			main = true
		default:
			roles[c.ID] = RoleConclusion
		}
	}
	// A premise's role depends on its argument's target's role; resolve
	// recursively with a guard against cycles.
	visiting := map[ID]bool{}
	var claimRole func(id ID) Role
	claimRole = func(id ID) Role {
		if r, ok := roles[id]; ok {
			return r
		}
		a := premiseOf[id]
		if a == nil {
			return RoleOrphan
		}
		if visiting[id] {
			return RolePremise
		}
		visiting[id] = true
		defer delete(visiting, id)
		var r Role
		switch {
		case a.Polarity == Pro:
			r = RolePremise
		case m.Argument(a.Target) != nil:
			r = RoleUndercutter
		case claimRole(a.Target) == RoleObjection:
			r = RoleRebuttal
		default:
			r = RoleObjection
		}
		roles[id] = r
		return r
	}
	for _, c := range m.Claims {
		claimRole(c.ID)
	}
	return roles
}
