package inspector

import (
	"fmt"
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
	for _, ch := range argmap.ChallengesOn(h.Doc().Map(), id) {
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

// stillStands reports whether the argument an objection or undercut
// challenge added still applies in the evaluation shown (false when the
// evaluation is off or the argument is gone).
func stillStands(h panel.Host, ch *argmap.Challenge) bool {
	l := h.Doc().Labels()
	return l != nil && h.Doc().Map().Argument(ch.Argument) != nil && l.Argument(ch.Argument) == eval.In
}

// updateChallenges refills box with the challenges on id when they
// changed since sig, which it updates.
func updateChallenges(h panel.Host, cmd *Commands, box *fyne.Container, id argmap.ID, sig *string) {
	m := h.Doc().Map()
	var b strings.Builder
	chs := argmap.ChallengesOn(m, id)
	for _, ch := range chs {
		fmt.Fprintf(&b, "%v|%s|%s|%s|%v;", ch.ID, ch.Status, ch.Answer, ch.Note, stillStands(h, ch))
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
