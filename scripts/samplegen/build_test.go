package main

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/assets"
)

// articlePath is the article, read in place from the repository's sibling
// folder shared/ (it must never be copied into the repository).
const articlePath = "../../../shared/source/article.txt"

func readArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(articlePath)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: the sample's anchors cannot be checked here", articlePath)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestContentShape checks the content tables without the article: keys,
// card sizes, and a layout without overlapping cards.
func TestContentShape(t *testing.T) {
	const cardW, cardH = 240, 130
	seen := map[string]bool{}
	for _, c := range claims {
		if seen[c.key] {
			t.Errorf("duplicate claim key %q", c.key)
		}
		seen[c.key] = true
		if n := utf8.RuneCountInString(c.text); n > 140 {
			t.Errorf("claim %q: %d characters, more than a card holds", c.key, n)
		}
	}
	for _, a := range arguments {
		if seen[a.key] {
			t.Errorf("argument key %q is also a claim key", a.key)
		}
	}
	for i, a := range claims {
		for _, b := range claims[i+1:] {
			dx := (a.col - b.col) * colWidth
			dy := (a.row - b.row) * rowHeight
			if dx < cardW && dx > -cardW && dy < cardH && dy > -cardH {
				t.Errorf("cards %q and %q overlap", a.key, b.key)
			}
		}
	}
	// No line from a premise to the claim it bears on crosses a third card.
	at := map[string][2]float64{}
	for _, c := range claims {
		at[c.key] = [2]float64{c.col * colWidth, c.row * rowHeight}
	}
	// The canvas joins linked premises that sit side by side with a bar
	// just above them, from the first to the last: no other card of their
	// row may lie under that bar, or it would look like one of them.
	for _, a := range arguments {
		if len(a.premises) < 2 {
			continue
		}
		lo, hi, row := at[a.premises[0]][0], at[a.premises[0]][0], at[a.premises[0]][1]
		mine := map[string]bool{}
		for _, p := range a.premises {
			lo, hi = min(lo, at[p][0]), max(hi, at[p][0])
			mine[p] = true
		}
		for _, c := range claims {
			x := at[c.key]
			if !mine[c.key] && x[1] == row && x[0]+cardW/2 > lo && x[0]-cardW/2 < hi {
				t.Errorf("the card %q lies under the bar of the linked argument %q", c.key, a.key)
			}
		}
	}
	for _, a := range arguments {
		to, ok := at[a.target]
		if !ok {
			continue // an undercutter: its line ends on another line
		}
		for _, from := range legs(a, at, cardH) {
			for _, c := range claims {
				if c.key == a.target || slices.Contains(a.premises, c.key) {
					continue
				}
				if segmentHitsBox(from, to, at[c.key], cardW/2, cardH/2) {
					t.Errorf("a line of %q to %q crosses the card %q", a.key, a.target, c.key)
				}
			}
		}
	}
}

// legs returns where the lines of an argument start on their way to the
// target, as the canvas draws them: linked premises side by side below the
// target join just above their row, at their mean x (a bracket); otherwise
// a line runs from each premise's centre.
func legs(a argSpec, at map[string][2]float64, cardH float64) [][2]float64 {
	first := at[a.premises[0]]
	sameRow := true
	var mean float64
	for _, p := range a.premises {
		sameRow = sameRow && at[p][1] == first[1]
		mean += at[p][0] / float64(len(a.premises))
	}
	if len(a.premises) > 1 && sameRow && at[a.target][1] < first[1] {
		return [][2]float64{{mean, first[1] - cardH/2 - 28}}
	}
	var out [][2]float64
	for _, p := range a.premises {
		out = append(out, at[p])
	}
	return out
}

// segmentHitsBox reports whether the segment a–b passes through the box of
// half-sizes hw, hh centred on c (Liang–Barsky clipping).
func segmentHitsBox(a, b, c [2]float64, hw, hh float64) bool {
	t0, t1 := 0.0, 1.0
	d := [2]float64{b[0] - a[0], b[1] - a[1]}
	for axis, h := range [2]float64{hw, hh} {
		lo, hi := c[axis]-h, c[axis]+h
		if d[axis] == 0 {
			if a[axis] < lo || a[axis] > hi {
				return false
			}
			continue
		}
		u0, u1 := (lo-a[axis])/d[axis], (hi-a[axis])/d[axis]
		if u0 > u1 {
			u0, u1 = u1, u0
		}
		t0, t1 = max(t0, u0), min(t1, u1)
		if t0 > t1 {
			return false
		}
	}
	return true
}

// TestBuild builds the map from the article and checks what the sample
// promises: enough claims, each anchored to a sentence by hash only, linked
// premises, objections, an undercutter, and a critical question.
func TestBuild(t *testing.T) {
	article := readArticle(t)
	m, err := build(article)
	if err != nil {
		t.Fatal(err)
	}
	checkSample(t, m)
	for _, c := range m.Claims {
		r := anchor.Resolve(article, *c.Anchor)
		if r.Status != anchor.OK {
			t.Errorf("claim %q: anchor %s (%s)", c.Text, r.Status, r.How)
		}
	}
}

// checkSample asserts the promises of the sample map on m.
func checkSample(t *testing.T, m *argmap.Map) {
	t.Helper()
	catalogue, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil {
		t.Fatal(err)
	}
	if ps := argmap.Validate(m); len(ps) > 0 {
		t.Errorf("problems: %v", ps)
	}
	if n := len(m.Claims); n < 25 {
		t.Errorf("%d claims, want at least 25", n)
	}
	for i, c := range m.Claims {
		a := c.Anchor
		switch {
		case a == nil:
			t.Errorf("claims[%d]: no anchor", i)
		case !strings.HasPrefix(a.Paragraph, "¶"):
			t.Errorf("claims[%d]: paragraph locator %q", i, a.Paragraph)
		case a.Quote != "" || a.Before != "" || a.After != "":
			t.Errorf("claims[%d]: the anchor stores the article's words", i)
		case len(a.Hash) != 64 || a.Length <= 0 || m.Source(a.Source) == nil:
			t.Errorf("claims[%d]: incomplete anchor %+v", i, *a)
		}
		if !c.Pinned {
			t.Errorf("claims[%d]: not pinned", i)
		}
	}
	roles := m.Roles()
	count := map[argmap.Role]int{}
	for _, r := range roles {
		count[r]++
	}
	if count[argmap.RoleMain] != 1 {
		t.Errorf("%d main conclusions, want 1", count[argmap.RoleMain])
	}
	linked := 0
	for _, a := range m.Arguments {
		if a.Scheme != "" && catalogue.ByID(a.Scheme) == nil {
			t.Errorf("argument %s: scheme %q is not in the catalogue", a.ID, a.Scheme)
		}
		if len(a.Premises) >= 2 {
			linked++
		}
	}
	if linked < 3 {
		t.Errorf("%d arguments with linked premises, want at least 3", linked)
	}
	if count[argmap.RoleObjection] < 4 || count[argmap.RoleRebuttal] < 2 || count[argmap.RoleUndercutter] < 2 {
		t.Errorf("roles %v: want ≥4 objections, ≥2 rebuttals, an undercutter", count)
	}
	kinds := map[argmap.ChallengeKind]int{}
	for _, ch := range m.Challenges {
		kinds[ch.Kind]++
		if ch.Kind == argmap.Object || ch.Kind == argmap.Undercut {
			a := m.Argument(ch.Argument)
			if a == nil || a.Polarity != argmap.Con || a.Target != ch.Target {
				t.Errorf("challenge %s: its con argument does not attack its target", ch.ID)
			}
		}
		if ch.Kind == argmap.CriticalQuestion {
			a := m.Argument(ch.Target)
			if a == nil || a.Scheme == "" {
				t.Errorf("challenge %s: a critical question of an argument with no scheme", ch.ID)
			} else if q := catalogue.CriticalQuestion(a, ch.Question); !strings.Contains(q, "reliable") {
				t.Errorf("challenge %s asks %q, not the trustworthiness question", ch.ID, q)
			}
		}
	}
	if len(m.Challenges) < 4 || kinds[argmap.Undercut] < 1 || kinds[argmap.CriticalQuestion] < 1 || kinds[argmap.Object] < 1 {
		t.Errorf("challenges %v: want ≥4 with an objection, an undercut and a critical question", kinds)
	}
	tagged, colored, commented := 0, 0, 0
	for _, c := range m.Claims {
		if len(c.Tags) > 0 {
			tagged++
		}
		if c.Color != "" {
			colored++
		}
		if len(c.Comments) > 0 {
			commented++
		}
	}
	if tagged == 0 || colored == 0 || commented == 0 {
		t.Errorf("annotations: %d tagged, %d coloured, %d commented claims", tagged, colored, commented)
	}
}
