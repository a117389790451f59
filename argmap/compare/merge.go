package compare

import (
	"fmt"
	"slices"

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
func Merge(base, ours, theirs *argmap.Map) (*argmap.Map, []Conflict) {
	mg := &merger{out: argmap.New("")}
	mg.meta(base.Meta, ours.Meta, theirs.Meta)
	mg.claims(base, ours, theirs)
	mg.arguments(base, ours, theirs)
	mg.others(base, ours, theirs)
	mg.out.Reindex()
	mg.repair(base)
	mg.out.Reindex()
	return mg.out, mg.conflicts
}

type merger struct {
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
// side removed is out; ours' order first, then theirs' additions.
func set3[T comparable](b, o, t []T) []T {
	var out []T
	for _, x := range o {
		if slices.Contains(b, x) && !slices.Contains(t, x) {
			continue // theirs removed it
		}
		out = append(out, x)
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
				b = o // added on both sides with one ID: merge as if from ours
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
	for _, tag := range cur.Tags {
		if !slices.Contains(a.Tags, tag) {
			a.Tags = append(a.Tags, tag)
		}
	}
	a.Links = set3(b.Links, o.Links, t.Links)
	var ok bool
	if a.Color, ok = pick(b.Color, o.Color, t.Color); !ok {
		mg.conflict(kind, id, "colour", o.Color, t.Color, "colour changed both ways: ours kept")
	}
	// Comments by ID: set-merge the IDs, and three-way-merge each text.
	cid := func(c argmap.Comment) argmap.ID { return c.ID }
	find := func(cs []argmap.Comment, id argmap.ID) (argmap.Comment, bool) {
		i := slices.IndexFunc(cs, func(c argmap.Comment) bool { return c.ID == id })
		if i < 0 {
			return argmap.Comment{}, false
		}
		return cs[i], true
	}
	ids := set3(mapIDs(b.Comments, cid), mapIDs(o.Comments, cid), mapIDs(t.Comments, cid))
	var cs []argmap.Comment
	for _, id := range ids {
		bc, _ := find(b.Comments, id)
		oc, okO := find(o.Comments, id)
		tc, okT := find(t.Comments, id)
		switch {
		case !okO:
			cs = append(cs, tc)
		case !okT:
			cs = append(cs, oc)
		default:
			oc.Text, _ = pick(bc.Text, oc.Text, tc.Text)
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
	a.Comments = append(a.Comments, argmap.Comment{ID: argmap.NewID(), Author: MergeAuthor, Text: field + ": " + theirs})
}
