package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// Long claims of one vocabulary (the shape of a hostile pair of maps: every
// claim shares words with every other) are compared with a bounded number
// of candidates per claim; the matching still pairs each with its copy.
func TestCompareLongSharedTexts(t *testing.T) {
	mk := func(seed string) *argmap.Map {
		ids := argmap.DeterministicIDs(seed)
		m := argmap.New(seed)
		for i := range 300 {
			text := fmt.Sprintf("claim%d ", i) + strings.Repeat("alliance india russia china pact security ", 150)
			m.Claims = append(m.Claims, &argmap.Claim{ID: ids(), Text: text})
		}
		m.Reindex()
		return m
	}
	a, b := mk("long/a"), mk("long/b")
	mt := Match(a, b)
	for i, c := range a.Claims {
		if mt.AtoB[c.ID] != b.Claims[i].ID {
			t.Fatalf("claim %d not paired with its copy", i)
		}
	}
}
