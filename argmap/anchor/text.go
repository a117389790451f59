package anchor

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Paragraphs splits text into paragraphs: maximal runs of non-blank lines,
// where a blank line is empty or holds only white space. Each span runs from
// the first non-space byte of its first line to the last non-space byte of
// its last line. Paragraph n of a locator "¶n" is Paragraphs(text)[n-1].
func Paragraphs(text string) []Span {
	var out []Span
	start := -1 // start of the current paragraph, or -1 between paragraphs
	end := 0    // end of its last non-blank line, trimmed
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text) + 1
		if nl >= 0 {
			lineEnd = pos + nl
			next = lineEnd + 1
		}
		line := text[pos:lineEnd]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if start >= 0 {
				out = append(out, Span{start, end})
				start = -1
			}
		} else {
			lead := len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
			if start < 0 {
				start = pos + lead
			}
			end = pos + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		pos = next
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// ParagraphAt returns the 1-based number of the paragraph that holds the
// byte at offset, or of the next paragraph when offset falls between
// paragraphs; 0 when there is none (an empty text or an offset past the
// last paragraph).
func ParagraphAt(text string, offset int) int {
	for i, p := range Paragraphs(text) {
		if offset < p.End {
			return i + 1
		}
	}
	return 0
}

// Locator returns the human locator ("¶4") of the paragraph at offset, or ""
// when there is none.
func Locator(text string, offset int) string {
	n := ParagraphAt(text, offset)
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("¶%d", n)
}

// titles are abbreviations after which a full stop ends no sentence.
var titles = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Prof": true, "St": true,
		"vs": true, "etc": true, "e.g": true, "i.e": true, "No": true,
	}
})

// Sentences splits the paragraph p of text into sentences. A sentence ends
// at a line break, or at '.', '?' or '!' (with any closing quotes,
// brackets and footnote markers such as "[ii]" that follow it) when the next
// word starts with a capital, a digit or an opening quote, and the word
// before the stop is no title such as "Dr". A stop with no space after it
// (".The") ends a sentence when a lower-case letter or a closing bracket
// precedes it, so that "U.S" stays whole. Spans are trimmed of white space.
func Sentences(text string, p Span) []Span {
	if p.Start < 0 || p.End > len(text) || p.Start > p.End {
		return nil
	}
	var out []Span
	start := p.Start
	emit := func(end int) {
		s := Span{start, end}
		for s.Start < s.End && isSpace(text[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && isSpace(text[s.End-1]) {
			s.End--
		}
		if s.Len() > 0 {
			out = append(out, s)
		}
		start = end
	}
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		switch {
		case r == '\n':
			emit(i)
			i += size
			continue
		case r == '.' || r == '?' || r == '!':
			end := closeAfterStop(text, i+size, p.End)
			if sentenceEnds(text, p.Start, i, end, p.End) {
				emit(end)
				i = end
				continue
			}
		}
		i += size
	}
	emit(p.End)
	return out
}

// closeAfterStop skips closing quotes, brackets and footnote markers after a
// stop and returns the offset just past them.
func closeAfterStop(text string, i, limit int) int {
	for i < limit {
		r, size := utf8.DecodeRuneInString(text[i:limit])
		switch r {
		case '"', '\'', ')', '’', '”', '»':
			i += size
			continue
		case '[':
			j := i + 1
			for j < limit && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
			if j < limit && text[j] == ']' && j > i+1 {
				i = j + 1
				continue
			}
		}
		break
	}
	return i
}

// sentenceEnds decides whether the stop at text[stop] (with its closing
// marks up to end) ends a sentence of the paragraph [pstart, plimit).
func sentenceEnds(text string, pstart, stop, end, plimit int) bool {
	if end >= plimit {
		return true
	}
	next := end
	spaced := false
	for next < plimit && isSpace(text[next]) && text[next] != '\n' {
		next++
		spaced = true
	}
	if next >= plimit || text[next] == '\n' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:plimit])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)) {
		return false
	}
	// The word before the stop.
	w := stop
	for w > pstart && !isSpace(text[w-1]) {
		w--
	}
	word := strings.TrimLeft(text[w:stop], "\"“‘'([")
	if titles()[word] {
		return false
	}
	if spaced {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[pstart:stop])
	return unicode.IsLower(prev) || prev == ')' || prev == ']'
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// Locate returns the byte span of sentence sentence (1-based) of paragraph
// para (1-based) of text, as split by Paragraphs and Sentences.
func Locate(text string, para, sentence int) (Span, error) {
	ps := Paragraphs(text)
	if para < 1 || para > len(ps) {
		return Span{}, fmt.Errorf("¶%d: no such paragraph (the text has %d)", para, len(ps))
	}
	ss := Sentences(text, ps[para-1])
	if sentence < 1 || sentence > len(ss) {
		return Span{}, fmt.Errorf("¶%d: no sentence %d (the paragraph has %d)", para, sentence, len(ss))
	}
	return ss[sentence-1], nil
}
