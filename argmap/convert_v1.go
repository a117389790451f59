package argmap

import (
	"fmt"
	"math"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
)

// reader converts version 1 wire structs into the model, checking what the
// JSON decoder cannot: IDs, references, enumerations, times and limits. It
// stops at the first fault and names its place.
type reader struct {
	err error
	ids map[ID]string // every ID seen, and the place that declared it
}

func (r *reader) fail(place, format string, a ...any) {
	if r.err == nil {
		r.err = &DecodeError{Place: place, Message: fmt.Sprintf(format, a...)}
	}
}

// str checks a string's length.
func (r *reader) str(place, s string) string {
	if len(s) > MaxText && utf8.RuneCountInString(s) > MaxText {
		r.fail(place, "text of %d characters; the limit is %d", utf8.RuneCountInString(s), MaxText)
	}
	return s
}

func (r *reader) strs(place string, ss []string) []string {
	for i, s := range ss {
		r.str(fmt.Sprintf("%s[%d]", place, i), s)
	}
	return ss
}

// parseID reads an ID that must be present.
func (r *reader) parseID(place, s string) ID {
	if s == "" {
		r.fail(place, "missing ID")
		return NilID
	}
	id, err := uuid.Parse(s)
	if err != nil || id == NilID {
		r.fail(place, "invalid ID %q (expected a UUID)", clip(s))
		return NilID
	}
	return id
}

// declare reads the ID of a new entity and checks that it is unique.
func (r *reader) declare(place, s string) ID {
	id := r.parseID(place, s)
	if r.err != nil {
		return id
	}
	if first, dup := r.ids[id]; dup {
		r.fail(place, "duplicate ID %s (also %s)", short(id), first)
	}
	r.ids[id] = place
	return id
}

// time reads an optional RFC 3339 time.
func (r *reader) time(place, s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		r.fail(place, "invalid time %q (expected RFC 3339, like 2026-01-02T15:04:05Z)", clip(s))
	}
	// Years outside 1..9999 in UTC could not be written back.
	if t = t.UTC(); t.Year() < 1 || t.Year() > 9999 {
		r.fail(place, "time %q is out of range", clip(s))
	}
	return t
}

func (r *reader) coord(place string, v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxCoord {
		r.fail(place, "coordinate %g is out of range (the limit is ±%g)", v, MaxCoord)
	}
	return v
}

func (r *reader) count(place string, n int) {
	if n > MaxItems {
		r.fail(place, "%d entries; the limit is %d", n, MaxItems)
	}
}

func (r *reader) comments(place string, cs []commentV1) []Comment {
	if len(cs) == 0 {
		return nil
	}
	out := make([]Comment, len(cs))
	for i, c := range cs {
		p := fmt.Sprintf("%s[%d]", place, i)
		out[i] = Comment{
			ID:     r.declare(p+".id", c.ID),
			Author: r.str(p+".author", c.Author),
			Time:   r.time(p+".time", c.Time),
			Text:   r.str(p+".text", c.Text),
		}
	}
	return out
}

func (r *reader) annotations(place string, cs []commentV1, tags []string, color string, links []string) Annotations {
	return Annotations{
		Comments: r.comments(place+".comments", cs),
		Tags:     r.strs(place+".tags", tags),
		Color:    r.str(place+".color", color),
		Links:    r.strs(place+".links", links),
	}
}

// toMap converts the body of a version 1 file into a map.
func (w *mapV1) toMap() (*Map, error) {
	r := &reader{ids: make(map[ID]string, len(w.Claims)+len(w.Arguments))}
	r.count("map.claims", len(w.Claims))
	r.count("map.arguments", len(w.Arguments))
	r.count("map.challenges", len(w.Challenges))
	r.count("map.sources", len(w.Sources))
	if r.err != nil {
		return nil, r.err
	}
	m := &Map{Meta: Meta{
		Title:    r.str("map.meta.title", w.Meta.Title),
		Source:   r.str("map.meta.source", w.Meta.Source),
		Authors:  r.strs("map.meta.authors", w.Meta.Authors),
		Created:  r.time("map.meta.created", w.Meta.Created),
		Modified: r.time("map.meta.modified", w.Meta.Modified),
		Exercise: w.Meta.Exercise,
	}}
	// Declare every ID before resolving references, which may point forward.
	m.Sources = make([]*Source, len(w.Sources))
	for i, s := range w.Sources {
		p := fmt.Sprintf("map.sources[%d]", i)
		m.Sources[i] = &Source{ID: r.declare(p+".id", s.ID), Name: r.str(p+".name", s.Name),
			Path: r.str(p+".path", s.Path), Hash: r.str(p+".hash", s.Hash)}
	}
	sources := make(map[ID]bool, len(m.Sources))
	for _, s := range m.Sources {
		sources[s.ID] = true
	}
	claims := make([]Claim, len(w.Claims)) // one allocation for all claims
	m.Claims = make([]*Claim, len(w.Claims))
	for i := range w.Claims {
		m.Claims[i] = r.claim(fmt.Sprintf("map.claims[%d]", i), &w.Claims[i], &claims[i], sources)
		if r.err != nil {
			return nil, r.err
		}
	}
	isClaim := make(map[ID]bool, len(m.Claims))
	for _, c := range m.Claims {
		isClaim[c.ID] = true
	}
	args := make([]Argument, len(w.Arguments))
	m.Arguments = make([]*Argument, len(w.Arguments))
	for i := range w.Arguments {
		a, wa := &args[i], &w.Arguments[i]
		p := fmt.Sprintf("map.arguments[%d]", i)
		a.ID = r.declare(p+".id", wa.ID)
		a.Polarity = Polarity(wa.Polarity)
		if !a.Polarity.Valid() {
			r.fail(p+".polarity", "unknown polarity %q (expected pro or con)", clip(wa.Polarity))
		}
		a.Scheme = r.str(p+".scheme", wa.Scheme)
		a.Annotations = r.annotations(p, wa.Comments, wa.Tags, wa.Color, wa.Links)
		m.Arguments[i] = a
		if r.err != nil {
			return nil, r.err
		}
	}
	isArg := make(map[ID]bool, len(m.Arguments))
	for _, a := range m.Arguments {
		isArg[a.ID] = true
	}
	for i := range w.Arguments {
		a, wa := m.Arguments[i], &w.Arguments[i]
		p := fmt.Sprintf("map.arguments[%d]", i)
		a.Premises = make([]ID, len(wa.Premises))
		for j, s := range wa.Premises {
			pp := fmt.Sprintf("%s.premises[%d]", p, j)
			id := r.parseID(pp, s)
			if r.err == nil && !isClaim[id] {
				r.fail(pp, "unknown claim %s", short(id))
			}
			a.Premises[j] = id
		}
		a.Target = r.parseID(p+".target", wa.Target)
		if r.err == nil && !isClaim[a.Target] && !isArg[a.Target] {
			r.fail(p+".target", "unknown claim or argument %s", short(a.Target))
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	m.Challenges = make([]*Challenge, len(w.Challenges))
	for i := range w.Challenges {
		m.Challenges[i] = r.challenge(fmt.Sprintf("map.challenges[%d]", i), &w.Challenges[i], isClaim, isArg)
		if r.err != nil {
			return nil, r.err
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	m.Reindex()
	return m, nil
}

func (r *reader) claim(p string, wc *claimV1, c *Claim, sources map[ID]bool) *Claim {
	c.ID = r.declare(p+".id", wc.ID)
	c.Text = r.str(p+".text", wc.Text)
	c.Assessment = Assessment(wc.Assessment)
	if !c.Assessment.Valid() {
		r.fail(p+".assessment", "unknown assessment %q (expected accepted, questioned or rejected)", clip(wc.Assessment))
	}
	c.Pos = Point{X: r.coord(p+".pos.x", wc.Pos.X), Y: r.coord(p+".pos.y", wc.Pos.Y)}
	c.Pinned = wc.Pinned
	if wa := wc.Anchor; wa != nil {
		ap := p + ".anchor"
		an := &Anchor{
			Paragraph: r.str(ap+".paragraph", wa.Paragraph),
			Offset:    wa.Offset,
			Length:    wa.Length,
			Quote:     r.str(ap+".quote", wa.Quote),
			Before:    r.str(ap+".before", wa.Before),
			After:     r.str(ap+".after", wa.After),
			Hash:      r.str(ap+".hash", wa.Hash),
		}
		if wa.Offset < 0 || wa.Length < 0 {
			r.fail(ap, "negative offset or length")
		}
		if wa.Source != "" {
			an.Source = r.parseID(ap+".source", wa.Source)
			if r.err == nil && !sources[an.Source] {
				r.fail(ap+".source", "unknown source %s", short(an.Source))
			}
		}
		c.Anchor = an
	}
	c.Annotations = r.annotations(p, wc.Comments, wc.Tags, wc.Color, wc.Links)
	return c
}

func (r *reader) challenge(p string, wc *challengeV1, isClaim, isArg map[ID]bool) *Challenge {
	c := &Challenge{
		ID:     r.declare(p+".id", wc.ID),
		Kind:   ChallengeKind(wc.Kind),
		Author: r.str(p+".author", wc.Author),
		Time:   r.time(p+".time", wc.Time),
		Note:   r.str(p+".note", wc.Note),
		Status: ChallengeStatus(wc.Status),
		Answer: r.str(p+".answer", wc.Answer),
	}
	switch c.Kind {
	case Object, Undercut, Question, CriticalQuestion:
	default:
		r.fail(p+".kind", "unknown kind %q (expected object, undercut, question or critical-question)", clip(wc.Kind))
	}
	switch c.Status {
	case "":
		c.Status = Open
	case Open, Answered, Withdrawn:
	default:
		r.fail(p+".status", "unknown status %q (expected open, answered or withdrawn)", clip(wc.Status))
	}
	c.Target = r.parseID(p+".target", wc.Target)
	if r.err == nil && !isClaim[c.Target] && !isArg[c.Target] {
		r.fail(p+".target", "unknown claim or argument %s", short(c.Target))
	}
	if wc.Argument != "" {
		c.Argument = r.parseID(p+".argument", wc.Argument)
		if r.err == nil && !isArg[c.Argument] {
			r.fail(p+".argument", "unknown argument %s", short(c.Argument))
		}
	}
	if wc.Question != nil {
		if *wc.Question < 0 {
			r.fail(p+".question", "negative question number %d", *wc.Question)
		}
		c.Question = *wc.Question
	}
	return c
}
