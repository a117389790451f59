// Package panel holds what every panel of the editor (the inspector, the
// outline, the source pane, the challenge dialogs, …) sees of the editor
// around it: the Host. A panel in a package of its own takes a Host and,
// for a command of the editor it needs beyond that (opening a dialog,
// jumping to a card), a function given when it is built; so no panel
// reaches into the editor's fields and each can be tested alone with a
// small fake Host.
package panel

import (
	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
)

// Host is what a panel asks of the editor: the document, edits run through
// its history (a failure is reported in the status line and returned), the
// selection, and the status line.
type Host interface {
	// Doc returns the document being edited.
	Doc() *document.Document
	// Do runs an edit through the history; a failure shows in the status
	// line and is returned.
	Do(ed argmap.Edit) error
	// DoMerge merges ed into the previous undo entry of the same
	// non-empty key (typing into one field).
	DoMerge(ed argmap.Edit, key string) error
	// SelectFrom selects ids in every view but src, the panel where the
	// selection was made (nil: every view).
	SelectFrom(ids []argmap.ID, src any)
	// Status shows msg in the status line for a few seconds.
	Status(msg string)
}

// TextKey is the merge key of typing into one claim's text: the keystrokes
// of one stretch of typing become one undo step, the same key on the card's
// in-place editor and in the inspector.
func TextKey(id argmap.ID) string { return "text:" + id.String() }
