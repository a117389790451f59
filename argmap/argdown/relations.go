package argdown

import "github.com/argmap/argmap/argmap"

// relations turns Argdown relations into inferences. Some targets exist
// only once other relations are made (an undercut of an unreconstructed
// argument aims at the inference made by that argument's first outgoing
// relation), so the relations are worked off a list until none is left.
func (b *builder) relations() error {
	first := map[string]*Relation{} // argument key → its first outgoing relation
	b.first = first
	for _, r := range b.d.Relations {
		if k, ok := b.outKey(r.From); ok && first[k] == nil {
			first[k] = r
		}
	}
	made := map[*Relation]*argmap.Argument{}
	pending := append([]*Relation(nil), b.d.Relations...)
	for len(pending) > 0 {
		progress := false
		rest := pending[:0]
		for _, r := range pending {
			target, ok := b.target(r, first, made)
			if !ok {
				rest = append(rest, r)
				continue
			}
			x, err := b.apply(r, target)
			if err != nil {
				return err
			}
			made[r] = x
			progress = true
		}
		pending = rest
		if progress || len(pending) == 0 {
			continue
		}
		// Stuck in a cycle of undercuts: the first one falls back to an
		// attack on the claim of the argument it undercuts.
		r := pending[0]
		c := b.desc[r.To.Key]
		if !r.To.Argument || c == nil {
			return errorf(r.Line, r.Column, "the relation aims at an inference that is never made")
		}
		b.warnf(r, "undercuts in a cycle: this one is read as an attack on the claim of <%s>", b.d.args[r.To.Key].Title)
		x, err := b.apply(r, c.ID)
		if err != nil {
			return err
		}
		made[r] = x
		pending = pending[1:]
	}
	return nil
}

func (b *builder) warnf(r *Relation, format string, a ...any) {
	e := errorf(r.Line, r.Column, format, a...)
	b.d.warns = append(b.d.warns, e.Error())
}

// outKey names the argument whose outgoing inference a relation from n
// makes: an unreconstructed argument, or one whose conclusion is folded.
func (b *builder) outKey(n Node) (string, bool) {
	if n.Argument {
		if b.desc[n.Key] != nil || b.folded[n.Key] {
			return n.Key, true
		}
		return "", false
	}
	if a := b.implicit[n.Key]; a != nil {
		return a.Key, true
	}
	return "", false
}

// target returns what the relation aims at, or false while that is not
// made yet.
func (b *builder) target(r *Relation, first map[string]*Relation, made map[*Relation]*argmap.Argument) (argmap.ID, bool) {
	if !r.To.Argument {
		return b.claim[r.To.Key].ID, true
	}
	if r.Type.symmetric() {
		return b.rep(r.To), true
	}
	if x := b.main[r.To.Key]; x != nil {
		return x.ID, true
	}
	if b.folded[r.To.Key] || r.Type == Undercut {
		f := first[r.To.Key]
		if f == nil {
			if c := b.desc[r.To.Key]; c != nil {
				return c.ID, true
			}
			return argmap.NilID, false
		}
		if x := made[f]; x != nil {
			return x.ID, true
		}
		return argmap.NilID, false
	}
	return b.desc[r.To.Key].ID, true
}

// rep is the claim that stands for a node: a statement's claim, an
// argument's main conclusion or its description claim.
func (b *builder) rep(n Node) argmap.ID {
	if !n.Argument {
		return b.claim[n.Key].ID
	}
	if c := b.desc[n.Key]; c != nil {
		return c.ID
	}
	return b.claim[b.d.args[n.Key].MainConclusion()].ID
}

// premises returns the premises of an inference from n.
func (b *builder) premises(n Node) []argmap.ID {
	var a *Argument
	if n.Argument && b.folded[n.Key] {
		a = b.d.args[n.Key]
	} else if !n.Argument {
		a = b.implicit[n.Key]
	}
	if a == nil {
		return []argmap.ID{b.rep(n)}
	}
	st := a.Steps[len(a.Steps)-1]
	out := make([]argmap.ID, len(st.Premises))
	for i, p := range st.Premises {
		out[i] = b.claim[p].ID
	}
	return out
}

// apply makes the inference of one relation aimed at target.
func (b *builder) apply(r *Relation, target argmap.ID) (*argmap.Argument, error) {
	prem := b.premises(r.From)
	if r.From.Argument && b.desc[r.From.Key] == nil && !b.folded[r.From.Key] && !r.To.Argument && prem[0] == target {
		// An argument placed under its own conclusion ([P] <+ <A>, A
		// concluding [P]): the relation says what the PCS says already,
		// and Argdown drops it.
		b.warnf(r, "the %s from <%s> to its own conclusion is dropped, as Argdown drops it", r.Type, b.d.args[r.From.Key].Title)
		return nil, nil
	}
	for _, p := range prem {
		if p == target {
			return nil, errorf(r.Line, r.Column, "a statement cannot be related to itself")
		}
	}
	pol := argmap.Con
	if r.Type == Support {
		pol = argmap.Pro
	}
	k, ok := b.outKey(r.From)
	mainOfFolded := ok && b.folded[k] && b.first[k] == r
	x := b.add(prem, target, pol, mainOfFolded)
	if mainOfFolded {
		a := b.d.args[k]
		st := a.Steps[len(a.Steps)-1]
		if x.Scheme == "" {
			x.Scheme = st.Rules
		}
		b.annotate(x, a)
		b.main[k] = x
	}
	if r.Type.symmetric() {
		back := b.rep(r.From)
		if back == target {
			return nil, errorf(r.Line, r.Column, "a statement cannot contradict itself")
		}
		b.add([]argmap.ID{target}, back, argmap.Con, false)
	}
	return x, nil
}
