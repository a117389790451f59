package argmap

import (
	"errors"
	"fmt"
)

// Remove deletes claims, arguments, challenges or sources by ID, with all
// that hangs on them: the arguments aimed at a removed claim or argument
// (and so on down the chain of undercutters), the arguments whose premises
// all go, the challenges on anything removed. Arguments that lose only some
// premises keep the rest. Anchors into a removed source lose their source;
// illocutions of the dialogue that anchored a removed claim or argument
// stay, without that anchor.
// Undo brings everything back in its place.
func Remove(ids ...ID) Edit { return &remove{ids: append([]ID(nil), ids...)} }

type remove struct {
	ids []ID

	oldClaims     []*Claim
	oldArgs       []*Argument
	oldChallenges []*Challenge
	oldSources    []*Source
	oldDialogue   *Dialogue   // the dialogue before its anchors to what went were cut
	changedArgs   []*Argument // before-copies of arguments that lost premises
	changedClaims []*Claim    // before-copies of claims whose anchor lost its source
	nClaims       int
}

func (e *remove) Label() string {
	if e.nClaims == 1 && len(e.ids) == 1 {
		return "Delete Claim"
	}
	return "Delete"
}

func (e *remove) Apply(m *Map) error {
	m.index()
	if len(e.ids) == 0 {
		return errors.New("delete: nothing selected")
	}
	gone := make(map[ID]bool, len(e.ids))
	for _, id := range e.ids {
		if m.claims[id] == nil && m.args[id] == nil && m.Challenge(id) == nil && m.Source(id) == nil {
			return fmt.Errorf("delete: %w", notFound("entity", id))
		}
		gone[id] = true
	}
	// Arguments fall with their target, or with all their premises, down
	// the chain of undercutters (see fall in proposal.go).
	fall(m, gone)
	e.oldClaims, e.oldArgs = m.Claims, m.Arguments
	e.oldChallenges, e.oldSources = m.Challenges, m.Sources
	e.changedArgs, e.changedClaims, e.nClaims = nil, nil, 0

	claims := make([]*Claim, 0, len(m.Claims))
	for _, c := range m.Claims {
		if gone[c.ID] {
			e.nClaims++
			continue
		}
		if c.Anchor != nil && gone[c.Anchor.Source] {
			e.changedClaims = append(e.changedClaims, c.Clone())
			c.Anchor.Source = NilID
		}
		claims = append(claims, c)
	}
	args := make([]*Argument, 0, len(m.Arguments))
	for _, a := range m.Arguments {
		if gone[a.ID] {
			continue
		}
		keep := a.Premises[:0:0]
		for _, p := range a.Premises {
			if !gone[p] {
				keep = append(keep, p)
			}
		}
		if len(keep) != len(a.Premises) {
			e.changedArgs = append(e.changedArgs, a.Clone())
			a.Premises = keep
		}
		args = append(args, a)
	}
	var chs []*Challenge
	for _, ch := range m.Challenges {
		if !gone[ch.ID] && !gone[ch.Target] && !gone[ch.Argument] {
			chs = append(chs, ch)
		}
	}
	var srcs []*Source
	for _, s := range m.Sources {
		if !gone[s.ID] {
			srcs = append(srcs, s)
		}
	}
	m.Claims, m.Arguments, m.Challenges, m.Sources = claims, args, chs, srcs
	// What was said stays said: the illocutions that anchored a removed
	// claim or argument stay in the dialogue, anchoring it no more.
	e.oldDialogue = m.Dialogue
	m.Dialogue = m.Dialogue.without(gone)
	m.Reindex()
	return nil
}

func (e *remove) Revert(m *Map) {
	m.Claims, m.Arguments = e.oldClaims, e.oldArgs
	m.Challenges, m.Sources = e.oldChallenges, e.oldSources
	m.Dialogue = e.oldDialogue
	m.Reindex()
	for _, a := range e.changedArgs {
		*m.args[a.ID] = *a.Clone()
	}
	for _, c := range e.changedClaims {
		*m.claims[c.ID] = *c.Clone()
	}
}

// AddChallenge records a challenge. Its target (and argument, if any) must
// exist: add the con argument first, in the same Batch.
func AddChallenge(ch *Challenge) Edit { return &addChallenge{ch: ch} }

type addChallenge struct{ ch *Challenge }

func (e *addChallenge) Label() string {
	switch e.ch.Kind {
	case Object:
		return "Object"
	case Undercut:
		return "Undercut"
	case Question:
		return "Question Claim"
	case CriticalQuestion:
		return "Ask Critical Question"
	}
	return "Add Challenge"
}

func (e *addChallenge) Apply(m *Map) error {
	ch := e.ch
	if ch.ID == NilID {
		return errors.New("challenge: no ID")
	}
	if m.Challenge(ch.ID) != nil {
		return fmt.Errorf("challenge: ID %s is taken", short(ch.ID))
	}
	if m.Claim(ch.Target) == nil && m.Argument(ch.Target) == nil {
		return fmt.Errorf("challenge: target %w", notFound("claim or argument", ch.Target))
	}
	if ch.Argument != NilID && m.Argument(ch.Argument) == nil {
		return fmt.Errorf("challenge: %w", notFound("argument", ch.Argument))
	}
	m.Challenges = append(m.Challenges, ch)
	return nil
}

func (e *addChallenge) Revert(m *Map) {
	m.Challenges = removeAt(m.Challenges, len(m.Challenges)-1)
}

// UpdateChallenge changes a challenge with fn: answer it, withdraw it,
// reopen it, edit its note.
func UpdateChallenge(id ID, label string, fn func(*Challenge)) Edit {
	return &updateChallenge{id: id, label: label, fn: fn}
}

type updateChallenge struct {
	id            ID
	label         string
	fn            func(*Challenge)
	before, after Challenge
	applied       bool
}

func (e *updateChallenge) Label() string { return e.label }

func (e *updateChallenge) Apply(m *Map) error {
	ch := m.Challenge(e.id)
	if ch == nil {
		return fmt.Errorf("%s: %w", e.label, notFound("challenge", e.id))
	}
	e.before = *ch
	if e.applied {
		*ch = e.after
		return nil
	}
	e.fn(ch)
	ch.ID = e.id
	e.after, e.applied = *ch, true
	return nil
}

func (e *updateChallenge) Revert(m *Map) { *m.Challenge(e.id) = e.before }

// AddSource attaches a source text to the map.
func AddSource(s *Source) Edit { return &addSource{s: s} }

type addSource struct{ s *Source }

func (e *addSource) Label() string { return "Attach Source" }

func (e *addSource) Apply(m *Map) error {
	if e.s.ID == NilID || m.Source(e.s.ID) != nil {
		return errors.New("attach source: the source needs a new ID")
	}
	m.Sources = append(m.Sources, e.s)
	return nil
}

func (e *addSource) Revert(m *Map) { m.Sources = removeAt(m.Sources, len(m.Sources)-1) }
