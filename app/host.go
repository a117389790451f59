package app

import (
	"github.com/argmap/argmap/app/document"
	panelpkg "github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/argmap"
)

// host is what a panel sees of the editor (panel.Host): the document,
// Do/DoMerge, SelectFrom and Status. Panels hold a host, not the *Editor,
// so that none reaches into the editor's fields and each can move into a
// package of its own.
type host = panelpkg.Host

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
