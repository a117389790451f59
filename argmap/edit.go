package argmap

import (
	"errors"
	"fmt"
)

// Edit is one undoable change to a map. Apply checks its preconditions and
// changes nothing when it returns an error; Revert undoes a successful Apply
// exactly, so that the encoded map is byte-identical to what it was. An Edit
// may be applied again after Revert (redo).
type Edit interface {
	Apply(m *Map) error
	Revert(m *Map)
	// Label names the action for menus: "Undo " + Label().
	Label() string
}

// ErrNotFound is wrapped by edits whose ID names nothing in the map.
var ErrNotFound = errors.New("not found")

func notFound(kind string, id ID) error {
	return fmt.Errorf("%s %s: %w", kind, short(id), ErrNotFound)
}

// short is the first eight hex digits of an ID, for messages.
func short(id ID) string { return id.String()[:8] }

// Batch runs edits as one: all apply or none does, and one undo reverts all.
func Batch(label string, edits ...Edit) Edit { return &batch{label: label, edits: edits} }

type batch struct {
	label string
	edits []Edit
}

func (b *batch) Label() string { return b.label }

func (b *batch) Apply(m *Map) error {
	for i, e := range b.edits {
		if err := e.Apply(m); err != nil {
			for j := i - 1; j >= 0; j-- {
				b.edits[j].Revert(m)
			}
			return err
		}
	}
	return nil
}

func (b *batch) Revert(m *Map) {
	for i := len(b.edits) - 1; i >= 0; i-- {
		b.edits[i].Revert(m)
	}
}

// removeAt removes index i of s.
func removeAt[T any](s []T, i int) []T {
	copy(s[i:], s[i+1:])
	var zero T
	s[len(s)-1] = zero
	return s[:len(s)-1]
}

// AddClaim adds a claim at the end of the map.
func AddClaim(c *Claim) Edit { return &addClaim{c: c} }

type addClaim struct{ c *Claim }

func (e *addClaim) Label() string { return "Add Claim" }

func (e *addClaim) Apply(m *Map) error {
	m.index()
	if e.c.ID == NilID {
		return errors.New("add claim: the claim has no ID")
	}
	if m.claims[e.c.ID] != nil || m.args[e.c.ID] != nil {
		return fmt.Errorf("add claim: ID %s is taken", short(e.c.ID))
	}
	if err := checkSpeech(m, e.c.Speech); err != nil {
		return fmt.Errorf("add claim: %w", err)
	}
	m.Claims = append(m.Claims, e.c)
	m.claims[e.c.ID] = e.c
	return nil
}

func (e *addClaim) Revert(m *Map) {
	m.Claims = removeAt(m.Claims, len(m.Claims)-1)
	delete(m.claims, e.c.ID)
}

// AddArgument adds an argument at the end of the map. Its premises and
// target must exist.
func AddArgument(a *Argument) Edit { return &addArgument{a: a} }

type addArgument struct{ a *Argument }

func (e *addArgument) Label() string {
	if e.a.Polarity == Con {
		return "Add Objection"
	}
	return "Add Reason"
}

func (e *addArgument) Apply(m *Map) error {
	m.index()
	a := e.a
	if a.ID == NilID {
		return errors.New("add argument: the argument has no ID")
	}
	if m.claims[a.ID] != nil || m.args[a.ID] != nil {
		return fmt.Errorf("add argument: ID %s is taken", short(a.ID))
	}
	if err := checkArgument(m, a); err != nil {
		return fmt.Errorf("add argument: %w", err)
	}
	m.Arguments = append(m.Arguments, a)
	m.args[a.ID] = a
	return nil
}

func (e *addArgument) Revert(m *Map) {
	m.Arguments = removeAt(m.Arguments, len(m.Arguments)-1)
	delete(m.args, e.a.ID)
}

// UpdateClaim changes one claim with fn, under the given label. Any field
// but the ID may change; Revert restores the claim as it was.
func UpdateClaim(id ID, label string, fn func(*Claim)) Edit {
	return &updateClaim{id: id, label: label, fn: fn}
}

type updateClaim struct {
	id            ID
	label         string
	fn            func(*Claim)
	before, after *Claim
}

func (e *updateClaim) Label() string { return e.label }

func (e *updateClaim) Apply(m *Map) error {
	c := m.Claim(e.id)
	if c == nil {
		return fmt.Errorf("%s: %w", e.label, notFound("claim", e.id))
	}
	e.before = c.Clone()
	if e.after != nil {
		*c = *e.after.Clone()
		return nil
	}
	e.fn(c)
	c.ID = e.id
	if err := checkSpeech(m, c.Speech); err != nil {
		*c = *e.before.Clone()
		return fmt.Errorf("%s: %w", e.label, err)
	}
	e.after = c.Clone()
	return nil
}

func (e *updateClaim) Revert(m *Map) {
	*m.Claim(e.id) = *e.before.Clone()
}

// UpdateArgument changes one argument with fn. The premises and target it
// leaves must exist and the polarity must be valid, or nothing changes.
func UpdateArgument(id ID, label string, fn func(*Argument)) Edit {
	return &updateArgument{id: id, label: label, fn: fn}
}

type updateArgument struct {
	id            ID
	label         string
	fn            func(*Argument)
	before, after *Argument
}

func (e *updateArgument) Label() string { return e.label }

func (e *updateArgument) Apply(m *Map) error {
	a := m.Argument(e.id)
	if a == nil {
		return fmt.Errorf("%s: %w", e.label, notFound("argument", e.id))
	}
	e.before = a.Clone()
	if e.after != nil {
		*a = *e.after.Clone()
		return nil
	}
	e.fn(a)
	a.ID = e.id
	if err := checkArgument(m, a); err != nil {
		*a = *e.before.Clone()
		return fmt.Errorf("%s: %w", e.label, err)
	}
	e.after = a.Clone()
	return nil
}

func (e *updateArgument) Revert(m *Map) {
	*m.Argument(e.id) = *e.before.Clone()
}

// checkArgument checks the references of an argument already in m.
func checkArgument(m *Map, a *Argument) error {
	if !a.Polarity.Valid() {
		return fmt.Errorf("polarity %q is neither pro nor con", a.Polarity)
	}
	if len(a.Premises) == 0 {
		return errors.New("an argument needs at least one premise")
	}
	seen := map[ID]bool{}
	for _, p := range a.Premises {
		if m.Claim(p) == nil {
			return fmt.Errorf("premise %w", notFound("claim", p))
		}
		if seen[p] {
			return fmt.Errorf("claim %s is a premise twice", short(p))
		}
		seen[p] = true
		if p == a.Target {
			return errors.New("a claim cannot be a premise of its own conclusion")
		}
	}
	if a.Target == a.ID {
		return errors.New("an argument cannot target itself")
	}
	if m.Claim(a.Target) == nil && m.Argument(a.Target) == nil {
		return fmt.Errorf("target %w", notFound("claim or argument", a.Target))
	}
	return nil
}

// Move places claims at new positions (one gesture: a drag of a selection).
// When pin is true the moved claims become pinned, as a user's drag makes
// them; auto-layout moves with pin false.
func Move(ids []ID, to []Point, pin bool) Edit {
	return &move{ids: append([]ID(nil), ids...), to: append([]Point(nil), to...), pin: pin}
}

type move struct {
	ids        []ID
	to         []Point
	pin        bool
	from       []Point
	fromPinned []bool
}

func (e *move) Label() string {
	if len(e.ids) == 1 {
		return "Move Claim"
	}
	return "Move Claims"
}

func (e *move) Apply(m *Map) error {
	if len(e.ids) != len(e.to) {
		return errors.New("move: as many positions as claims are needed")
	}
	for _, id := range e.ids {
		if m.Claim(id) == nil {
			return fmt.Errorf("move: %w", notFound("claim", id))
		}
	}
	e.from = make([]Point, len(e.ids))
	e.fromPinned = make([]bool, len(e.ids))
	for i, id := range e.ids {
		c := m.Claim(id)
		e.from[i], e.fromPinned[i] = c.Pos, c.Pinned
		c.Pos = e.to[i]
		if e.pin {
			c.Pinned = true
		}
	}
	return nil
}

func (e *move) Revert(m *Map) {
	for i := len(e.ids) - 1; i >= 0; i-- {
		c := m.Claim(e.ids[i])
		c.Pos, c.Pinned = e.from[i], e.fromPinned[i]
	}
}

// SetMeta replaces the map's metadata.
func SetMeta(meta Meta) Edit { return &setMeta{after: meta} }

type setMeta struct{ before, after Meta }

func (e *setMeta) Label() string { return "Edit Map Details" }

func (e *setMeta) Apply(m *Map) error {
	e.before = m.Meta
	m.Meta = e.after
	return nil
}

func (e *setMeta) Revert(m *Map) { m.Meta = e.before }

// ReplaceMap replaces everything the map holds with what with holds, as
// one edit labelled label: File › Revert to Saved, undoable. The map keeps
// its identity (the history, the evaluator and the views hold it), so
// that undo brings the content before back. with is the edit's from then
// on: the caller must not use it again.
func ReplaceMap(label string, with *Map) Edit {
	with.index()
	return &replaceMap{label: label, other: *with}
}

// replaceMap holds the content not in the map: the new one before Apply,
// the one it replaced after. Apply and Revert both swap.
type replaceMap struct {
	label string
	other Map
}

func (e *replaceMap) Label() string { return e.label }

func (e *replaceMap) Apply(m *Map) error {
	m.index()
	*m, e.other = e.other, *m
	return nil
}

func (e *replaceMap) Revert(m *Map) { *m, e.other = e.other, *m }

// Scope of a replacement: anything may have changed, the whole map.
func (e *replaceMap) Scope() Change { return Change{Aspects: Everything, Replaced: true} }
