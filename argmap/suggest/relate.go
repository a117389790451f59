package suggest

// link is a unit's one outgoing relation while relate works.
type link struct {
	set      bool
	to       int // unit index
	attack   bool
	undercut bool // attack the inference of to's own relation
	why      string
}

// relate fills r.Relations, marks r.Claims' Main and Opponent, paragraph
// by paragraph: a paragraph argues for its own main claim.
func relate(r *Result, units []unit) {
	for a := 0; a < len(units); {
		b := a + 1
		for b < len(units) && units[b].paragraph == units[a].paragraph {
			b++
		}
		relateParagraph(r, units, a, b)
		a = b
	}
}

// relateParagraph relates units[a:b], one paragraph. Every unit but the
// main claim gets one outgoing relation, so the proposals form a tree
// like a hand-made map (and like the microtexts' gold graphs):
//
//   - a concession ("granted", "although", or a unit just before a
//     "but") attacks the main claim, or the clause it concedes to ("X,
//     although Y"; "Although Y, X");
//   - a contrast ("but", "however") attacks the concession before it (an
//     undercut of the concession's attack), or, with none, attacks the
//     main claim itself;
//   - a premise ("because", "since") supports the unit before it, or the
//     one after it in "Since X, Y"; an example ("for instance") and an
//     elaboration ("in fact") support the unit before;
//   - a conclusion ("therefore") is supported by the unit before it;
//   - a continuation ("and") relates as the unit before it does;
//   - any other unit is one more reason for the main claim.
//
// The main claim is the last unit that a conclusion or summary marker
// opens, or else the first unit that no marker subordinates and that
// says what should be done ("should", "must", "ought"), or else the
// first unit that no marker subordinates.
func relateParagraph(r *Result, units []unit, a, b int) {
	n := b - a
	if n == 0 {
		return
	}
	u := units[a:b]
	opp := make([]bool, n)
	// Backwards, so that a concession carries over the clauses that go on
	// with it ("X may be so, and Y too, but…").
	for i := n - 1; i >= 0; i-- {
		if u[i].kind == Concession {
			opp[i] = true
		}
		// What a "but" opens turns against is conceded; a "however" a few
		// words in ("The impact however is…") is an objection itself.
		if i+1 < n && u[i+1].kind == Contrast && !u[i+1].floating && u[i+1].sentence <= u[i].sentence+1 && u[i].kind != Premise {
			opp[i] = true
		}
		if i+1 < n && u[i+1].kind == Continuation && opp[i+1] && u[i+1].sentence == u[i].sentence && u[i].kind != Premise {
			opp[i] = true
		}
	}
	main := -1
	for i := n - 1; i >= 0 && main < 0; i-- {
		if (u[i].kind == Conclusion || u[i].kind == Summary) && !opp[i] && !u[i].subord {
			main = i
		}
	}
	// Else the first free unit that says what should be done (a thesis
	// in a modal: "We should…", "Fees must…"), or failing that the first
	// free unit.
	first := -1
	for i := 0; i < n && main < 0; i++ {
		switch u[i].kind {
		case Premise, Contrast, Continuation, Addition, Example, Concession:
			continue
		}
		if opp[i] || u[i].subord {
			continue
		}
		if first < 0 {
			first = i
		}
		if u[i].modal {
			main = i
		}
	}
	if main < 0 {
		main = first
	}
	if main < 0 {
		main = 0
	}
	out := make([]link, n)
	for i := range u {
		if i == main {
			continue
		}
		why := u[i].marker
		prev := i - 1
		switch k := u[i].kind; {
		case k == Premise && u[i].subord && i+1 < n:
			out[i] = link{set: true, to: i + 1, why: why}
		case (k == Premise || k == Example || k == Elaboration) && prev >= 0 && !(k == Elaboration && opp[i]):
			out[i] = link{set: true, to: prev, why: why}
			opp[i] = opp[prev]
		case k == Contrast:
			if prev >= 0 && opp[prev] {
				out[i] = link{set: true, to: prev, attack: true, undercut: out[prev].set && out[prev].attack, why: why}
			} else {
				opp[i] = true
				out[i] = link{set: true, to: main, attack: true, why: why}
			}
		case k == Conclusion:
			// What the unit before attacks ("…, but Y. Therefore Z") it
			// still attacks: only a reason becomes Z's.
			if prev >= 0 && prev != main && !out[prev].attack {
				out[prev] = link{set: true, to: i, why: why}
			}
			out[i] = link{set: true, to: main, attack: opp[i], why: why}
		case k == Continuation && prev >= 0 && prev != main && out[prev].set:
			out[i] = out[prev]
			out[i].why = why
			opp[i] = opp[prev]
		case opp[i] && u[i].subord && i+1 < n:
			out[i] = link{set: true, to: i + 1, attack: true, why: why}
		case k == Concession && !u[i].first && prev >= 0 && u[prev].sentence == u[i].sentence && !opp[prev]:
			// "X, although Y": Y is granted against X.
			out[i] = link{set: true, to: prev, attack: true, why: why}
		case opp[i]:
			out[i] = link{set: true, to: main, attack: true, why: why}
		default:
			out[i] = link{set: true, to: main, why: why}
		}
		if out[i].to == i {
			out[i] = link{set: true, to: main, attack: opp[i], why: why}
		}
	}
	breakCycles(out, main)
	// Relations in unit order: an undercut aims at the relation of a unit
	// before it, which then already has its index.
	relAt := make([]int, n)
	for i := range out {
		relAt[i] = -1
	}
	for i, l := range out {
		if !l.set || i == main {
			continue
		}
		rel := Relation{From: a + i, To: a + l.to, Attack: l.attack, Why: l.why}
		if l.undercut && relAt[l.to] >= 0 {
			rel.Undercut, rel.To = true, relAt[l.to]
		}
		relAt[i] = len(r.Relations)
		r.Relations = append(r.Relations, rel)
	}
	r.Claims[a+main].Main = true
	for i := range u {
		r.Claims[a+i].Opponent = opp[i]
	}
}

// breakCycles points every unit on a cycle of links (a premise that
// would conclude itself through others) at the main claim instead. Each
// unit is walked once.
func breakCycles(out []link, main int) {
	const (
		fresh = iota
		walking
		done
	)
	state := make([]int, len(out))
	var path []int
	for i := range out {
		path = path[:0]
		j := i
		for j != main && out[j].set && state[j] == fresh {
			state[j] = walking
			path = append(path, j)
			j = out[j].to
		}
		if j != main && out[j].set && state[j] == walking {
			// j is on the cycle just walked: cut it there.
			out[j] = link{set: true, to: main, attack: out[j].attack, why: out[j].why}
		}
		for _, k := range path {
			state[k] = done
		}
	}
}
