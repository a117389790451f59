package main

import (
	"github.com/argmap/argmap/internal/shared"
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
	shared.Path(t, "source/article.txt")
	b, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestContentShape checks the content tables without the article: keys,
// card texts, the size of the map, and the scheme questions the challenges
// name. The drawing itself is checked on the committed map (TestDrawing).
func TestContentShape(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range claims {
		if seen[c.key] {
			t.Errorf("duplicate claim key %q", c.key)
		}
		seen[c.key] = true
		if n := utf8.RuneCountInString(c.text); n > 140 {
			t.Errorf("claim %q: %d characters, more than a card holds", c.key, n)
		}
		if c.color == criticColor && !slices.Contains(c.tags, "critic") {
			t.Errorf("claim %q: the critic's colour without the critic's tag", c.key)
		}
	}
	if n := len(claims); n < 25 || n > 45 {
		t.Errorf("%d claims, want 25 to 45: enough to teach, few enough to read", n)
	}
	for _, a := range arguments {
		if seen[a.key] {
			t.Errorf("argument key %q is also a claim key", a.key)
		}
	}
	catalogue, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil {
		t.Fatal(err)
	}
	// The question constants name the questions the notes ask.
	for _, q := range []struct {
		scheme string
		index  int
		word   string
	}{
		{"position-to-know", cqTrustworthySource, "trustworthy"},
		{"negative-consequences", cqOutweigh, "outweigh"},
		{"expert-opinion", cqCheckableEvidence, "evidence"},
	} {
		text, _ := catalogue.ByID(q.scheme).Question(q.index)
		if !strings.Contains(text, q.word) {
			t.Errorf("%s question %d is %q, not the one about %q", q.scheme, q.index, text, q.word)
		}
	}
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
	if n := len(m.Claims); n < 25 || n > 45 {
		t.Errorf("%d claims, want 25 to 45", n)
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
	if count[argmap.RoleObjection] < 4 || count[argmap.RoleUndercutter] < 3 {
		t.Errorf("roles %v: want ≥4 objections and ≥3 undercutters", count)
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
			} else if q := catalogue.QuestionText(m, a.ID, ch.Question); q == "" || strings.ContainsAny(q, "{}") {
				t.Errorf("challenge %s asks %q: no question, or one with an unfilled slot", ch.ID, q)
			}
		}
		if ch.Kind == argmap.Question {
			if c := m.Claim(ch.Target); c == nil || c.Assessment != argmap.Questioned {
				t.Errorf("challenge %s questions a claim that is not assessed questioned", ch.ID)
			}
		}
	}
	if kinds[argmap.Undercut] < 1 || kinds[argmap.CriticalQuestion] < 3 || kinds[argmap.Object] < 3 || kinds[argmap.Question] < 1 {
		t.Errorf("challenges %v: want objections, an undercut, questions and critical questions", kinds)
	}
	tagged, colored, commented, assessed := 0, 0, 0, 0
	for _, c := range m.Claims {
		if c.Assessment != argmap.Unassessed {
			assessed++
		}
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
	if tagged == 0 || colored == 0 || commented == 0 || assessed < len(m.Claims)/2 {
		t.Errorf("annotations: %d tagged, %d coloured, %d commented, %d assessed claims", tagged, colored, commented, assessed)
	}
}
