// Package semantics computes the preferred semantics of argument maps: which
// claims are defensible in some coherent position (credulously accepted)
// and which in every one (sceptically accepted).
//
// A map is first reduced to an abstract argumentation framework (Reduce) in
// which every node is a claim, an argument or an auxiliary node, and whose
// complete labellings correspond one to one to the fixed points of the rules
// of eval.Evaluate, preserving the information order. So the grounded
// labelling of the framework is eval.Evaluate's, and its preferred
// labellings (maximal complete labellings) are the maximal coherent
// positions on the map. The preferred extensions are then enumerated from
// the grounded labelling by two searches taking turns (Framework.Preferred):
// a labelling-based search (Modgil and Caminada; Nofal, Atkinson and Dunne)
// that splits on undecided nodes and prunes branches that cannot lead to a
// new maximal admissible set, fastest on easy frameworks; and, for hard
// ones, a PrefSAT-style search (Cerutti et al.) on a small CDCL SAT solver
// of the package's own (sat.go), which learns from its conflicts.
package semantics

import (
	"github.com/argmap/argmap/argmap"
)

// Framework is an abstract argumentation framework: nodes 0..N-1 and the
// attacks between them, kept both ways.
type Framework struct {
	N         int
	attackers [][]int32
	attacks   [][]int32
	// noIn marks nodes that can never be In (nil: none): in a component
	// conditioned on an Undec attacker upstream (decompose.go).
	noIn []bool
}

// cannotBeIn reports whether x is marked never In.
func (f *Framework) cannotBeIn(x int32) bool { return f.noIn != nil && f.noIn[x] }

// NewFramework returns a framework of n nodes and the given attacks
// (attacker, attacked); attacks naming no node are ignored.
func NewFramework(n int, attacks [][2]int32) *Framework {
	f := &Framework{N: n, attackers: make([][]int32, n), attacks: make([][]int32, n)}
	for _, a := range attacks {
		f.Attack(a[0], a[1])
	}
	return f
}

// Attack adds an attack of a on b.
func (f *Framework) Attack(a, b int32) {
	if a < 0 || b < 0 || int(a) >= f.N || int(b) >= f.N {
		return
	}
	f.attacks[a] = append(f.attacks[a], b)
	f.attackers[b] = append(f.attackers[b], a)
}

func (f *Framework) add() int32 {
	f.N++
	f.attackers = append(f.attackers, nil)
	f.attacks = append(f.attacks, nil)
	return int32(f.N - 1)
}

// Reduction is a map reduced to a framework. Claim i of the map is node i.
type Reduction struct {
	Framework *Framework
	Claims    []argmap.ID // node i is Claims[i]
}

// Reduce translates m into a framework whose complete labellings are the
// fixed points of eval.Evaluate's rules (claims and arguments alike):
//
//   - every claim is a node; every argument is a node, except a "simple"
//     argument (one premise, no undercutter, no open critical question),
//     which stands exactly when its premise does and is replaced by it;
//   - a con argument attacks its target (a claim, or an argument it
//     undercuts);
//   - a premise p of an argument that is not simple acts through an
//     auxiliary node "not p": p attacks it and it attacks the argument, so
//     the argument is In only when p is In and Out when p is Out;
//   - a claim that needs support (eval.Evaluate) is attacked by an
//     auxiliary node "no support", which each pro argument for the claim
//     attacks: the claim can be In only if some pro argument is In, and is
//     Out when all are Out;
//   - a rejected claim, an argument with an open critical question or with a
//     premise missing from the map are attacked by an unattacked auxiliary
//     node, so they are Out.
//
// A pro argument aimed at an argument has no effect, as in Evaluate. On a
// map made only of attacks between claims, the framework is the map's AF.
func Reduce(m *argmap.Map) *Reduction {
	m = m.Accepted() // suggestions take no part until accepted
	nc := len(m.Claims)
	f := NewFramework(nc, nil)
	r := &Reduction{Framework: f, Claims: make([]argmap.ID, nc)}
	claim := make(map[argmap.ID]int32, nc)
	for i, c := range m.Claims {
		r.Claims[i] = c.ID
		if _, dup := claim[c.ID]; !dup {
			claim[c.ID] = int32(i)
		}
	}
	argIdx := make(map[argmap.ID]int, len(m.Arguments))
	for j, a := range m.Arguments {
		if _, dup := argIdx[a.ID]; !dup {
			argIdx[a.ID] = j
		}
	}
	blocked := make([]bool, len(m.Arguments))
	undercut := make([]bool, len(m.Arguments))
	questioned := make([]bool, nc)
	for _, ch := range m.Challenges {
		if ch.Status != argmap.Open {
			continue
		}
		if j, ok := argIdx[ch.Target]; ok && ch.Kind == argmap.CriticalQuestion {
			blocked[j] = true
		}
		if i, ok := claim[ch.Target]; ok && ch.Kind == argmap.Question {
			questioned[i] = true
		}
	}
	hasPro := make([]bool, nc)
	for j, a := range m.Arguments {
		if t, ok := argIdx[a.Target]; ok && a.Polarity == argmap.Con && t != j {
			undercut[t] = true
		}
		if i, ok := claim[a.Target]; ok && a.Polarity == argmap.Pro {
			hasPro[i] = true
		}
		for _, p := range a.Premises {
			if _, ok := claim[p]; !ok {
				blocked[j] = true
			}
		}
	}
	// node[j] is the node that stands for argument j: its premise's node
	// when simple, a node of its own otherwise.
	node := make([]int32, len(m.Arguments))
	notP := map[int32]int32{}
	for j, a := range m.Arguments {
		if len(a.Premises) == 1 && !blocked[j] && !undercut[j] {
			node[j] = claim[a.Premises[0]]
			continue
		}
		node[j] = f.add()
		if blocked[j] {
			f.Attack(f.add(), node[j])
			continue
		}
		for _, p := range a.Premises {
			pi := claim[p]
			np, ok := notP[pi]
			if !ok {
				np = f.add()
				notP[pi] = np
				f.Attack(pi, np)
			}
			f.Attack(np, node[j])
		}
	}
	noSupport := map[int32]int32{}
	for i, c := range m.Claims {
		switch {
		case c.Assessment == argmap.Rejected:
			f.Attack(f.add(), int32(i))
		case questioned[i] || c.Assessment == argmap.Questioned || (c.Assessment == argmap.Unassessed && hasPro[i]):
			s := f.add()
			noSupport[int32(i)] = s
			f.Attack(s, int32(i))
		}
	}
	for j, a := range m.Arguments {
		if a.Polarity == argmap.Con {
			if i, ok := claim[a.Target]; ok {
				f.Attack(node[j], i)
			} else if t, ok := argIdx[a.Target]; ok && t != j {
				f.Attack(node[j], node[t])
			}
			continue
		}
		if i, ok := claim[a.Target]; ok {
			if s, ok := noSupport[i]; ok {
				f.Attack(node[j], s)
			}
		}
	}
	return r
}
