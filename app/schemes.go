package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// schemeField edits an argument's scheme: free text until the scheme
// catalogue is available.
type schemeField struct {
	e       *Editor
	id      argmap.ID
	entry   *widget.Entry
	setting bool
}

func newSchemeField(e *Editor, id argmap.ID) *schemeField {
	f := &schemeField{e: e, id: id}
	f.entry = widget.NewEntry()
	f.entry.SetPlaceHolder("e.g. expert-opinion")
	f.entry.OnChanged = func(s string) {
		if !f.setting {
			e.doMerge(argmap.SetScheme(id, s), "scheme:"+id.String())
		}
	}
	return f
}

func (f *schemeField) object() fyne.CanvasObject { return f.entry }

func (f *schemeField) update(scheme string) {
	f.setting = true
	setEntry(f.entry, scheme)
	f.setting = false
}
