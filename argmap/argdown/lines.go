package argdown

import (
	"strings"
	"unicode"
)

// srcLine is one line of the source with its comments blanked out.
type srcLine struct {
	no   int    // 1-based line number
	text []rune // comments replaced by spaces, so columns stay true
	// commentOnly: the line had content and all of it was comment. Such a
	// line is skipped; it does not end a block as a blank line does.
	commentOnly bool
}

// splitLines normalises line endings and blanks out the three comment
// forms: // to the end of the line (at the start or after white space, so
// that URLs survive), /* ... */ and <!-- ... -->. A backslash escapes the
// next character, so \// is no comment.
func splitLines(data []byte) ([]srcLine, error) {
	s := string(data)
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	rs := []rune(s)
	out := make([]rune, len(rs))
	copy(out, rs)
	line, col := 1, 1
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
	}
	advance := func(from, to int) {
		for k := from; k < to; k++ {
			if rs[k] == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
	}
	hasAt := func(i int, lit string) bool {
		for _, r := range lit {
			if i >= len(rs) || rs[i] != r {
				return false
			}
			i++
		}
		return true
	}
	find := func(i int, lit string) int {
		for k := i; k < len(rs); k++ {
			if hasAt(k, lit) {
				return k
			}
		}
		return -1
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '\\' && i+1 < len(rs) && rs[i+1] != '\n':
			advance(i, i+2)
			i += 2
			continue
		case hasAt(i, "<!--"):
			end := find(i+4, "-->")
			if end < 0 {
				return nil, errorf(line, col, "unclosed comment <!--")
			}
			blank(i, end+3)
			advance(i, end+3)
			i = end + 3
			continue
		case hasAt(i, "/*"):
			end := find(i+2, "*/")
			if end < 0 {
				return nil, errorf(line, col, "unclosed comment /*")
			}
			blank(i, end+2)
			advance(i, end+2)
			i = end + 2
			continue
		case hasAt(i, "//") && (i == 0 || unicode.IsSpace(rs[i-1])):
			end := i
			for end < len(rs) && rs[end] != '\n' {
				end++
			}
			blank(i, end)
			advance(i, end)
			i = end
			continue
		}
		advance(i, i+1)
		i++
	}
	var lines []srcLine
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		text := out[start:i]
		orig := rs[start:i]
		l := srcLine{no: len(lines) + 1, text: text}
		if isBlank(text) && !isBlank(orig) {
			l.commentOnly = true
		}
		lines = append(lines, l)
		start = i + 1
	}
	return lines, nil
}

func isBlank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// indentOf returns the width of the leading white space (a tab counts 4)
// and the index of the first other character.
func indentOf(rs []rune) (width, idx int) {
	for idx < len(rs) {
		switch rs[idx] {
		case ' ':
			width++
		case '\t':
			width += 4
		default:
			if unicode.IsSpace(rs[idx]) {
				width++
			} else {
				return width, idx
			}
		}
		idx++
	}
	return width, idx
}
