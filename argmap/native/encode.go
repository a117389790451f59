package native

import (
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
)

// encodeWire converts a map into wire structs, of the oldest version that
// holds it (see wireVersion: the structs of version 3 write a version 1 or
// 2 file exactly when the map needs nothing newer). It refuses coordinates
// that Decode would refuse, so a saved map always loads.
func encodeWire(m *argmap.Map) (*fileV3, error) {
	f := &fileV3{Format: FormatName, Version: wireVersion(m)}
	t := newIDTexts(m)
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
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > argmap.MaxCoord {
				return nil, &argmap.DecodeError{Kind: argmap.KindLimit, Place: fmt.Sprintf("map.claims[%d].pos", i),
					Message: fmt.Sprintf("coordinate %g is out of range (the limit is ±%g)", v, argmap.MaxCoord)}
			}
		}
		wc := &w.Claims[i]
		*wc = claimV3{
			ID:         t.of(c.ID),
			Text:       c.Text,
			Assessment: string(c.Assessment),
			Pos:        posV1{X: c.Pos.X, Y: c.Pos.Y},
			Pinned:     c.Pinned,
			Comments:   wireComments(t, c.Comments),
			Tags:       c.Tags,
			Color:      c.Color,
			Links:      c.Links,
			Speech:     wireID(c.Speech),
			Proposed:   wireProposal(c.Proposal),
		}
		if a := c.Anchor; a != nil {
			wc.Anchor = &anchorV1{
				Source: t.opt(a.Source), Paragraph: a.Paragraph, Offset: a.Offset, Length: a.Length,
				Quote: a.Quote, Before: a.Before, After: a.After, Hash: a.Hash,
			}
		}
	}
	if len(m.Arguments) > 0 {
		w.Arguments = make([]argumentV3, len(m.Arguments))
	}
	premises := make([]string, 0, t.premises) // one slab for the premises of all arguments
	for i, a := range m.Arguments {
		start := len(premises)
		for _, p := range a.Premises {
			premises = append(premises, t.of(p))
		}
		w.Arguments[i] = argumentV3{
			ID:       t.of(a.ID),
			Premises: premises[start:len(premises):len(premises)],
			Target:   t.of(a.Target),
			Polarity: string(a.Polarity),
			Scheme:   a.Scheme,
			Comments: wireComments(t, a.Comments),
			Tags:     a.Tags,
			Color:    a.Color,
			Links:    a.Links,
			Proposed: wireProposal(a.Proposal),
		}
	}
	for _, c := range m.Challenges {
		wc := challengeV3{
			ID:       t.of(c.ID),
			Kind:     string(c.Kind),
			Target:   t.of(c.Target),
			Argument: t.opt(c.Argument),
			Author:   c.Author,
			Time:     wireTime(c.Time),
			Note:     c.Note,
			Status:   string(c.Status),
			Answer:   c.Answer,
			Proposed: wireProposal(c.Proposal),
		}
		if wc.Status == "" {
			wc.Status = string(argmap.Open)
		}
		if c.Kind == argmap.CriticalQuestion {
			q := c.Question
			wc.Question = &q
		}
		w.Challenges = append(w.Challenges, wc)
	}
	for _, s := range m.Sources {
		w.Sources = append(w.Sources, sourceV1{ID: t.of(s.ID), Name: s.Name, Path: s.Path, Hash: s.Hash})
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

// idTexts writes IDs as text into one buffer: a string for each ID of a
// big map would be most of the encoder's allocations.
type idTexts struct {
	b        strings.Builder
	premises int // how many premises the map has
}

func newIDTexts(m *argmap.Map) *idTexts {
	t := &idTexts{}
	n := len(m.Claims) + 2*len(m.Arguments) + 2*len(m.Challenges) + len(m.Sources)
	for _, a := range m.Arguments {
		t.premises += len(a.Premises)
	}
	t.b.Grow(36 * (n + t.premises))
	return t
}

// of writes id as a UUID (what id.String() gives). The strings share the
// builder's memory, which it never writes again.
func (t *idTexts) of(id argmap.ID) string {
	start := t.b.Len()
	var buf [36]byte
	hex.Encode(buf[0:8], id[0:4])
	buf[8] = '-'
	hex.Encode(buf[9:13], id[4:6])
	buf[13] = '-'
	hex.Encode(buf[14:18], id[6:8])
	buf[18] = '-'
	hex.Encode(buf[19:23], id[8:10])
	buf[23] = '-'
	hex.Encode(buf[24:], id[10:])
	t.b.Write(buf[:])
	return t.b.String()[start:]
}

// wireID writes an optional ID; NilID is omitted. (A string of its own:
// t.opt shares the buffer of the big lists.)
func wireID(id argmap.ID) string {
	if id == argmap.NilID {
		return ""
	}
	return id.String()
}

// opt writes an optional ID; NilID is omitted.
func (t *idTexts) opt(id argmap.ID) string {
	if id == argmap.NilID {
		return ""
	}
	return t.of(id)
}

func wireComments(t *idTexts, cs []argmap.Comment) []commentV2 {
	if len(cs) == 0 {
		return nil
	}
	out := make([]commentV2, len(cs))
	for i, c := range cs {
		out[i] = commentV2{ID: t.of(c.ID), Author: c.Author, Time: wireTime(c.Time), Text: c.Text, Private: c.Private}
	}
	return out
}
