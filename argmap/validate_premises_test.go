package argmap_test

import (
	"fmt"
	"strings"
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
	t.Parallel()
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
				if p.Severity == argmap.SeverityError {
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

// TestCheckArguments: a writer's pre-check names the argument it cannot
// draw, and passes a valid map.
func TestCheckArguments(t *testing.T) {
	t.Parallel()
	c := &argmap.Claim{ID: argmap.NewID(), Text: "c"}
	ok := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{c.ID}, Target: c.ID, Polarity: argmap.Pro}
	for _, tc := range []struct {
		name string
		arg  *argmap.Argument
		want string
	}{
		{"valid", ok, ""},
		{"no premises", &argmap.Argument{ID: argmap.NewID(), Target: c.ID, Polarity: argmap.Pro}, "has no premises"},
		{"unknown premise", &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{argmap.NewID()}, Target: c.ID, Polarity: argmap.Pro}, "unknown premise"},
		{"unknown target", &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{c.ID}, Target: argmap.NewID(), Polarity: argmap.Pro}, "aims at an unknown"},
	} {
		m := &argmap.Map{Claims: []*argmap.Claim{c}, Arguments: []*argmap.Argument{tc.arg}}
		m.Reindex()
		err := argmap.CheckArguments(m)
		if (tc.want == "") != (err == nil) || err != nil && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
