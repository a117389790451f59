package aif

import (
	"strings"
	"unicode"
)

// catalogue pairs the ID of each scheme of Argmap's catalogue
// (assets/schemes.json; a test keeps the two in step) with its AIF name as
// AIFdb and OVA3 spell it. An AIF scheme outside this list is kept under its
// raw name. The domain does not import assets, hence the copy.
var catalogue = []struct{ id, name string }{
	{"expert-opinion", "Expert Opinion"},
	{"position-to-know", "Position To Know"},
	{"popular-opinion", "Popular Opinion"},
	{"positive-consequences", "Positive Consequences"},
	{"negative-consequences", "Negative Consequences"},
	{"practical-reasoning", "Practical Reasoning"},
	{"analogy", "Analogy"},
	{"cause-to-effect", "Cause To Effect"},
	{"correlation-to-cause", "Correlation To Cause"},
	{"sign", "Sign"},
	{"example", "Example"},
	{"commitment", "Commitment"},
	{"verbal-classification", "Verbal Classification"},
	{"slippery-slope", "Slippery Slope"},
}

// aliases are other spellings of catalogue schemes seen in AIF corpora,
// normalised by schemeKey.
var aliases = map[string]string{
	"consequencespositive":               "positive-consequences",
	"consequencesnegative":               "negative-consequences",
	"practicalreasoningfromgoaltoaction": "practical-reasoning",
	"slipperyslopeargument":              "slippery-slope",
}

// Default S-node names carry no scheme: they are AIF's "no particular
// scheme" and map to an empty Scheme.
var defaults = map[string]bool{
	"defaultinference": true, "defaultconflict": true, "defaultrephrase": true,
	"defaultpreference": true, "ra": true, "ca": true, "ma": true, "pa": true,
	"inference": true, "conflict": true, "rephrase": true,
}

// Numeric scheme IDs that OVA3 saves instead of names. Only the defaults
// are certain across AIFdb installations; other numbers are kept raw.
var numericDefaults = map[string]bool{"71": true, "72": true, "144": true}

var byKey = func() map[string]string {
	m := map[string]string{}
	for _, c := range catalogue {
		m[schemeKey(c.name)] = c.id
		m[schemeKey(c.id)] = c.id
	}
	for k, v := range aliases {
		m[k] = v
	}
	return m
}()

// schemeKey folds case, spaces and punctuation, and drops a leading
// "argument from", so that "Expert Opinion", "ExpertOpinion" and
// "Argument from expert opinion" meet.
func schemeKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	k := b.String()
	for _, p := range []string{"argumentfrom", "argfrom", "argumentby"} {
		k = strings.TrimPrefix(k, p)
	}
	return k
}

// SchemeID maps an AIF scheme name to the ID of Argmap's scheme catalogue
// ("Expert Opinion" → "expert-opinion"). Default schemes ("Default
// Inference") give "". A name outside the catalogue is returned trimmed but
// otherwise as it was, so no information is lost.
func SchemeID(name string) string {
	name = strings.TrimSpace(name)
	k := schemeKey(name)
	if k == "" || defaults[k] || numericDefaults[name] {
		return ""
	}
	if id, ok := byKey[k]; ok {
		return id
	}
	return name
}

// SchemeName maps a catalogue ID back to its AIF name ("expert-opinion" →
// "Expert Opinion"); any other scheme is returned as it is.
func SchemeName(id string) string {
	for _, c := range catalogue {
		if c.id == id {
			return c.name
		}
	}
	return id
}

// nodeScheme picks the scheme of an S-node: its scheme field when that is a
// name, otherwise its text when the text is more than the node type (OVA3
// writes the scheme name as the text: "Expert Opinion").
func nodeScheme(n *node) string {
	s := strings.TrimSpace(n.scheme)
	if s != "" && !numeric(s) {
		return SchemeID(s)
	}
	return SchemeID(n.text)
}

func numeric(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
