// Package compare compares, matches and merges argument maps: a diff of two
// maps (by ID where they share ancestry, by text similarity where they were
// built apart), a teacher's report of student maps against a model answer,
// and a three-way merge of two people's changes to one map.
package compare

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// stop words carry no content: two claims do not match because both say
// "the" and "is". English only; other languages fall back on trigrams.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if then than so of to in on at by for
	with from as is are was were be been being it its this that these those there their they them
	he she his her we our you your i me my not no do does did has have had will would can could
	may might must should shall into over under about which who whom whose what when where why how
	also more most very just only such own same other all any both each few some`) {
		stop[w] = true
	}
}

// synonyms fold words that mean the same in argument texts onto one form:
// states and their capitals and adjectives (news analysis names countries
// all three ways), and a few common verbs and nouns of reasoning.
var synonyms = map[string]string{}

func init() {
	for _, group := range []string{
		"us usa america american americans washington", "russia russian moscow kremlin",
		"china chinese beijing", "india indian delhi", "uk britain british london",
		"europe european eu brussels", "japan japanese tokyo", "nato atlantic",
		"weapon weapons arms defence defense military", "rely relies relied depend depends dependent dependence reliant",
		"war conflict conflicts wars fight fighting", "ally allies alliance alliances allied pact bloc",
		"threat threatens threaten danger", "cannot unable impossible", "big large larger great greater major",
		"unite united together join", "support supports backing back help aid",
	} {
		ws := strings.Fields(group)
		for _, w := range ws {
			synonyms[w] = ws[0]
		}
	}
}

// words splits text into lower-case content words, with a light stemming
// that folds plurals and common suffixes ("alliances", "allied" → "alli").
func words(text string) []string {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if stop[w] {
			continue
		}
		if c, ok := synonyms[w]; ok {
			out = append(out, c)
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ance", "ence", "y", "e"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// profile is a claim's text reduced for comparison.
type profile struct {
	words    map[string]bool
	trigrams map[string]int
	norm     float64
}

func newProfile(text string) profile {
	p := profile{words: map[string]bool{}, trigrams: map[string]int{}}
	ws := words(text)
	for _, w := range ws {
		p.words[w] = true
	}
	s := []rune(" " + strings.Join(ws, " ") + " ")
	for i := 0; i+3 <= len(s); i++ {
		p.trigrams[string(s[i:i+3])]++
	}
	for _, c := range p.trigrams {
		p.norm += float64(c * c)
	}
	p.norm = math.Sqrt(p.norm)
	return p
}

// Similarity of two texts in [0, 1]: the mean of the Dice coefficient of
// their stemmed content words (robust to reordering and added filler) and
// the cosine of their character trigrams (robust to inflection and typos).
// Rewordings of one claim score about 0.4–0.9; different claims on one topic
// mostly stay under 0.35 (see the tests).
func Similarity(a, b string) float64 { return similarity(newProfile(a), newProfile(b)) }

func similarity(a, b profile) float64 {
	if len(a.words) == 0 || len(b.words) == 0 {
		return 0
	}
	common := 0
	for w := range a.words {
		if b.words[w] {
			common++
		}
	}
	dice := 2 * float64(common) / float64(len(a.words)+len(b.words))
	dot := 0.0
	for g, c := range a.trigrams {
		dot += float64(c * b.trigrams[g])
	}
	cos := 0.0
	if a.norm > 0 && b.norm > 0 {
		cos = dot / (a.norm * b.norm)
	}
	return (dice + cos) / 2
}

// Threshold is the similarity from which two claims of maps built apart are
// taken for the same claim.
const Threshold = 0.38

// pair is a candidate match between claim i of one map and j of the other.
type pair struct {
	i, j int
	s    float64
}

// greedy matches the best pairs first, each index once, above threshold.
// Deterministic: ties break by index.
func greedy(ps []pair, threshold float64) map[int]int {
	sort.Slice(ps, func(x, y int) bool {
		if ps[x].s != ps[y].s {
			return ps[x].s > ps[y].s
		}
		if ps[x].i != ps[y].i {
			return ps[x].i < ps[y].i
		}
		return ps[x].j < ps[y].j
	})
	out := map[int]int{}
	usedJ := map[int]bool{}
	for _, p := range ps {
		if p.s < threshold {
			break
		}
		if _, ok := out[p.i]; ok || usedJ[p.j] {
			continue
		}
		out[p.i] = p.j
		usedJ[p.j] = true
	}
	return out
}
