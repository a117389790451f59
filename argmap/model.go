// Package argmap is the pure domain of Argmap: the argument-map model, the
// edits that change it and their undo history, validation, evaluation,
// layout and the native file format. It imports no UI toolkit.
//
// A Map holds claims (statements on cards) and arguments (inferences from
// one or more premise claims to a target). The target of an argument is a
// claim or, for an undercutter, another argument. Roles such as premise,
// objection and rebuttal are derived from that structure (see Roles), not
// stored.
package argmap

import (
	"time"

	"github.com/google/uuid"
)

// ID identifies a claim, an argument, a comment, a challenge or a source.
// Every ID is a UUID so that maps built apart can be compared and merged.
type ID = uuid.UUID

// NilID is the zero ID, used for "no ID".
var NilID = uuid.Nil

// Assessment is a claim's rubric assessment, as a teacher or analyst marks it.
type Assessment string

// Assessments of a claim. The zero value means not assessed.
const (
	Unassessed Assessment = ""
	Accepted   Assessment = "accepted"
	Questioned Assessment = "questioned"
	Rejected   Assessment = "rejected"
)

// Valid reports whether a is one of the known assessments.
func (a Assessment) Valid() bool {
	switch a {
	case Unassessed, Accepted, Questioned, Rejected:
		return true
	}
	return false
}

// Polarity says whether an argument supports (Pro) or attacks (Con) its target.
type Polarity string

// Polarities of an argument.
const (
	Pro Polarity = "pro"
	Con Polarity = "con"
)

// Valid reports whether p is Pro or Con.
func (p Polarity) Valid() bool { return p == Pro || p == Con }

// Point is a position on the map, in map units (one unit is one pixel at
// zoom 1). A claim's position is the centre of its card.
type Point struct {
	X, Y float64
}

// Meta is what a map says about itself.
type Meta struct {
	Title    string
	Source   string // a human description or URL of what the map analyses
	Authors  []string
	Created  time.Time
	Modified time.Time
	// Exercise marks a map that a teacher saved as an exercise sheet.
	Exercise bool
}

// Comment is one remark on a claim or an argument.
type Comment struct {
	ID     ID
	Author string
	Time   time.Time
	Text   string
	// Private marks a teacher's rubric remark: it is kept in the native
	// file, and left out of everything a student receives (exports,
	// exercise sheets) until it is released (see ReleasePrivate).
	Private bool
}

// Anchor ties a claim to the passage of a source text it was taken from.
// Offset and Length are in bytes of the source's UTF-8 text. Quote holds the
// passage itself when the project may store it; otherwise Hash (hex SHA-256
// of the passage) lets the passage be recognised without storing it.
type Anchor struct {
	Source    ID     // the Source in Map.Sources, or NilID
	Paragraph string // a human locator such as "¶4"
	Offset    int
	Length    int
	Quote     string
	Before    string // a little context before the passage, for re-anchoring
	After     string // a little context after the passage
	Hash      string
}

// Annotations are a user's notes on a claim or an argument.
type Annotations struct {
	Comments []Comment
	Tags     []string
	Color    string // "#rrggbb", or "" for the default colour of the role
	Links    []string
}

// Claim is a statement on a card.
type Claim struct {
	ID         ID
	Text       string
	Assessment Assessment
	Pos        Point
	Pinned     bool // the user placed it: auto-layout leaves it where it is
	Anchor     *Anchor
	// Speech is the speech of the map's Round the claim was made in, or
	// NilID.
	Speech ID
	// Proposal marks a suggestion not yet accepted (see Accepted); nil for
	// an ordinary claim.
	Proposal *Proposal
	Annotations
}

// Argument is one inference: its premises (linked co-premises when more than
// one) support (Pro) or attack (Con) the target. The target is a claim, or
// another argument: a Con argument aimed at an argument is an undercutter.
type Argument struct {
	ID       ID
	Premises []ID
	Target   ID
	Polarity Polarity
	// Scheme names an argumentation scheme of the catalogue (such as
	// "expert-opinion"), or is empty.
	Scheme string
	// Proposal marks a suggestion not yet accepted; nil for an ordinary
	// argument.
	Proposal *Proposal
	Annotations
}

// ChallengeKind says how a user doubted a claim or an argument.
type ChallengeKind string

// Kinds of challenge.
const (
	// Object: a con argument against a claim.
	Object ChallengeKind = "object"
	// Undercut: a con argument against an inference.
	Undercut ChallengeKind = "undercut"
	// Question: the claim now needs support (its assessment is Questioned).
	Question ChallengeKind = "question"
	// CriticalQuestion: one of a scheme's critical questions asked of an
	// argument; open, it counts as an undercutter.
	CriticalQuestion ChallengeKind = "critical-question"
)

// ChallengeStatus is where a challenge stands.
type ChallengeStatus string

// Statuses of a challenge.
const (
	Open      ChallengeStatus = "open"
	Answered  ChallengeStatus = "answered"
	Withdrawn ChallengeStatus = "withdrawn"
)

// Challenge is a user's doubt made explicit, with who raised it and when.
type Challenge struct {
	ID     ID
	Kind   ChallengeKind
	Target ID // the claim or argument challenged
	// Argument is the con argument the challenge added (Object, Undercut),
	// or NilID.
	Argument ID
	// Question is the index of the critical question in the scheme of the
	// target argument (CriticalQuestion only).
	Question int
	Author   string
	Time     time.Time
	Note     string
	Status   ChallengeStatus
	// Answer says how it was answered or why it was withdrawn.
	Answer string
	// Proposal marks a suggestion not yet accepted; nil for an ordinary
	// challenge.
	Proposal *Proposal
}

// Source is a text the map analyses, attached so that claims can be
// anchored in it. The text itself is kept outside the map, at Path.
type Source struct {
	ID   ID
	Name string
	Path string // as the user attached it; relative to the map file when possible
	Hash string // hex SHA-256 of the text when attached
}

// Map is an argument map. Claims and Arguments keep their order, which is
// the order of the file. Use the methods to look entities up by ID; change a
// map through Edits run by a History so that every change can be undone.
type Map struct {
	Meta       Meta
	Claims     []*Claim
	Arguments  []*Argument
	Challenges []*Challenge
	Sources    []*Source
	// Round is the debate round the map was flowed from, or nil.
	Round *Round
	// Dialogue is the dialogue layer (locutions, transitions, illocutions)
	// of a map imported from a dialogue corpus, or nil (see Dialogue).
	Dialogue *Dialogue

	claims map[ID]*Claim
	args   map[ID]*Argument
}

// New returns an empty map with the given title.
func New(title string) *Map {
	m := &Map{Meta: Meta{Title: title}}
	m.Reindex()
	return m
}

// Reindex rebuilds the lookup tables after the slices were changed directly
// (by a decoder or an importer). Later entries with a duplicate ID shadow
// nothing: the first one wins, and Validate reports the duplicate.
func (m *Map) Reindex() {
	m.claims = make(map[ID]*Claim, len(m.Claims))
	for _, c := range m.Claims {
		if _, dup := m.claims[c.ID]; !dup {
			m.claims[c.ID] = c
		}
	}
	m.args = make(map[ID]*Argument, len(m.Arguments))
	for _, a := range m.Arguments {
		if _, dup := m.args[a.ID]; !dup {
			m.args[a.ID] = a
		}
	}
}

func (m *Map) index() {
	if m.claims == nil || m.args == nil {
		m.Reindex()
	}
}

// Claim returns the claim with the given ID, or nil.
func (m *Map) Claim(id ID) *Claim {
	m.index()
	return m.claims[id]
}

// Argument returns the argument with the given ID, or nil.
func (m *Map) Argument(id ID) *Argument {
	m.index()
	return m.args[id]
}

// Challenge returns the challenge with the given ID, or nil.
func (m *Map) Challenge(id ID) *Challenge {
	for _, c := range m.Challenges {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Source returns the source with the given ID, or nil.
func (m *Map) Source(id ID) *Source {
	for _, s := range m.Sources {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Clone returns a deep copy of the map.
func (m *Map) Clone() *Map {
	c := &Map{Meta: m.Meta}
	c.Meta.Authors = append([]string(nil), m.Meta.Authors...)
	c.Claims = make([]*Claim, len(m.Claims))
	for i, x := range m.Claims {
		c.Claims[i] = x.Clone()
	}
	c.Arguments = make([]*Argument, len(m.Arguments))
	for i, x := range m.Arguments {
		c.Arguments[i] = x.Clone()
	}
	c.Challenges = make([]*Challenge, len(m.Challenges))
	for i, x := range m.Challenges {
		y := *x
		y.Proposal = x.Proposal.clone()
		c.Challenges[i] = &y
	}
	c.Sources = make([]*Source, len(m.Sources))
	for i, x := range m.Sources {
		y := *x
		c.Sources[i] = &y
	}
	c.Round = m.Round.Clone()
	c.Dialogue = m.Dialogue.Clone()
	c.Reindex()
	return c
}

// Clone returns a deep copy of the annotations.
func (a Annotations) Clone() Annotations {
	return Annotations{
		Comments: append([]Comment(nil), a.Comments...),
		Tags:     append([]string(nil), a.Tags...),
		Color:    a.Color,
		Links:    append([]string(nil), a.Links...),
	}
}

// Clone returns a deep copy of the claim.
func (c *Claim) Clone() *Claim {
	d := *c
	d.Annotations = c.Annotations.Clone()
	if c.Anchor != nil {
		a := *c.Anchor
		d.Anchor = &a
	}
	d.Proposal = c.Proposal.clone()
	return &d
}

// Clone returns a deep copy of the argument.
func (a *Argument) Clone() *Argument {
	d := *a
	d.Premises = append([]ID(nil), a.Premises...)
	d.Annotations = a.Annotations.Clone()
	d.Proposal = a.Proposal.clone()
	return &d
}

// HasPremise reports whether id is one of the argument's premises.
func (a *Argument) HasPremise(id ID) bool {
	for _, p := range a.Premises {
		if p == id {
			return true
		}
	}
	return false
}

// ArgumentsTo returns the arguments whose target is id (a claim or an
// argument), in map order.
func (m *Map) ArgumentsTo(id ID) []*Argument {
	var out []*Argument
	for _, a := range m.Arguments {
		if a.Target == id {
			out = append(out, a)
		}
	}
	return out
}

// ArgumentsFrom returns the arguments that have claim id among their
// premises, in map order.
func (m *Map) ArgumentsFrom(id ID) []*Argument {
	var out []*Argument
	for _, a := range m.Arguments {
		if a.HasPremise(id) {
			out = append(out, a)
		}
	}
	return out
}
