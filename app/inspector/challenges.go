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
)

// challengeRows are the Challenges section's rows for the challenges on
// id, with buttons to answer, rebut, withdraw or reopen each.
func challengeRows(h panel.Host, cmd *Commands, id argmap.ID) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for _, ch := range argmap.ChallengesOn(h.Doc().Map(), id) {
		chID := ch.ID
		btn := func(label string, fn func()) *widget.Button {
			b := widget.NewButton(label, fn)
			b.Importance = widget.LowImportance
			return b
		}
		var buttons []fyne.CanvasObject
		if ch.Status == argmap.Open {
			if ch.Kind == argmap.Object || ch.Kind == argmap.Undercut {
				buttons = append(buttons, btn("Rebut", func() { cmd.Challenges.Rebut(chID) }))
			}
			buttons = append(buttons,
				btn("Answer…", func() { cmd.Challenges.Answer(chID) }),
				btn("Withdraw", func() { _ = h.Do(argmap.WithdrawChallenge(chID, "withdrawn by "+cmd.Author())) }))
		} else {
			buttons = append(buttons, btn("Reopen", func() { _ = h.Do(argmap.ReopenChallenge(chID)) }))
		}
		rows = append(rows, widgets.Wrapped(cmd.Challenges.Describe(ch)), container.NewHBox(buttons...))
	}
	return rows
}

// updateChallenges refills box with the challenges on id when they
// changed since sig, which it updates.
func updateChallenges(h panel.Host, cmd *Commands, box *fyne.Container, id argmap.ID, sig *string) {
	m := h.Doc().Map()
	var b strings.Builder
	chs := argmap.ChallengesOn(m, id)
	for _, ch := range chs {
		fmt.Fprintf(&b, "%v|%s|%s|%s;", ch.ID, ch.Status, ch.Answer, ch.Note)
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
