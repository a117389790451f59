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
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		cur := ""
		for _, w := range words {
			try := w
			if cur != "" {
				try = cur + " " + w
			}
			if tw, _ := measure(try, size, bold); tw <= width {
				cur = try
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
				cur = ""
			}
			// The word alone may still be too wide: cut it by runes.
			for {
				if ww, _ := measure(w, size, bold); ww <= width {
					break
				}
				n := fit(w, width, size, bold, measure)
				lines = append(lines, w[:n])
				w = w[n:]
			}
			cur = w
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
