package inspector

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// notesPanel shows and edits the annotations of a claim or an argument:
// tags, colour, comments and links.
type notesPanel struct {
	h   panel.Host
	cmd *Commands
	id  argmap.ID

	tags, comments, links *fyne.Container
	tagEntry, linkEntry   *widget.Entry
	commentEntry          *widget.Entry
	private               *widget.Check // the next comment is a private rubric remark
	add                   *widget.Button
	swatches              []*swatch
	custom                *swatch
	shown                 string // signature of the annotations shown
	box                   fyne.CanvasObject
}

func newNotesPanel(h panel.Host, cmd *Commands, id argmap.ID) *notesPanel {
	p := &notesPanel{h: h, cmd: cmd, id: id}
	p.tags = container.New(&flowLayout{})
	p.tagEntry = widget.NewEntry()
	p.tagEntry.SetPlaceHolder("Add a tag and press Enter")
	p.tagEntry.OnSubmitted = func(s string) {
		if t := strings.TrimSpace(s); t != "" {
			_ = h.DoMerge(argmap.AddTag(h.Doc().Map(), id, t), "") // a failure shows in the status line
		}
		p.tagEntry.SetText("")
	}

	colours := container.New(&flowLayout{})
	for _, c := range palette {
		s := newSwatch(c.name, c.hex, func(hex string) { setColor(h, id, hex) })
		p.swatches = append(p.swatches, s)
		colours.Add(s)
	}
	// A colour from a file that is not in the palette gets a swatch of its
	// own, so that it shows as chosen and can be chosen again after a change.
	p.custom = newSwatch("Custom", "", func(hex string) { setColor(h, id, hex) })
	p.custom.Hide()
	colours.Add(p.custom)

	p.comments = container.NewVBox()
	p.commentEntry = widget.NewMultiLineEntry()
	p.commentEntry.Wrapping = fyne.TextWrapWord
	p.commentEntry.SetMinRowsVisible(2)
	p.commentEntry.SetPlaceHolder("Write a comment")
	// The box stays ticked after a comment is added: a teacher grading a
	// map writes several rubric remarks in a row.
	p.private = widget.NewCheck(PrivateMark, nil)
	add := func() {
		addComment(h, cmd.Author(), id, p.commentEntry.Text, p.private.Checked)
		p.commentEntry.SetText("")
	}
	p.add = widget.NewButtonWithIcon("Add Comment", theme.ContentAddIcon(), add)
	// Enter breaks a comment's line; Shift+Enter, Fyne's submit key of a
	// multi-line field, adds it (the mouse was the only way).
	p.commentEntry.OnSubmitted = func(string) { add() }

	p.links = container.NewVBox()
	p.linkEntry = widget.NewEntry()
	p.linkEntry.SetPlaceHolder("https://…")
	p.linkEntry.OnSubmitted = func(s string) {
		if addLink(h, id, s) {
			p.linkEntry.SetText("")
		}
	}

	p.box = container.NewVBox(
		widgets.Heading("Tags"), p.tags, cmd.field(p.tagEntry),
		widgets.Heading("Colour"), colours,
		widgets.Heading("Comments"), p.comments, cmd.field(p.commentEntry),
		container.NewHBox(p.add, p.private),
		widgets.Heading("Links"), p.links, cmd.field(p.linkEntry),
	)
	return p
}

func (p *notesPanel) object() fyne.CanvasObject { return p.box }

// update shows a; lists are rebuilt only when they changed.
func (p *notesPanel) update(a argmap.Annotations) {
	inPalette := false
	for _, s := range p.swatches {
		sel := s.hex == a.Color
		inPalette = inPalette || sel
		if s.selected != sel {
			s.selected = sel
			s.Refresh()
		}
	}
	if _, ok := parseHex(a.Color); ok && !inPalette {
		p.custom.hex, p.custom.selected = a.Color, true
		p.custom.Show()
		p.custom.Refresh()
	} else if p.custom.hex != "" {
		p.custom.selected = false
		p.custom.Refresh()
	}
	sig := fmt.Sprintf("%q|%v|%q", a.Tags, a.Comments, a.Links)
	if sig == p.shown {
		return
	}
	p.shown = sig
	h, id := p.h, p.id

	p.tags.RemoveAll()
	for _, t := range a.Tags {
		b := widget.NewButtonWithIcon(t, theme.CancelIcon(), func() { _ = h.DoMerge(argmap.RemoveTag(h.Doc().Map(), id, t), "") })
		b.IconPlacement = widget.ButtonIconTrailingText
		b.Importance = widget.LowImportance
		p.tags.Add(b)
	}
	if len(a.Tags) == 0 {
		p.tags.Add(widgets.Low("No tags."))
	}

	p.comments.RemoveAll()
	for _, c := range a.Comments {
		p.comments.Add(p.commentCard(c))
	}
	if len(a.Comments) == 0 {
		p.comments.Add(widgets.Low("No comments."))
	}

	p.links.RemoveAll()
	for i, l := range a.Links {
		link := widget.NewHyperlink(l, nil)
		link.Truncation = fyne.TextTruncateEllipsis
		link.OnTapped = func() { p.cmd.OpenLink(l) }
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			links := slices.Delete(slices.Clone(a.Links), i, i+1)
			_ = h.Do(argmap.SetLinks(h.Doc().Map(), id, links))
		})
		del.Importance = widget.LowImportance
		p.links.Add(container.NewBorder(nil, nil, nil, del, link))
	}
	p.tags.Refresh()
	p.comments.Refresh()
	p.links.Refresh()
}

// commentCard shows one comment with its author and time, and buttons to
// edit or delete it.
func (p *notesPanel) commentCard(c argmap.Comment) fyne.CanvasObject {
	h, id := p.h, p.id
	who := c.Author
	if who == "" {
		who = "Someone"
	}
	when := ""
	if !c.Time.IsZero() {
		when = " · " + c.Time.Local().Format("2 Jan 2006 15:04")
	}
	meta := widget.NewLabelWithStyle(who+when, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	meta.Importance = widget.LowImportance
	// The eye button shows whether a student sees the comment and
	// switches it; a private one is crossed out and marked in words.
	eye := theme.VisibilityIcon()
	if c.Private {
		eye = theme.VisibilityOffIcon()
		meta.SetText(PrivateMark + " · " + meta.Text)
		meta.Importance = widget.WarningImportance
	}
	vis := widget.NewButtonWithIcon("", eye, func() {
		_ = h.DoMerge(argmap.SetCommentPrivate(h.Doc().Map(), id, c.ID, !c.Private), "")
	})
	vis.Importance = widget.LowImportance
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { editComment(h, p.cmd.Window, id, c) })
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { _ = h.DoMerge(argmap.DeleteComment(h.Doc().Map(), id, c.ID), "") })
	del.Importance = widget.LowImportance
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(vis, edit, del), meta),
		widgets.Wrapped(c.Text),
	)
}

// PrivateMark names a private comment in the inspector: a teacher's rubric
// remark that no export shows until it is released.
const PrivateMark = "Private (rubric)"

// setColor colours a claim or an argument of h's map ("" for its role's
// colour).
func setColor(h panel.Host, id argmap.ID, hex string) {
	if ann, ok := annotations(h.Doc().Map(), id); ok && ann.Color != hex {
		_ = h.DoMerge(argmap.SetColor(h.Doc().Map(), id, hex), "")
	}
}

// annotations returns the annotations of a claim or an argument of m.
func annotations(m *argmap.Map, id argmap.ID) (argmap.Annotations, bool) {
	if c := m.Claim(id); c != nil {
		return c.Annotations, true
	}
	if a := m.Argument(id); a != nil {
		return a.Annotations, true
	}
	return argmap.Annotations{}, false
}

// addComment adds a comment to h's map, signed by author, private (a
// rubric remark left out of what a student receives) or not.
func addComment(h panel.Host, author string, id argmap.ID, text string, private bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	_ = h.DoMerge(argmap.AddComment(h.Doc().Map(), id, argmap.Comment{
		ID: h.Doc().Mint().ID(), Author: author, Time: h.Doc().Mint().Now().UTC().Truncate(time.Second), Text: text,
		Private: private,
	}), "")
}

// editComment asks, in a dialog on win, for a comment's new text.
func editComment(h panel.Host, win fyne.Window, id argmap.ID, c argmap.Comment) {
	en := widgets.NewEscapeMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetText(c.Text)
	en.SetMinRowsVisible(4)
	d := dialog.NewForm("Edit Comment", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("", en)},
		func(ok bool) {
			if t := strings.TrimSpace(en.Text); ok && t != "" && t != c.Text {
				_ = h.DoMerge(argmap.EditComment(h.Doc().Map(), id, c.ID, t), "") // a failure shows in the status line
			}
		}, win)
	en.OnEscape = d.Hide // the field has the keyboard: Escape cancels as elsewhere
	d.Resize(fyne.NewSize(480, 260))
	d.Show()
}

// SafeLink reports whether s is a link Argmap will keep and open: an
// absolute http or https URL with a host.
func SafeLink(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// addLink adds a link to a claim or argument of h's map after checking it
// is http or https; it reports whether the link is there now.
func addLink(h panel.Host, id argmap.ID, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if !SafeLink(s) {
		h.Status("Only http and https links can be added: " + s)
		return false
	}
	ann, ok := annotations(h.Doc().Map(), id)
	if !ok || slices.Contains(ann.Links, s) {
		return ok
	}
	return h.Do(argmap.SetLinks(h.Doc().Map(), id, append(slices.Clone(ann.Links), s))) == nil
}
