// Package outline turns an argument map into an outline for essay
// planning: each thesis (the main claim first) with its reasons, then its
// objections with their rebuttals nested, comments and tags along, and the
// challenges still open at the end.
//
// Build makes the outline as data, so that other writers (a richer essay
// plan, the app's outline panel) can walk the same order; Markdown renders
// it as the "md" export format.
package outline

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Kind is the part an argument plays in the outline.
type Kind string

// Kinds of outline entries.
const (
	Reason    Kind = "Reason"    // a pro argument for a claim
	Objection Kind = "Objection" // a con argument against a claim
	Rebuttal  Kind = "Rebuttal"  // a con argument against an objection's claim
	Undercut  Kind = "Undercut"  // a con argument against an inference
	Backing   Kind = "Backing"   // a pro argument for an inference
)

// Point is a claim in the outline with the arguments about it.
type Point struct {
	Claim *argmap.Claim
	// Label is what the map's grounded evaluation says of the claim.
	Label eval.Label
	// Again is true when the claim was already written out earlier in the
	// outline; its arguments are not repeated.
	Again      bool
	Reasons    []*Entry
	Objections []*Entry // objections or rebuttals, by Kind
}

// Entry is an argument in the outline: its premises as points, and the
// arguments aimed at the inference itself.
type Entry struct {
	Kind      Kind
	Argument  *argmap.Argument
	Premises  []*Point
	Inference []*Entry // undercuts and backings of this argument
}

// Label returns the label of claim id in the evaluation the outline was
// built with.
func (o *Outline) Label(id argmap.ID) eval.Label { return o.labels.Claim(id) }

// Outline is a whole map in outline order.
type Outline struct {
	Title  string
	Theses []*Point        // the main claim first, then other conclusions
	Loose  []*argmap.Claim // claims no argument touches
	Open   []*argmap.Challenge
	m      *argmap.Map
	labels *eval.Labelling
}

// Build makes the outline of a map. Every claim appears once in full; a
// claim reached again (a shared premise, a cycle) is marked Again. Each
// point carries the claim's label in the map's grounded evaluation.
func Build(m *argmap.Map) *Outline { return BuildWith(m, nil) }

// BuildWith is Build with the map's grounded labelling, when not nil,
// taken from labels rather than computed: a caller that keeps an
// eval.Evaluator in step with the map (of m, or of a map with the same
// claims and arguments, such as the one m is the WithoutPrivate copy of)
// pays nothing for the evaluation.
func BuildWith(m *argmap.Map, labels *eval.Labelling) *Outline {
	m = m.Accepted() // suggestions are left out until accepted
	if labels == nil {
		labels = eval.Evaluate(m)
	}
	o := &Outline{Title: m.Meta.Title, m: m, labels: labels}
	roles := m.Roles()
	to := make(map[argmap.ID][]*argmap.Argument, len(m.Arguments))
	for _, a := range m.Arguments {
		to[a.Target] = append(to[a.Target], a)
	}
	b := &builder{m: m, roles: roles, to: to, seen: map[argmap.ID]bool{}, labels: o.labels}
	for _, want := range []argmap.Role{argmap.RoleMain, argmap.RoleConclusion} {
		for _, c := range m.Claims {
			if roles[c.ID] == want && !b.seen[c.ID] {
				o.Theses = append(o.Theses, b.point(c, false))
			}
		}
	}
	// Claims left over sit in cycles that no thesis reaches.
	for _, c := range m.Claims {
		if b.seen[c.ID] {
			continue
		}
		if roles[c.ID] == argmap.RoleOrphan {
			o.Loose = append(o.Loose, c)
			continue
		}
		o.Theses = append(o.Theses, b.point(c, false))
	}
	for _, ch := range m.Challenges {
		if ch.Status == argmap.Open {
			o.Open = append(o.Open, ch)
		}
	}
	return o
}

type builder struct {
	m     *argmap.Map
	roles map[argmap.ID]argmap.Role
	to    map[argmap.ID][]*argmap.Argument
	seen  map[argmap.ID]bool
	// labels give each point its label.
	labels *eval.Labelling
}

// point expands a claim; objection says whether the claim is itself the
// premise of an objection, so that attacks on it are rebuttals.
func (b *builder) point(c *argmap.Claim, objection bool) *Point {
	p := &Point{Claim: c, Label: b.labels.Claim(c.ID)}
	if b.seen[c.ID] {
		p.Again = true
		return p
	}
	b.seen[c.ID] = true
	for _, a := range b.to[c.ID] {
		if a.Polarity == argmap.Pro {
			p.Reasons = append(p.Reasons, b.entry(a, Reason))
		}
	}
	for _, a := range b.to[c.ID] {
		if a.Polarity == argmap.Con {
			kind := Objection
			if objection {
				kind = Rebuttal
			}
			p.Objections = append(p.Objections, b.entry(a, kind))
		}
	}
	return p
}

func (b *builder) entry(a *argmap.Argument, kind Kind) *Entry {
	e := &Entry{Kind: kind, Argument: a}
	attack := a.Polarity == argmap.Con && kind != Undercut
	for _, id := range a.Premises {
		if c := b.m.Claim(id); c != nil {
			e.Premises = append(e.Premises, b.point(c, attack && kind != Rebuttal))
		}
	}
	for _, x := range b.to[a.ID] {
		k := Backing
		if x.Polarity == argmap.Con {
			k = Undercut
		}
		e.Inference = append(e.Inference, b.entry(x, k))
	}
	return e
}
