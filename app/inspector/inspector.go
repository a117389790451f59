// Package inspector is the editor's side panel that shows and edits the
// selection: a claim, an argument, several things, or (with nothing
// selected) the map itself, with the notes (tags, colour, comments,
// links), an argument's scheme and the challenges on what it shows.
//
// It sees the editor through a panel.Host and the few Commands given when
// it is built (the challenge commands, who is writing, opening a link), so
// it builds and tests without the editor.
package inspector

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Inspector is the side panel that shows and edits the selection. A panel
// is built when the selection changes and updated in place after edits, so
// that a text field being typed into keeps its cursor and focus.
type Inspector struct {
	h      panel.Host
	cmd    Commands
	scroll *container.Scroll
	key    string // what the current panel shows
	panel  content
}

// Commands are what the inspector asks of the editor beyond its Host.
// Nil functions do nothing.
type Commands struct {
	// Window is where the inspector's dialogs (Edit Comment) open.
	Window fyne.Window
	// Schemes is the scheme catalogue an argument's scheme is chosen from
	// (nil: none).
	Schemes *argmap.Schemes
	// Challenges are the challenge commands of the Challenges section and
	// of the scheme's Ask button.
	Challenges Challenges
	// Author is who writes a comment or withdraws a challenge.
	Author func() string
	// OpenLink opens a link of the notes in the browser.
	OpenLink func(link string)
	// Suggestion fills box with who suggested id, Accept and Reject, or
	// empties it for an accepted item.
	Suggestion func(box *fyne.Container, id argmap.ID)
	// DeleteSelection deletes the selected things (several selected).
	DeleteSelection func()

	// wheel is the inspector's scroll container, where its text fields
	// pass the mouse wheel on (New sets it).
	wheel *container.Scroll
}

// fieldRows is how many lines a text field of the inspector grows to
// before its text scrolls in the field.
const fieldRows = 12

// field wraps a text field of the inspector so that the mouse wheel over
// it scrolls the inspector (widgets.Field says why).
func (cmd *Commands) field(e *widget.Entry) fyne.CanvasObject {
	return widgets.NewField(e, cmd.wheel, fieldRows)
}

// Challenges are the challenge commands the inspector calls (package
// app/challenge has them).
type Challenges interface {
	// Describe is one line on a challenge: kind, who, when, status.
	Describe(ch *argmap.Challenge) string
	// Answer asks for an answer to challenge ch.
	Answer(ch argmap.ID)
	// Rebut answers objection or undercut ch with a rebuttal.
	Rebut(ch argmap.ID)
	// AskDialog lets the user pick a critical question of the selected
	// argument's scheme.
	AskDialog()
}

// content is one kind of inspector content.
type content interface {
	object() fyne.CanvasObject
	// update shows the model's current values; it reports false when what
	// it shows is gone.
	update() bool
}

// New builds an inspector of h's document; Show fills it.
func New(h panel.Host, cmd Commands) *Inspector {
	if cmd.Author == nil {
		cmd.Author = func() string { return "" }
	}
	if cmd.OpenLink == nil {
		cmd.OpenLink = func(string) {}
	}
	if cmd.Suggestion == nil {
		cmd.Suggestion = func(*fyne.Container, argmap.ID) {}
	}
	if cmd.DeleteSelection == nil {
		cmd.DeleteSelection = func() {}
	}
	in := &Inspector{h: h, cmd: cmd}
	in.scroll = container.NewVScroll(widget.NewLabel(""))
	in.cmd.wheel = in.scroll
	return in
}

// Widget is the inspector's widget, for the editor's window.
func (in *Inspector) Widget() fyne.CanvasObject { return in.scroll }

// Show displays the panel for sel, reusing the current one when it shows
// the same thing (after an edit: it shows the new values in place).
func (in *Inspector) Show(sel []argmap.ID) {
	key := "map"
	switch {
	case len(sel) == 1:
		key = sel[0].String()
	case len(sel) > 1:
		key = fmt.Sprintf("multi:%d", len(sel))
	}
	if key == in.key && in.panel != nil && in.panel.update() {
		return
	}
	in.key = key
	switch {
	case len(sel) > 1:
		in.panel = newMultiPanel(in.cmd.DeleteSelection, len(sel))
	case len(sel) == 1 && in.h.Doc().Map().Claim(sel[0]) != nil:
		in.panel = newClaimPanel(in.h, &in.cmd, sel[0])
	case len(sel) == 1 && in.h.Doc().Map().Argument(sel[0]) != nil:
		in.panel = newArgPanel(in.h, &in.cmd, sel[0])
	default:
		in.key = "map"
		in.panel = newMapPanel(in.h, &in.cmd)
	}
	in.panel.update()
	in.scroll.Content = container.NewPadded(in.panel.object())
	in.scroll.Refresh()
	in.scroll.ScrollToTop()
}

// mapPanel edits the map's title, source and authors.
type mapPanel struct {
	h                      panel.Host
	title, source, authors *widget.Entry
	counts                 *widget.Label
	setting                bool
	box                    fyne.CanvasObject
}

func newMapPanel(h panel.Host, cmd *Commands) *mapPanel {
	p := &mapPanel{h: h}
	p.title = widget.NewEntry()
	p.title.SetPlaceHolder("Title of the map")
	p.source = widget.NewMultiLineEntry()
	p.source.Wrapping = fyne.TextWrapWord
	p.source.SetMinRowsVisible(3)
	p.source.SetPlaceHolder("What the map analyses: an article, a URL…")
	p.authors = widget.NewEntry()
	p.authors.SetPlaceHolder("Names, separated by commas")
	p.counts = widgets.Wrapped("")
	edit := func(field string, fn func(*argmap.Meta)) func(string) {
		return func(string) {
			if p.setting {
				return
			}
			meta := h.Doc().Map().Meta
			meta.Authors = append([]string(nil), meta.Authors...)
			fn(&meta)
			_ = h.DoMerge(argmap.SetMeta(meta), "meta:"+field) // a failure shows in the status line
		}
	}
	p.title.OnChanged = edit("title", func(m *argmap.Meta) { m.Title = p.title.Text })
	p.source.OnChanged = edit("source", func(m *argmap.Meta) { m.Source = p.source.Text })
	p.authors.OnChanged = edit("authors", func(m *argmap.Meta) { m.Authors = splitList(p.authors.Text) })
	hint := widgets.Wrapped("Select a card on the map or in the outline to see and edit it here. " +
		"Double-click empty space to add a claim; right-click a card for its actions.")
	hint.Importance = widget.LowImportance
	p.box = container.NewVBox(
		widgets.Heading("Map"),
		widget.NewLabel("Title"), cmd.field(p.title),
		widget.NewLabel("Source"), cmd.field(p.source),
		widget.NewLabel("Authors"), cmd.field(p.authors),
		widget.NewSeparator(),
		p.counts,
		hint,
	)
	return p
}

func (p *mapPanel) object() fyne.CanvasObject { return p.box }

func (p *mapPanel) update() bool {
	p.setting = true
	defer func() { p.setting = false }()
	mp := p.h.Doc().Map()
	m := mp.Meta
	setEntry(p.title, m.Title)
	setEntry(p.source, m.Source)
	if strings.Join(splitList(p.authors.Text), ", ") != strings.Join(m.Authors, ", ") {
		p.authors.SetText(strings.Join(m.Authors, ", "))
	}
	p.counts.SetText(fmt.Sprintf("%s and %s.",
		widgets.Plural(len(mp.Claims), "claim", "claims"), widgets.Plural(len(mp.Arguments), "argument", "arguments")))
	return true
}

// setEntry sets an entry's text only when it differs, so that an entry
// being typed into keeps its cursor.
func setEntry(en *widget.Entry, text string) {
	if en.Text != text {
		en.SetText(text)
	}
}

// splitList splits a comma-separated list and drops empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// multiPanel is shown when several things are selected.
type multiPanel struct {
	box fyne.CanvasObject
}

func newMultiPanel(deleteSelection func(), n int) *multiPanel {
	del := widget.NewButton("Delete Selection", deleteSelection)
	return &multiPanel{box: container.NewVBox(
		widgets.Heading(fmt.Sprintf("%d items selected", n)),
		widgets.Wrapped("Drag any of them to move them together."),
		del,
	)}
}

func (p *multiPanel) object() fyne.CanvasObject { return p.box }
func (p *multiPanel) update() bool              { return true }

// roleTitle names a role for people.
func roleTitle(r argmap.Role) string {
	switch r {
	case argmap.RoleMain:
		return "Main conclusion"
	case argmap.RoleConclusion:
		return "Conclusion"
	case argmap.RolePremise:
		return "Premise (a reason)"
	case argmap.RoleObjection:
		return "Objection"
	case argmap.RoleRebuttal:
		return "Rebuttal"
	case argmap.RoleUndercutter:
		return "Undercutter"
	case argmap.RoleSupport:
		return "Supporting argument"
	case argmap.RoleAttack:
		return "Objecting argument"
	}
	return "Claim (not connected)"
}

// showReason shows the evaluation of id in l, coloured by its label, or
// hides l when the overlay is off.
func showReason(d *document.Document, l *widget.Label, id argmap.ID) {
	reason := d.Reason(id)
	if reason == "" {
		l.Hide()
		return
	}
	switch d.Labels().Label(id) {
	case eval.In:
		l.Importance = widget.SuccessImportance
	case eval.Out:
		l.Importance = widget.DangerImportance
	default:
		l.Importance = widget.WarningImportance
	}
	l.SetText(reason)
	l.Show()
}
