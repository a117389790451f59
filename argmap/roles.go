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
//
// It works on the claims' positions (one map from ID to position, slices
// for the rest, no recursion): the editor recomputes it after every change
// of structure, on maps of tens of thousands of claims.
func (m *Map) Roles() map[ID]Role {
	nc := len(m.Claims)
	roles := make(map[ID]Role, nc+len(m.Arguments))
	at := make(map[ID]int32, nc) // a claim's first position
	pos := make([]int32, nc)     // per claim: the first position of its ID
	for i, c := range m.Claims {
		k, dup := at[c.ID]
		if !dup {
			k = int32(i)
			at[c.ID] = k
		}
		pos[i] = k
	}
	premiseOf := make([]int32, nc) // per claim: 1 + the first argument it is a premise of, or 0
	targeted := make([]bool, nc)
	undercuts := make([]bool, len(m.Arguments))
	for j, a := range m.Arguments {
		if i, ok := at[a.Target]; ok {
			targeted[i] = true
		}
		for _, p := range a.Premises {
			if i, ok := at[p]; ok && premiseOf[i] == 0 {
				premiseOf[i] = int32(j) + 1
			}
		}
		switch {
		case a.Polarity == Pro:
			roles[a.ID] = RoleSupport
		case m.Argument(a.Target) != nil:
			roles[a.ID] = RoleUndercutter
			undercuts[j] = true
		default:
			roles[a.ID] = RoleAttack
		}
	}
	role := make([]Role, nc) // per claim, "" while unresolved
	main := false
	for i := range m.Claims {
		k := pos[i]
		if int(k) != i || premiseOf[k] != 0 {
			continue
		}
		switch {
		case !targeted[k]:
			role[k] = RoleOrphan
		case !main:
			role[k] = RoleMain
			main = true
		default:
			role[k] = RoleConclusion
		}
	}
	// A premise of a con argument on a claim takes its role from that
	// claim's: follow the chain of such claims to one resolved (or back to
	// one on the chain: a cycle, which reads as a premise), then resolve
	// the chain from its end.
	onChain := make([]bool, nc)
	var chain []int32
	for i := range m.Claims {
		if role[i] != "" || int(pos[i]) != i {
			continue
		}
		chain = append(chain[:0], int32(i))
		onChain[i] = true
		var end Role // the role of the last chain link's target
		for {
			j := premiseOf[chain[len(chain)-1]] - 1
			a := m.Arguments[j]
			if a.Polarity == Pro || undercuts[j] {
				break // resolved from its argument alone
			}
			t, isClaim := at[a.Target]
			if !isClaim {
				break // a target that is no item: read as an orphan
			}
			if role[t] != "" {
				end = role[t]
				break
			}
			if onChain[t] {
				end = RolePremise
				break
			}
			chain = append(chain, t)
			onChain[t] = true
		}
		for n := len(chain) - 1; n >= 0; n-- {
			k := chain[n]
			j := premiseOf[k] - 1
			var r Role
			switch {
			case m.Arguments[j].Polarity == Pro:
				r = RolePremise
			case undercuts[j]:
				r = RoleUndercutter
			case end == RoleObjection:
				r = RoleRebuttal
			default:
				r = RoleObjection
			}
			role[k], onChain[k], end = r, false, r
		}
	}
	for i, c := range m.Claims {
		roles[c.ID] = role[pos[i]]
	}
	return roles
}
