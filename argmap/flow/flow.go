// Package flow reads a map's debate round as a judge's flow sheet: which
// claims the other side dropped, which their own side extended, and the
// grid of speeches (columns) and lines (rows) the flow view draws. It is
// pure: no UI, no I/O.
package flow

import (
	"cmp"
	"slices"

	"github.com/argmap/argmap/argmap"
)

// speeches maps each claim made in a speech of the round to the index of
// that speech.
type speeches struct {
	m  *argmap.Map
	at map[argmap.ID]int
}

func index(m *argmap.Map) speeches {
	s := speeches{m: m, at: make(map[argmap.ID]int)}
	if m.Round == nil {
		return s
	}
	pos := make(map[argmap.ID]int, len(m.Round.Speeches))
	for i, sp := range m.Round.Speeches {
		pos[sp.ID] = i
	}
	for _, c := range m.Claims {
		if i, ok := pos[c.Speech]; ok && c.Speech != argmap.NilID {
			s.at[c.ID] = i
		}
	}
	return s
}

// of returns the speech index of claim id, or -1.
func (s speeches) of(id argmap.ID) int {
	if i, ok := s.at[id]; ok {
		return i
	}
	return -1
}

// argSpeech is the speech an argument was made in: the latest speech of
// its premises, since an answer cannot come before what it is built from;
// -1 when none of its premises was made in a speech.
func (s speeches) argSpeech(a *argmap.Argument) int {
	k := -1
	for _, p := range a.Premises {
		k = max(k, s.of(p))
	}
	return k
}

func (s speeches) side(k int) string { return s.m.Round.Speeches[k].Side }

// touched is what an argument aimed at target answers: the claim itself,
// or, for an argument (an inference), each of its premises, the claims
// that inference belongs to.
func (s speeches) touched(target argmap.ID) []argmap.ID {
	if s.m.Claim(target) != nil {
		return []argmap.ID{target}
	}
	if b := s.m.Argument(target); b != nil {
		return b.Premises
	}
	return nil
}

// Dropped returns the claims the other side dropped: a claim made in a
// speech of one side is dropped when the other side speaks after it and no
// argument made in a later speech of the other side targets the claim or an
// inference the claim is a premise of. A claim after which the other side
// never speaks again (the last rebuttals) could not have been answered and
// is not dropped; claims outside the round are neither.
func Dropped(m *argmap.Map) map[argmap.ID]bool {
	s := index(m)
	out := make(map[argmap.ID]bool)
	if m.Round == nil {
		return out
	}
	answered := make(map[argmap.ID]bool)
	for _, a := range m.Arguments {
		t := s.argSpeech(a)
		if t < 0 {
			continue
		}
		for _, c := range s.touched(a.Target) {
			if k := s.of(c); k >= 0 && k < t && s.side(k) != s.side(t) {
				answered[c] = true
			}
		}
	}
	// The last speech of all, and the last of another side than its:
	// after a speech of side x the other side speaks again when a speech
	// of another side than x comes later.
	sp := m.Round.Speeches
	last, lastElse := len(sp)-1, -1
	for i := len(sp) - 2; i >= 0 && last >= 0; i-- {
		if sp[i].Side != sp[last].Side {
			lastElse = i
			break
		}
	}
	lastOther := func(side string) int {
		if last >= 0 && side != sp[last].Side {
			return last
		}
		return lastElse
	}
	for _, c := range m.Claims {
		k := s.of(c.ID)
		if k < 0 || answered[c.ID] || lastOther(s.side(k)) <= k {
			continue
		}
		out[c.ID] = true
	}
	return out
}

// DroppedSoFar is Dropped while a round is flowed live, on g, the round's
// Layout: a claim is dropped only once the other side has spoken after it
// (a later opposing speech holds a claim, or comes before cur, the index of
// the speech being flowed). Until then the last speeches' claims are not
// dropped, only not answered yet. At the end of a round it is Dropped.
func DroppedSoFar(m *argmap.Map, g Grid, cur int) map[argmap.ID]bool {
	out := Dropped(m)
	spoken := make([]bool, len(g.Columns)) // a speech the judge has flowed
	for _, c := range g.Cells {
		spoken[c.Col] = true
	}
	for k := 0; k < cur && k < len(spoken); k++ {
		spoken[k] = true
	}
	answeredSince := func(col int) bool {
		for k := col + 1; k < len(g.Columns); k++ {
			if spoken[k] && g.Columns[k].Opposes(g.Columns[col]) {
				return true
			}
		}
		return false
	}
	for id := range out {
		if c, ok := g.Cells[id]; !ok || !answeredSince(c.Col) {
			delete(out, id)
		}
	}
	return out
}

// Extended returns the claims their own side carried into a later speech:
// a claim made in a speech of one side is extended when an argument made in
// a later speech of the same side supports it (a pro argument to it), uses
// it again (it is a premise of that argument), or answers an answer to it
// (targets an argument of the other side aimed at it, or a premise of
// one).
func Extended(m *argmap.Map) map[argmap.ID]bool {
	s := index(m)
	out := make(map[argmap.ID]bool)
	if m.Round == nil {
		return out
	}
	from := make(map[argmap.ID][]*argmap.Argument) // the arguments from each claim
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			from[p] = append(from[p], a)
		}
	}
	mark := func(c argmap.ID, t int) {
		if k := s.of(c); k >= 0 && k < t && s.side(k) == s.side(t) {
			out[c] = true
		}
	}
	for _, a := range m.Arguments {
		t := s.argSpeech(a)
		if t < 0 {
			continue
		}
		if a.Polarity == argmap.Pro {
			for _, c := range s.touched(a.Target) {
				mark(c, t)
			}
		}
		for _, p := range a.Premises {
			mark(p, t)
		}
		// a answers the answers b: b itself when a undercuts it, or every
		// argument b whose premise a attacks.
		var answers []*argmap.Argument
		if b := m.Argument(a.Target); b != nil {
			answers = append(answers, b)
		} else if a.Polarity == argmap.Con {
			answers = from[a.Target]
		}
		for _, b := range answers {
			if bt := s.argSpeech(b); bt >= 0 && bt < t && s.side(bt) != s.side(t) {
				for _, c := range s.touched(b.Target) {
					if k := s.of(c); k >= 0 && k < bt && s.side(k) == s.side(t) {
						out[c] = true
					}
				}
			}
		}
	}
	return out
}

// Cell is a claim's place on the flow sheet: the column of its speech and
// its line.
type Cell struct {
	Col, Row int
}

// Grid is the flow sheet of a round: one column per speech in order, each
// claim of the round in its speech's column and in the row of what it
// answers (or the first free row below), answers to one claim stacked in
// speech then map order, a claim that answers nothing (or a reason from
// the same speech) on a fresh line. No two claims share a cell.
type Grid struct {
	// Columns are the speeches, in the round's order.
	Columns []argmap.Speech
	// Cells places every claim made in a speech of the round.
	Cells map[argmap.ID]Cell
	// Answers is what each placed claim answers (its row's anchor): the
	// target of the first argument from it to a claim in the same or an
	// earlier column, or the first premise of the inference it targets.
	// Claims that answer nothing are absent.
	Answers map[argmap.ID]argmap.ID
	// Rows is the number of lines of the sheet.
	Rows int

	at map[Cell]argmap.ID
}

// At returns the claim in a cell, or NilID.
func (g Grid) At(col, row int) argmap.ID { return g.at[Cell{col, row}] }

// Layout lays the round out as a flow sheet (see Grid), in time linear in
// the size of the map but for sorting each column.
func Layout(m *argmap.Map) Grid {
	s := index(m)
	g := Grid{Cells: make(map[argmap.ID]Cell, len(s.at)), Answers: make(map[argmap.ID]argmap.ID), at: make(map[Cell]argmap.ID, len(s.at))}
	if m.Round == nil {
		return g
	}
	g.Columns = append([]argmap.Speech(nil), m.Round.Speeches...)
	// What each claim answers: the first argument from it whose target
	// (or the target inference's first placed premise) sits in the same or
	// an earlier column.
	for _, a := range m.Arguments {
		var to argmap.ID
		for _, c := range s.touched(a.Target) {
			if s.of(c) >= 0 {
				to = c
				break
			}
		}
		if to == argmap.NilID {
			continue
		}
		for _, p := range a.Premises {
			if _, done := g.Answers[p]; done || p == to {
				continue
			}
			if k := s.of(p); k >= 0 && s.of(to) <= k {
				g.Answers[p] = to
			}
		}
	}
	// The sheet is filled depth first from the claims that answer
	// nothing, in column then map order. A claim's answers from later
	// speeches follow it, in its row or the first free one below in their
	// column; then its reasons from its own speech, each on a fresh line
	// (below every claim placed so far), as is every claim that answers
	// nothing, so that no claim sits beside an answer to something else.
	order := make(map[argmap.ID]int, len(m.Claims))
	for i, c := range m.Claims {
		order[c.ID] = i
	}
	byColThenMap := func(a, b argmap.ID) int {
		if c := cmp.Compare(s.of(a), s.of(b)); c != 0 {
			return c
		}
		return cmp.Compare(order[a], order[b])
	}
	children := make(map[argmap.ID][]argmap.ID)
	var roots []argmap.ID
	for _, c := range m.Claims {
		if s.of(c.ID) < 0 {
			continue
		}
		if p, ok := g.Answers[c.ID]; ok {
			children[p] = append(children[p], c.ID)
		} else {
			roots = append(roots, c.ID)
		}
	}
	for _, kids := range children {
		slices.SortStableFunc(kids, byColThenMap)
	}
	slices.SortStableFunc(roots, byColThenMap)
	next := make([]int, len(g.Columns)) // the first free row of each column
	const freshLine = -1
	type item struct {
		id  argmap.ID
		row int // the row of what it answers, or freshLine
	}
	var stack []item
	place := func(root argmap.ID) {
		stack = append(stack[:0], item{root, freshLine})
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if _, done := g.Cells[it.id]; done {
				continue
			}
			col := s.of(it.id)
			row := it.row
			if row == freshLine {
				row = g.Rows
			}
			row = max(row, next[col])
			next[col] = row + 1
			g.Rows = max(g.Rows, row+1)
			cell := Cell{col, row}
			g.Cells[it.id] = cell
			g.at[cell] = it.id
			// Pushed in reverse: answers from later columns first, then
			// the reasons from this one.
			kids := children[it.id]
			for i := len(kids) - 1; i >= 0; i-- {
				if s.of(kids[i]) == col {
					stack = append(stack, item{kids[i], freshLine})
				}
			}
			for i := len(kids) - 1; i >= 0; i-- {
				if s.of(kids[i]) != col {
					stack = append(stack, item{kids[i], row})
				}
			}
		}
	}
	for _, r := range roots {
		place(r)
	}
	// Claims whose answers run in a circle have no root: each starts a
	// line of its own, in map order.
	for _, c := range m.Claims {
		if s.of(c.ID) >= 0 {
			place(c.ID)
		}
	}
	return g
}
