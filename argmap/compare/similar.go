// Package compare compares, matches and merges argument maps: a diff of two
// maps (by ID where they share ancestry, by wording and structure where they
// were built apart), a teacher's report of student maps against a model
// answer, and a three-way merge of two people's changes to one map.
package compare

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// stop words carry no content: two claims do not match because both say
// "the" and "is". English only; other languages fall back on trigrams.
// Negations are not stop words: they are counted apart (see negations).
//
// The word lists are built on first use (vocab), not at start: every
// command-line start would pay for them (issue 15's 15 ms).
func buildStop() map[string]bool {
	stop := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if then than so of to in on at by for
	with from as is are was were be been being it its this that these those there their they them
	he she his her we our you your i me my do does did has have had will would can could
	may might must should shall into over under about which who whom whose what when where why how
	also more most very just only such own same other all any both each few some every`) {
		stop[w] = true
	}
	return stop
}

// negators turn a claim into its opposite; "un-" and "im-" words of the
// list below are read as the negation of their stem ("unlikely" = not
// "likely"), so that "India is likely to join" and "India is unlikely to
// join" share their words and differ in their negations.
func buildNegators() map[string]bool {
	return map[string]bool{"not": true, "no": true, "never": true, "cannot": true, "nobody": true,
		"nothing": true, "none": true, "neither": true, "nor": true}
}

func buildNegPrefixed() map[string]string {
	negPrefixed := map[string]string{}
	for _, w := range strings.Fields(`unlikely unable unwilling unwise unsafe untrue unfair unclear
	unnecessary unsure unstable unacceptable unpopular unrealistic unlawful unfounded impossible
	improbable implausible inconsistent incapable insufficient inadequate ineffective illegal`) {
		switch {
		case strings.HasPrefix(w, "un"), strings.HasPrefix(w, "im"), strings.HasPrefix(w, "in"):
			negPrefixed[w] = w[2:]
		case strings.HasPrefix(w, "il"):
			negPrefixed[w] = w[2:]
		}
	}
	return negPrefixed
}

// synonyms fold words that mean the same in argument texts onto one form:
// states and their capitals and adjectives (news analysis names countries
// all three ways), and a few common verbs and nouns of reasoning.
func buildSynonyms() map[string]string {
	synonyms := map[string]string{}
	for _, group := range []string{
		"us usa america american americans washington", "russia russian moscow kremlin",
		"china chinese beijing", "india indian delhi", "uk britain british london",
		"europe european eu brussels", "japan japanese tokyo", "nato atlantic",
		"weapon weapons arms defence defense military", "rely relies relied depend depends dependent dependence reliant",
		"war conflict conflicts wars fight fighting", "ally allies alliance alliances allied pact bloc",
		"threat threatens threaten danger", "big large larger great greater major",
		"unite united together join", "support supports backing back help aid",
	} {
		ws := strings.Fields(group)
		for _, w := range ws {
			synonyms[w] = ws[0]
		}
	}
	return synonyms
}

// contractions are expanded before splitting, so that "can't" reads as
// "cannot" and "isn't" as "is not"; a contrastive "not" ("from the ring
// road, not from the streets"; "not only") negates nothing.
func buildContractions() *strings.Replacer {
	return strings.NewReplacer(", not ", ", ", "; not ", "; ", "not only", "",
		"can't", "cannot", "can’t", "cannot", "won't", "will not", "won’t", "will not",
		"n't", " not", "n’t", " not")
}

// vocabulary is the word lists analyse reads.
type vocabulary struct {
	stop, negators map[string]bool
	negPrefixed    map[string]string
	synonyms       map[string]string
	contractions   *strings.Replacer
}

var vocab = sync.OnceValue(func() *vocabulary {
	return &vocabulary{stop: buildStop(), negators: buildNegators(), negPrefixed: buildNegPrefixed(),
		synonyms: buildSynonyms(), contractions: buildContractions()}
})

// analyse splits text into lower-case content words, with a light stemming
// that folds plurals and common suffixes ("alliances", "allied" → "alli"),
// and counts its negations.
func analyse(text string) (ws []string, negs int) {
	v := vocab()
	f := strings.FieldsFunc(v.contractions.Replace(strings.ToLower(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	conditional := false
	for _, w := range f {
		if w == "if" || w == "unless" {
			// "more would come if there were no cars": a negation in the
			// condition does not negate the claim.
			conditional = true
		}
		if v.negators[w] {
			if !conditional {
				negs++
			}
			continue
		}
		if base, ok := v.negPrefixed[w]; ok {
			negs++
			w = base
		}
		if v.stop[w] {
			continue
		}
		if c, ok := v.synonyms[w]; ok {
			ws = append(ws, c)
			continue
		}
		ws = append(ws, stem(w))
	}
	return ws, negs
}

func stem(w string) string {
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ance", "ence", "y", "e"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// profile is a claim's text reduced for comparison: its content words and
// letter trigrams as sorted IDs of a dictionary shared by the texts
// compared, so that comparing two profiles is a merge of sorted lists.
type profile struct {
	words []int32 // sorted, distinct
	tris  []int32 // sorted, distinct
	tcnt  []int32 // count of each trigram
	norm  float64
	// negated: the text has an odd number of negations.
	negated bool
	// flat is the text in lower case with single spaces, to spot copying.
	flat string
}

// dict numbers words and trigrams.
type dict map[string]int32

func (d dict) id(s string) int32 {
	if i, ok := d[s]; ok {
		return i
	}
	i := int32(len(d))
	d[s] = i
	return i
}

func newProfile(text string, d dict) profile {
	ws, negs := analyse(text)
	p := profile{negated: negs%2 == 1, flat: strings.Join(strings.Fields(strings.ToLower(text)), " ")}
	for _, w := range ws {
		p.words = append(p.words, d.id(w))
	}
	p.words = sortedSet(p.words)
	s := []rune(" " + strings.Join(ws, " ") + " ")
	var tris []int32
	for i := 0; i+3 <= len(s); i++ {
		tris = append(tris, d.id("\x01"+string(s[i:i+3])))
	}
	slices.Sort(tris)
	for i := 0; i < len(tris); {
		j := i
		for j < len(tris) && tris[j] == tris[i] {
			j++
		}
		p.tris = append(p.tris, tris[i])
		p.tcnt = append(p.tcnt, int32(j-i))
		p.norm += float64((j - i) * (j - i))
		i = j
	}
	p.norm = math.Sqrt(p.norm)
	return p
}

func sortedSet(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// Similarity of two texts in [0, 1]: the mean of the Dice coefficient of
// their stemmed content words (robust to reordering and added filler) and
// the cosine of their character trigrams (robust to inflection and typos).
// Rewordings of one claim score about 0.4–0.9; different claims on one topic
// mostly stay under 0.35 (see the tests). A text that negates the other
// ("likely" against "unlikely") scores at most NegatedCap.
func Similarity(a, b string) float64 {
	d := dict{}
	return similarity(newProfile(a, d), newProfile(b, d), nil)
}

// NegatedCap is the highest similarity of two texts of which one negates
// the other: near enough to be paired and flagged, never a confident pair.
const NegatedCap = Threshold

// similarity weighs words by weight (their rarity in the two maps, by word
// ID; nil for uniform weights), so that sharing "India" in a map about
// India counts for less than sharing "non-alignment".
func similarity(a, b profile, weight []float64) float64 {
	s := rawSimilarity(a, b, weight)
	if a.negated != b.negated {
		s = math.Min(s, NegatedCap)
	}
	return s
}

// rawSimilarity is similarity without the cap on negated pairs.
func rawSimilarity(a, b profile, weight []float64) float64 {
	if len(a.words) == 0 || len(b.words) == 0 {
		return 0
	}
	w := func(i int32) float64 {
		if weight == nil || int(i) >= len(weight) {
			return 1
		}
		return weight[i]
	}
	var common, total float64
	i, j := 0, 0
	for i < len(a.words) || j < len(b.words) {
		switch {
		case j == len(b.words) || (i < len(a.words) && a.words[i] < b.words[j]):
			total += w(a.words[i])
			i++
		case i == len(a.words) || b.words[j] < a.words[i]:
			total += w(b.words[j])
			j++
		default:
			x := w(a.words[i])
			total += 2 * x
			common += 2 * x
			i++
			j++
		}
	}
	dice := common / total
	dot := 0.0
	for i, j := 0, 0; i < len(a.tris) && j < len(b.tris); {
		switch {
		case a.tris[i] < b.tris[j]:
			i++
		case b.tris[j] < a.tris[i]:
			j++
		default:
			dot += float64(a.tcnt[i] * b.tcnt[j])
			i++
			j++
		}
	}
	cos := 0.0
	if a.norm > 0 && b.norm > 0 {
		cos = dot / (a.norm * b.norm)
	}
	return (dice + cos) / 2
}

// Threshold is the similarity from which two claims of maps built apart are
// taken for the same claim on their wording alone.
const Threshold = 0.38

// Confident is the similarity from which a pair is taken before the
// structure is looked at: such pairs anchor the matching through
// neighbours.
const Confident = 0.5

// pair is a candidate match between claim i of one map and j of the other.
type pair struct {
	i, j int
	s    float64
}

// sortPairs orders candidates best first; ties break by index, so that the
// matching is deterministic.
func sortPairs(ps []pair) {
	sort.Slice(ps, func(x, y int) bool {
		if ps[x].s != ps[y].s {
			return ps[x].s > ps[y].s
		}
		if ps[x].i != ps[y].i {
			return ps[x].i < ps[y].i
		}
		return ps[x].j < ps[y].j
	})
}
