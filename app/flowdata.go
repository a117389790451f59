package app

import (
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/flow"
)

// flowState is what the flow panel knows of the round after the last
// change: the sheet to draw and where each claim sits on it.
type flowState struct {
	data sheetData
	grid flow.Grid
}

// sideNames are the sides of the built-in formats as a header shows them.
var sideNames = map[string]string{
	"aff": "Aff", "neg": "Neg", "gov": "Gov", "opp": "Opp", "prop": "Prop", "pro": "Pro", "con": "Con",
}

// sideName is a side as a header shows it.
func sideName(side string) string {
	if n, ok := sideNames[strings.ToLower(side)]; ok {
		return n
	}
	if side == "" {
		return "—"
	}
	return strings.ToUpper(side[:1]) + side[1:]
}

// buildFlow lays the map's round out as a sheet; labels (nil while the
// evaluation is hidden) give each card its badge; a claim is marked
// dropped as flow.DroppedSoFar says, cur being the speech being flowed.
func buildFlow(m *argmap.Map, labels *eval.Labelling, cur int) flowState {
	g := flow.Layout(m)
	st := flowState{grid: g}
	if m.Round == nil {
		return st
	}
	d := &st.data
	d.Rows = g.Rows
	first := ""
	if len(g.Columns) > 0 {
		first = g.Columns[0].Side
	}
	for _, sp := range g.Columns {
		side := sideName(sp.Side)
		if sp.Team != "" {
			side += " · " + sp.Team
		}
		d.Speeches = append(d.Speeches, sheetSpeech{Name: sp.Name, Side: side, Speaker: sp.Speaker, First: sp.Side == first})
	}
	dropped, extended := flow.DroppedSoFar(m, g, cur), flow.Extended(m)
	// Each placed claim's arrows: to what its arguments target (for an
	// undercut, the inference's first placed premise).
	links := make(map[argmap.ID][]sheetLink)
	for _, a := range m.Arguments {
		to := a.Target
		if t := m.Argument(a.Target); t != nil {
			to = argmap.NilID
			for _, p := range t.Premises {
				if _, ok := g.Cells[p]; ok {
					to = p
					break
				}
			}
		}
		if _, ok := g.Cells[to]; !ok {
			continue
		}
		for _, p := range a.Premises {
			if _, ok := g.Cells[p]; ok && p != to {
				links[p] = append(links[p], sheetLink{To: to, Pro: a.Polarity == argmap.Pro, Row: g.Answers[p] == to})
			}
		}
	}
	for _, c := range m.Claims {
		cell, ok := g.Cells[c.ID]
		if !ok {
			continue
		}
		card := sheetCard{
			ID: c.ID, Col: cell.Col, Row: cell.Row, Text: c.Text,
			Dropped: dropped[c.ID], Extended: extended[c.ID], Links: links[c.ID],
			Proposed: c.Proposal != nil,
		}
		if labels != nil {
			switch labels.Label(c.ID) {
			case eval.In:
				card.Status = eval.In
			case eval.Out:
				card.Status = eval.Out
			case eval.Undec:
				card.Status = eval.Undec
			}
		}
		d.Cards = append(d.Cards, card)
	}
	return st
}

// speechIndex is the column of the speech claim id was made in, or -1.
func speechIndex(m *argmap.Map, id argmap.ID) int {
	c := m.Claim(id)
	if c == nil || m.Round == nil {
		return -1
	}
	return m.Round.Index(c.Speech)
}

// nextSpeech is the first speech after column from that opposes it
// (oppose) or speaks for the same side (!oppose), or -1.
func nextSpeech(r *argmap.Round, from int, oppose bool) int {
	if r == nil || from < 0 || from >= len(r.Speeches) {
		return -1
	}
	for k := from + 1; k < len(r.Speeches); k++ {
		if r.Speeches[k].Opposes(r.Speeches[from]) == oppose {
			return k
		}
	}
	return -1
}

// answerOf is the argument by which claim id answers what its row hangs
// on (flow.Grid.Answers), or nil.
func answerOf(m *argmap.Map, g flow.Grid, id argmap.ID) *argmap.Argument {
	to, ok := g.Answers[id]
	if !ok {
		return nil
	}
	for _, a := range m.ArgumentsFrom(id) {
		if a.Target == to {
			return a
		}
		if t := m.Argument(a.Target); t != nil && t.HasPremise(to) {
			return a
		}
	}
	return nil
}

// parseSpeeches reads a custom order of speeches: items separated by
// commas or new lines, each "Name", "Name: side" or "Name: side: speaker".
// Items without a side alternate between the first two sides named (aff
// and neg when none is).
func parseSpeeches(s string) []argmap.Speech {
	items := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' || r == ';' })
	var out []argmap.Speech
	var sides []string
	for _, it := range items {
		parts := strings.Split(it, ":")
		name := strings.TrimSpace(parts[0])
		if name == "" {
			continue
		}
		sp := argmap.Speech{Name: name}
		if len(parts) > 1 {
			sp.Side = strings.ToLower(strings.TrimSpace(parts[1]))
		}
		if len(parts) > 2 {
			sp.Speaker = strings.TrimSpace(strings.Join(parts[2:], ":"))
		}
		if sp.Side != "" && !containsString(sides, sp.Side) {
			sides = append(sides, sp.Side)
		}
		out = append(out, sp)
	}
	for len(sides) < 2 {
		sides = append(sides, []string{"aff", "neg"}[len(sides)])
		if len(sides) == 2 && sides[0] == sides[1] {
			sides[1] = "neg"
			if sides[0] == "neg" {
				sides[1] = "aff"
			}
		}
	}
	for i := range out {
		if out[i].Side == "" {
			out[i].Side = sides[i%2]
		}
	}
	return out
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
