package compare

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestMergePrivate checks that a three-way merge keeps the side that
// changed a comment's private mark, in either direction.
func TestMergePrivate(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("merge-private")
	claim, comment := ids(), ids()
	mapWith := func(private bool) *argmap.Map {
		m := argmap.New("m")
		m.Claims = []*argmap.Claim{{ID: claim, Text: "a"}}
		m.Claims[0].Comments = []argmap.Comment{{ID: comment, Text: "rubric", Private: private}}
		m.Reindex()
		return m
	}
	for _, tc := range []struct {
		name               string
		base, ours, theirs bool
		want               bool
	}{
		{"theirs made it private", false, false, true, true},
		{"ours made it private", false, true, false, true},
		{"theirs released it", true, true, false, false},
		{"ours released it", true, false, true, false},
		{"both private", true, true, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := Merge(mapWith(tc.base), mapWith(tc.ours), mapWith(tc.theirs))
			if got := m.Claim(claim).Comments[0].Private; got != tc.want {
				t.Errorf("private = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDiffPrivate checks that diff names a comment made private or
// released.
func TestDiffPrivate(t *testing.T) {
	t.Parallel()
	ids := argmap.DeterministicIDs("diff-private")
	claim, comment := ids(), ids()
	mapWith := func(private bool) *argmap.Map {
		m := argmap.New("m")
		m.Claims = []*argmap.Claim{{ID: claim, Text: "a"}}
		m.Claims[0].Comments = []argmap.Comment{{ID: comment, Text: "rubric", Private: private}}
		m.Reindex()
		return m
	}
	for _, tc := range []struct {
		name     string
		from, to bool
		want     string
	}{
		{"made private", false, true, "comment 1 made private"},
		{"released", true, false, "comment 1 released"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Diff(mapWith(tc.from), mapWith(tc.to))
			if len(d) != 1 || !strings.Contains(d[0].String(), tc.want) {
				t.Errorf("diff %v, want one change with %q", d, tc.want)
			}
		})
	}
	if d := Diff(mapWith(true), mapWith(true)); len(d) != 0 {
		t.Errorf("diff of equal maps: %v", d)
	}
}
