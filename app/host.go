package app

import (
	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
)

// host is what a panel (the outline, the inspector, the Find dialog, the
// Suggestions panel, …) asks of the editor around it: the document, edits
// run through its history (a failure is reported in the status line and
// returned), the selection, and the status line. Panels hold a host, not
// the *Editor, so that none reaches into the editor's fields and each can
// move into a package of its own; what a panel needs beyond this (a
// command of the editor, such as opening a dialog) it gets as a function
// when it is built.
type host interface {
	Doc() *document.Document
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

var _ host = (*Editor)(nil)

// Doc returns the document being edited.
func (e *Editor) Doc() *document.Document { return e.doc }

// Do runs an edit through the history; a failure shows in the status line
// and is returned.
func (e *Editor) Do(ed argmap.Edit) error { return e.do(ed) }

// DoMerge is Do, merging into the previous undo entry of the same
// non-empty key.
func (e *Editor) DoMerge(ed argmap.Edit, key string) error { return e.doMerge(ed, key) }

// SelectFrom selects ids in every view but src.
func (e *Editor) SelectFrom(ids []argmap.ID, src any) { e.selectFrom(ids, src) }

// Status shows msg in the status line.
func (e *Editor) Status(msg string) { e.status.message(msg) }
