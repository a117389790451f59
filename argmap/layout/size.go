package layout

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// Estimated card metrics, for callers that cannot measure text (the CLI,
// benchmarks): cards are CardWidth wide, text wraps at about charWidth map
// units per character, lines are lineHeight tall, plus cardPadding.
const (
	CardWidth   = 240
	charWidth   = 7.5
	lineHeight  = 20
	cardPadding = 24
)

// EstimateSize returns a SizeFunc that estimates each claim's card from its
// text: CardWidth wide, as tall as its words wrapped greedily at about 7.5
// units a character need (20 a line, plus 24 of padding).
func EstimateSize(m *argmap.Map) SizeFunc {
	return func(id argmap.ID) (w, h float64) {
		text := ""
		if c := m.Claim(id); c != nil {
			text = c.Text
		}
		return EstimateText(text)
	}
}

// EstimateText is the card size EstimateSize gives a claim of this text.
func EstimateText(text string) (w, h float64) {
	perLine := int(math.Floor((CardWidth - cardPadding) / charWidth))
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		n := 0
		for _, word := range strings.Fields(para) {
			k := utf8.RuneCountInString(word)
			switch {
			case n == 0:
				n = k
			case n+1+k <= perLine:
				n += 1 + k
			default:
				lines++
				n = k
			}
			for n > perLine { // a word longer than a line breaks
				lines++
				n -= perLine
			}
		}
	}
	return CardWidth, float64(lines*lineHeight + cardPadding)
}
