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
	space, _ := measure(" ", size, bold)
	if !(width > 0) { // also NaN: one rune a line rather than a hang
		width = 0
	}
	var lines []string
	for para := range strings.SplitSeq(text, "\n") {
		// cur is the line being filled: para[start:end] holds its words
		// (words of n bytes in all, count of them), curW its width. Each
		// word is measured once and a line's width is the sum of its
		// words and spaces: linear in the text, where measuring every
		// growing prefix would be quadratic.
		start, end, n, count, curW := 0, 0, 0, 0, 0.0
		line := func() string { return joinWords(para[start:end], n, count) }
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
			start, end, n, count, curW = ws, we, len(w), 1, ww
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
}

type wrapKey struct {
	text        string
	width, size float64
	bold        bool
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{wrap: map[wrapKey][]string{}} }

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
	l := Wrap(text, width, size, bold, measure)
	c.wrap[k] = l
	return l
}

// memo remembers the sizes one build measures, per style, so that the
// words its texts share are measured once: a call of the view's measurer
// takes a lock and asks the theme for its font, a map lookup does not.
type memo struct {
	measure Measure
	big     memoStyle // the style most texts are in, and room for them
	hint    int
	last    memoStyle
	lastTab map[string][2]float64
	tabs    map[memoStyle]map[string][2]float64
}

type memoStyle struct {
	size float64
	bold bool
}

// newMemo returns the measure of a memo over measure, with room for about
// hint texts of size (regular), the claims' texts.
func newMemo(measure Measure, size float64, hint int) Measure {
	mm := &memo{measure: measure, big: memoStyle{size, false}, hint: hint, tabs: map[memoStyle]map[string][2]float64{}}
	return mm.size
}

func (mm *memo) size(text string, size float64, bold bool) (w, h float64) {
	k := memoStyle{size, bold}
	if mm.lastTab == nil || k != mm.last {
		t := mm.tabs[k]
		if t == nil {
			n := 0
			if k == mm.big {
				n = mm.hint
			}
			t = make(map[string][2]float64, n)
			mm.tabs[k] = t
		}
		mm.last, mm.lastTab = k, t
	}
	if s, ok := mm.lastTab[text]; ok {
		return s[0], s[1]
	}
	w, h = mm.measure(text, size, bold)
	mm.lastTab[text] = [2]float64{w, h}
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
