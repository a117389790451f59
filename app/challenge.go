package app

import (
	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// newChallenges builds the challenge commands and dialogs
// (app/challenge) with the editor's commands they use: placing a new
// claim and opening it for editing, who is asking.
func (e *Editor) newChallenges() *challenge.Challenges {
	return challenge.New(e, challenge.Commands{
		Window:  e.win,
		Schemes: e.schemes,
		Author:  e.author,
		AddClaim: func(label string, ed argmap.Edit, id argmap.ID) {
			if e.addPlaced(label, ed, id) {
				e.startEditing(id)
			}
		},
	})
}

// assess sets the selected claim's assessment.
func (e *Editor) assess(a argmap.Assessment) {
	if id, ok := e.single(); ok {
		if c := e.doc.Map().Claim(id); c != nil && c.Assessment != a {
			e.do(argmap.Assess(id, a))
		}
	}
}

// challengeClaimItems are the challenges of the selected claim, for the
// Challenge menu and the context menu.
func (e *Editor) challengeClaimItems() []*fyne.MenuItem {
	id, ok := e.single()
	c := e.doc.Map().Claim(id)
	if !ok || c == nil {
		return nil
	}
	assess := func(label string, a argmap.Assessment) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { e.assess(a) })
		it.Checked = c.Assessment == a && a != argmap.Unassessed
		return it
	}
	return []*fyne.MenuItem{
		fyne.NewMenuItem(challenge.LabelObject, e.chal.Object),
		fyne.NewMenuItem("Question", e.chal.Question),
		assess("Accept", argmap.Accepted),
		assess("Reject", argmap.Rejected),
		assess("Clear Assessment", argmap.Unassessed),
	}
}

// challengeArgumentItems are the challenges of the selected argument.
func (e *Editor) challengeArgumentItems() []*fyne.MenuItem {
	id, ok := e.single()
	if !ok || e.doc.Map().Argument(id) == nil {
		return nil
	}
	items := []*fyne.MenuItem{fyne.NewMenuItem("Undercut", e.chal.Undercut)}
	if qs := e.chal.Questions(id); len(qs) > 0 {
		ask := fyne.NewMenuItem("Ask Critical Question", nil)
		ask.ChildMenu = fyne.NewMenu("")
		for i, q := range qs {
			it := fyne.NewMenuItem(widgets.Shorten(q, 70), func() { e.chal.Ask(id, i) })
			it.Disabled = e.chal.Asked(id, i) // asked and open: a second one would repeat it
			ask.ChildMenu.Items = append(ask.ChildMenu.Items, it)
		}
		items = append(items, ask)
	}
	return items
}
