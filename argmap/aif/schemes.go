package aif

import (
	"strings"
	"sync"
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
var aliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"consequencespositive":               "positive-consequences",
		"consequencesnegative":               "negative-consequences",
		"practicalreasoningfromgoaltoaction": "practical-reasoning",
		"slipperyslopeargument":              "slippery-slope",
	}
})

// Default S-node names carry no scheme: they are AIF's "no particular
// scheme" and map to an empty Scheme.
var defaults = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"defaultinference": true, "defaultconflict": true, "defaultrephrase": true,
		"defaultpreference": true, "ra": true, "ca": true, "ma": true, "pa": true,
		"inference": true, "conflict": true, "rephrase": true,
	}
})

// Numeric scheme IDs that OVA3 saves instead of names. Only the defaults
// are certain across AIFdb installations; other numbers are kept raw.
var numericDefaults = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"71": true, "72": true, "144": true}
})

// byKey is built on first use, not at every start of the program.
var byKey = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range catalogue {
		m[schemeKey(c.name)] = c.id
		m[schemeKey(c.id)] = c.id
	}
	for k, v := range aliases() {
		m[k] = v
	}
	return m
})

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
	if k == "" || defaults()[k] || numericDefaults()[name] {
		return ""
	}
	if id, ok := byKey()[k]; ok {
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

// SchemeCommentPrefix starts the comment that keeps an S-node's scheme as
// the file spelled it: "AIF scheme: PositionToKnow (schemeID 26)". Encode
// writes that name and ID back while the argument's Scheme is still the
// one the name maps to.
const SchemeCommentPrefix = "AIF scheme: "

// schemeComment is the comment for an S-node's scheme, or "" when export
// would write the same without it.
func schemeComment(n *node, scheme string) string {
	if scheme == "" {
		return ""
	}
	raw := strings.TrimSpace(n.scheme)
	if raw == "" || numeric(raw) {
		raw = strings.TrimSpace(n.text)
	}
	sid := strings.TrimSpace(n.schemeID)
	if numeric(raw) || raw == "" || strings.ContainsAny(raw, "()\n") || SchemeID(raw) != scheme {
		return ""
	}
	if raw == SchemeName(scheme) && sid == "" {
		return ""
	}
	c := SchemeCommentPrefix + raw
	if sid != "" && numeric(sid) {
		c += " (schemeID " + sid + ")"
	}
	return c
}

// parseSchemeComment reads a comment made by schemeComment.
func parseSchemeComment(s string) (name, sid string, ok bool) {
	rest, ok := strings.CutPrefix(s, SchemeCommentPrefix)
	if !ok {
		return "", "", false
	}
	if head, tail, found := strings.Cut(rest, " (schemeID "); found {
		tail, closed := strings.CutSuffix(tail, ")")
		if !closed || !numeric(tail) {
			return "", "", false
		}
		return head, tail, head != ""
	}
	return rest, "", rest != ""
}

func numeric(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
