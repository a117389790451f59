package anchor

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// maxOccurrences bounds how many exact occurrences of a quote are weighed.
const maxOccurrences = 100_000

// hashBudget bounds the bytes hashed when a hash-only anchor is searched
// for (each candidate window costs its length), with hashPerByte more per
// byte of text: the search is linear in the text whatever the passage's
// length, and gives up when the budget is spent.
const (
	hashBudget  = 16 << 20
	hashPerByte = 4
)

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
// tries, in order: windows that the anchor's context points to (right
// after an occurrence of Before, right before one of After), picking the
// best by context and nearness; then sentence starts (a passage taken from
// whole sentences stays one), nearest the stored place first; then every
// start near the stored place, outwards from it; then every word start
// anywhere. All phases together hash at most the budget (hashBudget, plus
// hashPerByte per byte of text), each phase within its share, so that the
// search is linear in the text; spent is the bytes hashed, and cut says
// that a phase stopped for the budget, so that not finding means little.
func searchHash(text string, a argmap.Anchor) (off int, ok bool, spent int, cut bool) {
	L := a.Length
	want, err := hex.DecodeString(a.Hash)
	if err != nil || len(want) != sha256.Size || L <= 0 || L > len(text) {
		return 0, false, 0, false
	}
	budget := hashBudget + hashPerByte*len(text)
	limit := budget // of the phase running
	var best candidate
	found, stop := false, false
	buf := make([]byte, 0, L)
	// The windows of the first two phases (few: one per context or
	// sentence), not tried again by the last two.
	tried := map[int]bool{}
	try := func(off int, remember bool) {
		if off < 0 || off+L > len(text) || !utf8.RuneStart(text[off]) || tried[off] {
			return
		}
		if spent+L > limit {
			cut, stop = true, true
			return
		}
		if remember {
			tried[off] = true
		}
		spent += L
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
	// The context: where the words before or after the passage occur.
	limit, stop = budget/4, false
	for _, ctx := range []struct {
		words string
		shift int
	}{{a.Before, len(a.Before)}, {a.After, -L}} {
		if len(ctx.words) < 8 {
			continue // short context occurs everywhere
		}
		for i, n := 0, 0; n < maxOccurrences && !stop; n++ {
			j := strings.Index(text[i:], ctx.words)
			if j < 0 {
				break
			}
			try(i+j+ctx.shift, true)
			i += j + 1
		}
	}
	if found {
		return best.off, true, spent, cut
	}
	// Sentence starts, nearest first; the first match is the nearest.
	var starts []int
	for _, p := range Paragraphs(text) {
		for _, s := range Sentences(text, p) {
			starts = append(starts, s.Start)
		}
	}
	sort.SliceStable(starts, func(i, j int) bool { return abs(starts[i]-a.Offset) < abs(starts[j]-a.Offset) })
	limit, stop = budget/2, false
	for _, s := range starts {
		if try(s, true); found || stop {
			break
		}
	}
	if found {
		return best.off, true, spent, cut
	}
	// Every start near the stored place, outwards.
	limit, stop = budget*3/4, false
	for d := 0; d <= nearSlack(L) && !found && !stop; d++ {
		try(a.Offset+d, false)
		if d > 0 && !found {
			try(a.Offset-d, false)
		}
	}
	if found {
		return best.off, true, spent, cut
	}
	// Word starts anywhere.
	limit, stop = budget, false
	for off := 0; off <= len(text)-L && !found && !stop; off++ {
		if wordStart(text, off) {
			try(off, false)
		}
	}
	return best.off, found, spent, cut
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
