package flow

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Item is one claim of the round as the summary reports it.
type Item struct {
	ID     argmap.ID
	Text   string
	Speech string // the speech's name
	Side   string
	Label  eval.Label // grounded (eval.Evaluate)
	Reason string     // the evaluation's reason for the label
	// Dropped: the other side never answered it (see Dropped).
	Dropped bool
	// Extended: its own side carried it into a later speech (see
	// Extended).
	Extended bool
}

// Turn is a claim the decision turns on and what its fall would change.
type Turn struct {
	Item
	// Effect says how a main conclusion's label would change were the
	// claim to fall: "“X” would be OUT instead of IN".
	Effect string
}

// SideSummary is one side's part of the decision.
type SideSummary struct {
	Side     string   // the side's key, as the speeches give it ("aff")
	Name     string   // for people ("Affirmative")
	Speeches []string // its speeches, in order
	// Dropped are the side's claims the other side never answered, in
	// map order.
	Dropped []Item
	// Claims counts the labels of the side's claims.
	Claims eval.Counts
}

// Summary is the decision of a round, for feedback to the debaters: the
// main conclusions and whether they stand, each side's dropped arguments,
// and the arguments the decision turns on.
type Summary struct {
	Title  string
	Format string // the format's name ("Policy", "Custom")
	// Conclusions are the round's main conclusions (its claims that are
	// premise of nothing and that arguments target; else the first claim
	// of the first speech), with their labels.
	Conclusions []Item
	// Verdict says in one sentence who carries the round.
	Verdict string
	Sides   []SideSummary
	// TurnsOn are the claims the decision turns on: each claim of the
	// round that stands (IN) and whose fall would change the label of a
	// main conclusion. Its fall is tried on a copy of the map with the
	// claim rejected, and the labels of the conclusions compared. Dropped
	// claims come first (an answer would have taken them down), then the
	// others, each group in map order. At most MaxTries claims are tried,
	// dropped ones first; Untried counts the standing claims left over.
	TurnsOn []Turn
	Untried int
}

// MaxTries bounds the evaluations the summary runs to find what the
// decision turns on (one per standing claim): a round has tens of claims,
// a huge generated map must not take hours.
const MaxTries = 2000

// sideNames are the names of the built-in formats' sides.
var sideNames = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"aff": "Affirmative", "neg": "Negative", "gov": "Government", "opp": "Opposition",
		"prop": "Proposition", "pro": "Pro", "con": "Con",
	}
})

// SideName returns a side's name for people: the built-in sides spelt
// out, any other as it is.
func SideName(side string) string {
	if n, ok := sideNames()[side]; ok {
		return n
	}
	return side
}

// Summarize returns the decision summary of the map's round. On a map
// without a round it says so in the verdict and lists nothing.
func Summarize(m *argmap.Map) Summary {
	s := Summary{Title: m.Meta.Title, Format: "Custom"}
	if m.Round == nil {
		s.Verdict = "The map has no debate round."
		return s
	}
	if f := argmap.LookupFormat(m.Round.Format); f != nil {
		s.Format = f.Name
	}
	idx := index(m)
	dropped, extended := Dropped(m), Extended(m)
	l := eval.Evaluate(m)
	item := func(c *argmap.Claim) Item {
		k := idx.of(c.ID)
		sp := m.Round.Speeches[k]
		return Item{ID: c.ID, Text: c.Text, Speech: sp.Name, Side: sp.Side, Label: l.Claim(c.ID),
			Reason: l.Reason(c.ID), Dropped: dropped[c.ID], Extended: extended[c.ID]}
	}
	sides := map[string]int{}
	for _, sp := range m.Round.Speeches {
		i, ok := sides[sp.Side]
		if !ok {
			i = len(s.Sides)
			sides[sp.Side] = i
			s.Sides = append(s.Sides, SideSummary{Side: sp.Side, Name: SideName(sp.Side)})
		}
		s.Sides[i].Speeches = append(s.Sides[i].Speeches, sp.Name)
	}
	premise, targeted := map[argmap.ID]bool{}, map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		targeted[a.Target] = true
		for _, p := range a.Premises {
			premise[p] = true
		}
	}
	var first *argmap.Claim
	for _, c := range m.Claims {
		k := idx.of(c.ID)
		if k < 0 {
			continue
		}
		if first == nil || k < idx.of(first.ID) {
			first = c
		}
		it := item(c)
		side := &s.Sides[sides[it.Side]]
		switch it.Label {
		case eval.In:
			side.Claims.In++
		case eval.Out:
			side.Claims.Out++
		default:
			side.Claims.Undec++
		}
		if it.Dropped {
			side.Dropped = append(side.Dropped, it)
		}
		if !premise[c.ID] && targeted[c.ID] {
			s.Conclusions = append(s.Conclusions, it)
		}
	}
	if first == nil {
		s.Verdict = "Nothing was flowed."
		return s
	}
	if len(s.Conclusions) == 0 {
		s.Conclusions = []Item{item(first)}
	}
	s.Verdict = verdict(s.Conclusions[0])
	s.TurnsOn, s.Untried = turns(m, s.Conclusions, dropped, item)
	return s
}

// verdict says who carries the main conclusion.
func verdict(c Item) string {
	side := SideName(c.Side)
	switch c.Label {
	case eval.In:
		return fmt.Sprintf("%s carries the round: %s stands (IN).", side, quote(c.Text))
	case eval.Out:
		return fmt.Sprintf("%s loses the round: %s falls (OUT).", side, quote(c.Text))
	}
	return fmt.Sprintf("No decision: %s is undecided (UNDEC).", quote(c.Text))
}

// turns tries the fall of every standing claim of the round on a copy of
// the map (rejected, so that it is OUT whatever supports it) and keeps
// those that change a conclusion's label. It evaluates the map once per
// standing claim (incrementally: each try costs what the claim
// influences), and a judge asks for one summary at the end.
func turns(m *argmap.Map, conclusions []Item, isDropped map[argmap.ID]bool, item func(*argmap.Claim) Item) ([]Turn, int) {
	work := m.Clone()
	idx := index(work)
	// One evaluator for all the tries: each re-labels only what the
	// rejected claim influences.
	ev := eval.New(work)
	base := ev.Labels()
	// The standing claims, dropped ones first.
	var try []*argmap.Claim
	for _, first := range []bool{true, false} {
		for _, c := range work.Claims {
			if idx.of(c.ID) >= 0 && base.Claim(c.ID) == eval.In && isDropped[c.ID] == first {
				try = append(try, c)
			}
		}
	}
	untried := max(0, len(try)-MaxTries)
	try = try[:len(try)-untried]
	var out []Turn
	for _, c := range try {
		e := argmap.Assess(c.ID, argmap.Rejected)
		if e.Apply(work) != nil {
			continue
		}
		ev.Apply(argmap.ScopeOf(e))
		after := ev.Labels()
		e.Revert(work)
		ev.Apply(argmap.ScopeOf(e))
		var effects []string
		for _, k := range conclusions {
			if k.ID == c.ID {
				continue
			}
			if was, now := base.Claim(k.ID), after.Claim(k.ID); was != now {
				effects = append(effects, fmt.Sprintf("%s would be %s instead of %s", quote(k.Text), now, was))
			}
		}
		if len(effects) == 0 {
			continue
		}
		out = append(out, Turn{Item: item(m.Claim(c.ID)), Effect: strings.Join(effects, "; ")})
	}
	return out, untried
}

// why is the reason without the label it starts with.
func (it Item) why() string {
	return strings.TrimPrefix(it.Reason, it.Label.String()+": ")
}

// quote puts a claim's text in quotation marks, on one line.
func quote(s string) string {
	return "“" + strings.Join(strings.Fields(s), " ") + "”"
}

// Markdown writes the summary for feedback to the debaters: the verdict,
// the conclusions, what the decision turns on, and each side's dropped
// arguments.
func (s Summary) Markdown() []byte {
	var b bytes.Buffer
	title := strings.TrimSpace(s.Title)
	if title == "" {
		title = "Debate round"
	}
	fmt.Fprintf(&b, "# Decision: %s\n\n", md(title))
	fmt.Fprintf(&b, "%s round. %s\n", s.Format, md(s.Verdict))
	if len(s.Sides) > 0 {
		b.WriteString("\n| Side | Speeches | Claims IN | OUT | UNDEC | Dropped |\n|---|---|---|---|---|---|\n")
		for _, sd := range s.Sides {
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d |\n", md(sd.Name), md(strings.Join(sd.Speeches, ", ")),
				sd.Claims.In, sd.Claims.Out, sd.Claims.Undec, len(sd.Dropped))
		}
	}
	if len(s.Conclusions) > 0 {
		b.WriteString("\n## What stands\n\n")
		for _, c := range s.Conclusions {
			fmt.Fprintf(&b, "- %s (%s, %s): **%s**: %s\n", md(quote(c.Text)), md(c.Speech), md(SideName(c.Side)), c.Label, md(c.why()))
		}
	}
	b.WriteString("\n## The decision turns on\n\n")
	if len(s.TurnsOn) == 0 {
		b.WriteString("No single standing claim: taking any one of them down changes no conclusion.\n")
	}
	if s.Untried > 0 {
		fmt.Fprintf(&b, "(%d standing claims were not tried: the summary tries at most %d.)\n", s.Untried, MaxTries)
	}
	for i, t := range s.TurnsOn {
		how := "it stands"
		if t.Dropped {
			how = "**dropped**: never answered"
		}
		fmt.Fprintf(&b, "%d. %s (%s, %s), %s. Were it to fall, %s.\n", i+1, md(quote(t.Text)), md(t.Speech), md(SideName(t.Side)), how, md(t.Effect))
	}
	if len(s.Sides) > 0 {
		b.WriteString("\n## Dropped arguments\n")
	}
	for _, sd := range s.Sides {
		fmt.Fprintf(&b, "\n### %s: left unanswered by the other side\n\n", md(sd.Name))
		if len(sd.Dropped) == 0 {
			b.WriteString("None.\n")
		}
		for _, d := range sd.Dropped {
			ext := ""
			if d.Extended {
				ext = ", extended"
			}
			fmt.Fprintf(&b, "- %s (%s%s): **%s**: %s\n", md(quote(d.Text)), md(d.Speech), ext, d.Label, md(d.why()))
		}
	}
	return b.Bytes()
}

// md escapes the characters that would make Markdown marks (or end a
// table's cell) in text: those internal/pdf reads back too.
func md(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '|', '#':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
