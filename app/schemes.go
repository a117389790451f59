package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// noScheme is the choice for an argument of no particular scheme.
const noScheme = "No scheme"

// schemeField chooses an argument's scheme from the catalogue
// (assets/schemes.json) and offers to ask its critical questions.
type schemeField struct {
	e       *Editor
	id      argmap.ID
	sel     *widget.Select
	ask     *widget.Button
	byName  map[string]string // option → scheme ID
	setting bool
	box     fyne.CanvasObject
}

func newSchemeField(e *Editor, id argmap.ID) *schemeField {
	f := &schemeField{e: e, id: id, byName: map[string]string{noScheme: ""}}
	opts := []string{noScheme}
	if e.schemes != nil {
		for _, s := range e.schemes.All() {
			opts = append(opts, s.Name)
			f.byName[s.Name] = s.ID
		}
	}
	f.sel = widget.NewSelect(opts, func(name string) {
		if f.setting {
			return
		}
		scheme, ok := f.byName[name]
		if a := e.doc.Map().Argument(id); ok && a != nil && a.Scheme != scheme {
			e.do(argmap.SetScheme(id, scheme))
		}
	})
	f.ask = widget.NewButton("Ask a Critical Question…", func() {
		e.Select([]argmap.ID{id})
		e.askCriticalQuestionDialog()
	})
	f.box = container.NewVBox(f.sel, f.ask)
	return f
}

func (f *schemeField) object() fyne.CanvasObject { return f.box }

// update shows scheme, adding an option for a scheme the catalogue lacks
// (a file from elsewhere may name one).
func (f *schemeField) update(scheme string) {
	f.setting = true
	defer func() { f.setting = false }()
	name := noScheme
	for n, id := range f.byName {
		if id == scheme {
			name = n
		}
	}
	if scheme != "" && name == noScheme {
		name = scheme + " (not in the catalogue)"
		f.byName[name] = scheme
		f.sel.Options = append(f.sel.Options, name)
	}
	if f.sel.Selected != name {
		f.sel.SetSelected(name)
	}
	if len(f.e.criticalQuestions(f.id)) > 0 {
		f.ask.Show()
	} else {
		f.ask.Hide()
	}
}
