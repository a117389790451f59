package scene

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure returns the size of text set at size points (bold or regular).
// The view passes Fyne's text measurer; tests pass a fake monospace one.
type Measure func(text string, size float64, bold bool) (w, h float64)

// Wrap breaks text into lines no wider than width, at spaces where it can
// and inside a word only when the word alone is wider than width. Explicit
// newlines are kept. No text is lost: joining the lines gives back every
// word of text.
//
// A line is the words it holds joined by single spaces. It walks the text
// by offsets, without a list of words, and a line whose words stand in the
// text one space apart is a piece of the text rather than a new string:
// splitting and joining were a third of wrapping a big map
// (TestWrapIsReference checks it against the plain word-list version).
func Wrap(text string, width, size float64, bold bool, measure Measure) []string {
	return wrapInto(nil, text, width, size, bold, measure)
}

// wrapInto is Wrap, appending the lines to lines[:0]: a build reuses one
// slice for the lines of every card, which it copies at once.
func wrapInto(lines []string, text string, width, size float64, bold bool, measure Measure) []string {
	lines = lines[:0]
	space, _ := measure(" ", size, bold)
	if !(width > 0) { // also NaN: one rune a line rather than a hang
		width = 0
	}
	for para := range strings.SplitSeq(text, "\n") {
		// cur is the line being filled: para[start:end] holds its words
		// (words of n bytes in all, count of them), curW its width. Each
		// word is measured once and a line's width is the sum of its
		// words and spaces: linear in the text, where measuring every
		// growing prefix would be quadratic.
		start, end, n, count, curW := 0, 0, 0, 0, 0.0
		// plain: every gap of the line so far is one ' ', so the line
		// is para[start:end] as it stands (joinWords would look again).
		plain := true
		line := func() string {
			if plain && count > 0 {
				return para[start:end]
			}
			return joinWords(para[start:end], n, count)
		}
		found := false
		for i := 0; i < len(para); {
			ws, we := nextWord(para, i)
			if ws == we {
				break
			}
			i = we
			found = true
			w := para[ws:we]
			ww, _ := measure(w, size, bold)
			if count > 0 && curW+space+ww <= width {
				plain = plain && ws == end+1 && para[end] == ' '
				end, n, count, curW = we, n+len(w), count+1, curW+space+ww
				continue
			}
			if count > 0 {
				lines = append(lines, line())
			}
			// The word alone may still be too wide: cut it by runes.
			for ww > width && w != "" {
				k := fit(w, width, size, bold, measure)
				lines = append(lines, w[:k])
				w, ws = w[k:], ws+k
				ww, _ = measure(w, size, bold)
			}
			start, end, n, count, curW, plain = ws, we, len(w), 1, ww, true
			if w == "" {
				count = 0
			}
		}
		if !found {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, line())
	}
	// Drop trailing empty lines of a text that ends with newlines, but keep
	// one line for an empty text so that the card has a height.
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// nextWord returns the bounds of the first word of s at or after i, as
// strings.Fields finds words (runs of runes that are not unicode.IsSpace);
// start == end when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return start, i
}

// asciiSpace marks the ASCII bytes unicode.IsSpace holds spaces.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// joinWords returns the count words of s (n bytes in all, s starting with
// the first and ending with the last) joined by single spaces: s itself
// when they are already, a new string when other space stands between.
func joinWords(s string, n, count int) string {
	if count == 0 {
		return ""
	}
	if len(s) == n+count-1 && !strings.ContainsAny(s, "\t\v\f\r") {
		return s // every gap one byte of space, and that byte ' '
	}
	return strings.Join(strings.Fields(s), " ")
}

// Cache keeps wrapped text between builds of a scene, so that rebuilding
// after an edit re-measures only the texts that changed. It is not safe
// for concurrent use.
type Cache struct {
	wrap map[wrapKey][]string
	// lines is room for the lines of texts to come, cut from blocks
	// rather than a slice of their own for each; scratch is where a text
	// is wrapped before its lines are kept.
	lines, scratch []string
}

type wrapKey struct {
	text        string
	width, size float64
	bold        bool
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{wrap: map[wrapKey][]string{}} }

// reserve makes room for n texts in an empty cache (the first build of a
// view: opening a map), so that filling it does not grow its map step by
// step (a tenth of building the scene of 20,000 claims, issue 16).
func (c *Cache) reserve(n int) {
	if c != nil && len(c.wrap) == 0 && n > 64 {
		c.wrap = make(map[wrapKey][]string, n)
	}
}

// Wrap is the package's Wrap, remembered.
func (c *Cache) Wrap(text string, width, size float64, bold bool, measure Measure) []string {
	if c == nil {
		return Wrap(text, width, size, bold, measure)
	}
	k := wrapKey{text, width, size, bold}
	if l, ok := c.wrap[k]; ok {
		return l
	}
	if len(c.wrap) > 100000 { // a bound, for very long sessions
		clear(c.wrap)
	}
	c.scratch = wrapInto(c.scratch, text, width, size, bold, measure)
	l := c.keep(c.scratch)
	c.wrap[k] = l
	return l
}

// keep copies lines into the cache's room, capped so that an append to
// one text's lines cannot reach the next's.
func (c *Cache) keep(lines []string) []string {
	n := len(lines)
	if len(c.lines)+n > cap(c.lines) {
		c.lines = make([]string, 0, max(n, 4096))
	}
	l := len(c.lines)
	c.lines = append(c.lines, lines...)
	return c.lines[l : l+n : l+n]
}

// memo remembers the sizes one build measures, so that the words its
// texts share are measured once: a call of the view's measurer takes a
// lock and asks the theme for its font, and a lookup in a map as big as a
// map's many distinct words costs about as much. It is a table of
// memoSize slots, each keeping the last text whose hash falls there: the
// few hundred words a map repeats stay, and a word seen once (a number, a
// name) only passes through.
type memo struct {
	measure Measure
	slots   [memoSize]memoSlot
}

const memoBits = 12
const memoSize = 1 << memoBits

type memoSlot struct {
	text string
	size float64
	bold bool
	w, h float64
}

// newMemo returns the measure of a new memo over measure.
func newMemo(measure Measure) Measure {
	mm := &memo{measure: measure}
	return mm.size
}

func (mm *memo) size(text string, size float64, bold bool) (w, h float64) {
	// FNV-1a of the text: words are short, and a seeded map hash would
	// cost more than the lookup saves.
	x := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		x = (x ^ uint64(text[i])) * 1099511628211
	}
	sl := &mm.slots[(x^x>>memoBits^x>>(2*memoBits))&(memoSize-1)]
	if sl.text == text && sl.size == size && sl.bold == bold && (text != "" || sl.h != 0 || sl.w != 0) {
		return sl.w, sl.h
	}
	w, h = mm.measure(text, size, bold)
	*sl = memoSlot{text, size, bold, w, h}
	return w, h
}

// fit returns the byte length of the longest prefix of w (at least one
// rune) that fits width.
func fit(w string, width, size float64, bold bool, measure Measure) int {
	_, first := utf8.DecodeRuneInString(w)
	best := first
	for i := first; i < len(w); {
		_, n := utf8.DecodeRuneInString(w[i:])
		if tw, _ := measure(w[:i+n], size, bold); tw > width {
			break
		}
		i += n
		best = i
	}
	return best
}

// Mono is a monospace Measure for tests and tools without fonts: every rune
// is 0.6 of the size wide and a line is 1.3 sizes high.
func Mono(text string, size float64, _ bool) (w, h float64) {
	return float64(utf8.RuneCountInString(text)) * size * 0.6, size * 1.3
}
