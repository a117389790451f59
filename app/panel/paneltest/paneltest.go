// Package paneltest is a fake panel.Host for the tests of the panels in
// packages of their own: a real document (its history, selection and
// evaluation) and the status line as a list, so that a panel is tested
// alone, without the editor.
package paneltest

import (
	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/argmap"
)

// Host is the editor as far as a panel sees it.
type Host struct {
	Document *document.Document
	// Statuses are the status messages shown, oldest first; a failed
	// edit shows as "Error: " and its message, as in the editor.
	Statuses []string
	// Selected, when set, runs after SelectFrom has selected ids in the
	// document (a test's way to show the selection again, as the
	// editor does in every view but src).
	Selected func(ids []argmap.ID, src any)
}

var _ panel.Host = (*Host)(nil)

// New is a Host on a document of m, unsaved.
func New(m *argmap.Map) *Host { return &Host{Document: document.New(m, "", nil)} }

// Doc returns the document.
func (h *Host) Doc() *document.Document { return h.Document }

// Do runs ed on the document's history.
func (h *Host) Do(ed argmap.Edit) error { return h.DoMerge(ed, "") }

// DoMerge runs ed, merged into the previous undo entry of the same
// non-empty key; a failure is shown as a status and returned.
func (h *Host) DoMerge(ed argmap.Edit, key string) error {
	err := h.Document.DoMerge(ed, key)
	if err != nil {
		h.Status("Error: " + err.Error())
	}
	return err
}

// SelectFrom selects ids in the document, then calls Selected.
func (h *Host) SelectFrom(ids []argmap.ID, src any) {
	h.Document.Select(ids...)
	if h.Selected != nil {
		h.Selected(ids, src)
	}
}

// Status records msg.
func (h *Host) Status(msg string) { h.Statuses = append(h.Statuses, msg) }
