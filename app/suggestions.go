package app

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/sourceview"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// suggestions is the Suggestions panel beside the canvas: every suggestion
// not yet accepted (argmap.Proposal), with where it came from and the
// passage it was taken from, and Accept, Edit… (edit the text, then
// accept: one undo step) and Reject; Accept All and Reject All for each
// source. Selecting a row selects its card on the map. What it changes
// goes through the history like any edit.
type suggestions struct {
	h        host
	cmd      suggestionsCommands
	shown    bool
	split    *container.Split
	root     fyne.CanvasObject
	head     *widget.Label
	sources  *fyne.Container // a row per source: name, count, Accept All, Reject All
	list     *widget.List
	rows     []suggestionRow
	menuItem *fyne.MenuItem
	// seen is the map the panel last looked at: a map newly opened or
	// reloaded with suggestions in it opens the panel.
	seen *argmap.Map
	// editDone is the pending Edit… dialog's answer, for tests: the text
	// entry and the callback of its Accept and Cancel buttons.
	editEntry *widgets.EscapeEntry
	editDone  func(ok bool)
}

// suggestionRow is one row of the panel: a pending argument shown with its
// pending premise (a suggested reason is one row, not two), or a pending
// claim or challenge of its own.
type suggestionRow struct {
	id    argmap.ID // what Accept and Reject take
	claim argmap.ID // the claim whose text the row shows and Edit… changes, or NilID
	kind  string    // "REASON", "OBJECTION", "CLAIM", …
	by    string
	text  string // the claim's text, or for an argument of accepted claims what it links
	about string // "for «target»", "against «target»", or ""
	quote string // the anchor's passage, short, or ""
}

// suggestionsCommands are what the Suggestions panel asks of the editor
// beyond its host.
type suggestionsCommands struct {
	win          fyne.Window                                   // for the Edit… dialog
	relayout     func()                                        // the panel was shown or hidden
	questionText func(a *argmap.Argument, question int) string // a critical question's words
	loadSource   func(s *argmap.Source) *sourceview.Doc        // the text of a source, for quotes
	mainMenu     func() *fyne.MainMenu                         // to tick the View menu's item, or nil
}

// newSuggestions builds the panel for e.
func newSuggestions(e *Editor) *suggestions {
	return newSuggestionsPanel(e, suggestionsCommands{
		win:          e.win,
		relayout:     func() { e.setPanels(e.showOut, e.showInsp) },
		questionText: e.questionText,
		loadSource:   func(s *argmap.Source) *sourceview.Doc { return e.src.Load(s) },
		mainMenu:     func() *fyne.MainMenu { return e.menus.main },
	})
}

func newSuggestionsPanel(h host, cmd suggestionsCommands) *suggestions {
	p := &suggestions{h: h, cmd: cmd}
	p.head = widget.NewLabel("")
	p.head.TextStyle.Bold = true
	p.sources = container.NewVBox()
	p.list = widget.NewList(func() int { return len(p.rows) }, p.newRow, p.updateRow)
	p.list.OnSelected = p.selectRow
	p.root = container.NewBorder(container.NewVBox(p.head, p.sources, widget.NewSeparator()), nil, nil, nil, p.list)
	p.split = container.NewHSplit(widget.NewLabel(""), p.root)
	p.split.Offset = 0.68
	return p
}

// installSuggestions adds the panel's toggle to the View menu and the
// toolbar.
func (e *Editor) installSuggestions() {
	p := e.sugg
	p.menuItem = item("Suggestions", key(fyne.Key3, modShift), p.toggle)
	if mm := e.menus.main; mm != nil {
		insertAfter(mm, "View", "Inspector", p.menuItem)
	}
	if bar := e.menus.bar; bar != nil {
		bar.box.Add(tbButton("Suggestions", theme.ConfirmIcon(), p.toggle))
	}
}

// around puts the panel to the right of centre when it is shown.
func (p *suggestions) around(centre fyne.CanvasObject) fyne.CanvasObject {
	if !p.shown {
		return centre
	}
	p.split.Leading, p.split.Trailing = centre, p.root
	p.split.Refresh()
	return p.split
}

func (p *suggestions) toggle() { p.setShown(!p.shown) }

// setShown shows or hides the panel.
func (p *suggestions) setShown(on bool) {
	p.shown = on
	p.cmd.relayout()
	if p.menuItem != nil {
		p.menuItem.Checked = on
		if mm := p.cmd.mainMenu(); mm != nil {
			mm.Refresh()
		}
	}
	p.refresh()
}

// refresh lists the suggestions of the map as it is now.
func (p *suggestions) refresh() {
	if p.h.Doc().Map() != p.seen && p.h.Doc().Map() != nil {
		p.seen = p.h.Doc().Map()
		if !p.shown && p.h.Doc().Map().HasPending() {
			p.setShown(true) // refreshes
			return
		}
	}
	if !p.shown || p.h.Doc().Map() == nil {
		return
	}
	p.rows = p.collect()
	// Counted as the rows show them: a suggested reason (its claim and
	// argument) is one suggestion.
	perSource := map[string]int{}
	for _, r := range p.rows {
		perSource[r.by]++
	}
	if len(p.rows) == 0 {
		p.head.SetText("No suggestions pending")
	} else {
		p.head.SetText(plural(len(p.rows), "suggestion", "suggestions") + " pending")
	}
	var objs []fyne.CanvasObject
	for _, by := range p.h.Doc().Map().ProposalSources() {
		by := by
		l := widget.NewLabel(fmt.Sprintf("%s: %d", sourceName(by), perSource[by]))
		l.Truncation = fyne.TextTruncateEllipsis
		acc := widget.NewButton("Accept all", func() { p.acceptAll(by) })
		rej := widget.NewButton("Reject all", func() { p.rejectAll(by) })
		objs = append(objs, container.NewBorder(nil, nil, nil, container.NewHBox(acc, rej), l))
	}
	p.sources.Objects = objs
	p.sources.Refresh()
	p.list.UnselectAll()
	p.list.Refresh()
}

// collect makes the rows: each pending argument with its first pending
// premise, then the pending claims and challenges no row shows yet.
func (p *suggestions) collect() []suggestionRow {
	m := p.h.Doc().Map()
	var rows []suggestionRow
	shown := map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		if a.Proposal == nil {
			continue
		}
		r := suggestionRow{id: a.ID, kind: argKind(m, a), by: a.Proposal.By, about: p.about(a)}
		for _, pr := range a.Premises {
			if c := m.Claim(pr); c != nil && c.Proposal != nil && !shown[pr] {
				r.claim = pr
				break
			}
		}
		if r.claim == argmap.NilID && len(a.Premises) > 0 {
			r.text = quoteText(m, a.Premises[0])
		}
		if r.claim != argmap.NilID {
			shown[r.claim] = true
		}
		shown[a.ID] = true
		rows = append(rows, r)
	}
	for _, c := range m.Claims {
		if c.Proposal != nil && !shown[c.ID] {
			rows = append(rows, suggestionRow{id: c.ID, claim: c.ID, kind: "CLAIM", by: c.Proposal.By})
		}
	}
	for _, ch := range m.Challenges {
		// A challenge that records a pending objection goes with its row.
		if ch.Proposal == nil || shown[ch.Argument] {
			continue
		}
		r := suggestionRow{id: ch.ID, kind: strings.ToUpper(strings.ReplaceAll(string(ch.Kind), "-", " ")), by: ch.Proposal.By,
			text: ch.Note, about: "on " + quoteText(m, ch.Target)}
		if a := m.Argument(ch.Target); r.text == "" && a != nil && ch.Kind == argmap.CriticalQuestion {
			r.text = p.cmd.questionText(a, ch.Question)
		}
		rows = append(rows, r)
	}
	texts := map[argmap.ID]*sourceview.Doc{} // each source read once per refresh
	for i := range rows {
		if c := m.Claim(rows[i].claim); c != nil {
			rows[i].text = c.Text
			rows[i].quote = p.passage(c, texts)
			if role, ok := p.h.Doc().Roles()[c.ID]; ok && rows[i].id != c.ID {
				// As its card says (an objection to an objection is a
				// rebuttal).
				rows[i].kind = scene.RoleLabel(role)
			}
		}
	}
	return rows
}

// sourceName is how the panel names who proposed a suggestion.
func sourceName(by string) string {
	if by == "" {
		return "(unnamed)"
	}
	return by
}

// argKind names what a suggested argument does.
func argKind(m *argmap.Map, a *argmap.Argument) string {
	switch {
	case a.Polarity == argmap.Con && m.Argument(a.Target) != nil:
		return "UNDERCUTTER"
	case a.Polarity == argmap.Con:
		return "OBJECTION"
	}
	return "REASON"
}

func (p *suggestions) about(a *argmap.Argument) string {
	t := quoteText(p.h.Doc().Map(), a.Target)
	if a.Polarity == argmap.Con {
		return "against " + t
	}
	return "for " + t
}

// quoteText is a short quote of the claim id, or names the argument id.
func quoteText(m *argmap.Map, id argmap.ID) string {
	if c := m.Claim(id); c != nil {
		return "«" + widgets.Shorten(strings.Join(strings.Fields(c.Text), " "), 40) + "»"
	}
	if a := m.Argument(id); a != nil && len(a.Premises) > 0 {
		return "the step from " + quoteText(m, a.Premises[0])
	}
	return "?"
}

// passage is a short quote of the passage claim c is anchored to: the
// stored quote, or the source text at the anchor's place when the source
// can be read (read once into texts), or the paragraph's locator.
func (p *suggestions) passage(c *argmap.Claim, texts map[argmap.ID]*sourceview.Doc) string {
	an := c.Anchor
	if an == nil {
		return ""
	}
	q := an.Quote
	if q == "" {
		if s := p.h.Doc().Map().Source(an.Source); s != nil {
			d := texts[s.ID]
			if d == nil {
				d = p.cmd.loadSource(s)
				texts[s.ID] = d
			}
			if d.Err == nil && an.Offset >= 0 && an.Length >= 0 && an.Offset+an.Length <= len(d.Text) {
				q = d.Text[an.Offset : an.Offset+an.Length]
			}
		}
	}
	q = strings.Join(strings.Fields(strings.ToValidUTF8(q, "")), " ")
	where := an.Paragraph
	switch {
	case q == "" && where == "":
		return ""
	case q == "":
		return where
	case where != "":
		where += " "
	}
	if utf8.RuneCountInString(q) > 90 {
		q = widgets.Shorten(q, 90)
	}
	return where + "❝" + q + "❞"
}

// newRow is the template of a row: what, from whom; the text; the passage;
// the buttons.
func (p *suggestions) newRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	quote := widget.NewLabel("")
	quote.TextStyle.Italic = true
	quote.Truncation = fyne.TextTruncateEllipsis
	acc := widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), nil)
	acc.Importance = widget.HighImportance
	edit := widget.NewButton("Edit…", nil)
	rej := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), nil)
	return container.NewVBox(title, text, quote, container.NewHBox(acc, edit, rej))
}

// updateRow shows row i in the template o.
func (p *suggestions) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	box := o.(*fyne.Container)
	// Who proposed it first: a long target is cut, never the source.
	title := sourceName(r.by) + " · " + r.kind
	if r.about != "" {
		title += " " + r.about
	}
	box.Objects[0].(*widget.Label).SetText(title)
	box.Objects[1].(*widget.Label).SetText(strings.Join(strings.Fields(r.text), " "))
	quote := r.quote
	if quote == "" {
		quote = "no source passage"
	}
	box.Objects[2].(*widget.Label).SetText(quote)
	btns := box.Objects[3].(*fyne.Container)
	btns.Objects[0].(*widget.Button).OnTapped = func() { p.accept(r.id) }
	edit := btns.Objects[1].(*widget.Button)
	edit.OnTapped = func() { p.editDialog(r) }
	enable(edit, r.claim != argmap.NilID)
	btns.Objects[2].(*widget.Button).OnTapped = func() { p.reject(r.id) }
}

// selectRow selects the row's card on the map (its argument when it has
// no claim of its own).
func (p *suggestions) selectRow(i widget.ListItemID) {
	if i < 0 || i >= len(p.rows) {
		return
	}
	r := p.rows[i]
	id := r.claim
	if id == argmap.NilID {
		id = r.id
		if ch := p.h.Doc().Map().Challenge(id); ch != nil {
			id = ch.Target
		}
	}
	p.h.SelectFrom([]argmap.ID{id}, nil)
}

func (p *suggestions) accept(id argmap.ID) {
	if p.h.Do(argmap.Accept(id)) == nil {
		p.h.Status("Accepted the suggestion")
	}
}

func (p *suggestions) reject(id argmap.ID) {
	if p.h.Do(argmap.Reject(id)) == nil {
		p.h.Status("Rejected the suggestion")
	}
}

func (p *suggestions) acceptAll(by string) {
	if n := len(p.h.Doc().Map().PendingBy(by)); p.h.Do(argmap.AcceptAll(by)) == nil {
		p.h.Status(fmt.Sprintf("Accepted %s from %s", plural(n, "suggestion", "suggestions"), by))
	}
}

func (p *suggestions) rejectAll(by string) {
	if n := len(p.h.Doc().Map().PendingBy(by)); p.h.Do(argmap.RejectAll(by)) == nil {
		p.h.Status(fmt.Sprintf("Rejected %s from %s", plural(n, "suggestion", "suggestions"), by))
	}
}

// editAccept gives the row's claim the text and accepts the row, in one
// undo step.
func (p *suggestions) editAccept(r suggestionRow, text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || r.claim == argmap.NilID {
		return false
	}
	ed := argmap.AcceptEdited(r.claim, text)
	if r.id != r.claim {
		ed = argmap.Batch(argmap.AcceptLabel, argmap.SetText(r.claim, text), argmap.Accept(r.id))
	}
	if p.h.Do(ed) != nil {
		return false
	}
	p.h.Status("Accepted the edited suggestion")
	return true
}

// editDialog asks for the text of the row's claim, then accepts it.
func (p *suggestions) editDialog(r suggestionRow) {
	c := p.h.Doc().Map().Claim(r.claim)
	if c == nil {
		return
	}
	en := widgets.NewEscapeMultiLineEntry()
	en.Wrapping = fyne.TextWrapWord
	en.SetText(c.Text)
	en.SetMinRowsVisible(4)
	p.editEntry = en
	p.editDone = func(ok bool) {
		p.editEntry, p.editDone = nil, nil
		if ok {
			p.editAccept(r, en.Text)
		}
	}
	d := dialog.NewCustomConfirm("Edit and Accept", "Accept", "Cancel", en, p.editDone, p.cmd.win)
	en.OnEscape = d.Hide // the field has the keyboard: Escape cancels as elsewhere
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
	p.cmd.win.Canvas().Focus(en)
}

// showIn fills box, the inspector's place for it, with who suggested the
// claim or argument id and why, and Accept and Reject; empty when id is
// accepted.
func (p *suggestions) showIn(box *fyne.Container, id argmap.ID) {
	pr := p.h.Doc().Map().ProposalOf(id)
	if pr == nil {
		if len(box.Objects) > 0 {
			box.RemoveAll()
		}
		return
	}
	line := "Suggested by " + sourceName(pr.By)
	if pr.Note != "" {
		line += ": " + pr.Note
	}
	l := wrapped(line)
	l.Importance = widget.WarningImportance
	acc := widget.NewButtonWithIcon("Accept", theme.ConfirmIcon(), func() { p.accept(id) })
	acc.Importance = widget.HighImportance
	rej := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { p.reject(id) })
	box.Objects = []fyne.CanvasObject{l, container.NewHBox(acc, rej), widget.NewSeparator()}
	box.Refresh()
}

// pendingRows is how many rows the Suggestions panel shows for m (see
// collect), counted without reading the sources: what the status bar says.
func pendingRows(m *argmap.Map) int {
	if !m.HasPending() {
		return 0
	}
	n := 0
	inRow := map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		if a.Proposal == nil {
			continue
		}
		n++
		inRow[a.ID] = true
		for _, pr := range a.Premises {
			if c := m.Claim(pr); c != nil && c.Proposal != nil && !inRow[pr] {
				inRow[pr] = true
				break
			}
		}
	}
	for _, c := range m.Claims {
		if c.Proposal != nil && !inRow[c.ID] {
			n++
		}
	}
	for _, ch := range m.Challenges {
		if ch.Proposal != nil && !inRow[ch.Argument] {
			n++
		}
	}
	return n
}
