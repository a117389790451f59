package native

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/argmap/argmap/argmap"
)

// place names where a value sits in the file (argmap.Place, which the
// model's limits use too), built into a string only for a fault.
type place = argmap.Place

// path is a place given as a whole path.
func path(s string) place { return argmap.PathPlace(s) }

// entry is the place of entry i of the list at path list.
func entry(list string, i int) place { return argmap.EntryPlace(list, i) }

// reader converts the wire structs of the current version into the model,
// checking what the JSON decoder cannot: IDs, references, enumerations,
// times and limits. It stops at the first fault and names its place.
type reader struct {
	err error
	ids map[argmap.ID]kind // every ID seen, and what it names
	w   *mapV3             // the body, to find where a duplicate ID was first declared
}

// kind is what an ID names. The table of IDs keeps only this, to stay small
// and fast on big maps; the place of a first declaration is looked up
// again when a duplicate needs it.
type kind uint8

const (
	kNone kind = iota
	kClaim
	kArgument
	kOther // a comment, challenge or source
	kSource
	kSpeech // a speech of the round
)

// is reports whether id was declared as one of the kinds.
func (r *reader) is(id argmap.ID, kinds ...kind) bool {
	k := r.ids[id]
	for _, want := range kinds {
		if k == want {
			return true
		}
	}
	return false
}

func (r *reader) fail(p place, format string, a ...any) {
	if r.err == nil {
		r.err = &argmap.DecodeError{Kind: faultKind(format), Place: p.String(), Message: fmt.Sprintf(format, a...)}
	}
}

// str checks a string's length.
func (r *reader) str(pl place, s string) string {
	if len(s) > argmap.MaxText && utf8.RuneCountInString(s) > argmap.MaxText {
		r.fail(pl, "text of %d characters; the limit is %d", utf8.RuneCountInString(s), argmap.MaxText)
	}
	return s
}

func (r *reader) strs(p place, ss []string) []string {
	r.count(p, len(ss))
	for i, s := range ss {
		if len(s) > argmap.MaxText {
			r.str(entry(p.String(), i), s)
		}
	}
	return ss
}

// parseID reads an ID that must be present.
func (r *reader) parseID(pl place, s string) argmap.ID {
	if s == "" {
		r.fail(pl, "missing ID")
		return argmap.NilID
	}
	id, err := uuid.Parse(s)
	if err != nil || id == argmap.NilID {
		r.fail(pl, "invalid ID %q (expected a UUID)", clip(s))
		return argmap.NilID
	}
	return id
}

// declare reads the ID of a new entity and checks that it is unique.
func (r *reader) declare(pl place, k kind, s string) argmap.ID {
	id := r.parseID(pl, s)
	if r.err != nil {
		return id
	}
	if _, dup := r.ids[id]; dup {
		r.fail(pl, "duplicate ID %s (also %s)", short(id), r.w.firstPlace(id))
	}
	r.ids[id] = k
	return id
}

// time reads an optional RFC 3339 time.
func (r *reader) time(pl place, s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		r.fail(pl, "invalid time %q (expected RFC 3339, like 2026-01-02T15:04:05Z)", clip(s))
	}
	// Years outside 1..9999 in UTC could not be written back.
	if t = t.UTC(); t.Year() < 1 || t.Year() > 9999 {
		r.fail(pl, "time %q is out of range", clip(s))
	}
	return t
}

func (r *reader) coord(pl place, v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > argmap.MaxCoord {
		r.fail(pl, "coordinate %g is out of range (the limit is ±%g)", v, argmap.MaxCoord)
	}
	return v
}

func (r *reader) count(pl place, n int) {
	if n > argmap.MaxItems {
		r.fail(pl, "%d entries; the limit is %d", n, argmap.MaxItems)
	}
}

func (r *reader) comments(pl place, cs []commentV2) []argmap.Comment {
	if len(cs) == 0 {
		return nil
	}
	if r.count(pl, len(cs)); r.err != nil {
		return nil
	}
	out := make([]argmap.Comment, len(cs))
	list := pl.String()
	for i, c := range cs {
		p := func(field string) place { return entry(list, i).At(field) }
		out[i] = argmap.Comment{
			ID:      r.declare(p(".id"), kOther, c.ID),
			Author:  r.str(p(".author"), c.Author),
			Time:    r.time(p(".time"), c.Time),
			Text:    r.str(p(".text"), c.Text),
			Private: c.Private,
		}
	}
	return out
}

func (r *reader) annotations(pl place, cs []commentV2, tags []string, color string, links []string) argmap.Annotations {
	return argmap.Annotations{
		Comments: r.comments(pl.At(".comments"), cs),
		Tags:     r.strs(pl.At(".tags"), tags),
		Color:    r.str(pl.At(".color"), color),
		Links:    r.strs(pl.At(".links"), links),
	}
}

// toMap converts the body of a file into a map (a version 1 body has
// been read into these structs as it is; see wire_v2.go).
func (w *mapV3) toMap() (*argmap.Map, error) {
	r := &reader{ids: make(map[argmap.ID]kind, len(w.Claims)+len(w.Arguments)), w: w}
	r.count(path("map.claims"), len(w.Claims))
	r.count(path("map.arguments"), len(w.Arguments))
	r.count(path("map.challenges"), len(w.Challenges))
	r.count(path("map.sources"), len(w.Sources))
	if r.err != nil {
		return nil, r.err
	}
	m := &argmap.Map{Meta: argmap.Meta{
		Title:    r.str(path("map.meta.title"), w.Meta.Title),
		Source:   r.str(path("map.meta.source"), w.Meta.Source),
		Authors:  r.strs(path("map.meta.authors"), w.Meta.Authors),
		Created:  r.time(path("map.meta.created"), w.Meta.Created),
		Modified: r.time(path("map.meta.modified"), w.Meta.Modified),
		Exercise: w.Meta.Exercise,
	}}
	// Declare every ID before resolving references, which may point forward.
	m.Sources = make([]*argmap.Source, len(w.Sources))
	for i, s := range w.Sources {
		p := entry("map.sources", i)
		m.Sources[i] = &argmap.Source{ID: r.declare(p.At(".id"), kSource, s.ID), Name: r.str(p.At(".name"), s.Name),
			Path: r.str(p.At(".path"), s.Path), Hash: r.str(p.At(".hash"), s.Hash)}
	}
	m.Round = r.round(w.Round)
	if r.err != nil {
		return nil, r.err
	}
	claims := make([]argmap.Claim, len(w.Claims)) // one allocation for all claims
	m.Claims = make([]*argmap.Claim, len(w.Claims))
	for i := range w.Claims {
		m.Claims[i] = r.claim(entry("map.claims", i), &w.Claims[i], &claims[i])
		if r.err != nil {
			return nil, r.err
		}
	}
	args := make([]argmap.Argument, len(w.Arguments))
	m.Arguments = make([]*argmap.Argument, len(w.Arguments))
	for i := range w.Arguments {
		a, wa := &args[i], &w.Arguments[i]
		p := entry("map.arguments", i)
		a.ID = r.declare(p.At(".id"), kArgument, wa.ID)
		a.Polarity = argmap.Polarity(wa.Polarity)
		if !a.Polarity.Valid() {
			r.fail(p.At(".polarity"), "unknown polarity %q (expected pro or con)", clip(wa.Polarity))
		}
		a.Scheme = r.str(p.At(".scheme"), wa.Scheme)
		a.Annotations = r.annotations(p, wa.Comments, wa.Tags, wa.Color, wa.Links)
		a.Proposal = r.proposal(p, wa.Proposed)
		m.Arguments[i] = a
		if r.err != nil {
			return nil, r.err
		}
	}
	for i := range w.Arguments {
		a, wa := m.Arguments[i], &w.Arguments[i]
		p := entry("map.arguments", i)
		if r.count(p.At(".premises"), len(wa.Premises)); r.err != nil {
			return nil, r.err
		}
		a.Premises = make([]argmap.ID, len(wa.Premises))
		for j, s := range wa.Premises {
			pp := entry("map.arguments", i).Item(".premises", j)
			id := r.parseID(pp, s)
			if r.err == nil && !r.is(id, kClaim) {
				r.fail(pp, "unknown claim %s", short(id))
			}
			a.Premises[j] = id
		}
		a.Target = r.parseID(p.At(".target"), wa.Target)
		if r.err == nil && !r.is(a.Target, kClaim, kArgument) {
			r.fail(p.At(".target"), "unknown claim or argument %s", short(a.Target))
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	m.Challenges = make([]*argmap.Challenge, len(w.Challenges))
	for i := range w.Challenges {
		m.Challenges[i] = r.challenge(entry("map.challenges", i), &w.Challenges[i])
		if r.err != nil {
			return nil, r.err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if m.Dialogue = r.dialogue(w.Dialogue); r.err != nil { // dialogue (version 3)
		return nil, r.err
	}
	m.Reindex()
	return m, nil
}

func (r *reader) claim(p place, wc *claimV3, c *argmap.Claim) *argmap.Claim {
	c.ID = r.declare(p.At(".id"), kClaim, wc.ID)
	c.Text = r.str(p.At(".text"), wc.Text)
	c.Assessment = argmap.Assessment(wc.Assessment)
	if !c.Assessment.Valid() {
		r.fail(p.At(".assessment"), "unknown assessment %q (expected accepted, questioned or rejected)", clip(wc.Assessment))
	}
	c.Pos = argmap.Point{X: r.coord(p.At(".pos.x"), wc.Pos.X), Y: r.coord(p.At(".pos.y"), wc.Pos.Y)}
	c.Pinned = wc.Pinned
	if wa := wc.Anchor; wa != nil {
		ap := p.At(".anchor")
		an := &argmap.Anchor{
			Paragraph: r.str(ap.At(".paragraph"), wa.Paragraph),
			Offset:    wa.Offset,
			Length:    wa.Length,
			Quote:     r.str(ap.At(".quote"), wa.Quote),
			Before:    r.str(ap.At(".before"), wa.Before),
			After:     r.str(ap.At(".after"), wa.After),
			Hash:      r.str(ap.At(".hash"), wa.Hash),
		}
		switch {
		case wa.Offset < 0 || wa.Length < 0:
			r.fail(ap, "negative offset or length")
		case wa.Offset > argmap.MaxOffset:
			r.fail(ap.At(".offset"), "offset %d is out of range (the limit is %d)", wa.Offset, argmap.MaxOffset)
		case wa.Length > argmap.MaxOffset-wa.Offset:
			r.fail(ap.At(".length"), "length %d reaches beyond byte %d, the limit", wa.Length, argmap.MaxOffset)
		}
		if wa.Source != "" {
			an.Source = r.parseID(ap.At(".source"), wa.Source)
			if r.err == nil && !r.is(an.Source, kSource) {
				r.fail(ap.At(".source"), "unknown source %s", short(an.Source))
			}
		}
		c.Anchor = an
	}
	c.Annotations = r.annotations(p, wc.Comments, wc.Tags, wc.Color, wc.Links)
	c.Speech = r.speech(p.At(".speech"), wc.Speech)
	c.Proposal = r.proposal(p, wc.Proposed)
	return c
}

func (r *reader) challenge(p place, wc *challengeV3) *argmap.Challenge {
	c := &argmap.Challenge{
		ID:     r.declare(p.At(".id"), kOther, wc.ID),
		Kind:   argmap.ChallengeKind(wc.Kind),
		Author: r.str(p.At(".author"), wc.Author),
		Time:   r.time(p.At(".time"), wc.Time),
		Note:   r.str(p.At(".note"), wc.Note),
		Status: argmap.ChallengeStatus(wc.Status),
		Answer: r.str(p.At(".answer"), wc.Answer),
		// Proposal: a suggestion not yet accepted (version 3).
		Proposal: r.proposal(p, wc.Proposed),
	}
	switch c.Kind {
	case argmap.Object, argmap.Undercut, argmap.Question, argmap.CriticalQuestion:
	default:
		r.fail(p.At(".kind"), "unknown kind %q (expected object, undercut, question or critical-question)", clip(wc.Kind))
	}
	switch c.Status {
	case "":
		c.Status = argmap.Open
	case argmap.Open, argmap.Answered, argmap.Withdrawn:
	default:
		r.fail(p.At(".status"), "unknown status %q (expected open, answered or withdrawn)", clip(wc.Status))
	}
	c.Target = r.parseID(p.At(".target"), wc.Target)
	if r.err == nil && !r.is(c.Target, kClaim, kArgument) {
		r.fail(p.At(".target"), "unknown claim or argument %s", short(c.Target))
	}
	if wc.Argument != "" {
		c.Argument = r.parseID(p.At(".argument"), wc.Argument)
		if r.err == nil && !r.is(c.Argument, kArgument) {
			r.fail(p.At(".argument"), "unknown argument %s", short(c.Argument))
		}
	}
	if wc.Question != nil {
		// The index of a question in its scheme's list, which is a list
		// of the map's kind: at most MaxItems long.
		switch q := *wc.Question; {
		case q < 0:
			r.fail(p.At(".question"), "negative question number %d", q)
		case q >= argmap.MaxItems:
			r.fail(p.At(".question"), "question number %d is out of range (the limit is %d)", q, argmap.MaxItems-1)
		}
		c.Question = *wc.Question
	}
	return c
}

// firstPlace returns the place of the first ID field that declares id, in
// the order the reader declares them.
func (w *mapV3) firstPlace(id argmap.ID) string {
	is := func(s string) bool { x, err := uuid.Parse(s); return err == nil && x == id }
	comments := func(list string, i int, cs []commentV2) string {
		for j, c := range cs {
			if is(c.ID) {
				return fmt.Sprintf("%s[%d].comments[%d].id", list, i, j)
			}
		}
		return ""
	}
	for i, s := range w.Sources {
		if is(s.ID) {
			return fmt.Sprintf("map.sources[%d].id", i)
		}
	}
	if w.Round != nil {
		for i, s := range w.Round.Speeches {
			if is(s.ID) {
				return fmt.Sprintf("map.round.speeches[%d].id", i)
			}
		}
	}
	for i, c := range w.Claims {
		if is(c.ID) {
			return fmt.Sprintf("map.claims[%d].id", i)
		}
		if p := comments("map.claims", i, c.Comments); p != "" {
			return p
		}
	}
	for i, a := range w.Arguments {
		if is(a.ID) {
			return fmt.Sprintf("map.arguments[%d].id", i)
		}
		if p := comments("map.arguments", i, a.Comments); p != "" {
			return p
		}
	}
	for i, c := range w.Challenges {
		if is(c.ID) {
			return fmt.Sprintf("map.challenges[%d].id", i)
		}
	}
	return "?"
}

// faultKind classifies a fault of the native reader by its message: a
// reference to something missing or declared twice, a limit, or else an
// invalid value.
func faultKind(format string) argmap.ErrorKind {
	switch {
	case strings.Contains(format, "unknown claim"), strings.Contains(format, "unknown argument"),
		strings.Contains(format, "unknown source"), strings.Contains(format, "unknown speech"),
		strings.Contains(format, "unknown challenge"), strings.Contains(format, "unknown dialogue"),
		strings.Contains(format, "twice"),
		strings.Contains(format, "duplicate"), strings.Contains(format, "already"):
		return argmap.KindReference
	case strings.Contains(format, "limit"):
		return argmap.KindLimit
	}
	return argmap.KindInvalid
}

// clip shortens a text quoted in a message to 40 characters, as
// argmap.Validate's messages do.
func clip(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// short is the first eight characters of an ID, enough to tell IDs apart
// in a message, as in argmap's.
func short(id argmap.ID) string { return id.String()[:8] }
