package argmap

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// offset is where a new challenger's card goes, from the card it challenges:
// below and to the right, so that it does not hide it before layout.
var offset = Point{X: 120, Y: 180}

// ObjectTo makes the edit that objects to a claim: a new claim with the
// given text, a con argument from it to the claim, and an Object challenge
// recording who objected, when and why. It returns the edit and the IDs of
// the new claim and argument (to select them).
func ObjectTo(mint Mint, m *Map, claim ID, text, author, note string) (Edit, ID, ID) {
	return challengeWith(mint, m, claim, Object, text, author, note)
}

// UndercutArg makes the edit that undercuts an argument: a new claim saying
// why the step fails, a con argument from it to the argument, and an
// Undercut challenge. It returns the edit and the IDs of the new claim and
// argument.
func UndercutArg(mint Mint, m *Map, arg ID, text, author, note string) (Edit, ID, ID) {
	return challengeWith(mint, m, arg, Undercut, text, author, note)
}

func challengeWith(mint Mint, m *Map, target ID, kind ChallengeKind, text, author, note string) (Edit, ID, ID) {
	c, a := newReason(mint.IDs, m, target, text, Con)
	ch := &Challenge{ID: mint.ID(), Kind: kind, Target: target, Argument: a.ID,
		Author: author, Time: mint.Now(), Note: note, Status: Open}
	label := "Object"
	if kind == Undercut {
		label = "Undercut"
	}
	return Batch(label, AddClaim(c), AddArgument(a), AddChallenge(ch)), c.ID, a.ID
}

// newReason makes a new claim and an argument of the polarity from it to
// target, the claim placed near the target.
func newReason(ids IDSource, m *Map, target ID, text string, pol Polarity) (*Claim, *Argument) {
	c := &Claim{ID: ids.New(), Text: text, Pos: near(m, target)}
	return c, &Argument{ID: ids.New(), Premises: []ID{c.ID}, Target: target, Polarity: pol}
}

// near is a place for a new card next to the claim or argument id (for an
// argument, next to its first premise).
func near(m *Map, id ID) Point {
	if a := m.Argument(id); a != nil && len(a.Premises) > 0 {
		id = a.Premises[0]
	}
	if c := m.Claim(id); c != nil {
		return Point{X: c.Pos.X + offset.X, Y: c.Pos.Y + offset.Y}
	}
	return Point{}
}

// QuestionClaim makes the edit that questions a claim: its assessment
// becomes Questioned (it now needs a reason that stands) and a Question
// challenge records who asked and why. SupportClaim answers it. It returns
// the edit and the challenge's ID.
func QuestionClaim(mint Mint, claim ID, author, note string) (Edit, ID) {
	ch := &Challenge{ID: mint.ID(), Kind: Question, Target: claim,
		Author: author, Time: mint.Now(), Note: note, Status: Open}
	return Batch("Question Claim", Assess(claim, Questioned), AddChallenge(ch)), ch.ID
}

// AskCriticalQuestion makes the edit that asks critical question index
// (0-based, in the catalogue's order for the argument's scheme) of an
// argument. Until it is answered or withdrawn, the argument cannot apply.
// It returns the edit and the challenge's ID.
func AskCriticalQuestion(mint Mint, arg ID, index int, author, note string) (Edit, ID) {
	ch := &Challenge{ID: mint.ID(), Kind: CriticalQuestion, Target: arg, Question: index,
		Author: author, Time: mint.Now(), Note: note, Status: Open}
	return AddChallenge(ch), ch.ID
}

// SupportClaim makes the edit that gives a claim a reason: a new claim with
// the text and a pro argument from it to the claim. Open Question challenges
// on the claim are answered by it ("a reason was given: 'text'"). It returns
// the edit and the IDs of the new claim and argument.
func SupportClaim(ids IDSource, m *Map, claim ID, text string) (Edit, ID, ID) {
	c, a := newReason(ids, m, claim, text, Pro)
	return Batch("Add Reason", AddClaim(c), AddArgument(a), AnswerQuestions(m, claim, "a reason was given: "+quote(text))), c.ID, a.ID
}

// AnswerQuestions makes the edit that answers every open Question
// challenge on a claim (none: an edit that changes nothing). Batch it with
// an edit that gives the claim a reason some other way than SupportClaim.
func AnswerQuestions(m *Map, claim ID, answer string) Edit {
	var edits []Edit
	for _, ch := range m.Challenges {
		if ch.Kind == Question && ch.Target == claim && ch.Status == Open {
			edits = append(edits, AnswerChallenge(ch.ID, answer))
		}
	}
	return Batch("Answer Questions", edits...)
}

// Rebut makes the edit that answers an Object or Undercut challenge with a
// rebuttal: a new claim with the text and a con argument from it against
// the challenger's claim; the challenge is marked answered. It returns the
// edit and the IDs of the new claim and argument, or an edit that fails if
// the challenge has no argument to rebut.
func Rebut(ids IDSource, m *Map, challenge ID, text string) (Edit, ID, ID) {
	ch := m.Challenge(challenge)
	if ch == nil || m.Argument(ch.Argument) == nil || len(m.Argument(ch.Argument).Premises) == 0 {
		return failed("Rebut", fmt.Errorf("rebut: %w", notFound("challenge with an objection", challenge))), NilID, NilID
	}
	objection := m.Argument(ch.Argument).Premises[0]
	c, a := newReason(ids, m, objection, text, Con)
	return Batch("Rebut", AddClaim(c), AddArgument(a), AnswerChallenge(challenge, "rebutted: "+quote(text))), c.ID, a.ID
}

// AnswerChallenge marks a challenge answered, with the answer.
func AnswerChallenge(id ID, answer string) Edit {
	return UpdateChallenge(id, "Answer Challenge", func(ch *Challenge) {
		ch.Status, ch.Answer = Answered, answer
	})
}

// WithdrawChallenge marks a challenge withdrawn, saying why. Withdrawing a
// Question also clears the claim's Questioned assessment when no other
// question on it stays open. The con argument of an Object or Undercut
// challenge stays on the map: delete it to take the objection back.
func WithdrawChallenge(id ID, why string) Edit {
	return &dynamic{label: "Withdraw Challenge", build: func(m *Map) (Edit, error) {
		ch := m.Challenge(id)
		if ch == nil {
			return nil, fmt.Errorf("withdraw challenge: %w", notFound("challenge", id))
		}
		edits := []Edit{UpdateChallenge(id, "Withdraw Challenge", func(ch *Challenge) {
			ch.Status, ch.Answer = Withdrawn, why
		})}
		if ch.Kind == Question {
			others := false
			for _, o := range m.Challenges {
				others = others || (o.ID != id && o.Kind == Question && o.Target == ch.Target && o.Status == Open)
			}
			if c := m.Claim(ch.Target); c != nil && c.Assessment == Questioned && !others {
				edits = append(edits, Assess(ch.Target, Unassessed))
			}
		}
		return Batch("Withdraw Challenge", edits...), nil
	}}
}

// ReopenChallenge makes an answered or withdrawn challenge open again.
func ReopenChallenge(id ID) Edit {
	return UpdateChallenge(id, "Reopen Challenge", func(ch *Challenge) {
		ch.Status, ch.Answer = Open, ""
	})
}

// OpenChallenges lists the challenges still open, in map order.
func OpenChallenges(m *Map) []*Challenge {
	var out []*Challenge
	for _, ch := range m.Challenges {
		if ch.Status == Open {
			out = append(out, ch)
		}
	}
	return out
}

// ChallengesOn lists the challenges aimed at a claim or an argument, in map
// order, whatever their status.
func ChallengesOn(m *Map, id ID) []*Challenge {
	var out []*Challenge
	for _, ch := range m.Challenges {
		if ch.Target == id {
			out = append(out, ch)
		}
	}
	return out
}

// dynamic is an edit whose parts depend on the map it is applied to. It
// builds them on the first Apply and replays the same parts on redo.
type dynamic struct {
	label string
	build func(m *Map) (Edit, error)
	done  Edit
}

func (e *dynamic) Label() string { return e.label }

func (e *dynamic) Apply(m *Map) error {
	if e.done == nil {
		d, err := e.build(m)
		if err != nil {
			return err
		}
		if err := d.Apply(m); err != nil {
			return err
		}
		e.done = d
		return nil
	}
	return e.done.Apply(m)
}

func (e *dynamic) Revert(m *Map) { e.done.Revert(m) }

// failed is an edit that always fails with err, for constructors that find
// their input wrong before the edit runs.
func failed(label string, err error) Edit { return &failedEdit{label, err} }

type failedEdit struct {
	label string
	err   error
}

func (e *failedEdit) Label() string      { return e.label }
func (e *failedEdit) Apply(m *Map) error { return e.err }
func (e *failedEdit) Revert(m *Map)      {}

// quote puts a text in single quotes, on one line and cut to 60 characters
// (as the evaluation's reasons quote claims).
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = strings.TrimSpace(string(r[:59])) + "…"
	}
	return "'" + s + "'"
}
