package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/argmap/argmap/argmap"
)

func argEqual(a, b *argmap.Argument) bool {
	return a.Target == b.Target && a.Polarity == b.Polarity && a.Scheme == b.Scheme &&
		slices.Equal(a.Premises, b.Premises) && annEqual(a.Annotations, b.Annotations)
}

func (mg *merger) arguments(base, ours, theirs *argmap.Map) {
	for _, t := range theirs.Arguments {
		if ours.Argument(t.ID) == nil && base.Argument(t.ID) != nil && !argEqual(base.Argument(t.ID), t) {
			k := t.Clone()
			mg.mark(&k.Annotations, "deleted", "ours deleted this argument; theirs edited it")
			mg.conflict("argument", t.ID, "deleted", "", describe(theirs, t), "deleted by ours, edited by theirs: kept")
			mg.out.Arguments = append(mg.out.Arguments, k)
		}
	}
	ids := order(ours.Arguments, theirs.Arguments, func(a *argmap.Argument) argmap.ID { return a.ID })
	for _, id := range ids {
		b, o, t := base.Argument(id), ours.Argument(id), theirs.Argument(id)
		switch {
		case o == nil:
			if b == nil && t != nil {
				mg.out.Arguments = append(mg.out.Arguments, t.Clone()) // added by theirs
			}
		case t == nil && b == nil:
			mg.out.Arguments = append(mg.out.Arguments, o.Clone())
		case t == nil:
			if !argEqual(b, o) {
				k := o.Clone()
				mg.mark(&k.Annotations, "deleted", "theirs deleted this argument; ours edited it")
				mg.conflict("argument", id, "deleted", describe(ours, o), "", "edited by ours, deleted by theirs: kept")
				mg.out.Arguments = append(mg.out.Arguments, k)
			}
		default:
			if b == nil {
				b = &argmap.Argument{ID: id} // added on both sides: see claims
			}
			mg.out.Arguments = append(mg.out.Arguments, mg.argument(b, o, t))
		}
	}
}

func (mg *merger) argument(b, o, t *argmap.Argument) *argmap.Argument {
	a := o.Clone()
	var ok bool
	if a.Polarity, ok = pick(b.Polarity, o.Polarity, t.Polarity); !ok {
		mg.mark(&a.Annotations, "polarity", string(t.Polarity))
		mg.conflict("argument", a.ID, "polarity", string(o.Polarity), string(t.Polarity), "polarity changed both ways")
	}
	if a.Target, ok = pick(b.Target, o.Target, t.Target); !ok {
		mg.mark(&a.Annotations, "target", t.Target.String())
		mg.conflict("argument", a.ID, "target", o.Target.String(), t.Target.String(), "target changed both ways")
	}
	if a.Scheme, ok = pick(b.Scheme, o.Scheme, t.Scheme); !ok {
		mg.mark(&a.Annotations, "scheme", t.Scheme)
		mg.conflict("argument", a.ID, "scheme", o.Scheme, t.Scheme, "scheme changed both ways")
	}
	a.Premises = set3(b.Premises, o.Premises, t.Premises)
	if len(a.Premises) == 0 {
		a.Premises = set3(nil, o.Premises, t.Premises)
		mg.mark(&a.Annotations, "premises", "both sides removed different premises")
		mg.conflict("argument", a.ID, "premises", "", "", "both sides removed premises: the argument kept all of theirs and ours")
	}
	if a.Target == a.ID || slices.Contains(a.Premises, a.Target) {
		// Each side is sound, the combination is not: one moved the target
		// onto a premise the other added. Keep ours' inference whole.
		mg.mark(&a.Annotations, "target", t.Target.String())
		mg.conflict("argument", a.ID, "target", o.Target.String(), t.Target.String(),
			"the merged argument would conclude one of its own premises: ours' target and premises kept")
		a.Target, a.Premises = o.Target, append([]argmap.ID(nil), o.Premises...)
	}
	a.Annotations = mg.annotations(a.ID, "argument", b.Annotations, o.Annotations, t.Annotations, a.Annotations)
	return a
}

// others merges challenges and sources by ID (fields three-way) and keeps
// those deleted on one side only when the other side changed them.
func (mg *merger) others(base, ours, theirs *argmap.Map) {
	chs := func(m *argmap.Map) map[argmap.ID]*argmap.Challenge {
		x := make(map[argmap.ID]*argmap.Challenge, len(m.Challenges))
		for _, c := range m.Challenges {
			if _, dup := x[c.ID]; !dup {
				x[c.ID] = c
			}
		}
		return x
	}
	cb, co, ct := chs(base), chs(ours), chs(theirs)
	ids := order(ours.Challenges, theirs.Challenges, func(c *argmap.Challenge) argmap.ID { return c.ID })
	for _, id := range ids {
		b, o, t := cb[id], co[id], ct[id]
		switch {
		case o != nil && t != nil:
			if b == nil {
				b = o
			}
			c := *o
			c.Status, _ = pick(b.Status, o.Status, t.Status)
			c.Answer, _ = pick(b.Answer, o.Answer, t.Answer)
			c.Note, _ = pick(b.Note, o.Note, t.Note)
			mg.out.Challenges = append(mg.out.Challenges, &c)
		case o != nil && (b == nil || *b != *o):
			c := *o
			mg.out.Challenges = append(mg.out.Challenges, &c)
		case t != nil && (b == nil || *b != *t):
			c := *t
			mg.out.Challenges = append(mg.out.Challenges, &c)
		}
	}
	srcs := func(m *argmap.Map) map[argmap.ID]*argmap.Source {
		x := make(map[argmap.ID]*argmap.Source, len(m.Sources))
		for _, s := range m.Sources {
			if _, dup := x[s.ID]; !dup {
				x[s.ID] = s
			}
		}
		return x
	}
	sb, so, st := srcs(base), srcs(ours), srcs(theirs)
	sids := order(ours.Sources, theirs.Sources, func(s *argmap.Source) argmap.ID { return s.ID })
	for _, id := range sids {
		b, o, t := sb[id], so[id], st[id]
		switch {
		case o != nil:
			s := *o
			mg.out.Sources = append(mg.out.Sources, &s)
		case t != nil && b == nil:
			s := *t
			mg.out.Sources = append(mg.out.Sources, &s)
		}
	}
}

// repair brings back claims (from base) and arguments that one side deleted
// while the other side's new or changed arguments still use them, drops
// challenges on what is gone, and reports each restoration as a conflict.
// One pass over a growing list, with sets of what exists: linear.
func (mg *merger) repair(base *argmap.Map) {
	m := mg.out
	have := make(map[argmap.ID]bool, len(m.Claims)+len(m.Arguments))
	isClaim := make(map[argmap.ID]bool, len(m.Claims))
	for _, c := range m.Claims {
		have[c.ID], isClaim[c.ID] = true, true
	}
	for _, a := range m.Arguments {
		have[a.ID] = true
	}
	for i := 0; i < len(m.Arguments); i++ {
		a := m.Arguments[i]
		refs := append(append(make([]argmap.ID, 0, len(a.Premises)+1), a.Premises...), a.Target)
		for _, id := range refs {
			if have[id] {
				continue
			}
			if c := base.Claim(id); c != nil {
				k := c.Clone()
				mg.mark(&k.Annotations, "deleted", "deleted on one side but used by the other side's argument")
				mg.conflict("claim", id, "deleted", "", c.Text, "deleted on one side, still used on the other: restored")
				m.Claims = append(m.Claims, k)
				have[id], isClaim[id] = true, true
			} else if b := base.Argument(id); b != nil {
				k := b.Clone()
				mg.mark(&k.Annotations, "deleted", "deleted on one side but undercut on the other")
				mg.conflict("argument", id, "deleted", "", "", "deleted on one side, still attacked on the other: restored")
				m.Arguments = append(m.Arguments, k) // its own references are checked in turn
				have[id] = true
			}
		}
	}
	// What still dangles cannot be repaired: drop it and say so. Dropping an
	// argument leaves its undercutters dangling in turn: a work list of the
	// arguments aimed at each argument keeps this linear.
	on := map[argmap.ID][]int{}
	for i, a := range m.Arguments {
		if !isClaim[a.Target] {
			on[a.Target] = append(on[a.Target], i)
		}
	}
	drop := make([]bool, len(m.Arguments))
	var queue []int
	for i, a := range m.Arguments {
		ok := have[a.Target]
		for _, p := range a.Premises {
			ok = ok && isClaim[p]
		}
		if !ok {
			drop[i] = true
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		a := m.Arguments[queue[0]]
		queue = queue[1:]
		delete(have, a.ID)
		mg.conflict("argument", a.ID, "dangling", "", "", "refers to something neither side has: dropped")
		for _, j := range on[a.ID] {
			if !drop[j] {
				drop[j] = true
				queue = append(queue, j)
			}
		}
	}
	keep := m.Arguments[:0]
	for i, a := range m.Arguments {
		if !drop[i] {
			keep = append(keep, a)
		}
	}
	m.Arguments = keep
	m.Reindex()
	var chs []*argmap.Challenge
	for _, c := range m.Challenges {
		if have[c.Target] && (c.Argument == argmap.NilID || (have[c.Argument] && !isClaim[c.Argument])) {
			chs = append(chs, c)
		}
	}
	m.Challenges = chs
}

// MapConflict is a conflict mark found in a map: an entity with the
// ConflictTag and one comment by MergeAuthor.
type MapConflict struct {
	ID      argmap.ID // the claim or argument
	Comment argmap.ID // the comment holding theirs
	Field   string
	Theirs  string
}

// Conflicts lists the unresolved conflict marks of a merged map.
func Conflicts(m *argmap.Map) []MapConflict {
	var out []MapConflict
	scan := func(id argmap.ID, a argmap.Annotations) {
		for _, c := range a.Comments {
			if c.Author != MergeAuthor {
				continue
			}
			field, theirs, _ := strings.Cut(c.Text, ": ")
			out = append(out, MapConflict{ID: id, Comment: c.ID, Field: field, Theirs: theirs})
		}
	}
	for _, c := range m.Claims {
		scan(c.ID, c.Annotations)
	}
	for _, a := range m.Arguments {
		scan(a.ID, a.Annotations)
	}
	return out
}

// Resolve settles one conflict: keep ours (drop the mark) or take theirs
// (for text, assessment, polarity and scheme). The conflict tag goes with the
// last mark. One undoable edit.
func Resolve(m *argmap.Map, c MapConflict, takeTheirs bool) (argmap.Edit, error) {
	clean := func(a *argmap.Annotations) {
		a.Comments = slices.DeleteFunc(a.Comments, func(x argmap.Comment) bool { return x.ID == c.Comment })
		if !slices.ContainsFunc(a.Comments, func(x argmap.Comment) bool { return x.Author == MergeAuthor }) {
			a.Tags = slices.DeleteFunc(a.Tags, func(t string) bool { return t == ConflictTag })
		}
	}
	label := "Keep Ours"
	if takeTheirs {
		label = "Take Theirs"
	}
	if m.Claim(c.ID) != nil {
		if takeTheirs && c.Field != "text" && c.Field != "assessment" {
			return nil, fmt.Errorf("cannot take theirs for %s: edit the claim by hand", c.Field)
		}
		return argmap.UpdateClaim(c.ID, label, func(x *argmap.Claim) {
			if takeTheirs && c.Field == "text" {
				x.Text = c.Theirs
			}
			if takeTheirs && c.Field == "assessment" {
				x.Assessment = argmap.Assessment(c.Theirs)
			}
			clean(&x.Annotations)
		}), nil
	}
	if m.Argument(c.ID) != nil {
		if takeTheirs && c.Field != "polarity" && c.Field != "scheme" {
			return nil, fmt.Errorf("cannot take theirs for %s: edit the argument by hand", c.Field)
		}
		return argmap.UpdateArgument(c.ID, label, func(x *argmap.Argument) {
			if takeTheirs && c.Field == "polarity" {
				x.Polarity = argmap.Polarity(c.Theirs)
			}
			if takeTheirs && c.Field == "scheme" {
				x.Scheme = c.Theirs
			}
			clean(&x.Annotations)
		}), nil
	}
	return nil, fmt.Errorf("conflict on %s: no such claim or argument", c.ID.String()[:8])
}
