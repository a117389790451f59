package compare

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
)

// ConflictTag marks a claim or argument that a merge could not settle. The
// details are comments by MergeAuthor, so the conflict stays visible in the
// map, in every tool, until someone resolves it.
const (
	ConflictTag = "conflict"
	MergeAuthor = "argmap merge"
)

// Conflict is one thing two people changed in incompatible ways.
type Conflict struct {
	ID      argmap.ID // the claim or argument
	Kind    string    // "claim", "argument", "map"
	Field   string    // "text", "assessment", "deleted", …
	Ours    string
	Theirs  string
	Message string
}

func (c Conflict) String() string {
	return fmt.Sprintf("%s %s: %s", c.Kind, c.ID.String()[:8], c.Message)
}

// Merge combines the changes ours and theirs each made to base, by ID.
// Changes to different entities or fields merge cleanly; tags, links,
// comments and premises merge as sets. Where both changed one field
// differently, ours is kept and theirs is recorded; an entity deleted on one
// side and edited on the other is kept. Each conflict is listed and marked
// in the map (ConflictTag and a comment by MergeAuthor holding theirs).
// An empty base (argmap.New) means no common ancestor: what both sides have
// is merged as added on both.
//
// The merged map always passes argmap.Validate and argmap.CheckLimits
// when ours does: an ID that is a claim on one side and an argument on the
// other gets a new ID on theirs; a merge that would make an argument
// conclude one of its own premises, or target itself, keeps ours' version
// of that argument; and should the result still be refused, the merge
// returns ours unchanged with the problems as conflicts. The work is
// linear in the size of the maps.
func Merge(base, ours, theirs *argmap.Map) (*argmap.Map, []Conflict) {
	return MergeWith(nil, base, ours, theirs)
}

// MergeWith is Merge with the IDs it makes (for an ID taken on both sides,
// for the notes it adds) drawn from ids.
func MergeWith(ids argmap.IDSource, base, ours, theirs *argmap.Map) (*argmap.Map, []Conflict) {
	mg := &merger{ids: ids, out: argmap.New("")}
	theirs = mg.separateIDs(base, ours, theirs)
	mg.meta(base.Meta, ours.Meta, theirs.Meta)
	mg.claims(base, ours, theirs)
	mg.arguments(base, ours, theirs)
	mg.others(base, ours, theirs)
	mg.round(base, ours, theirs)    // debate flow
	mg.speeches(base, ours, theirs) // debate flow
	mg.out.Reindex()
	mg.repair(base)
	mg.out.Reindex()
	mg.dialogue(base, ours, theirs) // the dialogue layer (merge_dialogue.go)
	if err := checkMerged(mg.out); err != "" {
		mg.conflict("map", argmap.NilID, "invalid", "", "", "the merge would not be a valid map ("+err+"): ours kept unchanged")
		return ours.Clone(), mg.conflicts
	}
	return mg.out, mg.conflicts
}

// checkMerged says why Argmap would refuse the map, or "".
func checkMerged(m *argmap.Map) string {
	if err := argmap.CheckLimits(m); err != nil {
		return err.Error()
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		for _, p := range ps {
			if p.Severity == argmap.SeverityError {
				return p.String()
			}
		}
	}
	return ""
}

// separateIDs gives a new ID to each claim or argument of theirs whose ID
// is an entity of another kind in ours or base (two people cannot both
// have meant it), and points theirs' references to the new ID.
func (mg *merger) separateIDs(base, ours, theirs *argmap.Map) *argmap.Map {
	kind := func(m *argmap.Map, id argmap.ID) byte {
		switch {
		case m.Claim(id) != nil:
			return 'c'
		case m.Argument(id) != nil:
			return 'a'
		}
		return 0
	}
	clash := func(id argmap.ID, k byte) bool {
		ko, kb := kind(ours, id), kind(base, id)
		return (ko != 0 && ko != k) || (kb != 0 && kb != k)
	}
	re := map[argmap.ID]argmap.ID{}
	for _, c := range theirs.Claims {
		if clash(c.ID, 'c') {
			re[c.ID] = mg.ids.New()
			mg.conflict("claim", c.ID, "id", "", c.Text, "theirs' claim has the ID of an argument of ours: given a new ID")
		}
	}
	for _, a := range theirs.Arguments {
		if clash(a.ID, 'a') {
			re[a.ID] = mg.ids.New()
			mg.conflict("argument", a.ID, "id", "", describe(theirs, a), "theirs' argument has the ID of a claim of ours: given a new ID")
		}
	}
	if len(re) == 0 {
		return theirs
	}
	t := theirs.Clone()
	sub := func(id argmap.ID) argmap.ID {
		if n, ok := re[id]; ok {
			return n
		}
		return id
	}
	for _, c := range t.Claims {
		c.ID = sub(c.ID)
	}
	for _, a := range t.Arguments {
		a.ID, a.Target = sub(a.ID), sub(a.Target)
		for i, p := range a.Premises {
			a.Premises[i] = sub(p)
		}
	}
	for _, c := range t.Challenges {
		c.Target, c.Argument = sub(c.Target), sub(c.Argument)
	}
	t.Reindex()
	return t
}

type merger struct {
	ids       argmap.IDSource
	out       *argmap.Map
	conflicts []Conflict
}

// pick is the three-way merge of one comparable value.
func pick[T comparable](b, o, t T) (T, bool) {
	switch {
	case o == t, t == b:
		return o, true
	case o == b:
		return t, true
	}
	return o, false
}

// set3 merges slices as sets: what either side added is in, what either
// side removed is out; ours' order first, then theirs' additions. Linear:
// membership is looked up in sets, not searched.
func set3[T comparable](b, o, t []T) []T {
	if len(b)+len(o)+len(t) <= 16 {
		return set3small(b, o, t)
	}
	inB, inT := setOf(b), setOf(t)
	out := make([]T, 0, len(o)+len(t))
	inOut := make(map[T]bool, len(o)+len(t))
	for _, x := range o {
		if inB[x] && !inT[x] {
			continue // theirs removed it
		}
		if !inOut[x] {
			inOut[x] = true
			out = append(out, x)
		}
	}
	for _, x := range t {
		if !inB[x] && !inOut[x] {
			inOut[x] = true
			out = append(out, x)
		}
	}
	return out
}

func setOf[T comparable](xs []T) map[T]bool {
	s := make(map[T]bool, len(xs))
	for _, x := range xs {
		s[x] = true
	}
	return s
}

// set3small is set3 for short lists, without maps.
func set3small[T comparable](b, o, t []T) []T {
	var out []T
	for _, x := range o {
		if slices.Contains(b, x) && !slices.Contains(t, x) {
			continue
		}
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	for _, x := range t {
		if !slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (mg *merger) conflict(kind string, id argmap.ID, field, ours, theirs, msg string) {
	mg.conflicts = append(mg.conflicts, Conflict{ID: id, Kind: kind, Field: field, Ours: ours, Theirs: theirs, Message: msg})
}

func (mg *merger) meta(b, o, t argmap.Meta) {
	m := o
	var ok bool
	if m.Title, ok = pick(b.Title, o.Title, t.Title); !ok {
		mg.conflict("map", argmap.NilID, "title", o.Title, t.Title, fmt.Sprintf("title changed both ways (theirs: %q)", t.Title))
	}
	m.Source, _ = pick(b.Source, o.Source, t.Source)
	m.Authors = set3(b.Authors, o.Authors, t.Authors)
	m.Exercise, _ = pick(b.Exercise, o.Exercise, t.Exercise)
	if t.Modified.After(o.Modified) {
		m.Modified = t.Modified
	}
	mg.out.Meta = m
}

// order lists IDs: ours' order, then theirs' additions.
func order[T any](ours, theirs []T, id func(T) argmap.ID) []argmap.ID {
	seen := map[argmap.ID]bool{}
	var ids []argmap.ID
	for _, x := range ours {
		ids = append(ids, id(x))
		seen[id(x)] = true
	}
	for _, x := range theirs {
		if !seen[id(x)] {
			ids = append(ids, id(x))
		}
	}
	return ids
}

func (mg *merger) claims(base, ours, theirs *argmap.Map) {
	// Claims deleted on both sides, or on one side and untouched on the
	// other, are not in the order list or are skipped below.
	ids := order(ours.Claims, theirs.Claims, func(c *argmap.Claim) argmap.ID { return c.ID })
	for _, c := range theirs.Claims {
		if ours.Claim(c.ID) == nil && base.Claim(c.ID) != nil {
			// deleted by ours: kept only if theirs edited it
			if !claimEqual(base.Claim(c.ID), c) {
				k := c.Clone()
				mg.mark(&k.Annotations, "deleted", "ours deleted this claim; theirs edited it")
				mg.conflict("claim", c.ID, "deleted", "", c.Text, "deleted by ours, edited by theirs: kept")
				mg.out.Claims = append(mg.out.Claims, k)
			}
		}
	}
	for _, id := range ids {
		b, o, t := base.Claim(id), ours.Claim(id), theirs.Claim(id)
		switch {
		case o == nil:
			if b == nil && t != nil {
				mg.out.Claims = append(mg.out.Claims, t.Clone()) // added by theirs
			}
		case t == nil && b == nil:
			mg.out.Claims = append(mg.out.Claims, o.Clone())
		case t == nil:
			if !claimEqual(b, o) {
				k := o.Clone()
				mg.mark(&k.Annotations, "deleted", "theirs deleted this claim; ours edited it")
				mg.conflict("claim", id, "deleted", o.Text, "", "edited by ours, deleted by theirs: kept")
				mg.out.Claims = append(mg.out.Claims, k)
			}
		default:
			if b == nil {
				// Added on both sides with one ID (no common ancestor): every
				// field the two set differently is a conflict.
				b = &argmap.Claim{ID: id}
			}
			mg.out.Claims = append(mg.out.Claims, mg.claim(b, o, t))
		}
	}
}

func claimEqual(a, b *argmap.Claim) bool {
	return a.Text == b.Text && a.Assessment == b.Assessment && a.Pos == b.Pos && a.Pinned == b.Pinned &&
		annEqual(a.Annotations, b.Annotations) && anchorEqual(a.Anchor, b.Anchor)
}

func anchorEqual(a, b *argmap.Anchor) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func annEqual(a, b argmap.Annotations) bool {
	return a.Color == b.Color && slices.Equal(a.Tags, b.Tags) && slices.Equal(a.Links, b.Links) &&
		slices.EqualFunc(a.Comments, b.Comments, func(x, y argmap.Comment) bool { return x == y })
}

func (mg *merger) claim(b, o, t *argmap.Claim) *argmap.Claim {
	c := o.Clone()
	var ok bool
	if c.Text, ok = pick(b.Text, o.Text, t.Text); !ok {
		mg.mark(&c.Annotations, "text", t.Text)
		mg.conflict("claim", c.ID, "text", o.Text, t.Text, fmt.Sprintf("text changed both ways (theirs: %q)", clip(t.Text)))
	}
	if c.Assessment, ok = pick(b.Assessment, o.Assessment, t.Assessment); !ok {
		mg.mark(&c.Annotations, "assessment", string(t.Assessment))
		mg.conflict("claim", c.ID, "assessment", string(o.Assessment), string(t.Assessment), "assessment changed both ways")
	}
	type place struct {
		p      argmap.Point
		pinned bool
	}
	pl, _ := pick(place{b.Pos, b.Pinned}, place{o.Pos, o.Pinned}, place{t.Pos, t.Pinned})
	c.Pos, c.Pinned = pl.p, pl.pinned
	if !anchorEqual(o.Anchor, t.Anchor) && anchorEqual(o.Anchor, b.Anchor) && t.Anchor != nil {
		x := *t.Anchor
		c.Anchor = &x
	}
	c.Annotations = mg.annotations(c.ID, "claim", b.Annotations, o.Annotations, t.Annotations, c.Annotations)
	return c
}

// annotations merges tags, links and comments as sets and the colour as a
// value; cur carries conflict marks added so far.
func (mg *merger) annotations(id argmap.ID, kind string, b, o, t, cur argmap.Annotations) argmap.Annotations {
	a := cur
	a.Tags = set3(b.Tags, o.Tags, t.Tags)
	if slices.Contains(cur.Tags, ConflictTag) && !slices.Contains(a.Tags, ConflictTag) {
		a.Tags = append(a.Tags, ConflictTag)
	}
	a.Links = set3(b.Links, o.Links, t.Links)
	var ok bool
	if a.Color, ok = pick(b.Color, o.Color, t.Color); !ok {
		mg.conflict(kind, id, "colour", o.Color, t.Color, "colour changed both ways: ours kept")
	}
	// Comments by ID: set-merge the IDs, and three-way-merge each text.
	cid := func(c argmap.Comment) argmap.ID { return c.ID }
	byID := func(cs []argmap.Comment) map[argmap.ID]argmap.Comment {
		m := make(map[argmap.ID]argmap.Comment, len(cs))
		for _, c := range cs {
			if _, dup := m[c.ID]; !dup {
				m[c.ID] = c
			}
		}
		return m
	}
	cb, co, ct := byID(b.Comments), byID(o.Comments), byID(t.Comments)
	find := func(cs map[argmap.ID]argmap.Comment, id argmap.ID) (argmap.Comment, bool) {
		c, ok := cs[id]
		return c, ok
	}
	ids := set3(mapIDs(b.Comments, cid), mapIDs(o.Comments, cid), mapIDs(t.Comments, cid))
	var cs []argmap.Comment
	for _, id := range ids {
		bc, _ := find(cb, id)
		oc, okO := find(co, id)
		tc, okT := find(ct, id)
		switch {
		case !okO:
			cs = append(cs, tc)
		case !okT:
			cs = append(cs, oc)
		default:
			oc.Text, _ = pick(bc.Text, oc.Text, tc.Text)
			// A side that made a comment private, or released it, wins over
			// one that left it: a teacher's rubric remark must not leak.
			oc.Private, _ = pick(bc.Private, oc.Private, tc.Private)
			cs = append(cs, oc)
		}
	}
	for _, c := range cur.Comments {
		if c.Author == MergeAuthor {
			cs = append(cs, c)
		}
	}
	a.Comments = cs
	return a
}

func mapIDs[T any](xs []T, id func(T) argmap.ID) []argmap.ID {
	out := make([]argmap.ID, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// mark tags an entity as conflicted and records theirs in a comment whose
// text is "FIELD: VALUE", which Resolve reads back.
func (mg *merger) mark(a *argmap.Annotations, field, theirs string) {
	if !slices.Contains(a.Tags, ConflictTag) {
		a.Tags = append(a.Tags, ConflictTag)
	}
	text := field + ": " + theirs
	if utf8.RuneCountInString(text) > argmap.MaxText {
		// Theirs does not fit in a comment: say so rather than write a map
		// Argmap would refuse. Theirs stays in their own file.
		text = fmt.Sprintf("%s (theirs is %d characters, too long to record here: see their version)", field, utf8.RuneCountInString(theirs))
	}
	a.Comments = append(a.Comments, argmap.Comment{ID: mg.ids.New(), Author: MergeAuthor, Text: text})
}
