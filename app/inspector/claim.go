package inspector

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// The assessment choices, in the order shown.
var assessments = []struct {
	label string
	a     argmap.Assessment
}{
	{"Not assessed", argmap.Unassessed},
	{"Accepted", argmap.Accepted},
	{"Questioned", argmap.Questioned},
	{"Rejected", argmap.Rejected},
}

// claimPanel shows and edits one claim.
type claimPanel struct {
	h       panel.Host
	cmd     *Commands
	id      argmap.ID
	role    *widget.Label
	bar     *canvas.Rectangle
	text    *widget.Entry
	assess  *widget.Select
	eval    *widget.Label
	anchor  *widget.Label
	notes   *notesPanel
	chal    *fyne.Container
	chalSig string
	sugg    *fyne.Container // who suggested it, Accept, Reject (Commands.Suggestion)
	setting bool
	box     fyne.CanvasObject
}

func newClaimPanel(h panel.Host, cmd *Commands, id argmap.ID) *claimPanel {
	p := &claimPanel{h: h, cmd: cmd, id: id}
	p.role = widgets.Heading("")
	p.bar = canvas.NewRectangle(color.Transparent)
	p.bar.SetMinSize(fyne.NewSize(6, 6))
	p.bar.CornerRadius = 3

	p.text = widget.NewMultiLineEntry()
	p.text.Wrapping = fyne.TextWrapWord
	p.text.SetMinRowsVisible(4)
	p.text.SetPlaceHolder("What the claim says")
	p.text.OnChanged = func(s string) {
		if !p.setting {
			_ = h.DoMerge(argmap.SetText(id, s), panel.TextKey(id)) // a failure shows in the status line
		}
	}

	labels := make([]string, len(assessments))
	for i, a := range assessments {
		labels[i] = a.label
	}
	p.assess = widget.NewSelect(labels, func(s string) {
		if p.setting {
			return
		}
		for _, a := range assessments {
			if a.label == s {
				if c := h.Doc().Map().Claim(id); c != nil && c.Assessment != a.a {
					_ = h.Do(argmap.Assess(id, a.a))
				}
			}
		}
	})
	p.eval = widgets.Wrapped("")
	p.eval.Hide()
	p.anchor = widgets.Wrapped("")
	p.anchor.Importance = widget.LowImportance
	p.notes = newNotesPanel(h, cmd, id)
	p.chal = container.NewVBox()

	p.sugg = container.NewVBox()
	p.box = container.NewVBox(
		container.NewBorder(nil, nil, p.bar, nil, p.role),
		p.sugg,
		cmd.field(p.text),
		widget.NewLabel("Assessment"), p.assess,
		p.eval,
		widget.NewSeparator(),
		widgets.Heading("Challenges"), p.chal,
		widget.NewSeparator(),
		p.notes.object(),
		widget.NewSeparator(),
		widgets.Heading("Source passage"), p.anchor,
	)
	return p
}

func (p *claimPanel) object() fyne.CanvasObject { return p.box }

func (p *claimPanel) update() bool {
	doc := p.h.Doc()
	c := doc.Map().Claim(p.id)
	if c == nil {
		return false
	}
	p.setting = true
	defer func() { p.setting = false }()
	r := doc.Roles()[p.id]
	p.role.SetText(roleTitle(r))
	p.bar.FillColor = scene.RoleColor(r)
	p.bar.Refresh()
	setEntry(p.text, c.Text)
	for _, a := range assessments {
		if a.a == c.Assessment && p.assess.Selected != a.label {
			p.assess.SetSelected(a.label)
		}
	}
	showReason(doc, p.eval, p.id)
	p.cmd.Suggestion(p.sugg, p.id)
	p.anchor.SetText(anchorText(doc.Map(), c.Anchor))
	updateChallenges(p.h, p.cmd, p.chal, p.id, &p.chalSig)
	p.notes.update(c.Annotations)
	return true
}

// anchorText describes where a claim came from in its source.
func anchorText(m *argmap.Map, a *argmap.Anchor) string {
	if a == nil {
		return "Not tied to a passage of a source."
	}
	where := "the source"
	if s := m.Source(a.Source); s != nil {
		where = s.Name
	}
	text := where
	if a.Paragraph != "" {
		text += ", " + a.Paragraph
	}
	text += fmt.Sprintf(" (bytes %d–%d)", a.Offset, a.Offset+a.Length)
	if a.Quote != "" {
		text += "\n“" + a.Quote + "”"
	}
	return text
}
