package app

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/inspector"
	"github.com/argmap/argmap/argmap"
)

// newInspector builds the inspector (app/inspector) with the editor's
// commands it shows: the challenges, the suggestion box, opening a link.
func (e *Editor) newInspector() *inspector.Inspector {
	return inspector.New(e, inspector.Commands{
		Window:          e.win,
		Schemes:         e.schemes,
		Challenges:      e.chal,
		Author:          e.author,
		OpenLink:        e.openLink,
		Suggestion:      func(box *fyne.Container, id argmap.ID) { e.sugg.showIn(box, id) },
		DeleteSelection: e.deleteSelection,
	})
}

// releasePrivate makes every private comment of the map public, in one
// undo step (Edit › Release Private Comments).
func (e *Editor) releasePrivate() {
	ed := argmap.ReleasePrivate(e.doc.Map())
	if ed == nil {
		e.status.message("No private comments to release.")
		return
	}
	if e.do(ed) == nil {
		e.status.message("Private comments released: exports show them from now on.")
	}
}

// openLink opens an http or https link in the browser, on the user's
// click only; anything else a file may hold is refused.
func (e *Editor) openLink(s string) {
	if !inspector.SafeLink(s) {
		e.status.message("Not opened: only http and https links open")
		return
	}
	u, _ := url.Parse(strings.TrimSpace(s))
	if err := e.app.OpenURL(u); err != nil {
		e.status.message("Could not open the link: " + err.Error())
	}
}
