package find

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// host is the editor as far as the dialog sees it: a document.
type host struct{ doc *document.Document }

func (h host) Doc() *document.Document { return h.doc }

// TestFind: the dialog lists what matches as the user types, says how
// many, bounds the list, and jumps to the hit chosen.
func TestFind(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Find")
	school := b.Claim("Schools should start later.")
	b.Claim("Teenagers need more sleep.")
	b.Claim("Homework keeps them up.", argmaptest.Tags("sleep"))
	for i := range MaxHitsShown + 1 {
		b.Claim(fmt.Sprintf("Filler %d", i))
	}
	h := host{document.New(b.Map(), "", nil)}
	win := test.NewTempApp(t).NewWindow("find")
	var jumped []argmap.ID
	f := Show(h, win, "", func(id argmap.ID) { jumped = append(jumped, id) })
	for _, tc := range []struct {
		query   string
		hits    int
		summary string
	}{
		{"", 0, ""},
		{"SCHOOLS", 1, "1 match"},
		{"sleep", 2, "2 matches"}, // a text and a tag
		{"no such words", 0, "No matches"},
		{"filler", MaxHitsShown, fmt.Sprintf("%d matches; the first %d shown", MaxHitsShown+1, MaxHitsShown)},
	} {
		f.Entry().SetText(tc.query)
		if len(f.Hits()) != tc.hits || f.Summary() != tc.summary {
			t.Errorf("%q: %d hits (%q), want %d (%q)", tc.query, len(f.Hits()), f.Summary(), tc.hits, tc.summary)
		}
	}
	f.Entry().SetText("schools")
	f.Entry().OnSubmitted(f.Query()) // Enter chooses the first
	if len(jumped) != 1 || jumped[0] != school {
		t.Fatalf("jumped to %v, want the claim about schools", jumped)
	}
	// Shown again with the last query, it lists its hits at once.
	g := Show(h, win, f.Query(), func(argmap.ID) {})
	if g.Query() != "schools" || len(g.Hits()) != 1 {
		t.Errorf("reopened with %q and %d hits", g.Query(), len(g.Hits()))
	}
	// It comes back selected: what the user types replaces it.
	test.Type(g.Entry(), "sleep")
	if g.Query() != "sleep" {
		t.Errorf("typing into the reopened query gave %q, want %q", g.Query(), "sleep")
	}
}
