package argmap

import (
	"bytes"
	"fmt"
	"strings"

	json "github.com/goccy/go-json"
)

// Scheme is one argumentation scheme of the catalogue: a pattern of
// premises and conclusion with slots in braces ("{E} is an expert in the
// field {D}"), and the critical questions that test an argument made on it.
type Scheme struct {
	ID                string   `json:"id"` // stable key stored in Argument.Scheme
	Name              string   `json:"name"`
	Premises          []string `json:"premises"`
	Conclusion        string   `json:"conclusion"`
	CriticalQuestions []string `json:"criticalQuestions"`
	// Slots says how each slot of the templates is worded in a question
	// asked of a real argument (see Map.QuestionText).
	Slots map[string]Slot `json:"slots"`
}

// Slot is how a question names one slot of a scheme: by a claim of the
// argument when From names one, else by the neutral Name ("the expert").
type Slot struct {
	// Name is the neutral wording, such as "the expert" or "the claim".
	Name string `json:"name"`
	// From is the argument's claim that fills the slot: "conclusion" (its
	// target), "premises" (all its premises), "premise N" (its Nth, when it
	// has at least as many premises as the scheme), or "" for none.
	From string `json:"from,omitempty"`
	// As is the phrase around the quoted claim, with %s where the quote
	// goes; empty means Name followed by the quote.
	As string `json:"as,omitempty"`
}

// Question returns critical question i (0-based), or "" and false when the
// scheme has no such question.
func (s *Scheme) Question(i int) (string, bool) {
	if i < 0 || i >= len(s.CriticalQuestions) {
		return "", false
	}
	return s.CriticalQuestions[i], true
}

// Schemes is a catalogue of schemes, in file order.
type Schemes struct {
	list []*Scheme
	byID map[string]*Scheme
}

// schemesFile is the wire form of assets/schemes.json.
type schemesFile struct {
	Format  string    `json:"format"`
	Version int       `json:"version"`
	Note    string    `json:"note"`
	Schemes []*Scheme `json:"schemes"`
}

// ParseSchemes reads a scheme catalogue (assets.Schemes). Every scheme
// needs a unique id, a name, premises, a conclusion and critical questions;
// errors name the place of the fault ("schemes[3].id").
func ParseSchemes(data []byte) (*Schemes, error) {
	var f schemesFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("schemes: %w", err)
	}
	if f.Format != "argmap-schemes" || f.Version != 1 {
		return nil, fmt.Errorf("schemes: format %q version %d; want argmap-schemes version 1", f.Format, f.Version)
	}
	s := &Schemes{byID: make(map[string]*Scheme, len(f.Schemes))}
	for i, sc := range f.Schemes {
		place := fmt.Sprintf("schemes[%d]", i)
		switch {
		case sc == nil:
			return nil, fmt.Errorf("schemes: %s: null", place)
		case sc.ID == "":
			return nil, fmt.Errorf("schemes: %s.id: empty", place)
		case s.byID[sc.ID] != nil:
			return nil, fmt.Errorf("schemes: %s.id: %q twice", place, sc.ID)
		case sc.Name == "":
			return nil, fmt.Errorf("schemes: %s.name: empty", place)
		case len(sc.Premises) == 0:
			return nil, fmt.Errorf("schemes: %s.premises: none", place)
		case sc.Conclusion == "":
			return nil, fmt.Errorf("schemes: %s.conclusion: empty", place)
		case len(sc.CriticalQuestions) == 0:
			return nil, fmt.Errorf("schemes: %s.criticalQuestions: none", place)
		}
		if err := checkSlots(sc, place); err != nil {
			return nil, err
		}
		s.list = append(s.list, sc)
		s.byID[sc.ID] = sc
	}
	return s, nil
}

// All lists the schemes in catalogue order.
func (s *Schemes) All() []*Scheme { return append([]*Scheme(nil), s.list...) }

// ByID returns the scheme with the given id, or nil.
func (s *Schemes) ByID(id string) *Scheme { return s.byID[id] }

// CriticalQuestion returns the text of critical question index of the
// scheme of argument a, or "" when a has no scheme or no such question.
func (s *Schemes) CriticalQuestion(a *Argument, index int) string {
	if a == nil {
		return ""
	}
	if sc := s.byID[a.Scheme]; sc != nil {
		q, _ := sc.Question(index)
		return q
	}
	return ""
}

// checkSlots makes sure that every slot the templates use has a wording and
// every wording is well formed, so that no "{E}" ever reaches a user.
func checkSlots(sc *Scheme, place string) error {
	texts := append(append([]string{sc.Conclusion}, sc.Premises...), sc.CriticalQuestions...)
	for _, t := range texts {
		for _, name := range slotNames(t) {
			if sc.Slots[name].Name == "" {
				return fmt.Errorf("schemes: %s.slots: no wording for {%s}", place, name)
			}
		}
	}
	for name, sl := range sc.Slots {
		if _, ok := parseFrom(sl.From); !ok {
			return fmt.Errorf("schemes: %s.slots.%s.from: %q is not conclusion, premises or premise N", place, name, sl.From)
		}
		if sl.As != "" && strings.Count(sl.As, "%s") != 1 {
			return fmt.Errorf("schemes: %s.slots.%s.as: %q needs one %%s", place, name, sl.As)
		}
	}
	return nil
}

// slotNames lists the names in braces in t, in order, with repeats.
func slotNames(t string) []string {
	var out []string
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, t[i+1:i+j])
		t = t[i+j+1:]
	}
}
