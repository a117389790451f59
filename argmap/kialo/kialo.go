// Package kialo reads Kialo's plain-text discussion exports:
//
//	Discussion Title: Should hate speech be illegal?
//
//	1. Hate speech should be banned.
//	1.1. Con: It is better to challenge bad ideas than to ban them.
//	1.1.1. Pro: -> See 1.3.2.
//
// The thesis ("1.") becomes the main claim; each "Pro:" line a claim with a
// pro argument to its parent (the path without its last number), each "Con:"
// line a claim with a con argument. A line "-> See 1.4." makes no claim of
// its own: the linked claim gets a second argument, to this line's parent,
// and the line's children hang on the linked claim. A link to another
// discussion ("-> See discussion #8515: …") stays a claim with that text,
// since its target is not in the file. Lines without a path continue the
// text of the claim above. Markdown escapes ("\(") are removed and link URLs
// are kept as the claim's links.
package kialo

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// A claim line: its path ("1.2.10."), then "Pro:" or "Con:" except for the
// thesis, then the text.
var (
	claimLine = lazyregexp.New(`^((?:[0-9]+\.)+)[ \t]+(?:(Pro|Con):[ \t]*)?(.*)$`)
	seeLine   = lazyregexp.New(`^->[ \t]*See[ \t]+((?:[0-9]+\.)+)[ \t]*$`)
	linkURL   = lazyregexp.New(`\]\((https?://[^)\s]+)\)`)
)

// entry is one numbered line of the outline.
type entry struct {
	line     int
	path     string
	polarity argmap.Polarity // "" for the thesis
	text     string
	more     []string // continuation lines, joined to text at the end
	runes    int      // characters of text and more so far
	see      string   // the path a "-> See" line links to
	claim    argmap.ID
	// resolving is set while resolve follows links from this entry, to
	// tell a circle of links; done when claim holds the resolved claim.
	resolving, done bool
}

// Decode reads a Kialo text export. Errors name the line:
// "line 12: 1.4.2.: its parent 1.4. is not in the discussion".
func Decode(data []byte) (*argmap.Map, error) { return DecodeWith(data, nil) }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, error) {
	if !utf8.Valid(data) {
		return nil, argmap.LineError(argmap.KindSyntax, badLine(data), 0, "invalid UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	m := argmap.New("")
	var entries []*entry
	byPath := map[string]*entry{}
	// Line by line: a slice of every line would cost 16 bytes a line, more
	// than the file itself when it is mostly line ends.
	rest, n := string(data), 0
	for more := true; more; {
		var raw string
		raw, rest, more = strings.Cut(rest, "\n")
		n++
		line := strings.TrimRight(raw, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(entries) == 0 && m.Meta.Title == "" {
			if t, ok := strings.CutPrefix(line, "Discussion Title:"); ok {
				m.Meta.Title = strings.TrimSpace(t)
				continue
			}
		}
		sub := claimLine.FindStringSubmatch(line)
		isClaim := sub != nil && (sub[2] != "" || sub[1] == "1." && len(entries) == 0)
		if !isClaim {
			if len(entries) == 0 {
				return nil, argmap.LineError(argmap.KindFormat, n, 0, "expected the thesis \"1. …\", found %q", clip(line))
			}
			// A continuation line: the claim's text goes on. The lines are
			// kept and joined once (adding each to the text copied it
			// whole, quadratic in the lines), and the length is checked
			// as they come, so that the fault is the line that passes it.
			// Unescaping may halve a text: twice the limit is surely too
			// long (CheckLimits checks the text as it ends up).
			last := entries[len(entries)-1]
			last.more = append(last.more, line)
			last.runes += 1 + utf8.RuneCountInString(line)
			if last.runes > 2*argmap.MaxText {
				return nil, argmap.LineError(argmap.KindLimit, n, 0, "%s: the claim's text is longer than %d characters, the limit", last.path, argmap.MaxText)
			}
			continue
		}
		e := &entry{line: n, path: sub[1], text: sub[3], runes: utf8.RuneCountInString(sub[3])}
		switch sub[2] {
		case "Pro":
			e.polarity = argmap.Pro
		case "Con":
			e.polarity = argmap.Con
		}
		if len(entries) == 0 && e.path != "1." {
			return nil, argmap.LineError(argmap.KindSyntax, n, 0, "%s: expected the thesis \"1. …\" first", e.path)
		}
		if first, dup := byPath[e.path]; dup {
			return nil, argmap.LineError(argmap.KindReference, n, 0, "%s: the path is taken (line %d)", e.path, first.line)
		}
		if len(entries) > 0 {
			if _, ok := byPath[parentPath(e.path)]; !ok {
				return nil, argmap.LineError(argmap.KindReference, n, 0, "%s: its parent %s is not in the discussion", e.path, parentPath(e.path))
			}
		}
		// The thesis has no parent to link from: its text stays text.
		if s := seeLine.FindStringSubmatch(e.text); s != nil && len(entries) > 0 {
			e.see = s[1]
		}
		byPath[e.path] = e
		entries = append(entries, e)
	}
	if len(entries) == 0 {
		return nil, argmap.LineError(argmap.KindFormat, n, 0, "no thesis \"1. …\": not a Kialo discussion")
	}
	// Claims first, so that links may point forward.
	for _, e := range entries {
		if e.see != "" {
			continue
		}
		if e.more != nil {
			e.text += "\n" + strings.Join(e.more, "\n")
			e.more = nil
		}
		text := unescape(strings.TrimSpace(e.text))
		if text == "" {
			return nil, argmap.LineError(argmap.KindInvalid, e.line, 0, "%s: empty claim", e.path)
		}
		c := &argmap.Claim{ID: ids.New(), Text: text, Annotations: argmap.Annotations{Links: links(text)}}
		e.claim = c.ID
		m.Claims = append(m.Claims, c)
	}
	if m.Meta.Title == "" {
		m.Meta.Title = m.Claims[0].Text
	}
	m.Meta.Source = "Kialo discussion export"
	// resolve follows "-> See" links to the claim they stand for. Each
	// entry is resolved once and remembers its claim, so a long chain of
	// links costs its length once, not once per entry on it (quadratic).
	var chain []*entry
	resolve := func(e *entry) (argmap.ID, error) {
		chain = chain[:0]
		for e.see != "" && !e.done {
			if e.resolving {
				return argmap.NilID, argmap.LineError(argmap.KindReference, e.line, 0, "%s: the links go round in a circle", e.path)
			}
			t := byPath[e.see]
			if t == nil {
				return argmap.NilID, argmap.LineError(argmap.KindReference, e.line, 0, "%s: links to %s, which is not in the discussion", e.path, e.see)
			}
			e.resolving = true
			chain = append(chain, e)
			e = t
		}
		for _, c := range chain {
			c.claim, c.done, c.resolving = e.claim, true, false
		}
		return e.claim, nil
	}
	type link struct{ from, to argmap.ID }
	made := map[link]bool{}
	for _, e := range entries[1:] {
		premise, err := resolve(e)
		if err != nil {
			return nil, err
		}
		target, err := resolve(byPath[parentPath(e.path)])
		if err != nil {
			return nil, err
		}
		// A link to the parent itself, or one that repeats an argument,
		// adds nothing.
		if premise == target || made[link{premise, target}] {
			continue
		}
		made[link{premise, target}] = true
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{premise}, Target: target, Polarity: e.polarity})
	}
	m.Reindex()
	return m, nil
}

// Sniff reports whether data looks like a Kialo export: its first line is
// "Discussion Title:" or the thesis "1. ".
func Sniff(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return bytes.HasPrefix(data, []byte("Discussion Title:")) || bytes.HasPrefix(data, []byte("1. "))
}

func parentPath(p string) string {
	p = strings.TrimSuffix(p, ".")
	if i := strings.LastIndex(p, "."); i >= 0 {
		return p[:i+1]
	}
	return ""
}

// unescape removes Markdown's backslash escapes of ASCII punctuation.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|~\"'", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func links(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range linkURL.FindAllStringSubmatch(text, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	return out
}

func badLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:39]) + "…"
	}
	return s
}
