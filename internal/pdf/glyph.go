package pdf

import (
	"strings"

	"github.com/argmap/argmap/internal/render"
)

// stand-ins for symbols the bundled font lacks, so that a report's
// "similarity ≥ 0.38" prints as ">= 0.38" rather than as a blank box.
var standIn = map[rune]string{
	'≥': ">=", '≤': "<=", '≠': "!=", '→': "->", '←': "<-", '↑': "^", '↓': "v",
	'⇒': "=>", '✓': "v", '✗': "x", '×': "x",
}

// printable replaces the runes the embedded font cannot draw: a stand-in
// where there is one, else "?". Text the font covers (Latin, Greek,
// Cyrillic) is returned as it is.
func printable(s string) string {
	ok := true
	for _, r := range s {
		if r >= 0x80 && !render.HasGlyph(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 || render.HasGlyph(r):
			b.WriteRune(r)
		case standIn[r] != "":
			b.WriteString(standIn[r])
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}
