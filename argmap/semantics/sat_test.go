package semantics

import (
	"context"
	"testing"

	"pgregory.net/rapid"
)

// genCNF draws a CNF over n variables: literals as ±(v+1).
func genCNF(t *rapid.T, n, maxClauses int) [][]int {
	var cnf [][]int
	for k := rapid.IntRange(0, maxClauses).Draw(t, "clauses"); k > 0; k-- {
		var c []int
		for w := rapid.IntRange(1, 4).Draw(t, "width"); w > 0; w-- {
			l := rapid.IntRange(1, n).Draw(t, "var")
			if rapid.Bool().Draw(t, "neg") {
				l = -l
			}
			c = append(c, l)
		}
		cnf = append(cnf, c)
	}
	return cnf
}

func toLit(l int) lit {
	if l < 0 {
		return negLit(int32(-l - 1))
	}
	return posLit(int32(l - 1))
}

// satisfies reports whether the assignment (bit v: variable v true)
// satisfies every clause and assumption.
func satisfies(cnf [][]int, assume []int, bits uint) bool {
	holds := func(l int) bool {
		if l < 0 {
			return bits&(1<<(-l-1)) == 0
		}
		return bits&(1<<(l-1)) != 0
	}
	for _, l := range assume {
		if !holds(l) {
			return false
		}
	}
	for _, c := range cnf {
		ok := false
		for _, l := range c {
			if holds(l) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func bruteSAT(n int, cnf [][]int, assume []int) bool {
	for bits := uint(0); bits < 1<<n; bits++ {
		if satisfies(cnf, assume, bits) {
			return true
		}
	}
	return false
}

func modelBits(s *solver, n int) uint {
	var bits uint
	for v := 0; v < n; v++ {
		if s.model[v] {
			bits |= 1 << v
		}
	}
	return bits
}

// TestSATMatchesBruteForce checks the solver on random small CNFs, used
// incrementally as the preferred search uses it: clauses come in batches
// with a solve under random assumptions after each. A model must satisfy
// the clauses so far and the assumptions; UNSAT must agree with trying
// every assignment.
func TestSATMatchesBruteForce(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "n")
		s := newSolver()
		for v := 0; v < n; v++ {
			s.newVar(rapid.Bool().Draw(t, "phase"))
		}
		var all [][]int
		for round := rapid.IntRange(1, 4).Draw(t, "rounds"); round > 0; round-- {
			for _, c := range genCNF(t, n, 5*n) {
				all = append(all, c)
				ls := make([]lit, len(c))
				for i, l := range c {
					ls[i] = toLit(l)
				}
				s.addClause(ls)
			}
			var assume []int
			var als []lit
			for k := rapid.IntRange(0, 3).Draw(t, "assumptions"); k > 0; k-- {
				l := rapid.IntRange(1, n).Draw(t, "avar")
				if rapid.Bool().Draw(t, "aneg") {
					l = -l
				}
				assume = append(assume, l)
				als = append(als, toLit(l))
			}
			want := bruteSAT(n, all, assume)
			switch s.solve(als) {
			case satYes:
				if !satisfies(all, assume, modelBits(s, n)) {
					t.Fatalf("model %b does not satisfy %v under %v", modelBits(s, n), all, assume)
				}
			case satNo:
				if want {
					t.Fatalf("UNSAT, but %v is satisfiable under %v", all, assume)
				}
			default:
				t.Fatalf("unknown without a bound")
			}
			if s.decisionLevel() != 0 {
				t.Fatalf("left at level %d", s.decisionLevel())
			}
		}
	})
}

// pigeonhole returns the clauses saying n+1 pigeons sit in n holes, one
// each: unsatisfiable, and hard for resolution.
func pigeonhole(s *solver, n int) {
	p := make([][]int32, n+1)
	for i := range p {
		p[i] = make([]int32, n)
		for j := range p[i] {
			p[i][j] = s.newVar(false)
		}
	}
	for i := range p {
		var c []lit
		for j := range p[i] {
			c = append(c, posLit(p[i][j]))
		}
		s.addClause(c)
	}
	for j := 0; j < n; j++ {
		for a := 0; a <= n; a++ {
			for b := a + 1; b <= n; b++ {
				s.addClause([]lit{negLit(p[a][j]), negLit(p[b][j])})
			}
		}
	}
}

// TestSATPigeonhole: small cases are refuted, and a large one stops at the
// decision budget or a cancelled context with satUnknown.
func TestSATPigeonhole(t *testing.T) {
	t.Parallel()
	for n := 1; n <= 6; n++ {
		s := newSolver()
		pigeonhole(s, n)
		if st := s.solve(nil); st != satNo {
			t.Fatalf("pigeonhole %d: %v, want UNSAT", n, st)
		}
	}
	s := newSolver()
	pigeonhole(s, 12)
	s.maxDecisions = 5000
	if st := s.solve(nil); st != satUnknown {
		t.Fatalf("budget: %v, want unknown", st)
	}
	s = newSolver()
	pigeonhole(s, 12)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.ctx = ctx
	if st := s.solve(nil); st != satUnknown {
		t.Fatalf("cancelled: %v, want unknown", st)
	}
}

// TestSATManyLearnts runs long enough to reduce the learnt-clause
// database and restart often, and still refutes.
func TestSATManyLearnts(t *testing.T) {
	t.Parallel()
	s := newSolver()
	s.maxLearn = 50
	pigeonhole(s, 7)
	if st := s.solve(nil); st != satNo {
		t.Fatalf("pigeonhole 7: %v, want UNSAT", st)
	}
	if s.conflicts < 1000 {
		t.Fatalf("only %d conflicts: the database was never reduced", s.conflicts)
	}
}

func TestLuby(t *testing.T) {
	t.Parallel()
	want := []int{1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8, 1}
	for i, w := range want {
		if got := luby(i); got != w {
			t.Fatalf("luby(%d) = %d, want %d", i, got, w)
		}
	}
}
