package app

import (
	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
)

// challengeClaimItems are the context-menu challenges of the selected claim.
func (e *Editor) challengeClaimItems() []*fyne.MenuItem {
	id, ok := e.single()
	if !ok {
		return nil
	}
	assess := func(label string, a argmap.Assessment) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() { e.do(argmap.Assess(id, a)) })
		if c := e.m.Claim(id); c != nil && c.Assessment == a {
			it.Checked = true
		}
		return it
	}
	return []*fyne.MenuItem{
		assess("Accept", argmap.Accepted),
		assess("Question", argmap.Questioned),
		assess("Reject", argmap.Rejected),
		assess("Clear Assessment", argmap.Unassessed),
	}
}

// challengeArgumentItems are the context-menu challenges of the selected
// argument.
func (e *Editor) challengeArgumentItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{fyne.NewMenuItem("Undercut", e.addObjection)}
}
