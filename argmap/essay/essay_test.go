package essay

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/internal/golden"
)

// plan builds a map with two reasons of different strength, an objection
// with a reply, an unanswered objection, an undercutter and an open question.
func plan() *argmap.Map {
	ids := argmap.DeterministicIDs("essay")
	m := argmap.New("India and the alliance")
	c := func(text string) argmap.ID {
		id := ids()
		m.Claims = append(m.Claims, &argmap.Claim{ID: id, Text: text})
		return id
	}
	arg := func(pol argmap.Polarity, target argmap.ID, prem ...argmap.ID) argmap.ID {
		id := ids()
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: id, Premises: prem, Target: target, Polarity: pol})
		return id
	}
	thesis := c("India is Russia's trump card")
	weak := c("India buys Russian weapons")
	strong := c("India decides whether the alliance can contain China")
	linked := c("The alliance needs India to reach the Indian Ocean")
	sub := c("China's navy is growing in the Indian Ocean")
	obj := c("India needs the US against China")
	reply := c("India can balance both sides, as it did for decades")
	lone := c("The alliance is only a concept")
	under := c("Buying weapons does not mean following Moscow")
	arg(argmap.Pro, thesis, weak)
	a2 := arg(argmap.Pro, thesis, strong, linked)
	arg(argmap.Pro, linked, sub)
	arg(argmap.Con, thesis, obj)
	arg(argmap.Con, obj, reply)
	arg(argmap.Con, thesis, lone)
	u := arg(argmap.Con, m.Arguments[0].ID, under)
	_ = u
	m.Challenges = append(m.Challenges, &argmap.Challenge{ID: ids(), Kind: argmap.CriticalQuestion, Target: a2,
		Status: argmap.Open, Note: "is the navy claim sourced?"})
	m.Reindex()
	return m
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		style Style
	}{{"plan.md", Markdown}, {"plan.txt", Plain}} {
		got := Write(plan(), tc.style)
		path := filepath.Join("testdata", tc.name+".golden")
		golden.Check(t, path, got)
	}
}

// The stronger, supported reason comes first.
func TestOrder(t *testing.T) {
	out := string(Write(plan(), Markdown))
	i := bytes.Index([]byte(out), []byte("India decides whether"))
	j := bytes.Index([]byte(out), []byte("India buys Russian weapons"))
	if i < 0 || j < 0 || i > j {
		t.Errorf("the strongest reason should come first:\n%s", out)
	}
}
