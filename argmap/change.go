package argmap

import "reflect"

// Aspect is a part of a map that an edit can change. Aspects are bits: a
// Change holds a set of them, so that whoever shows the map redoes only
// what the change needs (the evaluation when the logic changed, one card
// when only its text did).
type Aspect uint8

const (
	// Logic is what labels depend on: which claims, arguments and
	// challenges exist, premises, targets, polarities, schemes,
	// assessments and the state of challenges. Every edit that reports
	// Structure reports Logic too.
	Logic Aspect = 1 << iota
	// Content is what a card shows besides its logic: its text, anchor and
	// annotations (comments, tags, colour, links).
	Content
	// Geometry is where the cards are: positions and pins.
	Geometry
	// Document is the map's details (title, authors, …) and its sources.
	Document
	// Structure is the shape of the graph, what roles depend on: which
	// claims and arguments exist (suggested or not), premises, targets and
	// polarities. An assessment, a challenge or a scheme changes the logic
	// but not the structure, so that consumers keep the roles.
	Structure

	// Everything is every aspect: what an edit that does not say its scope
	// is taken to change.
	Everything = Logic | Content | Geometry | Document | Structure
)

// Change says what an edit, an undo or a redo changed.
type Change struct {
	Aspects Aspect
	// IDs are the claims, arguments and challenges whose cards or entries
	// changed, when the edit knows them; nil means any (a consumer then
	// refreshes every card that the aspects concern).
	IDs []ID
	// Replaced says that the whole map was swapped for another in place
	// (ReplaceMap, its undo and redo): what a consumer keeps of the map
	// before (the layout's routes) is of another map, not of an edited one.
	Replaced bool
}

// Has reports whether the change touches any of the aspects a.
func (c Change) Has(a Aspect) bool { return c.Aspects&a != 0 }

// Only reports whether the change touches nothing but aspects within a.
func (c Change) Only(a Aspect) bool { return c.Aspects&^a == 0 }

// Union is the change of c followed by d.
func (c Change) Union(d Change) Change {
	switch {
	case c.Aspects == 0:
		return d
	case d.Aspects == 0:
		return c
	case c.IDs == nil || d.IDs == nil:
		return Change{Aspects: c.Aspects | d.Aspects, Replaced: c.Replaced || d.Replaced}
	}
	ids := append(append([]ID(nil), c.IDs...), d.IDs...)
	return Change{Aspects: c.Aspects | d.Aspects, IDs: ids, Replaced: c.Replaced || d.Replaced}
}

// Scoper is implemented by edits that know what they change. The scope is
// read after a successful Apply (it may depend on what Apply found) and
// holds for Revert too.
type Scoper interface {
	Scope() Change
}

// ScopeOf returns what edit e changes: its Scope, or Everything for an
// edit that does not say.
func ScopeOf(e Edit) Change {
	if s, ok := e.(Scoper); ok {
		return s.Scope()
	}
	return Change{Aspects: Everything}
}

// created is the scope of an edit that adds or removes an item: the
// structure, its logic, its card and the card's place.
func created(ids ...ID) Change {
	return Change{Aspects: Structure | Logic | Content | Geometry, IDs: ids}
}

func (b *batch) Scope() Change {
	var c Change
	for _, e := range b.edits {
		c = c.Union(ScopeOf(e))
	}
	return c
}

func (e *addClaim) Scope() Change    { return created(e.c.ID) }
func (e *addArgument) Scope() Change { return created(e.a.ID) }
func (e *move) Scope() Change        { return Change{Aspects: Geometry, IDs: e.ids} }
func (e *setMeta) Scope() Change     { return Change{Aspects: Document} }
func (e *addChallenge) Scope() Change {
	return Change{Aspects: Logic | Content, IDs: []ID{e.ch.ID, e.ch.Target}}
}
func (e *updateChallenge) Scope() Change {
	return Change{Aspects: Logic | Content, IDs: []ID{e.id, e.before.Target}}
}
func (e *addSource) Scope() Change    { return Change{Aspects: Document} }
func (e *updateSource) Scope() Change { return Change{Aspects: Document} }
func (e *failedEdit) Scope() Change   { return Change{} }

// Scope of a delete is everything: it takes what hangs on the items too,
// and anchors into a removed source.
func (e *remove) Scope() Change { return Change{Aspects: Everything} }

func (e *dynamic) Scope() Change {
	if e.done == nil {
		return Change{}
	}
	return ScopeOf(e.done)
}

// Scope compares the claim before and after: an assessment is logic;
// text, anchor and annotations are content; position and pin are
// geometry; any other field (a suggestion accepted, one added later) is
// taken as structure and logic.
func (e *updateClaim) Scope() Change {
	b, a := e.before, e.after
	if b == nil || a == nil {
		return Change{}
	}
	var c Aspect
	if b.Assessment != a.Assessment {
		c |= Logic
	}
	if b.Text != a.Text || !reflect.DeepEqual(b.Anchor, a.Anchor) || !reflect.DeepEqual(b.Annotations, a.Annotations) {
		c |= Content
	}
	if b.Pos != a.Pos || b.Pinned != a.Pinned {
		c |= Geometry
	}
	rest := *a
	rest.Assessment, rest.Text, rest.Anchor, rest.Annotations, rest.Pos, rest.Pinned =
		b.Assessment, b.Text, b.Anchor, b.Annotations, b.Pos, b.Pinned
	if !reflect.DeepEqual(&rest, b) {
		c |= Structure | Logic
	}
	return Change{Aspects: c, IDs: []ID{e.id}}
}

// Scope compares the argument before and after: annotations are content;
// a scheme is logic; everything else (premises, target, polarity, a
// suggestion accepted, any field added later) is structure and logic.
func (e *updateArgument) Scope() Change {
	b, a := e.before, e.after
	if b == nil || a == nil {
		return Change{}
	}
	var c Aspect
	if !reflect.DeepEqual(b.Annotations, a.Annotations) {
		c |= Content
	}
	if b.Scheme != a.Scheme {
		c |= Logic
	}
	rest := *a
	rest.Annotations, rest.Scheme = b.Annotations, b.Scheme
	if !reflect.DeepEqual(&rest, b) {
		c |= Structure | Logic
	}
	return Change{Aspects: c, IDs: []ID{e.id}}
}
