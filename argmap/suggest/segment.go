package suggest

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// minWords is the fewest words a unit may have when a split would make
// it: "X, as the area…" splits, "as well, because so" does not.
const minWords = 3

// unit is one proposed claim while the text is read.
type unit struct {
	start, end int  // the passage, in bytes of the whole text
	sentence   int  // index of its sentence
	paragraph  int  // index of its paragraph (line)
	first      bool // it opens its sentence
	last       bool // it closes its sentence
	kind       Kind
	marker     string // the marker's words as in the text, or ""
	markerEnd  int    // where the words after the marker start
	subord     bool   // "Since X, Y": a sentence-initial subordinate clause
	floating   bool   // the marker stands a few words in ("X however is…")
	modal      bool   // it says what should be done ("should", "must", "ought")
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "vs": true,
		"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "no": true, "jr": true,
		"sr": true, "inc": true, "ltd": true, "co": true, "fig": true, "approx": true, "cf": true,
		"al": true, "gen": true, "gov": true, "sen": true, "rep": true, "col": true, "lt": true,
	}
})

// sentences splits text[from:to] into sentences: at a full stop, a
// question or exclamation mark followed by space and what can start a
// sentence, and at every line break (headings, list items). Spans are
// trimmed of space; empty ones are left out, and so are headings: lines
// of a few words with no final stop ("Analysis"). One pass.
func sentences(text string, from, to int) []sentence {
	var out []sentence
	para := 0
	emit := func(s, e int) {
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if s < e && (words(text[s:e]) >= headingWords || strings.IndexByte(".!?", text[e-1]) >= 0 && words(text[s:e]) > 0) {
			out = append(out, sentence{s, e, para})
		}
	}
	start := from
	for i := from; i < to; i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			para++
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < to && strings.IndexByte(`.!?)"'”’]`, text[j]) >= 0 {
			j++
		}
		if j < to && strings.HasPrefix(text[j:], "”") || j < to && strings.HasPrefix(text[j:], "’") {
			j += len("”")
		}
		// A footnote mark after the stop ("…to it.[i] In recent years")
		// belongs to the sentence it ends.
		if j < to && text[j] == '[' {
			if k := strings.IndexByte(text[j:min(j+maxFootnote, to)], ']'); k > 0 {
				j += k + 1
			}
		}
		// "(…Dialogue).The choices": a stop after a bracket with a capital
		// right after it ends the sentence though the space is missing.
		if j < to && j == i+1 && i > from && text[i-1] == ')' && c == '.' && text[j] >= 'A' && text[j] <= 'Z' {
			emit(start, j)
			start, i = j, j-1
			continue
		}
		if j < to && !isSpace(text[j]) {
			i = j - 1 // past the run of stops and quotes, each looked at once
			continue
		}
		k := j
		for k < to && text[k] == ' ' || k < to && text[k] == '\t' {
			k++
		}
		if k < to && !canStartSentence(text[k:]) || c == '.' && abbreviation(text, from, i) {
			i = j - 1
			continue
		}
		emit(start, j)
		start, i = j, j-1
	}
	emit(start, to)
	return out
}

// sentence is a sentence's span and its paragraph.
type sentence struct{ start, end, para int }

// headingWords: a line with fewer words and no final stop is a heading,
// not a claim.
const headingWords = 4

// canStartSentence: an upper-case letter, a digit, a quote, a bracket or
// a line break.
func canStartSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([\n\r", r)
}

// maxFootnote is the longest footnote mark after a stop, "[xviii]".
const maxFootnote = 8

// maxAbbreviation is the longest abbreviation, with its dots.
const maxAbbreviation = 8

// abbreviation reports whether the period at i ends an abbreviation or an
// initial ("U.S.", "Dr.", "J.").
func abbreviation(text string, from, i int) bool {
	// Abbreviations are short: looking back a few bytes keeps a text of
	// dots ("a.a.a.…") linear.
	j, stop := i, max(from, i-maxAbbreviation)
	for j > stop && (isWordByte(text[j-1]) || text[j-1] == '.') && text[j-1] != '\'' {
		j--
	}
	if j == stop && j > from && isWordByte(text[j-1]) {
		return false
	}
	w := strings.ToLower(text[j:i])
	if abbreviations()[w] {
		return true
	}
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// window is how many bytes of a unit's start are looked at for a
// marker: more than the longest marker and the word after it.
const window = 48

// head returns up to window bytes of text at i.
func head(text string, i int) string { return text[i:min(i+window, len(text))] }

// floating markers also count a few words into a unit: "Higher fines are
// therefore…", "The negative impact however is…".
var floating = sync.OnceValue(func() map[string]Kind {
	return map[string]Kind{
		"however": Contrast, "therefore": Conclusion, "thus": Conclusion, "hence": Conclusion,
		"consequently": Conclusion, "nevertheless": Contrast, "nonetheless": Contrast,
		"also": Addition, "furthermore": Addition, "moreover": Addition,
	}
})

// floatingWords is how far into a unit a floating marker is looked for.
const floatingWords = 10

// clauses splits one sentence into units at the discourse markers and
// semicolons, and gives each unit the marker it starts with. Linear in
// the sentence: each byte is looked at a bounded number of times, and the
// words before a place come from a running count (wordsAt).
func clauses(text string, sent sentence, index int, wordsAt []int32) ([]unit, []int32) {
	s, e := sent.start, sent.end
	wordsAt = wordStarts(text[s:e], wordsAt)
	count := func(a, b int) int { return int(wordsAt[b-s] - wordsAt[a-s]) }
	cuts := []int{s}
	// A sentence-initial subordinate clause ("Since X, Y", "Although X,
	// Y") ends at its first comma.
	subord := false
	if m, _, ok := lookup(head(text, s)); ok && (m.kind == Premise || m.kind == Concession) && (m.split || m.clause) {
		if c := strings.IndexByte(text[s:e], ','); c >= 0 && count(s, s+c) >= minWords && count(s+c+1, e) >= minWords {
			at := s + c + 1
			for at < e && isSpace(text[at]) {
				at++
			}
			cuts = append(cuts, at)
			subord = true
		}
	}
	last := cuts[len(cuts)-1]
	for i := s + 1; i < e; i++ {
		c := text[i]
		if c != ';' && c != ',' && c != ':' && c != ' ' {
			continue
		}
		at := i + 1
		for at < e && isSpace(text[at]) {
			at++
		}
		// A dash between spaces separates like a comma.
		if c == ' ' {
			if r, n := utf8.DecodeRuneInString(text[at:e]); r == '-' || r == '–' || r == '—' {
				if at+n < e && isSpace(text[at+n]) {
					c, at = ',', at+n
					for at < e && isSpace(text[at]) {
						at++
					}
				}
			}
		}
		if at >= e || at <= last {
			continue
		}
		if !splitsAt(text, s, i, at, c) {
			continue
		}
		if count(last, i) < minWords || count(at, e) < minWords {
			continue
		}
		cuts = append(cuts, at)
		last = at
	}
	units := make([]unit, 0, len(cuts))
	for k, a := range cuts {
		b := e
		if k+1 < len(cuts) {
			b = cuts[k+1]
		}
		u := unit{start: a, end: b, sentence: index, paragraph: sent.para, first: k == 0, last: k == len(cuts)-1}
		for u.end > u.start && isSpace(text[u.end-1]) {
			u.end--
		}
		if u.start >= u.end {
			continue
		}
		if m, n, ok := lookup(head(text, u.start)); ok {
			u.kind, u.marker, u.markerEnd = m.kind, text[u.start:u.start+n], u.start+n
		} else {
			// "Curiously, however, …" opens with its marker all the same;
			// "The impact of air traffic however is…" has it inside.
			var w int
			u.kind, w = floatingAt(text, u.start, u.end)
			u.floating = u.kind != None && w >= 2
		}
		// "And" may go before another marker: ", and furthermore…".
		if u.kind == Continuation {
			at := u.markerEnd
			for at < u.end && (isSpace(text[at]) || text[at] == ',') {
				at++
			}
			if m, _, ok := lookup(head(text, at)); ok && m.kind != Continuation {
				u.kind = m.kind
			} else if k := floatingKind(text, at, u.end); k != None {
				u.kind = k
			}
		}
		u.subord = subord && k == 0
		u.modal = hasModal(text[u.start:u.end])
		units = append(units, u)
	}
	return units, wordsAt
}

// wordStarts fills buf with the number of words that start before each
// byte of s (len(s)+1 counts) and returns it.
func wordStarts(s string, buf []int32) []int32 {
	if cap(buf) < len(s)+1 {
		buf = make([]int32, 0, len(s)+1)
	}
	buf = append(buf[:0], 0)
	n, in := int32(0), false
	for i := 0; i < len(s); i++ {
		w := isWordByte(s[i])
		if w && !in {
			n++
		}
		in = w
		buf = append(buf, n)
	}
	return buf
}

// splitsAt decides whether a unit starts at at, after the separator c at
// i: always after a semicolon; after a comma, colon or dash where a
// marker follows; after a plain space only where a marker that splits
// without a comma follows ("X because Y").
func splitsAt(text string, s, i, start int, c byte) bool {
	if c == ';' {
		return true
	}
	low := head(text, start)
	m, n, ok := lookup(low)
	if !ok {
		return false
	}
	if c == ' ' && !m.split || phrases()[m.words] {
		return false
	}
	// ", however, …" inside a clause: the adverb is set off, the clause
	// goes on ("forms that, however, have fewer effects").
	if !m.split && !m.clause && m.kind != Continuation && c == ',' && strings.HasPrefix(strings.TrimLeft(low[n:], " "), ",") {
		return false
	}
	switch m.kind {
	case Continuation:
		// ", and they…", ", and furthermore…": a new clause; ", and
		// New Zealand" is not.
		if c == ' ' {
			return false
		}
		rest := low[n:]
		if _, _, ok := lookup(strings.TrimLeft(rest, " ,")); ok {
			return true
		}
		w := firstWord(rest)
		return inSet(clauseStarts(), w) || inSet(questions(), w)
	case Example:
		return c != ' '
	case Contrast:
		if m.words == "but" {
			prev := lastWord(text[max(s, i-64):i])
			if inSet(notBeforeBut(), prev) || strings.EqualFold(firstWord(low[n:]), "also") || containsFold(text[max(s, i-40):i], "not only") {
				return false
			}
		}
		if m.words == "yet" && c == ' ' {
			return false
		}
	}
	return true
}

// floatingKind looks for a floating marker among the first words of
// text[a:b].
func floatingKind(text string, a, b int) Kind {
	k, _ := floatingAt(text, a, b)
	return k
}

// floatingAt is floatingKind with the index of the word it found (0 for
// the first word).
func floatingAt(text string, a, b int) (Kind, int) {
	i := a
	for w := 0; w < floatingWords && i < b; w++ {
		for i < b && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < b && isWordByte(text[j]) {
			j++
		}
		if j-i >= 4 && j-i <= 12 {
			var buf [wordKey]byte
			if k, ok := floating()[string(lowerKey(text[i:j], buf[:0]))]; ok {
				return k, w
			}
		}
		i = j
	}
	return None, 0
}

// notBeforeBut: "all but", "nothing but", "last but not least".
var notBeforeBut = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"all": true, "anything": true, "nothing": true, "last": true}
})

// containsFold reports whether s contains the lower-case sub in any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	j := len(s)
	for j > 0 && !isWordByte(s[j-1]) {
		j--
	}
	i := j
	for i > 0 && isWordByte(s[i-1]) {
		i--
	}
	return s[i:j]
}

// words counts the words in s.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		w := isWordByte(s[i])
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// modals are the words of a thesis: what should or must be done.
var modals = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"should": true, "shouldn't": true, "must": true, "mustn't": true, "ought": true}
})

// hasModal reports whether s has one of the modals.
func hasModal(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && !isWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j-i >= 4 && j-i <= 9 && inSet(modals(), strings.ReplaceAll(s[i:j], "’", "'")) {
			return true
		}
		i = j
	}
	return false
}
