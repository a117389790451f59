package app

import (
	"github.com/argmap/argmap/app/find"
	"github.com/argmap/argmap/argmap"
)

// showFind opens the Find dialog (Ctrl+F), which searches the claims'
// text, comments and tags as the user types; it opens with the last
// query.
func (e *Editor) showFind() {
	last := ""
	if e.finder != nil {
		last = e.finder.Query()
	}
	e.finder = find.Show(e, e.win, last, e.jumpTo)
}

// jumpTo selects id and scrolls the canvas to it, showing it first if a
// focus or a collapsed branch hid it.
func (e *Editor) jumpTo(id argmap.ID) {
	if !e.exists(id) {
		return
	}
	e.ensureShown(id)
	e.Select([]argmap.ID{id})
	e.view.Reveal(id)
}
