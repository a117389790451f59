package argdown

import (
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// linkRe is a Markdown link as Argdown's lexer reads it: one token, whose
// inside nothing else is read.
var linkRe = lazyregexp.New(`\[[^\]]+?\]\([^)]+?\)`)

// escapeText escapes a statement text for Argdown's lexer: what would be
// a reference, a tag, data or a comment always, and bold or italic
// markers (* _ ** __) only when the text's markers do not make complete
// ranges, which Argdown reports as "Incomplete italic text range" and
// loses the statement for. Balanced markup (**bold**) stays markup.
// Markdown links stay links. Argmap's reader resolves every escape, so the
// text reads back the same either way.
func escapeText(s string) string {
	rs := []rune(s)
	links := linkSpans(s, rs)
	markers, balanced := emphasisMarkers(rs, links)
	var b strings.Builder
	li := 0
	for i := 0; i < len(rs); i++ {
		if li < len(links) && i == links[li][0] {
			b.WriteString(string(rs[links[li][0]:links[li][1]]))
			i = links[li][1] - 1
			li++
			continue
		}
		r := rs[i]
		if special(rs, i) || (r == '*' || r == '_') && !balanced && markers[i] {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// special reports whether rune i of rs always means something to Argdown
// (a reference, a tag, data, an escape or the start of a comment) and so
// is written with a backslash before it.
func special(rs []rune, i int) bool {
	switch rs[i] {
	case '\\', '[', '<', '#', '{', '}':
		return true
	case '/':
		return i+1 < len(rs) && (rs[i+1] == '/' || rs[i+1] == '*')
	}
	return false
}

// linkSpans returns the rune ranges of the links kept as they are: those
// whose inside means nothing else to Argmap's reader either (no escape,
// reference, data, tag after a space or comment).
func linkSpans(s string, rs []rune) [][2]int {
	if !strings.Contains(s, "](") {
		return nil
	}
	var out [][2]int
	// Byte offsets to rune offsets.
	idx := make([]int, 0, len(rs)+1)
	for i := range s {
		idx = append(idx, i)
	}
	idx = append(idx, len(s))
	toRune := func(b int) int {
		lo, hi := 0, len(idx)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if idx[mid] < b {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	for _, m := range linkRe.FindAllStringIndex(s, -1) {
		inner := s[m[0]+1 : m[1]]
		if strings.ContainsAny(inner, "\\<{}[") || strings.Contains(inner, " #") ||
			strings.Contains(inner, "//") && hasSpaceBefore(inner, "//") || strings.Contains(inner, "/*") {
			continue
		}
		out = append(out, [2]int{toRune(m[0]), toRune(m[1])})
	}
	return out
}

func hasSpaceBefore(s, lit string) bool {
	for i := strings.Index(s, lit); i >= 0; {
		if i == 0 || s[i-1] == ' ' || s[i-1] == '\t' {
			return true
		}
		j := strings.Index(s[i+1:], lit)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// emphasisMarkers follows Argdown's lexer over a text (escapes, shortcodes
// such as .name. and :name:, links, bold and italic starts and ends) and
// returns the * and _ it reads as range markers, and whether every range
// that starts also ends.
func emphasisMarkers(rs []rune, links [][2]int) (map[int]bool, bool) {
	markers := map[int]bool{}
	var stack []string
	li := 0
	endFollow := func(j int) bool {
		if j >= len(rs) {
			return true
		}
		return strings.ContainsRune(" \t\n\r)}_.,!?;:-*", rs[j])
	}
	startFollow := func(j int) bool { return j < len(rs) && !unicode.IsSpace(rs[j]) || j >= len(rs) }
	for i := 0; i < len(rs); {
		if li < len(links) && i == links[li][0] {
			i = links[li][1]
			li++
			continue
		}
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs):
			i += 2
			continue
		case r == '.' || r == ':':
			// A shortcode .name. or :name: is one token.
			// At least one character, then the first closing one
			// (Argdown's /\.[^\s]+?\./).
			j := i + 2
			if i+1 < len(rs) && unicode.IsSpace(rs[i+1]) {
				j = len(rs)
			}
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != r {
				j++
			}
			if j < len(rs) && rs[j] == r {
				i = j + 1
				continue
			}
			i++
			continue
		case r == '*' || r == '_':
			two := i+1 < len(rs) && rs[i+1] == r
			prevSpace := i > 0 && (rs[i-1] == ' ' || rs[i-1] == '\t')
			top := ""
			if len(stack) > 0 {
				top = stack[len(stack)-1]
			}
			double, single := string([]rune{r, r}), string(r)
			switch {
			case two && top == double && !prevSpace && endFollow(i+2):
				markers[i], markers[i+1] = true, true
				stack = stack[:len(stack)-1]
				i += 2
			case top == single && !prevSpace && endFollow(i+1):
				markers[i] = true
				stack = stack[:len(stack)-1]
				i++
			case two && startFollow(i+2):
				markers[i], markers[i+1] = true, true
				stack = append(stack, double)
				i += 2
			case startFollow(i + 1):
				markers[i] = true
				stack = append(stack, single)
				i++
			default:
				i++
			}
			continue
		}
		i++
	}
	return markers, len(stack) == 0
}
