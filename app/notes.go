package app

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

	"github.com/argmap/argmap/argmap"
)

// notesPanel shows and edits the annotations of a claim or an argument:
// tags, colour, comments and links.
type notesPanel struct {
	h   host
	cmd notesCommands
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

// notesCommands are what the notes panel asks of the editor beyond its
// host: who is writing, and the commands that open a dialog or a browser.
type notesCommands struct {
	author      func() string
	editComment func(id argmap.ID, c argmap.Comment)
	openLink    func(s string)
}

// notesFor builds the notes panel of id in e.
func (e *Editor) notesFor(id argmap.ID) *notesPanel {
	return newNotesPanel(e, notesCommands{author: e.author, editComment: e.editComment, openLink: e.openLink}, id)
}

func newNotesPanel(h host, cmd notesCommands, id argmap.ID) *notesPanel {
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
	p.private = widget.NewCheck(privateMark, nil)
	p.add = widget.NewButtonWithIcon("Add Comment", theme.ContentAddIcon(), func() {
		addComment(h, cmd.author(), id, p.commentEntry.Text, p.private.Checked)
		p.commentEntry.SetText("")
	})

	p.links = container.NewVBox()
	p.linkEntry = widget.NewEntry()
	p.linkEntry.SetPlaceHolder("https://…")
	p.linkEntry.OnSubmitted = func(s string) {
		if addLink(h, id, s) {
			p.linkEntry.SetText("")
		}
	}

	p.box = container.NewVBox(
		heading("Tags"), p.tags, p.tagEntry,
		heading("Colour"), colours,
		heading("Comments"), p.comments, p.commentEntry,
		container.NewHBox(p.add, p.private),
		heading("Links"), p.links, p.linkEntry,
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
		p.tags.Add(lowLabel("No tags."))
	}

	p.comments.RemoveAll()
	for _, c := range a.Comments {
		p.comments.Add(p.commentCard(c))
	}
	if len(a.Comments) == 0 {
		p.comments.Add(lowLabel("No comments."))
	}

	p.links.RemoveAll()
	for i, l := range a.Links {
		link := widget.NewHyperlink(l, nil)
		link.Truncation = fyne.TextTruncateEllipsis
		link.OnTapped = func() { p.cmd.openLink(l) }
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

func lowLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Importance = widget.LowImportance
	return l
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
		meta.SetText(privateMark + " · " + meta.Text)
		meta.Importance = widget.WarningImportance
	}
	vis := widget.NewButtonWithIcon("", eye, func() {
		_ = h.DoMerge(argmap.SetCommentPrivate(h.Doc().Map(), id, c.ID, !c.Private), "")
	})
	vis.Importance = widget.LowImportance
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { p.cmd.editComment(id, c) })
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { _ = h.DoMerge(argmap.DeleteComment(h.Doc().Map(), id, c.ID), "") })
	del.Importance = widget.LowImportance
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(vis, edit, del), meta),
		wrapped(c.Text),
	)
}

// privateMark names a private comment in the inspector: a teacher's rubric
// remark that no export shows until it is released.
const privateMark = "Private (rubric)"

// setColor colours a claim or an argument ("" for its role's colour).
func (e *Editor) setColor(id argmap.ID, hex string) { setColor(e, id, hex) }

// setColor colours a claim or an argument of h's map.
func setColor(h host, id argmap.ID, hex string) {
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

// addComment adds a comment signed with the author name and the time.
func (e *Editor) addComment(id argmap.ID, text string) { addComment(e, e.author(), id, text, false) }

// addComment adds a comment to h's map, signed by author, private (a
// rubric remark left out of what a student receives) or not.
func addComment(h host, author string, id argmap.ID, text string, private bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	_ = h.DoMerge(argmap.AddComment(h.Doc().Map(), id, argmap.Comment{
		ID: h.Doc().Mint().ID(), Author: author, Time: h.Doc().Mint().Now().UTC().Truncate(time.Second), Text: text,
		Private: private,
	}), "")
}

// releasePrivate makes every private comment of the map public, in one
// undo step (Edit › Release Private Comments).
func (e *Editor) releasePrivate() {
	ed := argmap.ReleasePrivate(e.doc.Map())
	if ed == nil {
		e.status.message("No private comments to release.")
		return
	}
	if e.do(ed) == nil {
		e.status.message("Private comments released: exports show them from now on.")
	}
}

// editComment asks for a comment's new text.
func (e *Editor) editComment(id argmap.ID, c argmap.Comment) {
	en := widget.NewMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetText(c.Text)
	en.SetMinRowsVisible(4)
	d := dialog.NewForm("Edit Comment", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("", en)},
		func(ok bool) {
			if t := strings.TrimSpace(en.Text); ok && t != "" && t != c.Text {
				e.doMerge(argmap.EditComment(e.doc.Map(), id, c.ID, t), "")
			}
		}, e.win)
	d.Resize(fyne.NewSize(480, 260))
	d.Show()
}

// safeLink reports whether s is a link Argmap will keep and open: an
// absolute http or https URL with a host.
func safeLink(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// addLink adds a link after checking it is http or https.
func (e *Editor) addLink(id argmap.ID, s string) bool { return addLink(e, id, s) }

// addLink adds a link to a claim or argument of h's map after checking it
// is http or https; it reports whether the link is there now.
func addLink(h host, id argmap.ID, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if !safeLink(s) {
		h.Status("Only http and https links can be added: " + s)
		return false
	}
	ann, ok := annotations(h.Doc().Map(), id)
	if !ok || slices.Contains(ann.Links, s) {
		return ok
	}
	return h.Do(argmap.SetLinks(h.Doc().Map(), id, append(slices.Clone(ann.Links), s))) == nil
}

// openLink opens an http or https link in the browser, on the user's
// click only; anything else a file may hold is refused.
func (e *Editor) openLink(s string) {
	if !safeLink(s) {
		e.status.message("Not opened: only http and https links open")
		return
	}
	u, _ := url.Parse(strings.TrimSpace(s))
	if err := e.app.OpenURL(u); err != nil {
		e.status.message("Could not open the link: " + err.Error())
	}
}
