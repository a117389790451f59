package eval_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/semantics"
	"golang.org/x/tools/txtar"
)

// TestEvalCases runs testdata/eval/*.txtar: a map in the DSL ("map"), the
// grounded label of named claims and arguments ("want": NAME LABEL), and
// optionally reasons ("reasons": NAME: REASON), the claims a reason names
// ("because": NAME: CLAIM...) and the preferred view
// ("preferred": NAME LABEL, see semantics.Result.Label).
func TestEvalCases(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/eval/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cases in testdata/eval")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			t.Parallel()
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]string{}
			for _, f := range ar.Files {
				sections[f.Name] = string(f.Data)
			}
			m, ids, err := argmaptest.Parse(argmaptest.IDs(file), sections["map"])
			if err != nil {
				t.Fatal(err)
			}
			l := eval.Evaluate(m)
			name := func(n int, s string) argmap.ID {
				id, ok := ids[s]
				if !ok {
					t.Fatalf("line %d: unknown name %q", n, s)
				}
				return id
			}
			for i, line := range nonEmpty(sections["want"]) {
				f := strings.Fields(line)
				if got := l.Label(name(i+1, f[0])); got.String() != f[1] {
					t.Errorf("%s: %s (%s), want %s", f[0], got, l.Reason(ids[f[0]]), f[1])
				}
			}
			for i, line := range nonEmpty(sections["reasons"]) {
				n, want, _ := strings.Cut(line, ": ")
				if got := l.Reason(name(i+1, n)); got != want {
					t.Errorf("reason of %s = %q, want %q", n, got, want)
				}
			}
			for i, line := range nonEmpty(sections["because"]) {
				n, names, _ := strings.Cut(line, ": ")
				var want []string
				for _, w := range strings.Fields(names) {
					want = append(want, name(i+1, w).String())
				}
				var got []string
				for _, id := range l.Because(name(i+1, n)) {
					got = append(got, id.String())
				}
				if strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("because of %s = %v, want %v", n, got, want)
				}
			}
			if p, ok := sections["preferred"]; ok {
				res := semantics.Preferred(context.Background(), m, semantics.Options{})
				for i, line := range nonEmpty(p) {
					f := strings.Fields(line)
					if got := res.Label(name(i+1, f[0])); got.String() != f[1] {
						t.Errorf("preferred %s: %s, want %s", f[0], got, f[1])
					}
				}
			}
			checkAgainstReduction(t, m, l)
		})
	}
}

func nonEmpty(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// checkAgainstReduction checks that the claims' grounded labels equal the
// grounded extension of the map's reduction to an attack framework: the
// two definitions must agree.
func checkAgainstReduction(t *testing.T, m *argmap.Map, l *eval.Labelling) {
	t.Helper()
	r := semantics.Reduce(m)
	g := r.Framework.Preferred(context.Background(), semantics.Options{MaxNodes: 1}).Grounded
	in := map[int32]bool{}
	for _, x := range g {
		in[x] = true
	}
	for i, c := range m.Claims {
		if (l.Claim(c.ID) == eval.In) != in[int32(i)] {
			t.Errorf("claim %q: Evaluate says %s, the reduction's grounded extension %v", c.Text, l.Claim(c.ID), in[int32(i)])
		}
	}
}

// TestLabellingAPI covers the lookups, the counts and concurrent reasons.
func TestLabellingAPI(t *testing.T) {
	t.Parallel()
	m, ids, err := argmaptest.Parse(argmaptest.IDs(t.Name()), "claim a\nclaim b\nclaim c\ncon ab: a -> b\ncon bc: b -> c\ncon cb: c -> b\n")
	if err != nil {
		t.Fatal(err)
	}
	l := eval.Evaluate(m)
	if l.Claim(ids["ab"]) != eval.Unlabelled || l.Argument(ids["a"]) != eval.Unlabelled ||
		l.Label(argmap.NewID()) != eval.Unlabelled || l.Reason(argmap.NewID()) != "" {
		t.Error("lookups of the wrong kind or unknown IDs should be Unlabelled")
	}
	for i, c := range m.Claims {
		if l.ClaimAt(i) != l.Claim(c.ID) {
			t.Errorf("ClaimAt(%d) = %s, Claim = %s", i, l.ClaimAt(i), l.Claim(c.ID))
		}
	}
	for j, a := range m.Arguments {
		if l.ArgumentAt(j) != l.Argument(a.ID) {
			t.Errorf("ArgumentAt(%d) = %s, Argument = %s", j, l.ArgumentAt(j), l.Argument(a.ID))
		}
	}
	if l.ClaimAt(-1) != eval.Unlabelled || l.ClaimAt(3) != eval.Unlabelled || l.ArgumentAt(3) != eval.Unlabelled {
		t.Error("out of range should be Unlabelled")
	}
	if !l.Applicable(ids["ab"]) || l.Applicable(ids["bc"]) {
		t.Error("ab applies, bc does not")
	}
	if got := l.ClaimCounts(); got != (eval.Counts{In: 2, Out: 1}) {
		t.Errorf("claim counts = %+v", got)
	}
	if got := l.ArgumentCounts(); got != (eval.Counts{In: 2, Out: 1}) {
		t.Errorf("argument counts = %+v", got)
	}
	for _, x := range []eval.Label{eval.Unlabelled, eval.In, eval.Out, eval.Undec} {
		if x.String() != map[eval.Label]string{eval.In: "IN", eval.Out: "OUT", eval.Undec: "UNDEC"}[x] {
			t.Errorf("String(%d) = %q", x, x.String())
		}
	}
	// Reasons are built lazily; many readers at once must agree.
	done := make(chan string, 8)
	for range 8 {
		go func() { done <- l.Reason(ids["b"]) }()
	}
	for range 8 {
		if r := <-done; r != "OUT: the objection 'a' stands and nothing defeats it" {
			t.Errorf("reason = %q", r)
		}
	}
	// A labelling older than the map may be stale but must not panic.
	old := eval.Evaluate(m)
	_ = old.Reason(ids["b"]) // prepare reasons before the map changes
	h := argmap.NewHistory(m.Clone())
	if err := h.Do(argmap.Remove(ids["c"], ids["a"])); err != nil {
		t.Fatal(err)
	}
	stale := eval.Evaluate(h.Map())
	if err := h.Do(argmap.Remove(ids["b"])); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		_ = stale.Reason(id)
		_ = old.Reason(id)
	}
	// Evaluate does not change the map, and gives the same answer twice.
	if l2 := eval.Evaluate(m); l2.Reason(ids["c"]) != l.Reason(ids["c"]) || len(m.Claims) != 3 {
		t.Error("Evaluate should be deterministic and pure")
	}
}
