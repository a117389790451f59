package main

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// Grid of the hand layout, in map units (card centres).
const (
	colWidth  = 280
	rowHeight = 240
	originX   = 300 // centre of column 0; column -0.5 then starts near 40
	originY   = 100
)

// namespace makes the sample's IDs: name-based UUIDs of a fixed namespace
// and a key per entity, so that re-running the generator gives the same file.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/argmap/argmap/assets/sample.argmap.json"))

func id(kind, key string) argmap.ID { return uuid.NewSHA1(namespace, []byte(kind+"/"+key)) }

// stamp is the fixed creation time of the sample, for stable bytes.
var stamp = time.Date(2026, time.November, 27, 0, 0, 0, 0, time.UTC)

// Names of the sample map.
const (
	author     = "Argmap sample"
	sourceName = "article.txt"
	// sourcePath is the article relative to the folder of the committed
	// map (assets/): the repository's sibling folder shared/source.
	sourcePath = "../../shared/source/article.txt"
)

// build makes the sample map from the article's text: the claims, arguments
// and challenges of content.go, each claim anchored by offset, length and
// hash to its sentence of the article (the text itself is not stored).
func build(article string) (*argmap.Map, error) {
	m := argmap.New("India, Russia's trump card: NATO in the Asia-Pacific")
	m.Meta.Source = "“The Expansion of NATO in the Asia-Pacific and Russia’s Response”, an analysis by Dr. Cenk Tamer (ANKASAM)"
	m.Meta.Authors = []string{author}
	m.Meta.Created, m.Meta.Modified = stamp, stamp

	src := &argmap.Source{ID: id("source", "article"), Name: sourceName, Path: sourcePath, Hash: anchor.Hash(article)}
	m.Sources = []*argmap.Source{src}

	claimIDs := map[string]argmap.ID{}
	for i, s := range claims {
		if _, dup := claimIDs[s.key]; dup {
			return nil, fmt.Errorf("claims[%d]: duplicate key %q", i, s.key)
		}
		span, err := anchor.Locate(article, s.para, s.sent)
		if err != nil {
			return nil, fmt.Errorf("claim %q: %w", s.key, err)
		}
		an := anchor.NewAnchor(src.ID, article, span.Start, span.Len())
		// Offsets and a hash only: the article's words stay out of the project.
		an.Quote, an.Before, an.After = "", "", ""
		c := &argmap.Claim{
			ID:         id("claim", s.key),
			Text:       s.text,
			Pos:        argmap.Point{X: originX + s.col*colWidth, Y: originY + s.row*rowHeight},
			Pinned:     true,
			Anchor:     &an,
			Assessment: s.assess,
		}
		c.Tags = append([]string(nil), s.tags...)
		c.Color = s.color
		c.Links = append([]string(nil), s.links...)
		if s.comment != "" {
			c.Comments = []argmap.Comment{{ID: id("comment", s.key), Author: author, Time: stamp, Text: s.comment}}
		}
		claimIDs[s.key] = c.ID
		m.Claims = append(m.Claims, c)
	}

	argIDs := map[string]argmap.ID{}
	for _, s := range arguments {
		argIDs[s.key] = id("argument", s.key)
	}
	for i, s := range arguments {
		a := &argmap.Argument{ID: argIDs[s.key], Polarity: s.pol, Scheme: s.scheme}
		if s.comment != "" {
			a.Comments = []argmap.Comment{{ID: id("comment", "argument/"+s.key), Author: author, Time: stamp, Text: s.comment}}
		}
		for _, p := range s.premises {
			pid, ok := claimIDs[p]
			if !ok {
				return nil, fmt.Errorf("arguments[%d] %q: unknown premise %q", i, s.key, p)
			}
			a.Premises = append(a.Premises, pid)
		}
		t, err := lookup(s.target, claimIDs, argIDs)
		if err != nil {
			return nil, fmt.Errorf("arguments[%d] %q: target: %w", i, s.key, err)
		}
		a.Target = t
		m.Arguments = append(m.Arguments, a)
	}

	for i, s := range challenges {
		t, err := lookup(s.target, claimIDs, argIDs)
		if err != nil {
			return nil, fmt.Errorf("challenges[%d] %q: target: %w", i, s.key, err)
		}
		ch := &argmap.Challenge{
			ID: id("challenge", s.key), Kind: s.kind, Target: t, Question: s.question,
			Author: author, Time: stamp, Note: s.note, Status: argmap.Open,
		}
		if s.answer != "" {
			ch.Status, ch.Answer = argmap.Answered, s.answer
		}
		if s.argument != "" {
			a, ok := argIDs[s.argument]
			if !ok {
				return nil, fmt.Errorf("challenges[%d] %q: unknown argument %q", i, s.key, s.argument)
			}
			ch.Argument = a
		}
		m.Challenges = append(m.Challenges, ch)
	}

	m.Reindex()
	if ps := argmap.Validate(m); len(ps) > 0 {
		return nil, fmt.Errorf("the sample map is not clean: %v", ps)
	}
	return m, nil
}

// lookup resolves a key to a claim's or an argument's ID.
func lookup(key string, claimIDs, argIDs map[string]argmap.ID) (argmap.ID, error) {
	c, isClaim := claimIDs[key]
	a, isArg := argIDs[key]
	switch {
	case isClaim && isArg:
		return argmap.NilID, fmt.Errorf("key %q names both a claim and an argument", key)
	case isClaim:
		return c, nil
	case isArg:
		return a, nil
	}
	return argmap.NilID, fmt.Errorf("unknown claim or argument %q", key)
}
