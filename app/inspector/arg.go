package inspector

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// Polarity choices as people say them.
const (
	polPro = "Supports its target (pro)"
	polCon = "Opposes its target (con)"
)

// argPanel shows and edits one argument: polarity, scheme, premises,
// target and notes.
type argPanel struct {
	h        panel.Host
	cmd      *Commands
	id       argmap.ID
	role     *widget.Label
	bar      *canvas.Rectangle
	polarity *widget.Select
	scheme   *schemeField
	premises *fyne.Container
	target   *fyne.Container
	eval     *widget.Label
	notes    *notesPanel
	chal     *fyne.Container
	chalSig  string
	sugg     *fyne.Container // who suggested it, Accept, Reject (Commands.Suggestion)
	setting  bool
	shown    string
	box      fyne.CanvasObject
}

func newArgPanel(h panel.Host, cmd *Commands, id argmap.ID) *argPanel {
	p := &argPanel{h: h, cmd: cmd, id: id}
	doc := h.Doc()
	p.role = widgets.Heading("")
	p.bar = canvas.NewRectangle(color.Transparent)
	p.bar.SetMinSize(fyne.NewSize(6, 6))
	p.bar.CornerRadius = 3
	p.polarity = widget.NewSelect([]string{polPro, polCon}, func(s string) {
		if p.setting {
			return
		}
		pol := argmap.Pro
		if s == polCon {
			pol = argmap.Con
		}
		if a := doc.Map().Argument(id); a != nil && a.Polarity != pol {
			_ = h.Do(argmap.SetPolarity(id, pol)) // a failure shows in the status line
		}
	})
	p.scheme = newSchemeField(h, cmd, id)
	p.premises = container.NewVBox()
	p.target = container.NewVBox()
	p.eval = widgets.Wrapped("")
	p.eval.Hide()
	p.notes = newNotesPanel(h, cmd, id)
	p.chal = container.NewVBox()
	p.sugg = container.NewVBox()
	p.box = container.NewVBox(
		container.NewBorder(nil, nil, p.bar, nil, p.role),
		p.sugg,
		p.polarity,
		p.eval,
		widgets.Heading("Scheme"), p.scheme.object(),
		widgets.Heading("Premises"), p.premises,
		widgets.Heading("Target"), p.target,
		widget.NewSeparator(),
		widgets.Heading("Challenges"), p.chal,
		widget.NewSeparator(),
		p.notes.object(),
	)
	return p
}

func (p *argPanel) object() fyne.CanvasObject { return p.box }

func (p *argPanel) update() bool {
	doc := p.h.Doc()
	m := doc.Map()
	a := m.Argument(p.id)
	if a == nil {
		return false
	}
	p.setting = true
	defer func() { p.setting = false }()
	r := doc.Roles()[p.id]
	p.role.SetText(roleTitle(r))
	p.bar.FillColor = theme.Color(theme.ColorNameSuccess)
	if a.Polarity == argmap.Con {
		p.bar.FillColor = theme.Color(theme.ColorNameError)
	}
	p.bar.Refresh()
	want := polPro
	if a.Polarity == argmap.Con {
		want = polCon
	}
	if p.polarity.Selected != want {
		p.polarity.SetSelected(want)
	}
	showReason(doc, p.eval, p.id)
	p.cmd.Suggestion(p.sugg, p.id)
	p.scheme.update(a.Scheme)

	// Premises and target: buttons that select them; a premise can be
	// taken out of a linked argument.
	sig := ""
	for _, id := range a.Premises {
		sig += id.String() + widgets.ItemLabel(m, id)
	}
	sig += "→" + a.Target.String() + widgets.ItemLabel(m, a.Target)
	if sig != p.shown {
		p.shown = sig
		p.premises.RemoveAll()
		for _, pid := range a.Premises {
			row := p.linkButton(pid)
			if len(a.Premises) > 1 {
				rm := widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), func() {
					_ = p.h.Do(argmap.RemovePremise(p.id, pid))
				})
				rm.Importance = widget.LowImportance
				row = container.NewBorder(nil, nil, nil, rm, row)
			}
			p.premises.Add(row)
		}
		p.target.RemoveAll()
		p.target.Add(p.linkButton(a.Target))
	}
	updateChallenges(p.h, p.cmd, p.chal, p.id, &p.chalSig)
	p.notes.update(a.Annotations)
	return true
}

// linkButton is a button naming a claim or argument that selects it.
func (p *argPanel) linkButton(id argmap.ID) fyne.CanvasObject {
	b := widget.NewButton(widgets.Shorten(widgets.ItemLabel(p.h.Doc().Map(), id), 44), func() { p.h.SelectFrom([]argmap.ID{id}, nil) })
	b.Alignment = widget.ButtonAlignLeading
	// Framed, with the arrow of a jump: a frameless button read as one
	// more bold heading under "Premises" and "Target".
	b.Icon = theme.NavigateNextIcon()
	return b
}
