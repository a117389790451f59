package essay

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// plan builds a map with two reasons of different strength, an objection
// with a reply, an unanswered objection, an undercutter and an open question.
func plan() *argmap.Map {
	b := argmaptest.NewBuilder("essay", "India and the alliance")
	c := func(text string) argmap.ID { return b.Claim(text) }
	thesis := c("India is Russia's trump card")
	weak := c("India buys Russian weapons")
	strong := c("India decides whether the alliance can contain China")
	linked := c("The alliance needs India to reach the Indian Ocean")
	sub := c("China's navy is growing in the Indian Ocean")
	obj := c("India needs the US against China")
	reply := c("India can balance both sides, as it did for decades")
	lone := c("The alliance is only a concept")
	under := c("Buying weapons does not mean following Moscow")
	a1 := b.Pro(thesis, weak)
	a2 := b.Pro(thesis, strong, linked)
	b.Pro(linked, sub)
	b.Con(thesis, obj)
	b.Con(obj, reply)
	b.Con(thesis, lone)
	b.Con(a1, under)
	b.Challenge(argmap.CriticalQuestion, a2, "is the navy claim sourced?")
	return b.Map()
}

func TestGolden(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		style Style
	}{{"plan.md", Markdown}, {"plan.txt", Plain}} {
		got := Write(plan(), tc.style)
		path := filepath.Join("testdata", tc.name+".golden")
		argmaptest.Golden(t, path, got)
	}
}

// The stronger, supported reason comes first.
func TestOrder(t *testing.T) {
	t.Parallel()
	out := string(Write(plan(), Markdown))
	i := bytes.Index([]byte(out), []byte("India decides whether"))
	j := bytes.Index([]byte(out), []byte("India buys Russian weapons"))
	if i < 0 || j < 0 || i > j {
		t.Errorf("the strongest reason should come first:\n%s", out)
	}
}

// small builds a map from a thesis "T" and arguments written as
// "pro A B > T" / "con X > A" (a target that names an argument's first
// premise with "@" is that argument: "con U > @A").
func small(t *testing.T, rejected []string, lines ...string) *argmap.Map {
	t.Helper()
	ids := argmap.DeterministicIDs("essay/small")
	m := argmap.New("small")
	claims := map[string]argmap.ID{}
	args := map[string]argmap.ID{}
	claim := func(s string) argmap.ID {
		if id, ok := claims[s]; ok {
			return id
		}
		id := ids()
		claims[s] = id
		c := &argmap.Claim{ID: id, Text: s + "."}
		if slices.Contains(rejected, s) {
			c.Assessment = argmap.Rejected
		}
		m.Claims = append(m.Claims, c)
		return id
	}
	claim("T")
	for _, l := range lines {
		f := strings.Fields(l)
		pol, prem, target := argmap.Polarity(f[0]), f[1:len(f)-2], f[len(f)-1]
		a := &argmap.Argument{ID: ids(), Polarity: pol}
		for _, p := range prem {
			a.Premises = append(a.Premises, claim(p))
		}
		if strings.HasPrefix(target, "@") {
			a.Target = args[target[1:]]
		} else {
			a.Target = claim(target)
		}
		args[prem[0]] = a.ID
		m.Arguments = append(m.Arguments, a)
	}
	m.Reindex()
	return m
}

// A reason that falls comes after one that stands, however much support
// it has: the plan orders by the evaluation, not by counting.
func TestReasonsOrderedByEvaluation(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"Weak"},
		"pro Weak Other > T", "pro S1 > Weak", "pro S2 > Other", "pro S3 > Other",
		"pro Sound > T")
	out := string(Write(m, Markdown))
	i, j := strings.Index(out, "1. Sound."), strings.Index(out, "2. Weak; and Other.")
	if i < 0 || j < 0 {
		t.Fatalf("reasons not numbered as expected:\n%s", out)
	}
	for _, want := range []string{"This reason stands", "This reason does not stand: “Weak” falls: it is rejected."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Taken together") || strings.Contains(out, "strongest first") {
		t.Errorf("old wording in:\n%s", out)
	}
}

// Every objection without a reply is noted, however deep it sits.
func TestUnansweredObjectionsAtAnyDepth(t *testing.T) {
	t.Parallel()
	m := small(t, nil, "pro A > T", "pro B > A", "con Deep > B", "con Answered > A", "con Reply > Answered")
	out := string(Write(m, Markdown))
	deep := strings.Index(out, "Objection: Deep.")
	if deep < 0 || !strings.HasPrefix(out[deep:], "Objection: Deep.\n         - No reply yet") {
		t.Errorf("the deep objection is not marked unanswered:\n%s", out)
	}
	if n := strings.Count(out, "No reply yet"); n != 1 {
		t.Errorf("%d unanswered objections noted, want 1 (the other one has a reply):\n%s", n, out)
	}
}

func TestConclusionSaysWhatTheMapConcludes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		rejected []string
		lines    []string
		want     string
	}{
		{"stands", nil, []string{"pro A B > T", "con X > T", "con Y > X"},
			"The thesis stands: “T” follows from “A” and “B”, and no objection to it survives."},
		{"falls to an objection", nil, []string{"pro A > T", "con X > T"},
			"The thesis falls: the objection “X” stands and nothing defeats it, so “T” cannot be maintained as it is."},
		{"falls with its premise", []string{"B"}, []string{"pro A B > T"},
			"The thesis falls: no reason for “T” stands. Its reason turns on “B”, which falls: it is rejected."},
		{"falls with an undercut step", nil, []string{"pro A > T", "con U > @A"},
			"The thesis falls: no reason for “T” stands. Its reason does not apply: the step is undercut by “U”."},
		{"contested", nil, []string{"pro A > T", "con X > T", "con Y > X", "con X > Y"},
			"The thesis is contested: “T” stands or falls with the objection “X”, which the map leaves undecided."},
	}
	for _, tt := range tests {
		out := string(Write(small(t, tt.rejected, tt.lines...), Plain))
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: want %q in:\n%s", tt.name, tt.want, out)
		}
	}
}

// An open critical question is worded with the argument's claims, both
// under the step and among the open questions.
func TestCriticalQuestionWorded(t *testing.T) {
	t.Parallel()
	m := small(t, nil, "pro Study > T")
	m.Arguments[0].Scheme = "expert-opinion"
	m.Challenges = []*argmap.Challenge{{ID: argmap.NewID(), Kind: argmap.CriticalQuestion, Target: m.Arguments[0].ID, Question: 4, Status: argmap.Open}}
	out := string(Write(m, Markdown))
	want := "Do other experts in the field agree with the claim “T”, or is it disputed among them?"
	if strings.Count(out, want) < 3 || strings.ContainsAny(out, "{}") {
		t.Errorf("want %q under the step, in the verdict and among the open questions, and no braces:\n%s", want, out)
	}
}

// An objection answered in words only still stands: the conclusion says
// that nothing defeats it and that the answer does not, and the plan names
// the answer under the objection, never saying it has no answer or reply.
func TestObjectionAnsweredInWords(t *testing.T) {
	t.Parallel()
	m := small(t, nil, "pro A > T", "con X > T", "con Y > A", "con Z > Y")
	for _, a := range m.Arguments {
		if a.Polarity == argmap.Con {
			m.Challenges = append(m.Challenges, &argmap.Challenge{ID: argmap.NewID(), Kind: argmap.Object,
				Target: a.Target, Argument: a.ID, Status: argmap.Answered, Answer: "not so"})
		}
	}
	out := string(Write(m, Plain))
	want := "The thesis falls: the objection “X” stands and nothing defeats it (an answer in words alone does not), so “T” cannot be maintained as it is."
	if !strings.Contains(out, want) {
		t.Errorf("want %q in:\n%s", want, out)
	}
	if strings.Contains(out, "no answer") || strings.Contains(out, "No reply yet") {
		t.Errorf("an answered objection is said to have no answer:\n%s", out)
	}
	// Under the objection, the answer is named for what it is.
	if want := "Answered in words only (“not so”): it stands until a reply defeats it; concede it, or rebut or undercut it before the conclusion."; !strings.Contains(out, want) {
		t.Errorf("want %q in:\n%s", want, out)
	}
}
