package widgets

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// TestWordings: the names the panels give to things and counts.
func TestWordings(t *testing.T) {
	t.Parallel() // no widget: no Fyne app
	b := argmaptest.NewBuilder(t.Name(), "Words")
	main := b.Claim("Schools should start later.\nSee the study.")
	empty := b.Claim("  ")
	con := b.Con(main, empty)
	m := b.Map()
	for _, tc := range []struct{ got, want string }{
		{ItemLabel(m, main), "Schools should start later. …"},
		{ItemLabel(m, empty), "(empty)"},
		{ItemLabel(m, con), "The argument that opposes “Schools should start later. …”"},
		{ItemLabel(m, argmap.NewID()), "(missing)"},
		{Shorten("Teenagers", 9), "Teenagers"},
		{Shorten("Teenagers", 5), "Teen…"},
		{Shorten("Ünïcödé", 4), "Ünï…"},
		{Plural(1, "claim", "claims"), "1 claim"},
		{Plural(0, "claim", "claims"), "0 claims"},
		{Plural(12, "claim", "claims"), "12 claims"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
