package inspector

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/argmap"
)

// noScheme is the choice for an argument of no particular scheme.
const noScheme = "No scheme"

// schemeField chooses an argument's scheme from the catalogue
// (assets/schemes.json) and offers to ask its critical questions.
type schemeField struct {
	h       panel.Host
	cmd     *Commands
	id      argmap.ID
	sel     *widget.Select
	askB    *widget.Button
	byName  map[string]string // option → scheme ID
	setting bool
	box     fyne.CanvasObject
}

// newSchemeField offers the schemes of cmd's catalogue (nil: none) for
// argument id.
func newSchemeField(h panel.Host, cmd *Commands, id argmap.ID) *schemeField {
	f := &schemeField{h: h, cmd: cmd, id: id, byName: map[string]string{noScheme: ""}}
	opts := []string{noScheme}
	if cmd.Schemes != nil {
		for _, s := range cmd.Schemes.All() {
			opts = append(opts, s.Name)
			f.byName[s.Name] = s.ID
		}
	}
	f.sel = widget.NewSelect(opts, func(name string) {
		if f.setting {
			return
		}
		scheme, ok := f.byName[name]
		if a := h.Doc().Map().Argument(id); ok && a != nil && a.Scheme != scheme {
			_ = h.Do(argmap.SetScheme(id, scheme)) // a failure shows in the status line
		}
	})
	f.askB = widget.NewButton("Ask a Critical Question…", func() {
		h.SelectFrom([]argmap.ID{id}, nil)
		if cmd.Challenges != nil {
			cmd.Challenges.AskDialog()
		}
	})
	f.box = container.NewVBox(f.sel, f.askB)
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
	if len(questions(f.h, f.cmd, f.id)) > 0 {
		f.askB.Show()
	} else {
		f.askB.Hide()
	}
}

// questions lists the critical questions of argument id's scheme, worded
// with the argument's own claims (no "{E}" slots); none without a
// catalogue.
func questions(h panel.Host, cmd *Commands, id argmap.ID) []string {
	if cmd.Schemes == nil {
		return nil
	}
	return cmd.Schemes.QuestionTexts(h.Doc().Map(), id)
}
