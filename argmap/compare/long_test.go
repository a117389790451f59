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
	t.Parallel()
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

// One premise used by 20,000 arguments (a hub), drawn by the student to
// the wrong conclusions: every relation is labelled, in linear time (the
// search for a wrong conclusion rescanned the hub for each relation).
func TestAssessHub(t *testing.T) {
	t.Parallel()
	const n = 20000
	ids := argmap.DeterministicIDs("hub")
	model := argmap.New("hub")
	hub := &argmap.Claim{ID: ids(), Text: "the hub premise"}
	model.Claims = append(model.Claims, hub)
	for i := range n {
		c := &argmap.Claim{ID: ids(), Text: fmt.Sprintf("conclusion number%d", i)}
		model.Claims = append(model.Claims, c)
		model.Arguments = append(model.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{hub.ID}, Target: c.ID, Polarity: argmap.Pro})
	}
	model.Reindex()
	student := reID(model)
	sids := argmap.DeterministicIDs("hub/student")
	for i, a := range student.Arguments {
		// Each to a conclusion of the student's own.
		c := &argmap.Claim{ID: sids(), Text: fmt.Sprintf("elsewhere%d", i)}
		student.Claims = append(student.Claims, c)
		a.Target = c.ID
	}
	student.Reindex()
	g := Assess(model, student, "s")
	wrong := 0
	for _, r := range g.Relations {
		if r.Verdict == WrongConclusion {
			wrong++
		}
	}
	if wrong != n || g.Links != 0 {
		t.Fatalf("%d wrong conclusions, %d correct; want %d and 0", wrong, g.Links, n)
	}
}
