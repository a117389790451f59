// Package anchor ties claims to the passages of a source text they came
// from, and finds those passages again after the text was edited.
//
// An anchor (argmap.Anchor) records a byte offset and length, and either the
// passage itself (Quote, with a little context Before and After) or only its
// SHA-256 Hash, for sources whose text the map may not store. Resolve checks
// an anchor against the current text: in place, then by exact search, then
// by a bounded fuzzy match around the expected place.
package anchor

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// ContextLen is how many bytes of context NewAnchor keeps on each side of
// the passage (less at the ends of the text or to keep whole characters).
const ContextLen = 32

// Hash returns the hex SHA-256 of a passage, as stored in Anchor.Hash.
func Hash(passage string) string {
	sum := sha256.Sum256([]byte(passage))
	return hex.EncodeToString(sum[:])
}

// NewAnchor anchors a passage of text: the length bytes at offset, widened
// to whole UTF-8 characters and clamped to the text. It records the quote,
// ContextLen bytes of context each side, the hash and the paragraph locator.
func NewAnchor(source argmap.ID, text string, offset, length int) argmap.Anchor {
	// Clamp before adding, so that huge values cannot overflow.
	offset = min(max(offset, -len(text)-1), len(text))
	length = min(max(length, 0), len(text))
	start, end := clampSpan(text, offset, offset+length)
	return argmap.Anchor{
		Source:    source,
		Paragraph: Locator(text, start),
		Offset:    start,
		Length:    end - start,
		Quote:     text[start:end],
		Before:    before(text, start),
		After:     after(text, end),
		Hash:      Hash(text[start:end]),
	}
}

// clampSpan clamps [start, end) into text and widens it to rune boundaries.
func clampSpan(text string, start, end int) (int, int) {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

func before(text string, start int) string {
	b := max(start-ContextLen, 0)
	for b < start && !utf8.RuneStart(text[b]) {
		b++
	}
	return text[b:start]
}

func after(text string, end int) string {
	e := min(end+ContextLen, len(text))
	for e > end && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	return text[end:e]
}

// Status says whether an anchor still holds.
type Status string

// Statuses of a resolved anchor.
const (
	// OK: the passage is where the anchor says.
	OK Status = "ok"
	// Moved: the passage was found elsewhere, or slightly changed.
	Moved Status = "moved"
	// Broken: the passage is gone (deleted, or changed beyond recognition).
	Broken Status = "broken"
)

// Ways a passage was found, reported in Result.How.
const (
	InPlace = "in place"    // at the stored offset
	Exact   = "exact"       // the same words elsewhere, the only occurrence
	Context = "context"     // the same words elsewhere, picked among several by context
	ByHash  = "hash"        // a window of the stored length whose hash matches
	Fuzzy   = "fuzzy"       // a similar passage near the expected place
	NoMatch = "not found"   // broken: nothing similar enough
	Unusual = "no passage"  // broken: the anchor has neither quote nor hash
	TooLong = "out of text" // broken: (hash-only) the text is shorter than the passage
	// GaveUp: broken, as far as a search bounded in time could tell (a
	// hash-only anchor of a long passage in a long text).
	GaveUp = "not found within the search budget"
)

// MinSimilarity is the least similarity (1 - edit distance / passage length)
// for which a fuzzy match re-anchors a passage.
const MinSimilarity = 0.8

// Result is what Resolve found.
type Result struct {
	Status Status
	// Offset and Length locate the passage in the current text (the stored
	// values when broken).
	Offset, Length int
	// Paragraph is the locator of the paragraph at Offset ("" when broken).
	Paragraph string
	// Similarity is 1 for an exact match, the fuzzy score otherwise, 0 when
	// broken.
	Similarity float64
	// How says how the passage was found or why not (InPlace, Exact, ...).
	How string
}

// Resolve finds the anchor's passage in text. It tries, in order: the
// stored place; the exact words (or, for a hash-only anchor, a window of the
// stored length with the same hash) near the stored place and then anywhere,
// preferring among repeated passages the one whose surroundings match
// Before and After; and, when the anchor has a quote, a fuzzy match within
// MinSimilarity. Whatever it finds, it never changes the anchor: see Apply.
func Resolve(text string, a argmap.Anchor) Result {
	broken := Result{Status: Broken, Offset: a.Offset, Length: a.Length}
	length := a.Length
	if a.Quote != "" {
		length = len(a.Quote)
	}
	if a.Quote == "" && a.Hash == "" {
		broken.How = Unusual
		return broken
	}
	if at(text, a, a.Offset, length) {
		return found(text, OK, a.Offset, length, 1, InPlace)
	}
	if a.Quote != "" {
		if off, n := searchQuote(text, a); n > 0 {
			how := Exact
			if n > 1 {
				how = Context
			}
			return found(text, Moved, off, length, 1, how)
		}
		if off, end, sim := fuzzyFind(text, a); sim >= MinSimilarity {
			return found(text, Moved, off, end-off, sim, Fuzzy)
		}
		broken.How = NoMatch
		return broken
	}
	if length <= 0 || length > len(text) {
		broken.How = TooLong
		return broken
	}
	off, ok, _, cut := searchHash(text, a)
	if ok {
		return found(text, Moved, off, length, 1, ByHash)
	}
	broken.How = NoMatch
	if cut {
		broken.How = GaveUp
	}
	return broken
}

// ResolveInPlace reports the anchor OK when its passage is at the stored
// place: Resolve's first, cheap step (the length of the passage), for
// callers that run the search itself elsewhere.
func ResolveInPlace(text string, a argmap.Anchor) (Result, bool) {
	length := a.Length
	if a.Quote != "" {
		length = len(a.Quote)
	}
	if (a.Quote == "" && a.Hash == "") || !at(text, a, a.Offset, length) {
		return Result{}, false
	}
	return found(text, OK, a.Offset, length, 1, InPlace), true
}

func found(text string, s Status, off, length int, sim float64, how string) Result {
	return Result{Status: s, Offset: off, Length: length, Paragraph: Locator(text, off), Similarity: sim, How: how}
}

// at reports whether the anchor's passage is at [off, off+length) of text.
func at(text string, a argmap.Anchor, off, length int) bool {
	if off < 0 || length < 0 || off > len(text) || length > len(text)-off {
		return false
	}
	if a.Quote != "" {
		return text[off:off+length] == a.Quote
	}
	return strings.EqualFold(Hash(text[off:off+length]), a.Hash)
}

// Apply returns the anchor moved to where r found its passage: new offset,
// length and locator and, when the anchor keeps its quote (or context), the
// passage (and context) as they now read. A broken result leaves the anchor
// as it was.
func (r Result) Apply(text string, a argmap.Anchor) argmap.Anchor {
	if r.Status == Broken {
		return a
	}
	b := a
	b.Offset, b.Length, b.Paragraph = r.Offset, r.Length, r.Paragraph
	n := NewAnchor(a.Source, text, r.Offset, r.Length)
	if a.Quote != "" {
		b.Quote, b.Hash = n.Quote, n.Hash
	}
	// Context is refreshed where the anchor keeps some; a hash-only anchor
	// without context stays without the source's words.
	if a.Quote != "" || a.Before != "" || a.After != "" {
		b.Before, b.After = n.Before, n.After
	}
	return b
}
