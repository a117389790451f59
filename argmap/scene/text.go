package scene

import (
	"strings"
	"unicode/utf8"
)

// Measure returns the size of text set at size points (bold or regular).
// The view passes Fyne's text measurer; tests pass a fake monospace one.
type Measure func(text string, size float64, bold bool) (w, h float64)

// Wrap breaks text into lines no wider than width, at spaces where it can
// and inside a word only when the word alone is wider than width. Explicit
// newlines are kept. No text is lost: joining the lines gives back every
// word of text.
func Wrap(text string, width, size float64, bold bool, measure Measure) []string {
	space, _ := measure(" ", size, bold)
	if !(width > 0) { // also NaN: one rune a line rather than a hang
		width = 0
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		// Each word is measured once and a line's width is the sum of its
		// words and spaces: linear in the text, where measuring every
		// growing prefix would be quadratic.
		cur, curW := "", 0.0
		for _, w := range words {
			ww, _ := measure(w, size, bold)
			if cur != "" && curW+space+ww <= width {
				cur, curW = cur+" "+w, curW+space+ww
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			// The word alone may still be too wide: cut it by runes.
			for ww > width && w != "" {
				n := fit(w, width, size, bold, measure)
				lines = append(lines, w[:n])
				w = w[n:]
				ww, _ = measure(w, size, bold)
			}
			cur, curW = w, ww
		}
		lines = append(lines, cur)
	}
	// Drop trailing empty lines of a text that ends with newlines, but keep
	// one line for an empty text so that the card has a height.
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
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
