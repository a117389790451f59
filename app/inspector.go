package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// inspector is the side panel that shows and edits the selection: a claim,
// an argument, several things, or (with nothing selected) the map itself.
// A panel is built when the selection changes and updated in place after
// edits, so that a text field being typed into keeps its cursor and focus.
type inspector struct {
	h      host
	parts  inspectorParts
	scroll *container.Scroll
	box    fyne.CanvasObject
	key    string // what the current panel shows
	panel  panel
}

// panel is one kind of inspector content.
type panel interface {
	object() fyne.CanvasObject
	// update shows the model's current values; it reports false when what
	// it shows is gone.
	update() bool
}

// inspectorParts are what the inspector's panels embed from elsewhere in
// the editor (the sections shared with other panels, the command of a
// button), given as functions so that the inspector sees only its host.
type inspectorParts struct {
	challenges      func(box *fyne.Container, id argmap.ID, sig *string) // the Challenges section (challenge.go)
	suggestion      func(box *fyne.Container, id argmap.ID)              // who suggested it, Accept, Reject (suggestions.go)
	notes           func(id argmap.ID) *notesPanel                       // comments, tags, colour, links (notes.go)
	scheme          func(id argmap.ID) *schemeField                      // an argument's scheme (schemes.go)
	deleteSelection func()
}

func newInspector(h host, parts inspectorParts) *inspector {
	in := &inspector{h: h, parts: parts}
	in.scroll = container.NewVScroll(widget.NewLabel(""))
	in.box = in.scroll
	return in
}

func (in *inspector) widget() fyne.CanvasObject { return in.box }

// show displays the panel for sel, reusing the current one when it shows
// the same thing.
func (in *inspector) show(sel []argmap.ID) {
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
		in.panel = newMultiPanel(in.parts.deleteSelection, len(sel))
	case len(sel) == 1 && in.h.Doc().Map().Claim(sel[0]) != nil:
		in.panel = newClaimPanel(in.h, &in.parts, sel[0])
	case len(sel) == 1 && in.h.Doc().Map().Argument(sel[0]) != nil:
		in.panel = newArgPanel(in.h, &in.parts, sel[0])
	default:
		in.key = "map"
		in.panel = newMapPanel(in.h)
	}
	in.panel.update()
	in.scroll.Content = container.NewPadded(in.panel.object())
	in.scroll.Refresh()
	in.scroll.ScrollToTop()
}

// current returns the panel showing, for tests.
func (in *inspector) current() panel { return in.panel }

// mapPanel edits the map's title, source and authors.
type mapPanel struct {
	h                      host
	title, source, authors *widget.Entry
	counts                 *widget.Label
	setting                bool
	box                    fyne.CanvasObject
}

func newMapPanel(h host) *mapPanel {
	p := &mapPanel{h: h}
	p.title = widget.NewEntry()
	p.title.SetPlaceHolder("Title of the map")
	p.source = widget.NewMultiLineEntry()
	p.source.Wrapping = fyne.TextWrapWord
	p.source.SetMinRowsVisible(3)
	p.source.SetPlaceHolder("What the map analyses: an article, a URL…")
	p.authors = widget.NewEntry()
	p.authors.SetPlaceHolder("Names, separated by commas")
	p.counts = wrapped("")
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
	hint := wrapped("Select a card on the map or in the outline to see and edit it here. " +
		"Double-click empty space to add a claim; right-click a card for its actions.")
	hint.Importance = widget.LowImportance
	p.box = container.NewVBox(
		heading("Map"),
		widget.NewLabel("Title"), p.title,
		widget.NewLabel("Source"), p.source,
		widget.NewLabel("Authors"), p.authors,
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
		plural(len(mp.Claims), "claim", "claims"), plural(len(mp.Arguments), "argument", "arguments")))
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
		heading(fmt.Sprintf("%d items selected", n)),
		wrapped("Drag any of them to move them together."),
		del,
	)}
}

func (p *multiPanel) object() fyne.CanvasObject { return p.box }
func (p *multiPanel) update() bool              { return true }

// roleTitle names a role for people.
func roleTitle(r argmap.Role) string {
	switch r {
	case argmap.RoleMain:
		return "Main claim"
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
