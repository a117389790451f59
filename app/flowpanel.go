package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// The flow view (View › Flow): the map's debate round as a judge's flow
// sheet in the place of the canvas, with a line to type claims into at its
// foot. Map and flow are two views of one document: the panel reads the
// map after every change (refresh), mirrors the selection both ways
// (selectFrom), and changes the map only through the editor's edits, so
// that undo covers both.

// flowPanel is the flow view of one editor.
type flowPanel struct {
	h          host
	cmd        flowCommands
	shown      bool
	cur        int         // the speech being flowed (a column), or -1
	m          *argmap.Map // the map cur belongs to
	hadOutline bool        // the outline was shown before the flow took its place
	hadInsp    bool        // and the inspector
	state      flowState

	sheet  *flowSheet
	header *flowHeader
	vs, hs *container.Scroll
	entry  *flowEntry
	where  *widget.Label
	hint   *widget.Label
	empty  fyne.CanvasObject
	sheetC fyne.CanvasObject // the sheet with its line, when there is a round
	root   *fyne.Container

	menuItem   *fyne.MenuItem   // View › Flow
	roundItems []*fyne.MenuItem // the Round menu's items that need a round
	form       *roundForm       // the last New Round dialog, for tests
	summary    string           // the last decision summary shown, for tests
	editing    argmap.ID        // the claim whose text is in the line, or NilID
}

// flowCommands are what the flow view asks of the editor beyond its host:
// the commands of its buttons, adding a claim placed on the map, and the
// side panels, which make room while the flow is shown.
type flowCommands struct {
	win             fyne.Window
	newRound        func()
	openSample      func()
	deleteSelection func()
	// addPlaced runs ed, which adds claim id, placing it on the map beside
	// what it answers; it reports whether the edit applied.
	addPlaced func(label string, ed argmap.Edit, id argmap.ID) bool
	// panels says whether the outline and the inspector are shown;
	// setPanels shows or hides them.
	panels    func() (outline, insp bool)
	setPanels func(outline, insp bool)
	mainMenu  func() *fyne.MainMenu // to tick the View menu's item, or nil
	// viewChanged runs after the flow is shown or hidden: the toolbar, the
	// menus and the status bar offer the canvas's tools and zoom only with
	// the canvas. May be nil.
	viewChanged func()
}

// newFlow builds the flow view for e.
func newFlow(e *Editor) *flowPanel {
	return newFlowPanel(e, flowCommands{
		win:             e.win,
		newRound:        e.newRoundDialog,
		openSample:      e.openSampleRound,
		deleteSelection: e.deleteSelection,
		addPlaced:       e.addPlaced,
		panels:          func() (bool, bool) { return e.showOut, e.showInsp },
		setPanels:       e.setPanels,
		mainMenu:        func() *fyne.MainMenu { return e.menus.main },
		viewChanged: func() {
			e.menus.update()
			e.status.showZoom(!e.flowShown())
		},
	})
}

func newFlowPanel(h host, cmd flowCommands) *flowPanel {
	p := &flowPanel{h: h, cmd: cmd, cur: -1}
	p.sheet = newFlowSheet()
	p.sheet.onTap = p.tapped
	p.sheet.onDoubleTap = p.doubleTapped
	p.header = newFlowHeader(p.sheet)
	p.header.onTap = func(col int) { p.setSpeech(col, true) }
	p.vs = container.NewVScroll(p.sheet)
	p.hs = container.NewHScroll(container.NewBorder(p.header, nil, nil, nil, p.vs))
	p.entry = newFlowEntry(p)
	p.where = widget.NewLabel("")
	p.where.TextStyle = fyne.TextStyle{Bold: true}
	p.hint = widget.NewLabel("")
	p.hint.Importance = widget.LowImportance
	p.hint.Truncation = fyne.TextTruncateEllipsis
	bar := container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, p.where, nil, p.entry),
		p.hint)
	p.sheetC = container.NewBorder(nil, container.NewPadded(bar), nil, nil, p.hs)

	title := widget.NewLabel("This map has no debate round")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Alignment = fyne.TextAlignCenter
	body := widget.NewLabel("A round lays the map out as a judge's flow: one column per speech,\n" +
		"each answer in the row of what it answers, and the arguments\n" +
		"the other side never answered marked as dropped.")
	body.Alignment = fyne.TextAlignCenter
	newBtn := widget.NewButtonWithIcon("New Round…", theme.ContentAddIcon(), p.cmd.newRound)
	newBtn.Importance = widget.HighImportance
	sample := widget.NewButton("Open the Sample Round", p.cmd.openSample)
	p.empty = container.NewCenter(container.NewVBox(title, body,
		container.NewCenter(container.NewHBox(newBtn, sample))))
	p.root = container.NewStack(p.empty)
	return p
}

// flowEntry is the line a judge types claims into. It takes Tab (answer),
// Enter (next claim), Page Up/Down (speech) and the arrows (selection):
// every action of flowing is one key after the text.
type flowEntry struct {
	widget.Entry
	p *flowPanel
}

func newFlowEntry(p *flowPanel) *flowEntry {
	f := &flowEntry{p: p}
	f.ExtendBaseWidget(f)
	return f
}

// AcceptsTab keeps Tab for answering instead of moving the focus.
func (f *flowEntry) AcceptsTab() bool { return true }

// TypedKey runs the flowing keys and leaves the rest to the entry.
func (f *flowEntry) TypedKey(k *fyne.KeyEvent) {
	shift := currentMods()&fyne.KeyModifierShift != 0
	if f.p.key(k.Name, shift, f.Text == "") {
		return
	}
	f.Entry.TypedKey(k)
}

// currentMods are the modifier keys held now (none under the test driver).
var currentMods = func() fyne.KeyModifier {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(interface{ CurrentKeyModifiers() fyne.KeyModifier }); ok {
			return d.CurrentKeyModifiers()
		}
	}
	return 0
}

// flowKeys are the keys of the flow's line, as Help lists them.
var flowKeys = []boundKey{
	{keys: []fyne.KeyName{fyne.KeyReturn}, help: "Add the typed claim to the current speech (beside the selected answer: the same line)"},
	{keys: []fyne.KeyName{fyne.KeyTab}, help: "Add the typed claim as an answer to the selected claim, in the next speech of the other side"},
	{keys: []fyne.KeyName{fyne.KeyTab}, mods: fyne.KeyModifierShift, help: "Add the typed claim as an extension of the selected claim, in the next speech of its side"},
	{keys: []fyne.KeyName{fyne.KeyPageDown, fyne.KeyPageUp}, help: "Next, previous speech (also Ctrl+Page Down, Ctrl+Page Up)"},
	{keys: []fyne.KeyName{fyne.KeyUp, fyne.KeyDown}, help: "Select the claim above, below in the speech"},
	{keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}, help: "With the line empty: select across speeches (what it answers, its answer)"},
	{keys: []fyne.KeyName{fyne.KeyEscape}, help: "Clear the selection: Enter then starts a new line"},
	{keys: []fyne.KeyName{fyne.KeyF2}, help: "Edit the selected claim's text in the line (or double-click its card); Enter saves, Esc cancels"},
	{keys: []fyne.KeyName{fyne.KeyDelete}, help: "With the line empty: delete the selected claim (Ctrl+Z brings it back)"},
}

// key runs a flowing key; empty tells whether the line is empty (the
// arrows left and right then move the selection, else the text cursor).
func (p *flowPanel) key(k fyne.KeyName, shift, empty bool) bool {
	if p.editing != argmap.NilID {
		switch k {
		case fyne.KeyReturn, fyne.KeyEnter:
			p.commitEdit()
		case fyne.KeyEscape:
			p.cancelEdit()
			p.h.Status("Edit cancelled")
		case fyne.KeyTab, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyDown:
			// Not while a text is being edited: Enter or Esc first.
		default:
			return false
		}
		return true
	}
	switch k {
	case fyne.KeyF2:
		p.startEdit()
	case fyne.KeyDelete:
		if !empty {
			return false
		}
		if p.selectedClaim() != argmap.NilID {
			p.cmd.deleteSelection()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		p.commitNext()
	case fyne.KeyTab:
		p.commitAnswer(shift)
	case fyne.KeyPageDown:
		p.stepSpeech(+1)
	case fyne.KeyPageUp:
		p.stepSpeech(-1)
	case fyne.KeyUp:
		p.moveRow(-1)
	case fyne.KeyDown:
		p.moveRow(+1)
	case fyne.KeyLeft, fyne.KeyRight:
		if !empty {
			return false
		}
		if k == fyne.KeyLeft {
			p.moveCol(-1)
		} else {
			p.moveCol(+1)
		}
	case fyne.KeyEscape:
		p.h.SelectFrom(nil, nil)
		p.update()
	default:
		return false
	}
	return true
}

// widget is what the editor puts in the canvas's place.
func (p *flowPanel) widget() fyne.CanvasObject { return p.root }

// toggle shows or hides the flow.
func (p *flowPanel) toggle() { p.setShown(!p.shown) }

func (p *flowPanel) setShown(on bool) {
	if on == p.shown {
		return
	}
	p.shown = on
	e := p.h
	if on {
		p.refresh()
		if id, ok := e.Doc().Single(); ok {
			p.selectIDs([]argmap.ID{id})
		}
	}
	// The sheet wants the width, as a judge's paper flow: the outline and
	// the inspector make room while the flow is shown (Ctrl+Shift+1 and
	// Ctrl+I bring them) and come back after.
	out, insp := p.cmd.panels()
	if on {
		p.hadOutline, p.hadInsp = out, insp
		out, insp = false, false
	} else {
		out, insp = out || p.hadOutline, insp || p.hadInsp
	}
	p.cmd.setPanels(out, insp)
	if p.menuItem != nil {
		p.menuItem.Checked = on
		if mm := p.cmd.mainMenu(); mm != nil {
			mm.Refresh()
		}
	}
	if p.cmd.viewChanged != nil {
		p.cmd.viewChanged()
	}
	if on && e.Doc().Map().Round != nil {
		p.focus()
		if a := p.inferenceOnSheet(); a != nil {
			e.Status(p.inferenceStatus(a)) // what the toolbar's Objection would do now
		} else {
			e.Status("The debate flow: type a claim, Enter adds it, Tab answers the selected claim")
		}
	}
}

// focus gives the typing line the keyboard.
func (p *flowPanel) focus() {
	if p.shown && p.h.Doc().Map().Round != nil {
		if c := fyne.CurrentApp().Driver().CanvasForObject(p.entry); c != nil {
			c.Focus(p.entry)
		} else {
			p.cmd.win.Canvas().Focus(p.entry)
		}
	}
}

// refreshWith reads the map again after change c; a move on the canvas
// changes nothing the sheet shows.
func (p *flowPanel) refreshWith(c argmap.Change) {
	if c.Aspects != 0 && c.Only(argmap.Geometry) {
		return
	}
	p.refresh()
}

// refresh reads the map again.
func (p *flowPanel) refresh() {
	e := p.h
	if p.m != e.Doc().Map() {
		// Another document: a round opens as a flow (a judge's CSV, the
		// sample round), a map without one as a map; flowing resumes
		// where the round stopped.
		p.m, p.cur = e.Doc().Map(), -1
		if on := e.Doc().Map().Round != nil; on != p.shown {
			p.setShown(on)
			return
		}
	}
	if !p.shown {
		return
	}
	r := e.Doc().Map().Round
	if r == nil {
		if len(p.root.Objects) != 1 || p.root.Objects[0] != p.empty {
			p.root.Objects = []fyne.CanvasObject{p.empty}
			p.root.Refresh()
		}
		p.state = flowState{}
		p.cur = -1
		return
	}
	if len(p.root.Objects) != 1 || p.root.Objects[0] != p.sheetC {
		p.root.Objects = []fyne.CanvasObject{p.sheetC}
		p.root.Refresh()
	}
	p.state = buildFlow(e.Doc().Map(), e.Doc().Labels(), p.cur)
	if p.cur < 0 || p.cur >= len(r.Speeches) {
		p.cur = p.firstOpenSpeech()
	}
	p.sheet.setSelection(e.Doc().Selection())
	p.sheet.setInference(p.inferenceOnSheet())
	p.sheet.cur = p.cur
	p.sheet.setData(p.state.data)
	p.header.Refresh()
	p.update()
}

// firstOpenSpeech is where flowing resumes: the speech after the last one
// with a claim in it, or the last speech.
func (p *flowPanel) firstOpenSpeech() int {
	n := len(p.h.Doc().Map().Round.Speeches)
	if n == 0 {
		return -1
	}
	last := -1
	for _, c := range p.state.grid.Cells {
		last = max(last, c.Col)
	}
	return min(last+1, n-1)
}

// update brings the line's label and hint in line with the speech and the
// selection.
func (p *flowPanel) update() {
	r := p.h.Doc().Map().Round
	if r == nil || p.cur < 0 || p.cur >= len(r.Speeches) {
		p.where.SetText("No speech")
		p.entry.SetPlaceHolder("Add speeches to the round first (Round › New Round…)")
		p.entry.Disable()
		return
	}
	p.entry.Enable()
	if p.editing != argmap.NilID {
		setLabel(p.where, "Editing")
		setLabel(p.hint, "Enter: save the text   ·   Esc: cancel")
		return
	}
	sp := r.Speeches[p.cur]
	setLabel(p.where, speechTitle(sp))
	sel := p.selectedClaim()
	var hints []string
	if a := answerOf(p.h.Doc().Map(), p.state.grid, sel); a != nil && speechIndex(p.h.Doc().Map(), sel) == p.cur {
		hints = append(hints, "Enter: the next answer on this line")
	} else {
		hints = append(hints, "Enter: a new line in "+sp.Name)
	}
	if sel != argmap.NilID {
		from := speechIndex(p.h.Doc().Map(), sel)
		if k := nextSpeech(r, from, true); k >= 0 {
			hints = append(hints, "Tab: answer it in "+r.Speeches[k].Name)
		}
		if k := nextSpeech(r, from, false); k >= 0 {
			hints = append(hints, "Shift+Tab: extend it in "+r.Speeches[k].Name)
		}
		// F2 and Delete act on the selection from the line; only the
		// README told of them.
		hints = append(hints, "F2: correct it", "Esc: new line")
	} else {
		hints = append(hints, "↑↓: select a claim to answer")
	}
	hints = append(hints, "PgDn/PgUp: next/previous speech", "Ctrl+Z: undo")
	setLabel(p.hint, strings.Join(hints, "   ·   "))
	if ph := fmt.Sprintf("Flow the %s: type a claim…", sp.Name); p.entry.PlaceHolder != ph {
		p.entry.SetPlaceHolder(ph)
	}
}

// speechTitle is a speech as the line's label shows it.
func speechTitle(sp argmap.Speech) string {
	s := sp.Name + " · " + sideName(sp.Side)
	if sp.Speaker != "" {
		s += " · " + sp.Speaker
	}
	return s
}

// selectedClaim is the one selected claim when it is on the sheet.
func (p *flowPanel) selectedClaim() argmap.ID {
	id, ok := p.h.Doc().Single()
	if !ok {
		return argmap.NilID
	}
	if _, on := p.state.grid.Cells[id]; !on {
		return argmap.NilID
	}
	return id
}

// selectIDs mirrors a selection made elsewhere; a claim of the round makes
// its speech the current one.
func (p *flowPanel) selectIDs(ids []argmap.ID) {
	if !p.shown || p.h.Doc().Map().Round == nil {
		return
	}
	if p.editing != argmap.NilID && (len(ids) != 1 || ids[0] != p.editing) {
		p.cancelEdit()
	}
	p.sheet.setSelection(ids)
	a := p.inferenceOnSheet()
	p.sheet.setInference(a)
	if a != nil {
		p.h.Status(p.inferenceStatus(a))
	}
	if len(ids) == 1 {
		if cell, ok := p.state.grid.Cells[ids[0]]; ok {
			p.cur = cell.Col
			p.sheet.cur = cell.Col
			p.header.Refresh()
			p.reveal(ids[0])
		}
	}
	p.sheet.Refresh()
	p.update()
}

// choose selects id (NilID: nothing) from the flow.
func (p *flowPanel) choose(id argmap.ID) {
	var ids []argmap.ID
	if id != argmap.NilID {
		ids = []argmap.ID{id}
	}
	p.h.SelectFrom(ids, p)
	p.selectIDs(ids)
	if id == argmap.NilID {
		p.sheet.Refresh()
		p.update()
	}
}

// tapped selects the tapped card, or makes the tapped column current.
func (p *flowPanel) tapped(id argmap.ID, col int) {
	if id != argmap.NilID {
		p.choose(id)
	} else {
		p.setSpeech(col, true)
	}
	p.focus()
}

// setSpeech makes column col the current speech; clear also clears the
// selection (what Enter adds then starts a new line).
func (p *flowPanel) setSpeech(col int, clear bool) {
	r := p.h.Doc().Map().Round
	if r == nil || col < 0 || col >= len(r.Speeches) {
		return
	}
	p.cur = col
	if clear {
		p.choose(argmap.NilID)
	}
	p.refresh() // what is dropped depends on how far the round has got
	p.revealCol(col)
}

// stepSpeech moves to the next (+1) or previous (-1) speech.
func (p *flowPanel) stepSpeech(d int) {
	r := p.h.Doc().Map().Round
	if r == nil {
		return
	}
	col := min(max(p.cur+d, 0), len(r.Speeches)-1)
	p.setSpeech(col, true)
	p.h.Status("Flowing " + speechTitle(r.Speeches[col]))
}

// column is the claims of a speech, top to bottom.
func (p *flowPanel) column(col int) []argmap.ID {
	var ids []argmap.ID
	for id, c := range p.state.grid.Cells {
		if c.Col == col {
			ids = append(ids, id)
		}
	}
	cells := p.state.grid.Cells
	slices.SortFunc(ids, func(a, b argmap.ID) int { return cells[a].Row - cells[b].Row })
	return ids
}

// moveRow selects the claim above (-1) or below (+1) in the current speech.
func (p *flowPanel) moveRow(d int) {
	ids := p.column(p.cur)
	if len(ids) == 0 {
		return
	}
	i := slices.Index(ids, p.selectedClaim())
	switch {
	case i < 0 && d > 0:
		i = 0
	case i < 0:
		i = len(ids) - 1
	default:
		i = min(max(i+d, 0), len(ids)-1)
	}
	p.choose(ids[i])
}

// moveCol selects across speeches: left, what the claim answers (else the
// nearest claim by row); right, its first answer (else the nearest).
func (p *flowPanel) moveCol(d int) {
	r := p.h.Doc().Map().Round
	col := p.cur + d
	if r == nil || col < 0 || col >= len(r.Speeches) {
		return
	}
	g := p.state.grid
	sel := p.selectedClaim()
	if sel != argmap.NilID {
		if d < 0 {
			if to, ok := g.Answers[sel]; ok && g.Cells[to].Col == col {
				p.choose(to)
				return
			}
		} else {
			for _, id := range p.column(col) {
				if g.Answers[id] == sel {
					p.choose(id)
					return
				}
			}
		}
	}
	ids := p.column(col)
	if len(ids) == 0 {
		p.setSpeech(col, true)
		return
	}
	row := 0
	if sel != argmap.NilID {
		row = g.Cells[sel].Row
	}
	best := ids[0]
	for _, id := range ids {
		if abs(g.Cells[id].Row-row) < abs(g.Cells[best].Row-row) {
			best = id
		}
	}
	p.choose(best)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// text takes the typed claim out of the line, or "" (with a hint) when
// nothing is typed.
func (p *flowPanel) text() string {
	t := strings.TrimSpace(p.entry.Text)
	if t == "" {
		p.h.Status("Type the claim first, then Enter (or Tab to answer the selected claim)")
	}
	return t
}

// commitNext adds the typed claim to the current speech: on the selected
// claim's line when that is an answer in this speech (the next point
// against the same thing), else on a new line.
func (p *flowPanel) commitNext() {
	e := p.h
	r := e.Doc().Map().Round
	if r == nil || p.cur < 0 || p.cur >= len(r.Speeches) {
		e.Status("The round has no speech to flow into: Round › New Round… or Edit Speakers…")
		return
	}
	text := p.text()
	if text == "" {
		return
	}
	p.add(p.nextClaim(text))
}

// nextClaim is the edit by which Enter adds a claim of text to the current
// speech (which must exist), and the new claim's ID.
func (p *flowPanel) nextClaim(text string) (argmap.Edit, argmap.ID) {
	m := p.h.Doc().Map()
	speech := m.Round.Speeches[p.cur].ID
	c := &argmap.Claim{ID: p.h.Doc().Mint().ID(), Text: text}
	sel := p.selectedClaim()
	if a := answerOf(m, p.state.grid, sel); a != nil && speechIndex(m, sel) == p.cur {
		arg := &argmap.Argument{ID: p.h.Doc().Mint().ID(), Target: a.Target, Polarity: a.Polarity}
		return argmap.AddAnswer(c, speech, arg), c.ID
	}
	c.Speech = speech
	return argmap.Batch("Add Claim", argmap.AddClaim(c)), c.ID
}

// commitAnswer adds the typed claim as an answer (a con argument) to the
// selected claim in the next speech of the other side, or with extend as
// an extension (a pro argument) in the next speech of its own side.
func (p *flowPanel) commitAnswer(extend bool) {
	e := p.h
	r := e.Doc().Map().Round
	sel := p.selectedClaim()
	if r == nil {
		return
	}
	if sel == argmap.NilID {
		// Name the key pressed: Shift+Tab was told to "type and Tab".
		if extend {
			e.Status("Select the claim to extend first (click it, or PgUp and ↑↓), then type and Shift+Tab")
		} else {
			e.Status("Select the claim to answer first (click it, or PgUp and ↑↓), then type and Tab")
		}
		return
	}
	k := p.answerSpeech(sel, extend)
	if k < 0 {
		return
	}
	text := p.text()
	if text == "" {
		return
	}
	p.cur = k
	p.add(p.answer(sel, k, extend, text))
}

// answerSpeech is the speech an answer to sel goes in: the next speech of
// the other side, or with extend of its own side; -1 (said in the status
// line) when the round has none after sel's.
func (p *flowPanel) answerSpeech(sel argmap.ID, extend bool) int {
	k := nextSpeech(p.h.Doc().Map().Round, speechIndex(p.h.Doc().Map(), sel), !extend)
	if k < 0 {
		what := "answer it in"
		if extend {
			what = "extend it into"
		}
		p.h.Status("No later speech to " + what)
	}
	return k
}

// inferenceOnSheet is the selected argument when the sheet holds one of
// its premises (the flow draws an objection to an inference as an answer
// to its first premise on the sheet, flow.Grid.Answers), else nil.
func (p *flowPanel) inferenceOnSheet() *argmap.Argument {
	id, ok := p.h.Doc().Single()
	if !ok {
		return nil
	}
	a := p.h.Doc().Map().Argument(id)
	if a == nil {
		return nil
	}
	for _, c := range a.Premises {
		if _, on := p.state.grid.Cells[c]; on {
			return a
		}
	}
	return nil
}

// inferenceStatus tells of the selected inference a on the sheet: its
// premises, its conclusion, and what the toolbar's Objection does to it.
func (p *flowPanel) inferenceStatus(a *argmap.Argument) string {
	m := p.h.Doc().Map()
	var prem []string
	for _, id := range a.Premises {
		if c := m.Claim(id); c != nil {
			prem = append(prem, "“"+clipText(c.Text, 40)+"”")
		}
	}
	to := ""
	if c := m.Claim(a.Target); c != nil {
		to = " → “" + clipText(c.Text, 40) + "”"
	}
	return "Inference selected: " + strings.Join(prem, " + ") + to + " — Objection undercuts it"
}

// undercutSpeech is the speech an undercut of inference a goes in: the
// next speech of the other side after the inference's (the latest of its
// premises' speeches, as the flow reads it); -1, said in the status line,
// when the round has none.
func (p *flowPanel) undercutSpeech(a *argmap.Argument) int {
	m := p.h.Doc().Map()
	from := -1
	for _, c := range a.Premises {
		from = max(from, speechIndex(m, c))
	}
	k := nextSpeech(m.Round, from, true)
	if k < 0 {
		p.h.Status("No later speech to undercut it in")
	}
	return k
}

// answer is the edit that adds a claim of text in speech k answering sel
// (a con argument), or with extend extending it (a pro one), and the new
// claim's ID.
func (p *flowPanel) answer(sel argmap.ID, k int, extend bool, text string) (argmap.Edit, argmap.ID) {
	pol := argmap.Con
	if extend {
		pol = argmap.Pro
	}
	c := &argmap.Claim{ID: p.h.Doc().Mint().ID(), Text: text}
	arg := &argmap.Argument{ID: p.h.Doc().Mint().ID(), Target: sel, Polarity: pol}
	return argmap.AddAnswer(c, p.h.Doc().Map().Round.Speeches[k].ID, arg), c.ID
}

// add runs the edit that adds claim id, placed on the map beside what it
// answers, then selects it and empties the line; it reports whether the
// edit applied.
func (p *flowPanel) add(ed argmap.Edit, id argmap.ID) bool {
	return p.addAs(ed.Label(), ed, id)
}

// addAs is add with label naming the undo step.
func (p *flowPanel) addAs(label string, ed argmap.Edit, id argmap.ID) bool {
	if !p.cmd.addPlaced(label, ed, id) {
		return false
	}
	p.entry.SetText("")
	p.choose(id)
	p.focus()
	return true
}

// addFromCommand runs the toolbar's (and the Edit menu's) Claim, Objection
// and Rebuttal while the flow is shown, as the line's keys would: a claim
// goes where Enter puts one (the current speech), an objection or a
// rebuttal answers the selected claim where Tab puts an answer (the next
// speech of the other side), an objection with an inference selected
// undercuts it in the next speech of the other side after the inference's
// (the sheet draws it in the row of the inference's first premise there).
// The new claim holds the line's typed text,
// else placeholder, and opens in the line's editor with its text selected,
// so that typing replaces it; the flow stays in front. label names the
// undo step. It reports false when the flow cannot place the claim (no
// speech to flow into, no claim or inference of the sheet selected to
// answer): the command then adds it on the map.
func (p *flowPanel) addFromCommand(answer bool, label, placeholder string) bool {
	r := p.h.Doc().Map().Round
	if !p.shown || r == nil || p.cur < 0 || p.cur >= len(r.Speeches) {
		return false
	}
	sel := p.selectedClaim()
	var under *argmap.Argument // an inference of the sheet the objection undercuts
	if answer && sel == argmap.NilID {
		if under = p.inferenceOnSheet(); under == nil {
			return false
		}
		label = "Undercut" // as on the map
	}
	if p.editing != argmap.NilID {
		// A correction in progress is kept, as a click elsewhere on the
		// map keeps one, before the line takes the new claim.
		if strings.TrimSpace(p.entry.Text) != "" {
			p.commitEdit()
		} else {
			p.cancelEdit()
		}
	}
	text := strings.TrimSpace(p.entry.Text)
	if text == "" {
		text = placeholder
	}
	var ed argmap.Edit
	var id argmap.ID
	if answer {
		target, k := sel, -1
		if under != nil {
			target, k = under.ID, p.undercutSpeech(under)
		} else {
			k = p.answerSpeech(sel, false)
		}
		if k < 0 {
			return true // said in the status line; a claim in no speech would leave the flow
		}
		p.cur = k
		ed, id = p.answer(target, k, false, text)
	} else {
		ed, id = p.nextClaim(text)
	}
	if !p.addAs(label, ed, id) {
		return true
	}
	p.startEdit()
	p.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	p.h.Status("New " + strings.ToLower(strings.TrimPrefix(label, "Add ")) + " in " + r.Speeches[p.cur].Name + ": type its text, Enter saves it")
	return true
}

// reveal scrolls the sheet so that the card of id is in sight.
func (p *flowPanel) reveal(id argmap.ID) {
	c := p.sheet.card(id)
	if c == nil {
		return
	}
	pos, sz := p.sheet.geom.cardRect(c)
	p.revealCol(c.Col)
	vh := p.vs.Size().Height
	off := p.vs.Offset
	if pos.Y < off.Y {
		off.Y = max(pos.Y-sheetMargin, 0)
	} else if pos.Y+sz.Height > off.Y+vh && vh > 0 {
		off.Y = pos.Y + sz.Height + sheetMargin - vh
	}
	if off != p.vs.Offset {
		p.vs.ScrollToOffset(off)
	}
}

// revealCol scrolls the sheet sideways so that column col is in sight.
func (p *flowPanel) revealCol(col int) {
	x := colX(col)
	vw := p.hs.Size().Width
	off := p.hs.Offset
	if x-sheetMargin < off.X {
		off.X = max(x-sheetMargin, 0)
	} else if x+sheetColW > off.X+vw && vw > 0 {
		off.X = x + sheetColW - vw
	}
	if off != p.hs.Offset {
		p.hs.ScrollToOffset(off)
	}
}

// setLabel sets l's text when it changed: a label measures its text again
// on every SetText.
func setLabel(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// startEdit puts the selected claim's text in the line to be corrected.
func (p *flowPanel) startEdit() {
	id := p.selectedClaim()
	c := p.h.Doc().Map().Claim(id)
	if c == nil {
		p.h.Status("Select the claim to edit first (↑↓)")
		return
	}
	p.editing = id
	p.entry.SetText(c.Text)
	p.entry.CursorColumn = len([]rune(c.Text))
	p.entry.Refresh()
	p.update()
	p.focus()
}

// commitEdit saves the line as the text of the claim being edited.
func (p *flowPanel) commitEdit() {
	id := p.editing
	text := strings.TrimSpace(p.entry.Text)
	if text == "" {
		p.h.Status("A claim needs a text: Esc keeps the old one, Delete removes the claim")
		return
	}
	p.editing = argmap.NilID
	p.entry.SetText("")
	if c := p.h.Doc().Map().Claim(id); c != nil && c.Text != text {
		_ = p.h.Do(argmap.SetText(id, text)) // a failure shows in the status line
	}
	p.update()
}

// cancelEdit empties the line and leaves the claim as it was.
func (p *flowPanel) cancelEdit() {
	p.editing = argmap.NilID
	p.entry.SetText("")
	p.update()
}

// doubleTapped edits the double-clicked card's text.
func (p *flowPanel) doubleTapped(id argmap.ID) {
	if id == argmap.NilID {
		return
	}
	p.choose(id)
	p.startEdit()
}

// editsOnSheet takes the editing of claim id's text when the flow is shown:
// in the flow's line when the claim is on the sheet (it reports true), else
// (a claim in no speech: a reason, a co-premise, an undercut) by going back to the map,
// where the canvas edits it (false), so that no editor opens unseen.
func (p *flowPanel) editsOnSheet(id argmap.ID) bool {
	if !p.shown {
		return false
	}
	if _, on := p.state.grid.Cells[id]; on {
		p.choose(id)
		p.startEdit()
		return true
	}
	p.setShown(false)
	p.h.Status("The new claim is in no speech of the round: it is edited on the map (Ctrl+L for the flow)")
	return false
}
