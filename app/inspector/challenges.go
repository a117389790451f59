package inspector

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// challengeRows are the Challenges section's rows for the challenges on
// id, with buttons to answer, rebut, withdraw or reopen each.
func challengeRows(h panel.Host, cmd *Commands, id argmap.ID) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	m := h.Doc().Map()
	for _, ch := range challengesOf(m, id) {
		if ch.Target != id {
			// Raised by the claim shown, an objection or undercutter: say
			// against what, as its own card's inspector said "No
			// challenges." though it is one.
			rows = append(rows, widgets.Wrapped("This claim is a challenge to "+widgets.OnWhat(m, ch.Target)+":"))
		}
		chID := ch.ID
		// Buttons of normal importance: low-importance ones have no
		// frame and read as bold headings ("Reopen" looked like a title).
		btn := widget.NewButton
		objection := ch.Kind == argmap.Object || ch.Kind == argmap.Undercut
		var buttons []fyne.CanvasObject
		var note fyne.CanvasObject
		if ch.Status == argmap.Open {
			if objection {
				buttons = append(buttons, btn("Rebut", func() { cmd.Challenges.Rebut(chID) }))
			}
			buttons = append(buttons,
				btn("Answer…", func() { cmd.Challenges.Answer(chID) }),
				btn("Withdraw", func() { _ = h.Do(argmap.WithdrawChallenge(chID, "withdrawn by "+cmd.Author())) }))
		} else {
			if objection && ch.Status == argmap.Answered && stillStands(h, ch) {
				// An answer in words closes the challenge, but the
				// objection's argument still attacks: the claim stays OUT
				// and the user wondered why. Say so, and offer the rebuttal
				// that does defeat it.
				note = widgets.Low("The objection still stands on the map: an answer closes the challenge, a rebuttal defeats the objection.")
				note.(*widget.Label).Wrapping = fyne.TextWrapWord
				buttons = append(buttons, btn("Rebut", func() { cmd.Challenges.Rebut(chID) }))
			}
			if ch.Kind == argmap.Question && ch.Status == argmap.Answered && stillQuestioned(h, ch) {
				// Likewise a question answered in words: the claim stays
				// Questioned, and OUT until a reason for it stands.
				note = widgets.Low("The claim is still marked Questioned: it stands once a reason for it stands (Add Reason), or when its assessment changes.")
				note.(*widget.Label).Wrapping = fyne.TextWrapWord
			}
			buttons = append(buttons, btn("Reopen", func() { _ = h.Do(argmap.ReopenChallenge(chID)) }))
		}
		rows = append(rows, widgets.Wrapped(cmd.Challenges.Describe(ch)))
		if note != nil {
			rows = append(rows, note)
		}
		rows = append(rows, container.NewHBox(buttons...))
	}
	return rows
}

// challengesOf are the challenges on id, then those id raised: an
// objection's or undercutter's claim, the premise of the argument an
// Object or Undercut challenge added.
func challengesOf(m *argmap.Map, id argmap.ID) []*argmap.Challenge {
	out := argmap.ChallengesOn(m, id)
	if m.Claim(id) == nil {
		return out
	}
	for _, ch := range m.Challenges {
		if ch.Kind != argmap.Object && ch.Kind != argmap.Undercut {
			continue
		}
		if a := m.Argument(ch.Argument); a != nil && ch.Target != id && slices.Contains(a.Premises, id) {
			out = append(out, ch)
		}
	}
	return out
}

// stillStands reports whether the argument an objection or undercut
// challenge added still applies in the evaluation shown (false when the
// evaluation is off or the argument is gone).
func stillStands(h panel.Host, ch *argmap.Challenge) bool {
	l := h.Doc().Labels()
	return l != nil && h.Doc().Map().Argument(ch.Argument) != nil && l.Argument(ch.Argument) == eval.In
}

// stillQuestioned reports whether the claim a Question challenge is on is
// still assessed Questioned and OUT in the evaluation shown.
func stillQuestioned(h panel.Host, ch *argmap.Challenge) bool {
	l, c := h.Doc().Labels(), h.Doc().Map().Claim(ch.Target)
	return l != nil && c != nil && c.Assessment == argmap.Questioned && l.Claim(ch.Target) == eval.Out
}

// updateChallenges refills box with the challenges on id when they
// changed since sig, which it updates.
func updateChallenges(h panel.Host, cmd *Commands, box *fyne.Container, id argmap.ID, sig *string) {
	m := h.Doc().Map()
	var b strings.Builder
	chs := challengesOf(m, id)
	for _, ch := range chs {
		b.WriteString(widgets.ItemLabel(m, ch.Target)) // named in a raised challenge's row
		if a := m.Argument(ch.Argument); a != nil && len(a.Premises) > 0 {
			b.WriteString(widgets.ItemLabel(m, a.Premises[0])) // Describe quotes the objection
		}
		fmt.Fprintf(&b, "%v|%s|%s|%s|%v|%v;", ch.ID, ch.Status, ch.Answer, ch.Note, stillStands(h, ch), stillQuestioned(h, ch))
		if ch.Kind == argmap.CriticalQuestion && cmd.Schemes != nil {
			// The question quotes the argument's claims: it changes with them.
			b.WriteString(cmd.Schemes.QuestionText(m, ch.Target, ch.Question))
		}
	}
	// Critical questions are numbered in the scheme; a new scheme renames them.
	if a := m.Argument(id); a != nil {
		b.WriteString(a.Scheme)
	}
	if b.String() == *sig && len(box.Objects) > 0 {
		return
	}
	*sig = b.String()
	if len(chs) == 0 || cmd.Challenges == nil {
		box.Objects = []fyne.CanvasObject{widgets.Low("No challenges.")}
	} else {
		box.Objects = challengeRows(h, cmd, id)
	}
	box.Refresh()
}
