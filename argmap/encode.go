package argmap

import (
	"fmt"
	"math"
	"time"
)

// encodeWire converts a map into wire structs, of the oldest version that
// holds it (see wireVersion: the structs of version 3 write a version 1 or
// 2 file exactly when the map needs nothing newer). It refuses coordinates
// that Decode would refuse, so a saved map always loads.
func encodeWire(m *Map) (*fileV3, error) {
	f := &fileV3{Format: FormatName, Version: m.wireVersion()}
	w := &f.Map
	w.Meta = metaV1{
		Title:    m.Meta.Title,
		Source:   m.Meta.Source,
		Authors:  m.Meta.Authors,
		Created:  wireTime(m.Meta.Created),
		Modified: wireTime(m.Meta.Modified),
		Exercise: m.Meta.Exercise,
	}
	if len(m.Claims) > 0 {
		w.Claims = make([]claimV3, len(m.Claims))
	}
	for i, c := range m.Claims {
		for _, v := range []float64{c.Pos.X, c.Pos.Y} {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxCoord {
				return nil, &DecodeError{Place: fmt.Sprintf("map.claims[%d].pos", i),
					Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", v, MaxCoord)}
			}
		}
		wc := &w.Claims[i]
		*wc = claimV3{
			ID:         c.ID.String(),
			Text:       c.Text,
			Assessment: string(c.Assessment),
			Pos:        posV1{X: c.Pos.X, Y: c.Pos.Y},
			Pinned:     c.Pinned,
			Comments:   wireComments(c.Comments),
			Tags:       c.Tags,
			Color:      c.Color,
			Links:      c.Links,
			Speech:     wireID(c.Speech),
			Proposed:   wireProposal(c.Proposal),
		}
		if a := c.Anchor; a != nil {
			wc.Anchor = &anchorV1{
				Source: wireID(a.Source), Paragraph: a.Paragraph, Offset: a.Offset, Length: a.Length,
				Quote: a.Quote, Before: a.Before, After: a.After, Hash: a.Hash,
			}
		}
	}
	if len(m.Arguments) > 0 {
		w.Arguments = make([]argumentV3, len(m.Arguments))
	}
	for i, a := range m.Arguments {
		premises := make([]string, len(a.Premises))
		for j, p := range a.Premises {
			premises[j] = p.String()
		}
		w.Arguments[i] = argumentV3{
			ID:       a.ID.String(),
			Premises: premises,
			Target:   a.Target.String(),
			Polarity: string(a.Polarity),
			Scheme:   a.Scheme,
			Comments: wireComments(a.Comments),
			Tags:     a.Tags,
			Color:    a.Color,
			Links:    a.Links,
			Proposed: wireProposal(a.Proposal),
		}
	}
	for _, c := range m.Challenges {
		wc := challengeV3{
			ID:       c.ID.String(),
			Kind:     string(c.Kind),
			Target:   c.Target.String(),
			Argument: wireID(c.Argument),
			Author:   c.Author,
			Time:     wireTime(c.Time),
			Note:     c.Note,
			Status:   string(c.Status),
			Answer:   c.Answer,
			Proposed: wireProposal(c.Proposal),
		}
		if wc.Status == "" {
			wc.Status = string(Open)
		}
		if c.Kind == CriticalQuestion {
			q := c.Question
			wc.Question = &q
		}
		w.Challenges = append(w.Challenges, wc)
	}
	for _, s := range m.Sources {
		w.Sources = append(w.Sources, sourceV1{ID: s.ID.String(), Name: s.Name, Path: s.Path, Hash: s.Hash})
	}
	w.Round = wireRound(m.Round)
	var err error
	if w.Dialogue, err = wireDialogue(m); err != nil { // dialogue (version 3)
		return nil, err
	}
	return f, nil
}

// wireTime writes a time in RFC 3339, UTC, with only the fraction of a
// second it has; the zero time is omitted.
func wireTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// wireID writes an optional ID; NilID is omitted.
func wireID(id ID) string {
	if id == NilID {
		return ""
	}
	return id.String()
}

func wireComments(cs []Comment) []commentV2 {
	if len(cs) == 0 {
		return nil
	}
	out := make([]commentV2, len(cs))
	for i, c := range cs {
		out[i] = commentV2{ID: c.ID.String(), Author: c.Author, Time: wireTime(c.Time), Text: c.Text, Private: c.Private}
	}
	return out
}
