package suggest

import (
	"strings"
	"sync"
)

// Kind is what a discourse marker says about the unit it opens.
type Kind int

// Kinds of discourse marker. The lists follow the usual inventories of
// English discourse connectives (the Penn Discourse Treebank's explicit
// connectives, Knott's cue phrases, and the indicators of argument-mining
// work on persuasive essays and microtexts), cut to those that signal an
// argumentative relation.
const (
	// None: no marker; the unit is one more reason for the main claim.
	None Kind = iota
	// Premise ("because", "since", "after all"): the unit supports the
	// one before it (at the start of a sentence that goes on after a
	// comma, the one after it: "Since X, Y").
	Premise
	// Conclusion ("therefore", "thus", "that's why"): the unit before
	// supports this one.
	Conclusion
	// Summary ("in short", "in conclusion"): the unit states the main
	// claim.
	Summary
	// Contrast ("but", "however", "yet"): the unit turns against what was
	// just conceded, or against the main claim.
	Contrast
	// Concession ("although", "granted", "of course"): the author grants
	// the unit to the other side: it attacks the main claim.
	Concession
	// Addition ("moreover", "besides", "furthermore"): one more reason for
	// the main claim.
	Addition
	// Example ("for example", "for instance"): the unit supports the one
	// before it by an example.
	Example
	// Continuation (", and", "and"): the unit goes on with the one before
	// and relates as it does.
	Continuation
	// Elaboration ("as a matter of fact", "in fact", "indeed" after a
	// claim): the unit backs up the one before it.
	Elaboration
)

var kindNames = [...]string{"none", "premise", "conclusion", "summary", "contrast", "concession", "addition", "example", "continuation", "elaboration"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// marker is one connective: its words (lower case, single spaces) and
// where it may open a unit.
type marker struct {
	words string
	kind  Kind
	// split: the marker also starts a new unit inside a sentence where
	// no comma precedes it ("X because Y"); otherwise only at the start
	// of a sentence or after a comma, semicolon or dash.
	split bool
	// clause: only when what follows starts like a clause (a pronoun or
	// a determiner): ", as the area…" but not ", as well as".
	clause bool
}

// markers, longest first within each first word so that "so that" wins
// over "so" (see lookup).
var markers = []marker{
	// Premise indicators.
	{"because", Premise, true, false},
	{"since", Premise, false, true},
	{"as", Premise, false, true},
	{"for", Premise, false, true},
	{"given that", Premise, true, false},
	{"seeing that", Premise, true, false},
	{"in view of the fact that", Premise, true, false},
	{"due to the fact that", Premise, true, false},
	{"owing to the fact that", Premise, true, false},
	{"after all", Premise, false, false},
	{"the reason is that", Premise, false, false},
	{"this is because", Premise, false, false},
	{"that is because", Premise, false, false},
	{"for the simple reason that", Premise, true, false},
	{"inasmuch as", Premise, true, false},
	{"insofar as", Premise, true, false},
	// Conclusion indicators.
	{"therefore", Conclusion, false, false},
	{"thus", Conclusion, false, false},
	{"hence", Conclusion, false, false},
	{"consequently", Conclusion, false, false},
	{"accordingly", Conclusion, false, false},
	{"as a result", Conclusion, false, false},
	{"as a consequence", Conclusion, false, false},
	{"so that", Conclusion, true, false},
	{"so", Conclusion, false, false},
	{"that's why", Conclusion, false, false},
	{"that is why", Conclusion, false, false},
	{"this is why", Conclusion, false, false},
	{"this's why", Conclusion, false, false},
	{"which is why", Conclusion, true, false},
	{"which means that", Conclusion, true, false},
	{"for this reason", Conclusion, false, false},
	{"for these reasons", Conclusion, false, false},
	{"for that reason", Conclusion, false, false},
	{"it follows that", Conclusion, false, false},
	{"we can conclude that", Conclusion, false, false},
	{"this shows that", Conclusion, false, false},
	{"this means that", Conclusion, false, false},
	{"it is clear that", Conclusion, false, false},
	{"ergo", Conclusion, false, false},
	// Summaries: the main claim again.
	{"in short", Summary, false, false},
	{"in conclusion", Summary, false, false},
	{"in sum", Summary, false, false},
	{"to sum up", Summary, false, false},
	{"to conclude", Summary, false, false},
	{"all in all", Summary, false, false},
	{"in a nutshell", Summary, false, false},
	{"overall", Summary, false, false},
	{"in brief", Summary, false, false},
	{"ultimately", Summary, false, false},
	// Contrast: the turn after a concession.
	{"but", Contrast, true, false},
	{"however", Contrast, false, false},
	{"yet", Contrast, false, false},
	{"nevertheless", Contrast, false, false},
	{"nonetheless", Contrast, false, false},
	{"still", Contrast, false, false},
	{"even so", Contrast, false, false},
	{"on the other hand", Contrast, false, false},
	{"on the contrary", Contrast, false, false},
	{"in contrast", Contrast, false, false},
	{"by contrast", Contrast, false, false},
	{"conversely", Contrast, false, false},
	{"having said that", Contrast, false, false},
	{"that said", Contrast, false, false},
	{"whereas", Contrast, true, false},
	{"then again", Contrast, false, false},
	// Concessions: granted to the other side.
	{"although", Concession, true, false},
	{"though", Concession, true, false},
	{"even though", Concession, true, false},
	{"even if", Concession, true, false},
	{"despite", Concession, false, false},
	{"in spite of", Concession, false, false},
	{"granted", Concession, false, false},
	{"admittedly", Concession, false, false},
	{"of course", Concession, false, false},
	{"sure", Concession, false, false},
	{"certainly", Concession, false, false},
	{"naturally", Concession, false, false},
	{"to be sure", Concession, false, false},
	{"it is true that", Concession, false, false},
	{"it's true that", Concession, false, false},
	{"true", Concession, false, false},
	{"yes", Concession, false, false},
	{"while", Concession, false, true},
	{"unless", Concession, true, false},
	{"some people", Concession, false, false},
	{"some say", Concession, false, false},
	{"some argue", Concession, false, false},
	{"some may", Concession, false, false},
	{"some might", Concession, false, false},
	{"some worry", Concession, false, false},
	{"many people think", Concession, false, false},
	{"critics", Concession, false, false},
	{"opponents", Concession, false, false},
	{"proponents", Concession, false, false},
	{"one could argue", Concession, false, false},
	{"one might argue", Concession, false, false},
	{"one could object", Concession, false, false},
	{"it is often said", Concession, false, false},
	{"it may be", Concession, false, false},
	{"on the one hand", Concession, false, false},
	{"unfortunately", Concession, false, false},
	// Additions: one more reason.
	{"moreover", Addition, false, false},
	{"furthermore", Addition, false, false},
	{"besides", Addition, false, false},
	{"in addition", Addition, false, false},
	{"additionally", Addition, false, false},
	{"also", Addition, false, false},
	{"plus", Addition, false, false},
	{"on top of that", Addition, false, false},
	{"what is more", Addition, false, false},
	{"what's more", Addition, false, false},
	{"not only", Addition, false, false},
	{"secondly", Addition, false, false},
	{"thirdly", Addition, false, false},
	{"finally", Addition, false, false},
	{"lastly", Addition, false, false},
	{"first of all", Addition, false, false},
	{"firstly", Addition, false, false},
	{"for one thing", Addition, false, false},
	{"another", Addition, false, false},
	{"similarly", Addition, false, false},
	{"likewise", Addition, false, false},
	{"equally", Addition, false, false},
	{"apart from that", Addition, false, false},
	// Examples.
	{"for example", Example, false, false},
	{"for instance", Example, false, false},
	{"e.g.", Example, false, false},
	{"such as", Example, false, false},
	{"to illustrate", Example, false, false},
	// Continuations.
	{"and", Continuation, false, false},
	// Elaborations: the claim before, backed up.
	{"as a matter of fact", Elaboration, false, false},
	{"in fact", Elaboration, false, false},
	{"indeed", Elaboration, false, false},
	{"in particular", Elaboration, false, false},
	{"particularly", Elaboration, false, false},
	{"especially", Elaboration, false, false},
	{"specifically", Elaboration, false, false},
	{"that is", Elaboration, false, false},
	{"namely", Elaboration, false, false},
	{"clearly", Elaboration, false, false},
	{"obviously", Elaboration, false, false},
}

// phrases open a phrase rather than a clause ("despite the costs",
// "especially in spring"): they mark a unit at the start of a sentence
// but split none inside one.
var phrases = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"despite": true, "in spite of": true, "such as": true, "e.g.": true, "especially": true,
		"particularly": true, "in particular": true, "specifically": true, "namely": true, "that is": true,
		"in fact": true, "indeed": true, "clearly": true, "obviously": true, "certainly": true, "naturally": true,
		"true": true, "sure": true, "yes": true, "overall": true, "ultimately": true, "instead": true, "also": true,
	}
})

// byFirst indexes markers by their first word, longest first, so that a
// lookup compares only the few that can match. Built on first use, not at
// every start of every program that links the suggester.
var byFirst = sync.OnceValue(func() map[string][]marker {
	idx := map[string][]marker{}
	for _, m := range markers {
		first, _, _ := strings.Cut(m.words, " ")
		idx[first] = append(idx[first], m)
	}
	for _, ms := range idx {
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && len(ms[j].words) > len(ms[j-1].words); j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	return idx
})

// clauseStarts are the words with which a clause after ", as" or ", for"
// begins: pronouns and determiners ("for it jeopardizes", "as the area").
var clauseStarts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true,
		"this": true, "that": true, "these": true, "those": true, "there": true, "the": true,
		"our": true, "their": true, "his": true, "her": true, "its": true,
		"my": true, "your": true, "many": true, "most": true, "some": true, "no": true, "all": true,
		"every": true, "each": true, "one": true, "both": true, "people": true, "nobody": true,
		"everyone": true, "someone": true, "anyone": true, "such": true, "otherwise": true,
	}
})

// questions start a clause after ", and": "…, and who would want…?".
var questions = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"who": true, "what": true, "how": true, "why": true, "where": true, "when": true, "which": true}
})

// notAfter cancels a marker when this word follows it: "because of" and
// "so far" are no connectives.
var notAfter = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"because": {"of": true},
		"so":      {"far": true, "much": true, "many": true, "called": true, "long": true, "on": true, "to": true, "forth": true},
		"yet":     {"another": true, "again": true, "more": true},
		"still":   {"more": true, "less": true},
		"for":     {"example": true, "instance": true},
	}
})

// lookup returns the marker that opens s (the text at a unit's start, in
// any case), the byte length of the marker in s, and whether one does.
// It allocates nothing: it runs at every space of the text.
func lookup(s string) (marker, int, bool) {
	first := s
	if i := strings.IndexAny(s, " ,;:.!?\t\n"); i >= 0 {
		first = s[:i]
	}
	if len(s) >= 4 && strings.EqualFold(s[:4], "e.g.") {
		first = s[:4]
	}
	var buf [wordKey]byte
	for _, m := range byFirst()[string(lowerKey(first, buf[:0]))] {
		n := matchWords(s, m.words)
		if n < 0 {
			continue
		}
		next := lowerKey(firstWord(s[n:]), buf[:0])
		if notAfter()[m.words][string(next)] {
			continue
		}
		if m.clause && !clauseStarts()[string(next)] && !strings.HasPrefix(strings.TrimLeft(s[n:], " "), ",") {
			continue
		}
		return m, n, true
	}
	return marker{}, 0, false
}

// wordKey is the longest word looked up in the tables of words; a longer
// one is in none of them.
const wordKey = 24

// lowerKey appends w lower-cased (ASCII) to buf, or nothing when w is
// longer than wordKey: a key for the tables without allocating.
func lowerKey(w string, buf []byte) []byte {
	if len(w) > wordKey {
		return buf
	}
	for i := 0; i < len(w); i++ {
		buf = append(buf, lower(w[i]))
	}
	return buf
}

// inSet reports whether the word w, in any case, is in set.
func inSet(set map[string]bool, w string) bool {
	var buf [wordKey]byte
	return set[string(lowerKey(w, buf[:0]))]
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// matchWords reports the length of the prefix of s that spells words,
// whitespace runs matching single spaces and the last word ending at a
// word boundary, or -1.
func matchWords(s, words string) int {
	i := 0
	for j := 0; j < len(words); j++ {
		if words[j] == ' ' {
			if i >= len(s) || !isSpace(s[i]) {
				return -1
			}
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			continue
		}
		c := s[i:]
		if len(c) == 0 {
			return -1
		}
		b := c[0]
		if b == '\'' && strings.HasPrefix(c, "’") {
			// A typographic apostrophe spells "'" too.
			if words[j] != '\'' {
				return -1
			}
			i += len("’")
			continue
		}
		if lower(b) != words[j] {
			return -1
		}
		i++
	}
	if i < len(s) && isWordByte(s[i]) {
		return -1
	}
	return i
}

// firstWord returns the first word of s after spaces and punctuation.
func firstWord(s string) string {
	i := 0
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return s[i:j]
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isWordByte: letters, digits, apostrophes and any byte of a non-ASCII
// character (so that "café" is one word).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\'' || b == '-' || b >= 0x80
}
