package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Change is one difference between two maps.
type Change struct {
	Op   byte   // '+' added in B, '-' removed from A, '~' changed
	Kind string // "claim", "argument" or "challenge"
	A, B argmap.ID
	Text string // a readable line describing it
}

// String is the change as a line of `argmap diff`.
func (c Change) String() string { return string(c.Op) + " " + c.Text }

// Diff lists what B adds, removes and changes relative to A: claims first,
// then arguments, then challenges, then the map's details and sources.
// Every field that matters to a reader is compared: a claim's text, assessment, tags, colour, comments, links and
// source anchor; an argument's polarity, target, premises, scheme, tags,
// colour, comments and links; a challenge's kind, target, status, note and
// answer. Positions are not: moving a card changes no reasoning.
func Diff(a, b *argmap.Map) []Change { return DiffMatched(a, b, Match(a, b)) }

// DiffMatched is Diff with the claims paired by mt (a matching with a
// teacher's overrides, say).
func DiffMatched(a, b *argmap.Map, mt Matching) []Change {
	var out []Change
	for _, c := range a.Claims {
		id, ok := mt.AtoB[c.ID]
		if !ok {
			out = append(out, Change{Op: '-', Kind: "claim", A: c.ID, Text: fmt.Sprintf("claim %q", c.Text)})
			continue
		}
		if d := claimChanges(c, b.Claim(id)); d != "" {
			out = append(out, Change{Op: '~', Kind: "claim", A: c.ID, B: id, Text: fmt.Sprintf("claim %q: %s", c.Text, d)})
		}
	}
	for _, c := range b.Claims {
		if _, ok := mt.BtoA[c.ID]; !ok {
			out = append(out, Change{Op: '+', Kind: "claim", B: c.ID, Text: fmt.Sprintf("claim %q", c.Text)})
		}
	}
	am := matchArguments(a, b, mt)
	used := make(map[argmap.ID]bool, len(am))
	for _, x := range a.Arguments {
		y, ok := am[x.ID]
		if !ok {
			out = append(out, Change{Op: '-', Kind: "argument", A: x.ID, Text: "argument " + describe(a, x)})
			continue
		}
		used[y] = true
		if d := argumentChanges(a, b, x, b.Argument(y), mt, am); d != "" {
			out = append(out, Change{Op: '~', Kind: "argument", A: x.ID, B: y, Text: "argument " + describe(a, x) + ": " + d})
		}
	}
	for _, y := range b.Arguments {
		if !used[y.ID] {
			out = append(out, Change{Op: '+', Kind: "argument", B: y.ID, Text: "argument " + describe(b, y)})
		}
	}
	out = append(out, challengeChanges(a, b, mt, am)...)
	return append(out, metaChanges(a, b)...)
}

// metaChanges lists changes of the map's own details and of its sources.
func metaChanges(a, b *argmap.Map) []Change {
	var out []Change
	mc := func(text string) { out = append(out, Change{Op: '~', Kind: "map", Text: text}) }
	if a.Meta.Title != b.Meta.Title {
		mc(fmt.Sprintf("map title %q → %q", a.Meta.Title, b.Meta.Title))
	}
	if a.Meta.Source != b.Meta.Source {
		mc(fmt.Sprintf("map source %q → %q", clip(a.Meta.Source), clip(b.Meta.Source)))
	}
	if !slices.Equal(a.Meta.Authors, b.Meta.Authors) {
		mc(fmt.Sprintf("map authors [%s] → [%s]", strings.Join(a.Meta.Authors, ", "), strings.Join(b.Meta.Authors, ", ")))
	}
	if a.Meta.Exercise != b.Meta.Exercise {
		mc(fmt.Sprintf("exercise sheet %v → %v", a.Meta.Exercise, b.Meta.Exercise))
	}
	inB := make(map[argmap.ID]*argmap.Source, len(b.Sources))
	for _, s := range b.Sources {
		inB[s.ID] = s
	}
	seen := make(map[argmap.ID]bool, len(a.Sources))
	for _, x := range a.Sources {
		seen[x.ID] = true
		y := inB[x.ID]
		switch {
		case y == nil:
			out = append(out, Change{Op: '-', Kind: "source", Text: fmt.Sprintf("source %q (%s)", x.Name, x.Path)})
		case *x != *y:
			var d []string
			if x.Name != y.Name {
				d = append(d, fmt.Sprintf("name → %q", y.Name))
			}
			if x.Path != y.Path {
				d = append(d, fmt.Sprintf("path %s → %s", or(x.Path, "none"), or(y.Path, "none")))
			}
			if x.Hash != y.Hash {
				d = append(d, "the text's hash changed")
			}
			out = append(out, Change{Op: '~', Kind: "source", Text: fmt.Sprintf("source %q: %s", x.Name, strings.Join(d, "; "))})
		}
	}
	for _, y := range b.Sources {
		if !seen[y.ID] {
			out = append(out, Change{Op: '+', Kind: "source", Text: fmt.Sprintf("source %q (%s)", y.Name, y.Path)})
		}
	}
	return out
}

// mapper translates A's IDs of claims and arguments into B's.
type mapper struct {
	mt Matching
	am map[argmap.ID]argmap.ID
}

func (p mapper) id(id argmap.ID) (argmap.ID, bool) {
	if y, ok := p.mt.AtoB[id]; ok {
		return y, true
	}
	y, ok := p.am[id]
	return y, ok
}

// matchArguments pairs arguments by ID, then by structure in stages: the
// same polarity, target and premises; the same target and premises (the
// polarity changed); the same premises (the target changed); the same
// target and polarity with a premise in common (the premises changed).
// Each stage looks keys up in a table, so the work is linear. Two passes,
// so that undercutters find the inferences paired in the first.
func matchArguments(a, b *argmap.Map, mt Matching) map[argmap.ID]argmap.ID {
	out := map[argmap.ID]argmap.ID{}
	taken := map[argmap.ID]bool{}
	for _, x := range a.Arguments {
		if b.Argument(x.ID) != nil && !taken[x.ID] {
			out[x.ID] = x.ID
			taken[x.ID] = true
		}
	}
	mp := mapper{mt, out}
	premKey := func(ids []argmap.ID, mapID func(argmap.ID) string) string {
		ps := make([]string, len(ids))
		for i, p := range ids {
			ps[i] = mapID(p)
		}
		slices.Sort(ps)
		return strings.Join(ps, ",")
	}
	ident := func(id argmap.ID) string { return id.String() }
	mapA := func(id argmap.ID) string {
		if y, ok := mp.id(id); ok {
			return y.String()
		}
		return "?" + id.String()
	}
	keys := []func(x *argmap.Argument, f func(argmap.ID) string) string{
		func(x *argmap.Argument, f func(argmap.ID) string) string {
			return string(x.Polarity) + ">" + f(x.Target) + "<" + premKey(x.Premises, f)
		},
		func(x *argmap.Argument, f func(argmap.ID) string) string {
			return f(x.Target) + "<" + premKey(x.Premises, f)
		},
		func(x *argmap.Argument, f func(argmap.ID) string) string { return "<" + premKey(x.Premises, f) },
	}
	for pass := 0; pass < 2; pass++ {
		for _, key := range keys {
			byKey := map[string][]argmap.ID{}
			for _, y := range b.Arguments {
				if !taken[y.ID] {
					k := key(y, ident)
					byKey[k] = append(byKey[k], y.ID)
				}
			}
			for _, x := range a.Arguments {
				if _, ok := out[x.ID]; ok {
					continue
				}
				k := key(x, mapA)
				for len(byKey[k]) > 0 && taken[byKey[k][0]] {
					byKey[k] = byKey[k][1:]
				}
				if ys := byKey[k]; len(ys) > 0 {
					out[x.ID], taken[ys[0]] = ys[0], true
					byKey[k] = ys[1:]
				}
			}
		}
		// The same target and polarity, a premise in common.
		byPrem := map[string][]argmap.ID{}
		for _, y := range b.Arguments {
			if taken[y.ID] {
				continue
			}
			for _, p := range y.Premises {
				k := string(y.Polarity) + ">" + y.Target.String() + "<" + p.String()
				byPrem[k] = append(byPrem[k], y.ID)
			}
		}
	next:
		for _, x := range a.Arguments {
			if _, ok := out[x.ID]; ok {
				continue
			}
			for _, p := range x.Premises {
				k := string(x.Polarity) + ">" + mapA(x.Target) + "<" + mapA(p)
				ys := byPrem[k]
				for len(ys) > 0 && taken[ys[0]] {
					ys = ys[1:] // taken stays taken: drop it for good
				}
				byPrem[k] = ys
				if len(ys) > 0 {
					out[x.ID], taken[ys[0]] = ys[0], true
					continue next
				}
			}
		}
	}
	return out
}

func claimChanges(x, y *argmap.Claim) string {
	var d []string
	if x.Text != y.Text {
		d = append(d, fmt.Sprintf("text → %q", y.Text))
	}
	if x.Assessment != y.Assessment {
		d = append(d, fmt.Sprintf("assessment %s → %s", or(string(x.Assessment), "none"), or(string(y.Assessment), "none")))
	}
	if s := anchorChange(x.Anchor, y.Anchor); s != "" {
		d = append(d, s)
	}
	return strings.Join(append(d, annotationChanges(x.Annotations, y.Annotations)...), "; ")
}

func anchorChange(x, y *argmap.Anchor) string {
	switch {
	case x == nil && y == nil:
		return ""
	case x == nil:
		return "anchor added (" + or(y.Paragraph, "no locator") + ")"
	case y == nil:
		return "anchor removed (" + or(x.Paragraph, "no locator") + ")"
	case *x == *y:
		return ""
	case x.Paragraph != y.Paragraph:
		return fmt.Sprintf("anchor %s → %s", or(x.Paragraph, "no locator"), or(y.Paragraph, "no locator"))
	}
	var fs []string
	if x.Source != y.Source {
		fs = append(fs, "source")
	}
	if x.Offset != y.Offset || x.Length != y.Length {
		fs = append(fs, fmt.Sprintf("bytes %d+%d → %d+%d", x.Offset, x.Length, y.Offset, y.Length))
	}
	if x.Quote != y.Quote {
		fs = append(fs, "quote")
	}
	if x.Before != y.Before || x.After != y.After {
		fs = append(fs, "context")
	}
	if x.Hash != y.Hash {
		fs = append(fs, "hash")
	}
	return "anchor " + or(x.Paragraph, "") + " changed: " + strings.Join(fs, ", ")
}

func annotationChanges(x, y argmap.Annotations) []string {
	var d []string
	if !slices.Equal(x.Tags, y.Tags) {
		d = append(d, fmt.Sprintf("tags [%s] → [%s]", strings.Join(x.Tags, " "), strings.Join(y.Tags, " ")))
	}
	if x.Color != y.Color {
		d = append(d, fmt.Sprintf("colour %s → %s", or(x.Color, "default"), or(y.Color, "default")))
	}
	if len(x.Comments) != len(y.Comments) {
		d = append(d, fmt.Sprintf("%d → %d comments", len(x.Comments), len(y.Comments)))
	} else {
		for i := range x.Comments {
			if x.Comments[i].Text != y.Comments[i].Text || x.Comments[i].Author != y.Comments[i].Author {
				d = append(d, fmt.Sprintf("comment %d → %q", i+1, clip(y.Comments[i].Text)))
			}
			if x.Comments[i].Private != y.Comments[i].Private {
				d = append(d, fmt.Sprintf("comment %d %s", i+1, map[bool]string{true: "made private", false: "released"}[y.Comments[i].Private]))
			}
		}
	}
	if !slices.Equal(x.Links, y.Links) {
		d = append(d, fmt.Sprintf("links [%s] → [%s]", strings.Join(x.Links, " "), strings.Join(y.Links, " ")))
	}
	return d
}

func argumentChanges(a, b *argmap.Map, x, y *argmap.Argument, mt Matching, am map[argmap.ID]argmap.ID) string {
	mp := mapper{mt, am}
	var d []string
	if x.Polarity != y.Polarity {
		d = append(d, fmt.Sprintf("polarity %s → %s", x.Polarity, y.Polarity))
	}
	if t, ok := mp.id(x.Target); !ok || t != y.Target {
		d = append(d, fmt.Sprintf("target %s → %s", quoteText(a, x.Target), quoteText(b, y.Target)))
	}
	have := make(map[argmap.ID]bool, len(y.Premises))
	for _, p := range y.Premises {
		have[p] = true
	}
	mapped := make(map[argmap.ID]bool, len(x.Premises))
	for _, p := range x.Premises {
		q, ok := mp.id(p)
		if ok {
			mapped[q] = true
		}
		if !ok || !have[q] {
			d = append(d, "premise removed "+quoteText(a, p))
		}
	}
	for _, p := range y.Premises {
		if !mapped[p] {
			d = append(d, "premise added "+quoteText(b, p))
		}
	}
	if x.Scheme != y.Scheme {
		d = append(d, fmt.Sprintf("scheme %s → %s", or(x.Scheme, "none"), or(y.Scheme, "none")))
	}
	return strings.Join(append(d, annotationChanges(x.Annotations, y.Annotations)...), "; ")
}

// challengeChanges pairs challenges by ID, else by kind, target and
// question, and lists what was added, removed or changed.
func challengeChanges(a, b *argmap.Map, mt Matching, am map[argmap.ID]argmap.ID) []Change {
	mp := mapper{mt, am}
	byID := make(map[argmap.ID]*argmap.Challenge, len(b.Challenges))
	byKey := map[string][]*argmap.Challenge{}
	key := func(c *argmap.Challenge, t argmap.ID) string {
		return fmt.Sprintf("%s>%s#%d", c.Kind, t, c.Question)
	}
	for _, c := range b.Challenges {
		byID[c.ID] = c
		k := key(c, c.Target)
		byKey[k] = append(byKey[k], c)
	}
	used := map[*argmap.Challenge]bool{}
	var out []Change
	name := func(m *argmap.Map, c *argmap.Challenge) string {
		return fmt.Sprintf("challenge %s on %s", c.Kind, quoteText(m, c.Target))
	}
	for _, x := range a.Challenges {
		y := byID[x.ID]
		if y == nil || used[y] {
			y = nil
			if t, ok := mp.id(x.Target); ok {
				k := key(x, t)
				cs := byKey[k]
				for len(cs) > 0 && used[cs[0]] {
					cs = cs[1:]
				}
				byKey[k] = cs
				if len(cs) > 0 {
					y = cs[0]
				}
			}
		}
		if y == nil {
			out = append(out, Change{Op: '-', Kind: "challenge", A: x.ID, Text: name(a, x)})
			continue
		}
		used[y] = true
		var d []string
		if x.Kind != y.Kind {
			d = append(d, fmt.Sprintf("kind %s → %s", x.Kind, y.Kind))
		}
		if t, ok := mp.id(x.Target); !ok || t != y.Target {
			d = append(d, fmt.Sprintf("target → %s", quoteText(b, y.Target)))
		}
		if x.Question != y.Question {
			d = append(d, fmt.Sprintf("question %d → %d", x.Question, y.Question))
		}
		if x.Status != y.Status {
			d = append(d, fmt.Sprintf("status %s → %s", x.Status, y.Status))
		}
		if x.Note != y.Note {
			d = append(d, fmt.Sprintf("note → %q", clip(y.Note)))
		}
		if x.Answer != y.Answer {
			d = append(d, fmt.Sprintf("answer → %q", clip(y.Answer)))
		}
		if len(d) > 0 {
			out = append(out, Change{Op: '~', Kind: "challenge", A: x.ID, B: y.ID, Text: name(a, x) + ": " + strings.Join(d, "; ")})
		}
	}
	for _, y := range b.Challenges {
		if !used[y] {
			out = append(out, Change{Op: '+', Kind: "challenge", B: y.ID, Text: name(b, y)})
		}
	}
	return out
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// describe renders an argument as `pro: "p1" + "p2" → "target"`.
func describe(m *argmap.Map, a *argmap.Argument) string {
	ps := make([]string, len(a.Premises))
	for i, p := range a.Premises {
		ps[i] = quoteText(m, p)
	}
	return fmt.Sprintf("%s: %s → %s", a.Polarity, strings.Join(ps, " + "), quoteText(m, a.Target))
}

func quoteText(m *argmap.Map, id argmap.ID) string {
	return quoteDepth(m, id, 0)
}

// quoteDepth names a claim by its text and an inference by its parts; deep
// chains of undercutters are cut short.
func quoteDepth(m *argmap.Map, id argmap.ID, depth int) string {
	if c := m.Claim(id); c != nil {
		return fmt.Sprintf("%q", clip(c.Text))
	}
	if a := m.Argument(id); a != nil && depth < 2 {
		ps := make([]string, len(a.Premises))
		for i, p := range a.Premises {
			ps[i] = quoteDepth(m, p, depth+1)
		}
		return fmt.Sprintf("(the inference %s: %s → %s)", a.Polarity, strings.Join(ps, " + "), quoteDepth(m, a.Target, depth+1))
	}
	return id.String()[:8]
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 50 {
		return s
	}
	return string(r[:49]) + "…"
}
