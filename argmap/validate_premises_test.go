package argmap_test

import (
	"fmt"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// manyPremises is a map of one argument with n premises for its conclusion
// (claim 0), all distinct unless dup >= 0: then premise dup repeats the
// first one.
func manyPremises(n, dup int) *argmap.Map {
	m := argmap.New("premises")
	a := &argmap.Argument{ID: argmap.NewID(), Polarity: argmap.Pro}
	for i := 0; i <= n; i++ {
		c := &argmap.Claim{ID: argmap.NewID(), Text: fmt.Sprint("claim ", i)}
		m.Claims = append(m.Claims, c)
		if i > 0 {
			a.Premises = append(a.Premises, c.ID)
		}
	}
	a.Target = m.Claims[0].ID
	if dup >= 0 {
		a.Premises[dup] = a.Premises[0]
	}
	m.Arguments = []*argmap.Argument{a}
	m.Reindex()
	return m
}

// A premise given twice is found, on arguments of few premises and of
// many, and only there.
func TestValidateDuplicatePremises(t *testing.T) {
	for _, tc := range []struct {
		n, dup int
		want   string // the one error, or "" for none
	}{
		{3, -1, ""},
		{3, 2, "map.arguments[0].premises[2]: claim"},
		{16, 15, "map.arguments[0].premises[15]: claim"},
		{17, -1, ""},
		{17, 16, "map.arguments[0].premises[16]: claim"},
		{1000, 999, "map.arguments[0].premises[999]: claim"},
		{1000, -1, ""},
	} {
		t.Run(fmt.Sprint(tc.n, "/", tc.dup), func(t *testing.T) {
			var errs []string
			for _, p := range argmap.Validate(manyPremises(tc.n, tc.dup)) {
				if p.Severity == argmap.Error {
					errs = append(errs, p.String())
				}
			}
			switch {
			case tc.want == "" && len(errs) != 0:
				t.Fatalf("errors %q, want none", errs)
			case tc.want != "" && (len(errs) != 1 || len(errs[0]) < len(tc.want) || errs[0][:len(tc.want)] != tc.want):
				t.Fatalf("errors %q, want one %q…", errs, tc.want)
			}
		})
	}
}

// Validate is linear in the premises of one argument (it was quadratic: a
// million took minutes): compare n and 10n.
func BenchmarkValidateManyPremises(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		m := manyPremises(n, -1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if ps := argmap.Validate(m); ps.HasErrors() {
					b.Fatal(ps.Err())
				}
			}
		})
	}
}
