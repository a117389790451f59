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

// TestTablesAsLists: a Markdown table becomes one list item a row, its
// cells named by their headers; an escaped pipe stays in its cell, and
// text that only looks like a table is kept.
func TestTablesAsLists(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, in, want string }{
		{"summary", "Round.\n\n| Side | Speeches | IN |\n|---|---|---|\n| Government | PM, DPM | 12 |\n| Opposition | LO | 7 |\n\n## Next",
			"Round.\n\n- **Government** — Speeches: PM, DPM · IN: 12\n- **Opposition** — Speeches: LO · IN: 7\n\n## Next"},
		{"escaped pipe", "| A | B |\n|:-:|---|\n| x \\| y | z |", "- **x \\| y** — B: z"},
		{"at the end", "| A |\n|---|\n| x |", "- **x**"},
		{"no rule", "| not | a table |\nplain", "| not | a table |\nplain"},
		{"none", "# Title\n\ntext", "# Title\n\ntext"},
	} {
		if got := TablesAsLists(tc.in); got != tc.want {
			t.Errorf("%s: got\n%q\nwant\n%q", tc.name, got, tc.want)
		}
	}
}
