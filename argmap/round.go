package argmap

import (
	"fmt"
	"slices"
)

// Round is a debate round the map was flowed from: its format and its
// speeches in the order they are given. Claims name the speech they were
// made in (Claim.Speech); answers between speeches are ordinary arguments,
// so evaluation, undo, compare and every export work on a round as on any
// map.
type Round struct {
	// Format is a key of Formats ("policy", "bp", "worlds", "pf", "ld") or
	// "custom" for an order of speeches of the user's own.
	Format   string
	Speeches []Speech
}

// Speech is one speech of a round.
type Speech struct {
	ID   ID
	Name string // "1AC", "PM", …
	// Side is the side the speech speaks for: two speeches oppose each
	// other when their sides differ. The built-in formats use "aff"/"neg"
	// (policy, LD), "pro"/"con" (PF), "prop"/"opp" (World Schools) and
	// "gov"/"opp" (BP, whose four teams are told apart by Team).
	Side string
	// Team is the team within a side, for formats with more than one team
	// a side (BP: "OG", "OO", "CG", "CO"); empty otherwise.
	Team    string
	Speaker string // who gave it, or ""
}

// CustomFormat is the Format of a round whose speeches the user listed.
const CustomFormat = "custom"

// FormatInfo describes a built-in debate format.
type FormatInfo struct {
	Key      string
	Name     string // human name, for menus
	Speeches []Speech
}

// sp is a speech template of a built-in format (its ID is made per round).
func sp(name, side, team string) Speech { return Speech{Name: name, Side: side, Team: team} }

// Formats are the built-in debate formats, in menu order, each with its
// speeches in the order they are given. Cross-examinations and points of
// information are not speeches: nothing is flowed into them as a column.
var Formats = []FormatInfo{
	{Key: "policy", Name: "Policy", Speeches: []Speech{
		sp("1AC", "aff", ""), sp("1NC", "neg", ""), sp("2AC", "aff", ""), sp("2NC", "neg", ""),
		sp("1NR", "neg", ""), sp("1AR", "aff", ""), sp("2NR", "neg", ""), sp("2AR", "aff", ""),
	}},
	{Key: "bp", Name: "British Parliamentary", Speeches: []Speech{
		sp("PM", "gov", "OG"), sp("LO", "opp", "OO"), sp("DPM", "gov", "OG"), sp("DLO", "opp", "OO"),
		sp("MG", "gov", "CG"), sp("MO", "opp", "CO"), sp("GW", "gov", "CG"), sp("OW", "opp", "CO"),
	}},
	{Key: "worlds", Name: "World Schools", Speeches: []Speech{
		sp("Prop 1", "prop", ""), sp("Opp 1", "opp", ""), sp("Prop 2", "prop", ""), sp("Opp 2", "opp", ""),
		sp("Prop 3", "prop", ""), sp("Opp 3", "opp", ""), sp("Opp Reply", "opp", ""), sp("Prop Reply", "prop", ""),
	}},
	{Key: "pf", Name: "Public Forum", Speeches: []Speech{
		sp("Pro Constructive", "pro", ""), sp("Con Constructive", "con", ""),
		sp("Pro Rebuttal", "pro", ""), sp("Con Rebuttal", "con", ""),
		sp("Pro Summary", "pro", ""), sp("Con Summary", "con", ""),
		sp("Pro Final Focus", "pro", ""), sp("Con Final Focus", "con", ""),
	}},
	{Key: "ld", Name: "Lincoln–Douglas", Speeches: []Speech{
		sp("AC", "aff", ""), sp("NC", "neg", ""), sp("1AR", "aff", ""), sp("NR", "neg", ""), sp("2AR", "aff", ""),
	}},
}

// LookupFormat returns the built-in format with the given key, or nil.
func LookupFormat(key string) *FormatInfo {
	for i := range Formats {
		if Formats[i].Key == key {
			return &Formats[i]
		}
	}
	return nil
}

// NewRound returns a round of a built-in format with fresh speech IDs (from
// ids), or an empty custom round for "custom" or an unknown key.
func NewRound(ids IDSource, format string) *Round {
	f := LookupFormat(format)
	if f == nil {
		return &Round{Format: CustomFormat}
	}
	r := &Round{Format: f.Key, Speeches: make([]Speech, len(f.Speeches))}
	for i, s := range f.Speeches {
		s.ID = ids.New()
		r.Speeches[i] = s
	}
	return r
}

// Clone returns a deep copy of the round (nil for nil).
func (r *Round) Clone() *Round {
	if r == nil {
		return nil
	}
	return &Round{Format: r.Format, Speeches: slices.Clone(r.Speeches)}
}

// Index returns the position of the speech in the round, or -1 (also on a
// nil round).
func (r *Round) Index(id ID) int {
	if r == nil || id == NilID {
		return -1
	}
	for i := range r.Speeches {
		if r.Speeches[i].ID == id {
			return i
		}
	}
	return -1
}

// Speech returns the speech with the given ID, or nil.
func (r *Round) Speech(id ID) *Speech {
	if i := r.Index(id); i >= 0 {
		return &r.Speeches[i]
	}
	return nil
}

// Next returns the speech after id, or nil (after the last, or for an
// unknown id).
func (r *Round) Next(id ID) *Speech {
	if i := r.Index(id); i >= 0 && i+1 < len(r.Speeches) {
		return &r.Speeches[i+1]
	}
	return nil
}

// NextOpposing returns the first speech after id of another side: where an
// answer to a claim made in id goes (the flow's Tab). Nil when the other
// side does not speak again.
func (r *Round) NextOpposing(id ID) *Speech {
	i := r.Index(id)
	if i < 0 {
		return nil
	}
	for j := i + 1; j < len(r.Speeches); j++ {
		if r.Speeches[j].Side != r.Speeches[i].Side {
			return &r.Speeches[j]
		}
	}
	return nil
}

// Opposes reports whether speeches a and b speak for different sides.
func (a Speech) Opposes(b Speech) bool { return a.Side != b.Side }

// checkSpeech is the precondition of every edit that files a claim under
// a speech: NilID, or a speech of the map's round.
func checkSpeech(m *Map, speech ID) error {
	if speech == NilID || m.Round.Index(speech) >= 0 {
		return nil
	}
	if m.Round == nil {
		return fmt.Errorf("speech %s: the map has no round", short(speech))
	}
	return fmt.Errorf("speech %w", notFound("speech", speech))
}

// SetRound replaces the map's round (nil removes it). It refuses a round
// that lacks a speech some claim was made in, or whose speeches have a
// missing or duplicate ID, so that no claim is left in a speech that does
// not exist; to remove a round with claims in it use ClearRound.
func SetRound(r *Round) Edit { return &setRound{after: r.Clone()} }

type setRound struct{ before, after *Round }

func (e *setRound) Label() string {
	if e.after == nil {
		return "Remove Round"
	}
	return "Edit Round"
}

func (e *setRound) Apply(m *Map) error {
	seen := make(map[ID]bool)
	if e.after != nil {
		for _, s := range e.after.Speeches {
			if s.ID == NilID {
				return fmt.Errorf("edit round: speech %q has no ID", s.Name)
			}
			if seen[s.ID] {
				return fmt.Errorf("edit round: speech ID %s twice", short(s.ID))
			}
			seen[s.ID] = true
		}
	}
	for _, c := range m.Claims {
		if c.Speech != NilID && !seen[c.Speech] {
			return fmt.Errorf("edit round: claim %s was made in speech %s, which the round lacks", short(c.ID), short(c.Speech))
		}
	}
	e.before = m.Round.Clone()
	m.Round = e.after.Clone()
	return nil
}

func (e *setRound) Revert(m *Map) { m.Round = e.before.Clone() }

// Scope of a round's edit: the flow's logic (which claims are dropped
// depends on the speeches' sides) and the document's details.
func (e *setRound) Scope() Change { return Change{Aspects: Logic | Document} }

// SetClaimSpeech files a claim under a speech of the round (NilID: none).
func SetClaimSpeech(id, speech ID) Edit {
	return UpdateClaim(id, "Set Speech", func(c *Claim) { c.Speech = speech })
}

// ClearRound removes the round and takes every claim out of its speech, as
// one edit.
func ClearRound(m *Map) Edit {
	var edits []Edit
	for _, c := range m.Claims {
		if c.Speech != NilID {
			edits = append(edits, SetClaimSpeech(c.ID, NilID))
		}
	}
	edits = append(edits, SetRound(nil))
	return Batch("Remove Round", edits...)
}

// AddAnswer adds claim c, made in speech, with an argument arg from it to
// the claim or argument it answers: a Con argument for a response, a Pro one
// for an extension of a partner's point. arg's premises are set to c alone;
// its ID, target and polarity must be set. One undo removes both.
func AddAnswer(c *Claim, speech ID, arg *Argument) Edit {
	c.Speech = speech
	arg.Premises = []ID{c.ID}
	label := "Answer"
	if arg.Polarity == Pro {
		label = "Extend"
	}
	return Batch(label, AddClaim(c), AddArgument(arg))
}
