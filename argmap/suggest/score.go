package suggest

import "fmt"

// Span is a passage: Length bytes at Offset.
type Span struct{ Offset, Length int }

// Link is a relation between passages, as scored: From supports or
// attacks To.
type Link struct {
	From, To int // indexes into the spans it goes with
	Attack   bool
}

// Match says when a proposed span stands for a gold one.
type Match int

// Ways of matching spans.
const (
	// Cover: the proposed span covers at least half of the gold span.
	Cover Match = iota
	// Mutual: they overlap by at least half of each (stricter: a
	// sentence that holds two gold units matches at most one).
	Mutual
)

func (m Match) String() string {
	if m == Mutual {
		return "mutual 50% overlap"
	}
	return "covers 50% of the gold unit"
}

// Matches reports whether the proposed span p stands for the gold span g.
func (m Match) Matches(p, g Span) bool { return m.ok(p, g) }

func (m Match) ok(p, g Span) bool {
	o := min(p.Offset+p.Length, g.Offset+g.Length) - max(p.Offset, g.Offset)
	if o <= 0 || 2*o < g.Length {
		return false
	}
	return m == Cover || 2*o >= p.Length
}

// Tally counts matches over a corpus, for micro-averaged precision and
// recall.
type Tally struct {
	Right    int // proposals that match a gold item
	Proposed int
	Found    int // gold items that a proposal matches
	Gold     int
}

// Precision is Right/Proposed (0 with no proposal).
func (t Tally) Precision() float64 { return ratio(t.Right, t.Proposed) }

// Recall is Found/Gold (0 with no gold item).
func (t Tally) Recall() float64 { return ratio(t.Found, t.Gold) }

// F1 is the harmonic mean of precision and recall.
func (t Tally) F1() float64 {
	p, r := t.Precision(), t.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (t Tally) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d/%d proposed, %d/%d gold)", t.Precision(), t.Recall(), t.F1(), t.Right, t.Proposed, t.Found, t.Gold)
}

// Add adds another tally.
func (t *Tally) Add(u Tally) {
	t.Right += u.Right
	t.Proposed += u.Proposed
	t.Found += u.Found
	t.Gold += u.Gold
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ScoreSpans matches proposed spans against gold ones. A text has tens of
// units, so every pair is compared.
func ScoreSpans(proposed, gold []Span, m Match) Tally {
	t := Tally{Proposed: len(proposed), Gold: len(gold)}
	found := make([]bool, len(gold))
	for _, p := range proposed {
		right := false
		for j, g := range gold {
			if m.ok(p, g) {
				right, found[j] = true, true
			}
		}
		if right {
			t.Right++
		}
	}
	for _, f := range found {
		if f {
			t.Found++
		}
	}
	return t
}

// ScoreLinks matches proposed relations between proposed spans against
// gold relations between gold spans: one matches when both its ends match
// (m) the gold relation's ends, in the same direction, with the same
// polarity.
func ScoreLinks(spans []Span, links []Link, gold []Span, goldLinks []Link, m Match) Tally {
	t := Tally{Proposed: len(links), Gold: len(goldLinks)}
	found := make([]bool, len(goldLinks))
	for _, l := range links {
		right := false
		for j, g := range goldLinks {
			if l.Attack == g.Attack && m.ok(spans[l.From], gold[g.From]) && m.ok(spans[l.To], gold[g.To]) {
				right, found[j] = true, true
			}
		}
		if right {
			t.Right++
		}
	}
	for _, f := range found {
		if f {
			t.Found++
		}
	}
	return t
}

// Spans lists the passages of the proposed claims.
func (r *Result) Spans() []Span {
	s := make([]Span, len(r.Claims))
	for i, c := range r.Claims {
		s[i] = Span{c.Offset, c.Length}
	}
	return s
}

// Links lists the proposed relations as links between claims, an
// undercut read as an attack on the claim whose inference it attacks
// (the premise of the attacked relation), as the gold graphs' undercuts
// are read for scoring.
func (r *Result) Links() []Link {
	l := make([]Link, len(r.Relations))
	for i, rel := range r.Relations {
		to := rel.To
		if rel.Undercut {
			to = r.Relations[rel.To].From
		}
		l[i] = Link{From: rel.From, To: to, Attack: rel.Attack}
	}
	return l
}

// Hub is the baseline that every suggester must beat: each sentence a
// claim, and every sentence after the first a reason for the first.
func Hub(text string) ([]Span, []Link) {
	var spans []Span
	var links []Link
	for i, s := range sentences(text, 0, len(text)) {
		spans = append(spans, Span{s.start, s.end - s.start})
		if i > 0 {
			links = append(links, Link{From: i, To: 0})
		}
	}
	return spans, links
}
