package anchor

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// maxOccurrences bounds how many exact occurrences of a quote are weighed.
const maxOccurrences = 100_000

// hashBudget bounds the bytes hashed when a hash-only anchor is searched
// for anywhere in the text (each candidate window costs its length).
const hashBudget = 16 << 20

// nearSlack is how far around the stored place a passage is first sought.
func nearSlack(length int) int { return max(4*length, 16<<10) }

// candidate is a place where the passage may be, scored for choosing.
type candidate struct {
	off int
	ctx int // bytes of Before and After that agree with the text around it
}

// better reports whether c should be preferred to d for an anchor expected
// at expected: more agreeing context first, then nearer the stored place,
// then earlier.
func (c candidate) better(d candidate, expected int) bool {
	if c.ctx != d.ctx {
		return c.ctx > d.ctx
	}
	dc, dd := abs(c.off-expected), abs(d.off-expected)
	if dc != dd {
		return dc < dd
	}
	return c.off < d.off
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// contextScore counts how many bytes of the anchor's Before end the text
// before off, and how many of its After begin the text after end.
func contextScore(text string, a argmap.Anchor, off, end int) int {
	n := 0
	for i := 1; i <= len(a.Before) && i <= off; i++ {
		if a.Before[len(a.Before)-i] != text[off-i] {
			break
		}
		n++
	}
	for i := 0; i < len(a.After) && end+i < len(text); i++ {
		if a.After[i] != text[end+i] {
			break
		}
		n++
	}
	return n
}

// searchQuote finds the exact occurrences of a.Quote and returns the best
// one by context and nearness, with how many there were (0: none).
func searchQuote(text string, a argmap.Anchor) (int, int) {
	q := a.Quote
	var best candidate
	n := 0
	for from := 0; from <= len(text)-len(q) && n < maxOccurrences; {
		i := strings.Index(text[from:], q)
		if i < 0 {
			break
		}
		c := candidate{off: from + i}
		c.ctx = contextScore(text, a, c.off, c.off+len(q))
		if n == 0 || c.better(best, a.Offset) {
			best = c
		}
		n++
		// Step one character, so that overlapping occurrences count too.
		_, size := utf8.DecodeRuneInString(text[c.off:])
		from = c.off + size
	}
	return best.off, n
}

// searchHash finds a window of a.Length bytes whose hash is a.Hash. It
// tries, in order, windows starting at sentence starts (a passage taken
// from whole sentences stays one), then every start near the stored place,
// then every word start anywhere within hashBudget. Within the first phase
// that finds any, it picks the best by context and nearness.
func searchHash(text string, a argmap.Anchor) (int, bool) {
	L := a.Length
	want, err := hex.DecodeString(a.Hash)
	if err != nil || len(want) != sha256.Size {
		return 0, false
	}
	var best candidate
	found := false
	buf := make([]byte, 0, L)
	try := func(off int) {
		if off < 0 || off+L > len(text) || !utf8.RuneStart(text[off]) {
			return
		}
		// Hash a reused copy: converting each window would allocate.
		buf = append(buf[:0], text[off:off+L]...)
		if sum := sha256.Sum256(buf); !bytes.Equal(sum[:], want) {
			return
		}
		c := candidate{off: off, ctx: contextScore(text, a, off, off+L)}
		if !found || c.better(best, a.Offset) {
			best, found = c, true
		}
	}
	for _, p := range Paragraphs(text) {
		for _, s := range Sentences(text, p) {
			try(s.Start)
		}
	}
	if found {
		return best.off, true
	}
	lo := max(a.Offset-nearSlack(L), 0)
	hi := min(a.Offset+nearSlack(L), len(text)-L)
	for off := lo; off <= hi; off++ {
		try(off)
	}
	if found {
		return best.off, true
	}
	spent := max(hi-lo+1, 0) * L
	for off := 0; off <= len(text)-L && spent < hashBudget; off++ {
		if lo <= off && off <= hi {
			off = hi // already tried [lo, hi]
			continue
		}
		if wordStart(text, off) {
			try(off)
			spent += L
		}
	}
	return best.off, found
}

// wordStart reports whether a passage could start at off: a letter or digit
// after anything else, or anything else (punctuation, a quote mark) at all.
// Far from the stored place only such starts are hashed, which skips most
// windows: a selection rarely starts inside a word.
func wordStart(text string, off int) bool {
	if off == 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[off:])
	if !isWordRune(r) {
		return utf8.RuneStart(text[off])
	}
	p, _ := utf8.DecodeLastRuneInString(text[:off])
	return !isWordRune(p)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
