package anchor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// fuzzyBudget bounds the dynamic-programming cells (window bytes × quote
// bytes) spent on one anchor's search anywhere in the text.
const fuzzyBudget = 64 << 20

// match is an approximate occurrence of a quote: text[start:end], dist
// edits away, with ctx bytes of the anchor's context agreeing around it.
type match struct {
	start, end, dist, ctx int
}

// betterMatch prefers fewer edits, then more agreeing context (which picks
// the right end among equally close ones: "sea." edited to "ocean." is as
// near to "ocea" as to "ocean."), then a start nearer the expected place.
func betterMatch(a, b match, expected int) bool {
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	if a.ctx != b.ctx {
		return a.ctx > b.ctx
	}
	return abs(a.start-expected) < abs(b.start-expected)
}

// fuzzyFind finds the passage of text most like quote (fewest byte edits:
// insertions, deletions, substitutions), first in a window around expected
// and then, if nothing there is similar enough, anywhere, considering only
// the windows that an exact piece of the quote points to (if a match has at
// most k edits, one of k+1 disjoint pieces of the quote occurs in it
// unchanged). It returns the span and its similarity 1 - dist/len(quote).
func fuzzyFind(text string, a argmap.Anchor) (int, int, float64) {
	quote, expected := a.Quote, a.Offset
	m := len(quote)
	if m == 0 || len(text) == 0 {
		return 0, 0, 0
	}
	k := int(float64(m) * (1 - MinSimilarity))
	// The window around the expected place costs (m + 2·slack)·m cells:
	// narrow it for long passages, down to the k edits a match may have.
	slack := max(2*m, 2048)
	if (m+2*slack)*m > fuzzyBudget {
		slack = max((fuzzyBudget/m-m)/2, k)
	}
	best := match{dist: m + 1}
	if (m+2*slack)*m <= fuzzyBudget {
		expected = min(max(expected, 0), len(text))
		best = approx(text, a, max(expected-slack, 0), min(expected+m+slack, len(text)))
	}
	if best.dist > k {
		for _, w := range pieceWindows(text, quote, k) {
			if c := approx(text, a, w.Start, w.End); betterMatch(c, best, expected) {
				best = c
			}
		}
	}
	sim := 1 - float64(best.dist)/float64(m)
	if sim < 0 {
		sim = 0
	}
	start, end := clampSpan(text, best.start, best.end)
	return start, end, sim
}

// pieceWindows cuts quote into k+1 pieces, finds every exact occurrence of
// each in text, and returns the merged windows where a match with at most
// k edits could lie, within fuzzyBudget. Pieces shorter than 3 bytes would
// hit everywhere; then it returns the whole text if the budget allows.
func pieceWindows(text, quote string, k int) []Span {
	m := len(quote)
	plen := m / (k + 1)
	if plen < 3 {
		if len(text)*m <= fuzzyBudget {
			return []Span{{0, len(text)}}
		}
		return nil
	}
	var ws []Span
	for p := 0; p+plen <= m && len(ws) < maxOccurrences; p += plen {
		piece := quote[p : p+plen]
		for from := 0; from < len(text) && len(ws) < maxOccurrences; {
			i := strings.Index(text[from:], piece)
			if i < 0 {
				break
			}
			hit := from + i
			ws = append(ws, Span{max(hit-p-k, 0), min(hit-p+m+k, len(text))})
			from = hit + 1
		}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].Start < ws[j].Start })
	var merged []Span
	for _, w := range ws {
		if w.Start >= w.End {
			continue
		}
		if n := len(merged); n > 0 && w.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, w.End)
			continue
		}
		merged = append(merged, w)
	}
	spent := 0
	for i, w := range merged {
		spent += w.Len() * m
		if spent > fuzzyBudget {
			return merged[:i]
		}
	}
	return merged
}

// approx runs Sellers' algorithm (edit distance with a free start and end in
// the text) over text[lo:hi] and returns the best match for the anchor's
// quote, tracking where each alignment started. Matches ending inside a
// UTF-8 character are skipped.
func approx(text string, a argmap.Anchor, lo, hi int) match {
	quote, expected := a.Quote, a.Offset
	m := len(quote)
	best := match{dist: m + 1}
	if lo >= hi {
		return best
	}
	cost := make([]int, m+1)
	from := make([]int, m+1)
	ncost := make([]int, m+1)
	nfrom := make([]int, m+1)
	for i := range cost {
		cost[i], from[i] = i, lo
	}
	for j := lo; j < hi; j++ {
		c := text[j]
		ncost[0], nfrom[0] = 0, j+1
		for i := 1; i <= m; i++ {
			// Substitution or match, then a text byte too many, then a
			// quote byte missing.
			d, f := cost[i-1], from[i-1]
			if quote[i-1] != c {
				d++
			}
			if cost[i]+1 < d {
				d, f = cost[i]+1, from[i]
			}
			if ncost[i-1]+1 < d {
				d, f = ncost[i-1]+1, nfrom[i-1]
			}
			ncost[i], nfrom[i] = d, f
		}
		cost, ncost = ncost, cost
		from, nfrom = nfrom, from
		end := j + 1
		if end < len(text) && !utf8.RuneStart(text[end]) {
			continue
		}
		if cost[m] > best.dist {
			continue
		}
		cand := match{start: from[m], end: end, dist: cost[m]}
		cand.ctx = contextScore(text, a, cand.start, cand.end)
		if betterMatch(cand, best, expected) {
			best = cand
		}
	}
	return best
}
