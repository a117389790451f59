package argmap

import (
	"strconv"
	"strings"
	"sync"

	"github.com/argmap/argmap/assets"
)

// Critical questions worded for the argument they are asked of. The
// catalogue's questions name slots in braces ("Is {E} personally
// reliable?"); a user should read the argument's own claims there, or a
// neutral wording ("the expert") where no claim of the argument fills the
// slot, and never a brace.

var defaultSchemes = sync.OnceValue(func() *Schemes {
	s, err := ParseSchemes(assets.Schemes)
	if err != nil {
		// The embedded catalogue is checked by the tests; an empty one
		// keeps a broken build usable (arguments just have no questions).
		return &Schemes{byID: map[string]*Scheme{}}
	}
	return s
})

// DefaultSchemes returns the scheme catalogue embedded in Argmap
// (assets/schemes.json), parsed once and shared: do not change it.
func DefaultSchemes() *Schemes { return defaultSchemes() }

// QuestionText returns critical question index (0-based, in the catalogue's
// order) of the scheme of argument argID, with the argument's claims in its
// slots: "Do other experts in the field agree with the claim “NATO is
// reaching into the Asia-Pacific”?". A slot no claim fills gets its
// neutral wording ("the expert"). It returns "" when the map has no such
// argument, the argument has no scheme of the embedded catalogue, or the
// scheme has no such question. It is what the canvas, the inspector and
// the exports show for an asked question.
func (m *Map) QuestionText(argID ID, index int) string {
	return DefaultSchemes().QuestionText(m, argID, index)
}

// QuestionTexts returns every critical question of argument argID's scheme,
// worded as QuestionText words them, or nil.
func (m *Map) QuestionTexts(argID ID) []string {
	return DefaultSchemes().QuestionTexts(m, argID)
}

// QuestionText is Map.QuestionText with the catalogue s.
func (s *Schemes) QuestionText(m *Map, argID ID, index int) string {
	a, sc := s.schemeOf(m, argID)
	if sc == nil {
		return ""
	}
	q, ok := sc.Question(index)
	if !ok {
		return ""
	}
	return fillSlots(m, a, sc, q)
}

// QuestionTexts is Map.QuestionTexts with the catalogue s.
func (s *Schemes) QuestionTexts(m *Map, argID ID) []string {
	a, sc := s.schemeOf(m, argID)
	if sc == nil {
		return nil
	}
	out := make([]string, len(sc.CriticalQuestions))
	for i, q := range sc.CriticalQuestions {
		out[i] = fillSlots(m, a, sc, q)
	}
	return out
}

func (s *Schemes) schemeOf(m *Map, argID ID) (*Argument, *Scheme) {
	if s == nil || m == nil {
		return nil, nil
	}
	a := m.Argument(argID)
	if a == nil || a.Scheme == "" {
		return nil, nil
	}
	return a, s.ByID(a.Scheme)
}

// fillSlots replaces each {name} of the template t with its wording for a.
func fillSlots(m *Map, a *Argument, sc *Scheme, t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(t[i:], '}')
		}
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(slotText(m, a, sc, t[i+1:i+j]))
		t = t[i+j+1:]
	}
}

// slotText words one slot: the claims that fill it, quoted, in the slot's
// phrase; else its neutral name. A slot the catalogue does not describe
// (ParseSchemes refuses that) is called "something" rather than shown in
// braces.
func slotText(m *Map, a *Argument, sc *Scheme, name string) string {
	sl, ok := sc.Slots[name]
	if !ok || sl.Name == "" {
		return "something"
	}
	var ids []ID
	switch from, _ := parseFrom(sl.From); {
	case from == fromConclusion:
		ids = []ID{a.Target}
	case from == fromPremises:
		ids = a.Premises
	case from > 0 && len(a.Premises) >= len(sc.Premises) && from <= len(a.Premises):
		ids = []ID{a.Premises[from-1]}
	}
	var qs []string
	for _, id := range ids {
		if c := m.Claim(id); c != nil {
			if t := claimQuote(c.Text); t != "" {
				qs = append(qs, t)
			}
		}
	}
	if len(qs) == 0 || len(qs) != len(ids) {
		return sl.Name
	}
	q := strings.Join(qs, " and ")
	if sl.As != "" {
		return strings.Replace(sl.As, "%s", q, 1)
	}
	return sl.Name + " " + q
}

// claimQuote is a claim's text on one line in curly quotes, without its
// closing full stop (the question goes on after it).
func claimQuote(s string) string {
	s = strings.TrimRight(strings.Join(strings.Fields(s), " "), ".")
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

// Values of Slot.From, as parseFrom returns them; "premise N" gives N.
const (
	fromNone       = 0
	fromConclusion = -1
	fromPremises   = -2
)

// parseFrom reads Slot.From; ok is false when it is none of the forms.
func parseFrom(s string) (int, bool) {
	switch s {
	case "":
		return fromNone, true
	case "conclusion":
		return fromConclusion, true
	case "premises":
		return fromPremises, true
	}
	n, err := strconv.Atoi(strings.TrimPrefix(s, "premise "))
	if !strings.HasPrefix(s, "premise ") || err != nil || n < 1 {
		return 0, false
	}
	return n, true
}
