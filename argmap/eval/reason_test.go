package eval_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
)

// TestReasonObjectionStands checks that the reason for a claim an objection
// defeats says what is true of the objection: nothing defeats it, or what
// was tried and failed. An objection answered in words only (its challenge
// marked answered) still stands, and the reason must not say it "has no
// answer".
func TestReasonObjectionStands(t *testing.T) {
	t.Parallel()
	// challenged is an Object or Undercut challenge: the con argument it
	// added and its status.
	type challenged struct {
		kind   argmap.ChallengeKind
		arg    string
		status argmap.ChallengeStatus
	}
	for _, tc := range []struct {
		name, src  string
		challenges []challenged
		of, want   string
	}{
		{name: "unanswered", src: `
claim c: Shops gain
claim o: Takings fell
con x: o -> c`,
			of: "c", want: "OUT: the objection 'Takings fell' stands and nothing defeats it"},
		{name: "challenge open", src: `
claim c: Shops gain
claim o: Takings fell
con x: o -> c`,
			challenges: []challenged{{argmap.Object, "x", argmap.Open}},
			of:         "c", want: "OUT: the objection 'Takings fell' stands and nothing defeats it"},
		{name: "answered in words", src: `
claim c: Shops gain
claim o: Takings fell
con x: o -> c`,
			challenges: []challenged{{argmap.Object, "x", argmap.Answered}},
			of:         "c", want: "OUT: the objection 'Takings fell' stands and nothing defeats it: an answer in words alone does not (rebut it or undercut it)"},
		{name: "withdrawn", src: `
claim c: Shops gain
claim o: Takings fell
con x: o -> c`,
			challenges: []challenged{{argmap.Object, "x", argmap.Withdrawn}},
			of:         "c", want: "OUT: the objection 'Takings fell' stands and nothing defeats it"},
		{name: "rebuttal fails", src: `
claim c: Shops gain
claim o: Takings fell
claim r: They rose
claim k: The figures are forged
con x: o -> c
con y: r -> o
con z: k -> r`,
			challenges: []challenged{{argmap.Object, "x", argmap.Answered}},
			of:         "c", want: "OUT: the objection 'Takings fell' stands: the rebuttal 'They rose' fails"},
		{name: "undercutter of the objection fails", src: `
claim c: Shops gain
claim o: Takings fell
claim u: Takings are not gains
claim k: Here they are
con x: o -> c
con y: u -> x
con z: k -> u`,
			of: "c", want: "OUT: the objection 'Takings fell' stands: the undercutter 'Takings are not gains' fails"},
		{name: "undercut answered in words", src: `
claim c: The bridge is safe
claim p: The inspector signed it off
claim u: The inspector was bribed
pro r: p -> c
con cut: u -> r`,
			challenges: []challenged{{argmap.Undercut, "cut", argmap.Answered}},
			of:         "r", want: "OUT: the undercutter 'The inspector was bribed' stands and nothing defeats it: an answer in words alone does not (rebut it or undercut it)"},
		{name: "undercut unanswered", src: `
claim c: The bridge is safe
claim p: The inspector signed it off
claim u: The inspector was bribed
pro r: p -> c
con cut: u -> r`,
			of: "r", want: "OUT: the undercutter 'The inspector was bribed' stands"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m, ids, err := argmaptest.Parse(nil, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, ch := range tc.challenges {
				a := m.Argument(ids[ch.arg])
				m.Challenges = append(m.Challenges, &argmap.Challenge{
					ID: argmaptest.IDs(tc.name).New(), Kind: ch.kind, Target: a.Target, Argument: a.ID,
					Status: ch.status, Answer: map[bool]string{true: "they did not"}[ch.status == argmap.Answered]})
			}
			m.Reindex()
			if got := eval.Evaluate(m).Reason(ids[tc.of]); got != tc.want {
				t.Errorf("reason of %s = %q\nwant %q", tc.of, got, tc.want)
			}
		})
	}
}

// TestReasonAfterAnswer answers an objection in words through the history,
// as the challenge panel does, on an evaluator kept in step: the reason
// the kept labelling gives reads the answer as it is now.
func TestReasonAfterAnswer(t *testing.T) {
	t.Parallel()
	b := argmaptest.NewBuilder("answer", "answer")
	c := b.Claim("Shops gain")
	m := b.Map()
	h := argmap.NewHistory(m)
	ev := eval.New(h.Map())
	h.OnChange = ev.Apply
	edit, _, _ := argmap.ObjectTo(argmaptest.Mint("answer mint"), h.Map(), c, "Takings fell", "ann", "")
	if err := h.Do(edit); err != nil {
		t.Fatal(err)
	}
	want := "OUT: the objection 'Takings fell' stands and nothing defeats it"
	if got := ev.Labels().Reason(c); got != want {
		t.Fatalf("before the answer: %q, want %q", got, want)
	}
	ch := h.Map().Challenges[0]
	if err := h.Do(argmap.AnswerChallenge(ch.ID, "takings are not the point")); err != nil {
		t.Fatal(err)
	}
	want += ": an answer in words alone does not (rebut it or undercut it)"
	if got := ev.Labels().Reason(c); got != want {
		t.Errorf("after the answer: %q, want %q", got, want)
	}
	if !h.Undo() {
		t.Fatal("nothing to undo")
	}
	if got := ev.Labels().Reason(c); got == want {
		t.Errorf("after undoing the answer the reason still reads %q", got)
	}
}
