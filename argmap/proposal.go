package argmap

import (
	"errors"
	"fmt"
	"time"
)

// Suggestions: an assistant (an MCP client, the built-in suggester, a merge)
// never puts a claim into the map that a person has not accepted. What it
// adds is proposed: a claim, an argument or a challenge with a Proposal. A
// proposed item is kept in the native file and drawn on the canvas, but it
// takes no part in the evaluation, the essay, the outline or any export
// until a person accepts it (Accept clears the mark); Reject removes it.
// Everything a person receives is made from Accepted, as private comments
// are left out through WithoutPrivate.

// Proposal marks a claim, an argument or a challenge as suggested and not
// yet accepted: by whom, when and why.
type Proposal struct {
	// By names where it came from: an assistant's name, "suggester",
	// "merge".
	By   string
	Time time.Time
	// Note says why, in the proposer's words (may be empty).
	Note string
}

func (p *Proposal) clone() *Proposal {
	if p == nil {
		return nil
	}
	q := *p
	return &q
}

// Pending reports whether the claim is a suggestion not yet accepted.
func (c *Claim) Pending() bool { return c.Proposal != nil }

// Pending reports whether the argument is a suggestion not yet accepted.
func (a *Argument) Pending() bool { return a.Proposal != nil }

// Pending reports whether the challenge is a suggestion not yet accepted.
func (ch *Challenge) Pending() bool { return ch.Proposal != nil }

// HasPending reports whether the map holds any suggestion not yet accepted.
func (m *Map) HasPending() bool {
	if m == nil {
		return false
	}
	for _, c := range m.Claims {
		if c.Proposal != nil {
			return true
		}
	}
	for _, a := range m.Arguments {
		if a.Proposal != nil {
			return true
		}
	}
	for _, ch := range m.Challenges {
		if ch.Proposal != nil {
			return true
		}
	}
	return false
}

// Pending lists the IDs of the pending claims, arguments and challenges, in
// that order and in map order within each.
func (m *Map) Pending() []ID { return m.pendingWhere(func(*Proposal) bool { return true }) }

// PendingBy lists the pending items proposed by by, as Pending orders them.
func (m *Map) PendingBy(by string) []ID {
	return m.pendingWhere(func(p *Proposal) bool { return p.By == by })
}

func (m *Map) pendingWhere(keep func(*Proposal) bool) []ID {
	var out []ID
	for _, c := range m.Claims {
		if c.Proposal != nil && keep(c.Proposal) {
			out = append(out, c.ID)
		}
	}
	for _, a := range m.Arguments {
		if a.Proposal != nil && keep(a.Proposal) {
			out = append(out, a.ID)
		}
	}
	for _, ch := range m.Challenges {
		if ch.Proposal != nil && keep(ch.Proposal) {
			out = append(out, ch.ID)
		}
	}
	return out
}

// ProposalSources lists who proposed the pending items (Proposal.By), each
// once, in the order Pending first meets them.
func (m *Map) ProposalSources() []string {
	seen := map[string]bool{}
	var out []string
	m.pendingWhere(func(p *Proposal) bool {
		if !seen[p.By] {
			seen[p.By] = true
			out = append(out, p.By)
		}
		return false
	})
	return out
}

// ProposalOf returns the proposal of the claim, argument or challenge id,
// or nil when it is accepted or unknown.
func (m *Map) ProposalOf(id ID) *Proposal {
	if c := m.Claim(id); c != nil {
		return c.Proposal
	}
	if a := m.Argument(id); a != nil {
		return a.Proposal
	}
	if ch := m.Challenge(id); ch != nil {
		return ch.Proposal
	}
	return nil
}

// Accepted returns the map as a person has accepted it: without its pending
// claims, arguments and challenges, nor what only they hold up (as Remove
// takes it away: the arguments aimed at or made only of pending items, the
// challenges on them). When nothing is pending it returns m itself;
// otherwise a view that shares m's claims, arguments, challenges and
// sources (so that the reasons of its evaluation quote the claims' texts as
// they are when asked; an argument that loses a pending premise is a
// copy). Either way the caller must not change it. The evaluation, the essay, the outline and every export but the
// native file read this view.
func (m *Map) Accepted() *Map {
	if !m.HasPending() {
		return m
	}
	// What Remove(m.Pending()...) would take, without copying the map: the
	// evaluation builds this view at every change of structure.
	gone := map[ID]bool{}
	for _, id := range m.Pending() {
		gone[id] = true
	}
	fall(m, gone)
	v := &Map{Meta: m.Meta}
	v.Claims = make([]*Claim, 0, len(m.Claims))
	for _, c := range m.Claims {
		if !gone[c.ID] {
			v.Claims = append(v.Claims, c)
		}
	}
	v.Arguments = make([]*Argument, 0, len(m.Arguments))
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
			// It loses a pending premise: its own copy, the rest shared.
			b := *a
			b.Premises = keep
			a = &b
		}
		v.Arguments = append(v.Arguments, a)
	}
	for _, ch := range m.Challenges {
		if !gone[ch.ID] && !gone[ch.Target] && !gone[ch.Argument] {
			v.Challenges = append(v.Challenges, ch)
		}
	}
	v.Sources = append([]*Source(nil), m.Sources...)
	v.Reindex()
	return v
}

// Propose marks every claim, argument and challenge that e adds (e made of
// AddClaim, AddArgument, AddChallenge and Batches of them, such as ObjectTo,
// UndercutArg, SupportClaim and AskCriticalQuestion make) as proposed by p,
// and returns e to run. Call it before e is applied.
func Propose(p Proposal, e Edit) Edit {
	switch x := e.(type) {
	case *addClaim:
		x.c.Proposal = p.clone()
	case *addArgument:
		x.a.Proposal = p.clone()
	case *addChallenge:
		x.ch.Proposal = p.clone()
	case *batch:
		for _, y := range x.edits {
			Propose(p, y)
		}
	}
	return e
}

// Labels of the edits on suggestions, for menus ("Undo Accept Suggestion").
const (
	AcceptLabel = "Accept Suggestion"
	RejectLabel = "Reject Suggestion"
)

// ErrNotPending is wrapped by Accept and Reject given an item that is not a
// suggestion: they never change or remove what a person accepted.
var ErrNotPending = errors.New("not a pending suggestion")

// Accept makes the edit that accepts suggestions: their proposal marks are
// cleared. What an accepted item rests on is accepted with it (an
// argument's pending premises and target, a challenge's target and con
// argument), and so is the pending challenge that records a pending con
// argument accepted, so that nothing accepted hangs on a suggestion.
func Accept(ids ...ID) Edit {
	ids = append([]ID(nil), ids...)
	return &dynamic{label: AcceptLabel, build: func(m *Map) (Edit, error) {
		if err := checkPending(m, "accept", ids); err != nil {
			return nil, err
		}
		return clearProposals(m, acceptClosure(m, ids)), nil
	}}
}

// AcceptEdited makes the edit that gives a pending claim a new text and
// accepts it (with what it rests on, as Accept), in one undo step.
func AcceptEdited(id ID, text string) Edit {
	return Batch(AcceptLabel, UpdateClaim(id, AcceptLabel, func(c *Claim) { c.Text = text }), Accept(id))
}

// AcceptAll makes the edit that accepts every suggestion proposed by by.
func AcceptAll(by string) Edit {
	return &dynamic{label: "Accept All Suggestions", build: func(m *Map) (Edit, error) {
		ids := m.PendingBy(by)
		if len(ids) == 0 {
			return nil, fmt.Errorf("accept all: no suggestions from %q", by)
		}
		return clearProposals(m, acceptClosure(m, ids)), nil
	}}
}

// Reject makes the edit that rejects suggestions: they are removed, with
// what only they hold up (as Remove: arguments aimed at them or made only
// of them, challenges on them), a rejected challenge's pending con argument,
// and the pending premises of rejected arguments that nothing else on the
// map uses any more.
func Reject(ids ...ID) Edit {
	ids = append([]ID(nil), ids...)
	return &dynamic{label: RejectLabel, build: func(m *Map) (Edit, error) {
		if err := checkPending(m, "reject", ids); err != nil {
			return nil, err
		}
		return Remove(rejectClosure(m, ids)...), nil
	}}
}

// RejectAll makes the edit that rejects every suggestion proposed by by.
func RejectAll(by string) Edit {
	return &dynamic{label: "Reject All Suggestions", build: func(m *Map) (Edit, error) {
		ids := m.PendingBy(by)
		if len(ids) == 0 {
			return nil, fmt.Errorf("reject all: no suggestions from %q", by)
		}
		return Remove(rejectClosure(m, ids)...), nil
	}}
}

func checkPending(m *Map, verb string, ids []ID) error {
	if len(ids) == 0 {
		return fmt.Errorf("%s: no suggestion given", verb)
	}
	for _, id := range ids {
		if m.Claim(id) == nil && m.Argument(id) == nil && m.Challenge(id) == nil {
			return fmt.Errorf("%s: %w", verb, notFound("suggestion", id))
		}
		if m.ProposalOf(id) == nil {
			return fmt.Errorf("%s: %s: %w", verb, short(id), ErrNotPending)
		}
	}
	return nil
}

// acceptClosure is ids with the pending items they rest on, in map order.
func acceptClosure(m *Map, ids []ID) map[ID]bool {
	set := map[ID]bool{}
	var add func(id ID)
	add = func(id ID) {
		if set[id] || m.ProposalOf(id) == nil {
			return
		}
		set[id] = true
		if a := m.Argument(id); a != nil {
			for _, p := range a.Premises {
				add(p)
			}
			add(a.Target)
		}
		if ch := m.Challenge(id); ch != nil {
			add(ch.Target)
			add(ch.Argument)
		}
	}
	for _, id := range ids {
		add(id)
	}
	// The record of an accepted objection is accepted with it (and what
	// the challenge rests on, already in the set but for its target).
	for _, ch := range m.Challenges {
		if ch.Proposal != nil && ch.Argument != NilID && set[ch.Argument] {
			add(ch.ID)
		}
	}
	return set
}

// clearProposals is the edit that clears the proposal of every item in set.
func clearProposals(m *Map, set map[ID]bool) Edit {
	var edits []Edit
	for _, c := range m.Claims {
		if set[c.ID] {
			edits = append(edits, UpdateClaim(c.ID, AcceptLabel, func(c *Claim) { c.Proposal = nil }))
		}
	}
	for _, a := range m.Arguments {
		if set[a.ID] {
			edits = append(edits, UpdateArgument(a.ID, AcceptLabel, func(a *Argument) { a.Proposal = nil }))
		}
	}
	for _, ch := range m.Challenges {
		if set[ch.ID] {
			edits = append(edits, UpdateChallenge(ch.ID, AcceptLabel, func(ch *Challenge) { ch.Proposal = nil }))
		}
	}
	return Batch(AcceptLabel, edits...)
}

// rejectClosure is ids with a rejected challenge's pending argument and the
// pending premises that rejecting leaves unused, for Remove (which takes
// the rest that falls with them).
func rejectClosure(m *Map, ids []ID) []ID {
	gone := map[ID]bool{}
	out := append([]ID(nil), ids...)
	for _, id := range ids {
		gone[id] = true
	}
	for _, id := range ids {
		if ch := m.Challenge(id); ch != nil && !gone[ch.Argument] {
			if a := m.Argument(ch.Argument); a != nil && a.Proposal != nil {
				gone[a.ID] = true
				out = append(out, a.ID)
			}
		}
	}
	fall(m, gone)
	// A pending premise of a fallen pending argument goes too when no
	// argument left uses it or aims at it: it was proposed for that
	// argument, and would be left standing alone.
	used := map[ID]bool{}
	for _, a := range m.Arguments {
		if gone[a.ID] {
			continue
		}
		used[a.Target] = true
		for _, p := range a.Premises {
			used[p] = true
		}
	}
	for _, a := range m.Arguments {
		if !gone[a.ID] || a.Proposal == nil {
			continue
		}
		for _, p := range a.Premises {
			if c := m.Claim(p); c != nil && c.Proposal != nil && !gone[p] && !used[p] {
				gone[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// fall adds to gone the arguments that fall with it, as Remove decides:
// those aimed at something gone and those whose premises are all gone,
// down the chain of undercutters.
func fall(m *Map, gone map[ID]bool) {
	for changed := true; changed; {
		changed = false
		for _, a := range m.Arguments {
			if gone[a.ID] {
				continue
			}
			all := true
			for _, p := range a.Premises {
				if !gone[p] {
					all = false
					break
				}
			}
			if gone[a.Target] || all {
				gone[a.ID] = true
				changed = true
			}
		}
	}
}
