package app

import (
	"fmt"
	"image/color"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
)

// compareView is the window that lists how another map differs from the
// one being edited: a teacher's model answer against a student's map, or
// two versions of one case. Clicking a change shows it in the editor.
type compareView struct {
	e       *Editor
	win     fyne.Window
	other   *argmap.Map
	name    string
	changes []compare.Change
	grade   compare.Grade
	summary *widget.Label
	list    *widget.List

	// The Pairs tab: every claim of the editor's map with its partner in
	// the other map, uncertain pairings flagged, and the teacher's
	// overrides, which the score follows.
	rows       []pairRow
	pairs      *widget.List
	selected   argmap.ID // the claim of the selected row, or NilID
	chosen     *widget.Label
	partner    *widget.Select
	partnerIDs []argmap.ID // the claims of partner's options, in order
	unpair     *widget.Button
	overrides  []compare.Override
}

// pairRow is one claim of the editor's map and how it was paired.
type pairRow struct {
	claim *argmap.Claim
	pair  compare.Pair
	ok    bool
}

var (
	addedColor   = color.NRGBA{R: 0x2e, G: 0xa0, B: 0x43, A: 0xff}
	removedColor = color.NRGBA{R: 0xd0, G: 0x3b, B: 0x3b, A: 0xff}
	changedColor = color.NRGBA{R: 0xd8, G: 0x8c, B: 0x1a, A: 0xff}
)

// compareWith asks for a map file and opens the Compare window on it.
func (e *Editor) compareWith() {
	e.askOpenPath("Compare With", e.readableExts(), func(path string) { _, _ = e.CompareFile(path) })
}

// CompareFile opens the Compare window on the map at path (in any format).
func (e *Editor) CompareFile(path string) (fyne.Window, error) {
	other, _, err := e.formats.Load(path)
	if err != nil {
		e.showError(err)
		return nil, err
	}
	return e.CompareMap(other, filepath.Base(path)), nil
}

// CompareMap opens the Compare window on other, named name.
func (e *Editor) CompareMap(other *argmap.Map, name string) fyne.Window {
	return e.openCompare(other, name).win
}

// openCompare opens the Compare window on other and returns its view
// (tests read what it found).
func (e *Editor) openCompare(other *argmap.Map, name string) *compareView {
	cv := &compareView{e: e, other: other, name: name}
	cv.win = e.app.NewWindow(fmt.Sprintf("Compare %s with %s — Argmap", e.docName(), name))
	cv.summary = widget.NewLabel("")
	cv.summary.Wrapping = fyne.TextWrapWord
	cv.list = widget.NewList(func() int { return len(cv.changes) }, cv.newRow, cv.updateRow)
	cv.list.OnSelected = cv.show
	refresh := widget.NewButtonWithIcon("Compare Again", theme.ViewRefreshIcon(), cv.compute)
	report := widget.NewButtonWithIcon("Copy Teacher's Report", theme.ContentCopyIcon(), cv.copyReport)
	legend := container.NewHBox(marker('+', addedColor), widget.NewLabel("only in "+name),
		marker('-', removedColor), widget.NewLabel("only in "+e.docName()),
		marker('~', changedColor), widget.NewLabel("in both, changed"))
	changes := container.NewBorder(container.NewVBox(legend, widget.NewSeparator()), nil, nil, nil, cv.list)
	tabs := container.NewAppTabs(container.NewTabItem("Changes", changes), container.NewTabItem("Pairs", cv.pairsTab()))
	top := container.NewVBox(cv.summary, widget.NewSeparator())
	bottom := container.NewHBox(layoutSpacer(), refresh, report)
	cv.win.SetContent(container.NewBorder(top, bottom, nil, nil, tabs))
	cv.compute()
	cv.win.Resize(fyne.NewSize(900, 640))
	cv.win.Show()
	return cv
}

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// opWords name the kinds of change in the list and the legend: a word
// reads at a glance where a thin "-" does not.
var opWords = map[byte]string{'+': "ADDED", '-': "REMOVED", '~': "CHANGED"}

// marker is the coloured word of a change, in a fixed width so that the
// texts of the list line up.
func marker(op byte, c color.Color) fyne.CanvasObject {
	t := canvas.NewText(opWords[op], c)
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.TextSize = theme.CaptionTextSize()
	t.Alignment = fyne.TextAlignCenter
	w := fyne.MeasureText("REMOVED", t.TextSize, t.TextStyle).Width
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(w+theme.Padding(), t.MinSize().Height), t))
}

// markerText finds the text of a marker made by marker.
func markerText(o fyne.CanvasObject) *canvas.Text {
	return o.(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Text)
}

// compute diffs the editor's map (as it is now) with the other map, its
// claims paired as the teacher's overrides say.
func (cv *compareView) compute() {
	cv.grade = compare.AssessWith(cv.e.doc.Map(), cv.other, "other", cv.overrides)
	mt := cv.grade.Matching
	cv.changes = compare.DiffMatched(cv.e.doc.Map(), cv.other, mt)
	var add, del, chg int
	for _, c := range cv.changes {
		switch c.Op {
		case '+':
			add++
		case '-':
			del++
		default:
			chg++
		}
	}
	if len(cv.changes) == 0 {
		cv.summary.SetText("The maps are the same.")
	} else {
		teacher := ""
		if len(cv.overrides) > 0 {
			teacher = fmt.Sprintf(", %d set by you", len(cv.overrides))
		}
		cv.summary.SetText(fmt.Sprintf("%d added, %d removed, %d changed. %s paired (%d by ID, %d otherwise%s; %d uncertain); "+
			"relations drawn as here %d of %d, %d wrong; score %.1f against this map as the model.",
			add, del, chg, plural(len(mt.AtoB), "claim", "claims"), len(mt.AtoB)-mt.ByText, mt.ByText, teacher, cv.grade.Uncertain,
			cv.grade.Links, cv.grade.AllLink, len(cv.grade.Wrong), cv.grade.Score))
	}
	byA := make(map[argmap.ID]compare.Pair, len(mt.Pairs))
	for _, p := range mt.Pairs {
		byA[p.A] = p
	}
	cv.rows = cv.rows[:0]
	for _, c := range cv.e.doc.Map().Claims {
		p, ok := byA[c.ID]
		cv.rows = append(cv.rows, pairRow{claim: c, pair: p, ok: ok})
	}
	// What the teacher should look at comes first: no partner, the
	// opposite, uncertain; then the teacher's own pairings and the sure ones,
	// each in the map's order.
	sort.SliceStable(cv.rows, func(i, j int) bool { return concern(cv.rows[i]) < concern(cv.rows[j]) })
	cv.list.UnselectAll()
	cv.list.Refresh()
	if cv.pairs != nil {
		cv.pairs.Refresh()
		cv.chooseClaim(cv.selected)
	}
}

func (cv *compareView) newRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, marker('~', changedColor), nil, l)
}

func (cv *compareView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := cv.changes[i]
	row := o.(*fyne.Container)
	var l *widget.Label
	var m *canvas.Text
	for _, x := range row.Objects {
		switch x := x.(type) {
		case *widget.Label:
			l = x
		case *fyne.Container:
			m = markerText(x)
		}
	}
	m.Text = opWords[c.Op]
	switch c.Op {
	case '+':
		m.Color = addedColor
	case '-':
		m.Color = removedColor
	default:
		m.Color = changedColor
	}
	m.Refresh()
	l.SetText(c.Text)
}

// show selects the change's claim or argument in the editor (changes only
// in the other map have nothing to show there).
func (cv *compareView) show(i widget.ListItemID) {
	c := cv.changes[i]
	if c.A != argmap.NilID && cv.e.exists(c.A) {
		cv.e.Select([]argmap.ID{c.A})
		cv.e.view.Reveal(c.A)
		cv.e.status.message("Shown: " + c.Text)
		return
	}
	cv.e.status.message("Only in the other map: " + c.Text)
}

func (cv *compareView) copyReport() {
	var b strings.Builder
	g := cv.grade
	g.Name = cv.name
	if err := compare.WriteReport(&b, cv.e.doc.Map(), []compare.Grade{g}); err == nil {
		cv.e.app.Clipboard().SetContent(b.String())
		cv.e.status.message("Teacher's report copied as Markdown")
	}
}

var (
	sureColor    = addedColor
	checkColor   = changedColor
	noneColor    = removedColor
	teacherColor = color.NRGBA{R: 0x2f, G: 0x6f, B: 0xd0, A: 0xff}
)

// concern orders the rows of the Pairs tab.
func concern(r pairRow) int {
	w, _ := pairWord(r)
	return map[string]int{"NONE": 0, "OPPOSITE": 1, "CHECK": 2, "TEACHER": 3, "SURE": 4}[w]
}

// pairWord is the marker of a pairing: SURE, CHECK (uncertain), OPPOSITE
// (the other map says the opposite), TEACHER (an override) or NONE.
func pairWord(r pairRow) (string, color.Color) {
	switch {
	case !r.ok:
		return "NONE", noneColor
	case r.pair.Method == compare.ByTeacher:
		return "TEACHER", teacherColor
	case r.pair.Negated:
		return "OPPOSITE", noneColor
	case r.pair.Uncertain:
		return "CHECK", checkColor
	}
	return "SURE", sureColor
}

// pairsTab lists the pairings and, for the selected one, lets the teacher
// pair the claim with another claim of the other map or with none.
func (cv *compareView) pairsTab() fyne.CanvasObject {
	cv.pairs = widget.NewList(func() int { return len(cv.rows) }, cv.newPairRow, cv.updatePairRow)
	cv.pairs.OnSelected = func(i widget.ListItemID) { cv.choose(i) }
	cv.chosen = widget.NewLabel("Select a claim to check or change its pairing.")
	cv.chosen.Wrapping = fyne.TextWrapWord
	cv.partner = widget.NewSelect(nil, nil)
	cv.partner.PlaceHolder = "Pair with…"
	cv.partner.OnChanged = cv.pairWith
	cv.unpair = widget.NewButtonWithIcon("No Partner", theme.ContentClearIcon(), func() { cv.override(argmap.NilID) })
	reset := widget.NewButtonWithIcon("Undo My Pairings", theme.ContentUndoIcon(), func() {
		cv.overrides = nil
		cv.compute()
	})
	cv.partner.Disable()
	cv.unpair.Disable()
	// Every marker a row can show, NONE (the most common in a first
	// draft) included; CHECK's words kept short so that all fit in the window.
	legend := container.NewHBox(pairMarker("SURE", sureColor), widget.NewLabel("alike"),
		pairMarker("CHECK", checkColor), widget.NewLabel("uncertain: by place or weak wording"),
		pairMarker("OPPOSITE", noneColor), widget.NewLabel("says the opposite"),
		pairMarker("TEACHER", teacherColor), widget.NewLabel("set by you"),
		pairMarker("NONE", noneColor), widget.NewLabel("no partner"))
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(cv.unpair, reset), cv.partner)
	return container.NewBorder(container.NewVBox(legend, widget.NewSeparator()), container.NewVBox(widget.NewSeparator(), cv.chosen, bar), nil, nil, cv.pairs)
}

// pairMarker is a coloured word in the fixed width of the longest one.
func pairMarker(word string, c color.Color) fyne.CanvasObject {
	t := canvas.NewText(word, c)
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.TextSize = theme.CaptionTextSize()
	t.Alignment = fyne.TextAlignCenter
	w := fyne.MeasureText("OPPOSITE", t.TextSize, t.TextStyle).Width
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(w+theme.Padding(), t.MinSize().Height), t))
}

func (cv *compareView) newPairRow() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	how := widget.NewLabel("")
	w := fyne.MeasureText("0.00 structure", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	left := container.NewHBox(pairMarker("NONE", noneColor), container.NewGridWrap(fyne.NewSize(w, how.MinSize().Height), how))
	return container.NewBorder(nil, nil, left, nil, l)
}

func (cv *compareView) updatePairRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := cv.rows[i]
	row := o.(*fyne.Container)
	for _, x := range row.Objects {
		switch x := x.(type) {
		case *widget.Label:
			x.SetText(cv.pairText(r))
		case *fyne.Container:
			m := markerText(x.Objects[0])
			m.Text, m.Color = pairWord(r)
			m.Refresh()
			how := x.Objects[1].(*fyne.Container).Objects[0].(*widget.Label)
			if r.ok {
				how.SetText(fmt.Sprintf("%.2f %s", r.pair.Similarity, r.pair.Method))
			} else {
				how.SetText("")
			}
		}
	}
}

// pairText is a row's text: the claim and its partner.
func (cv *compareView) pairText(r pairRow) string {
	if !r.ok {
		return oneLineText(r.claim.Text) + "   ⇄   (nothing in " + cv.name + ")"
	}
	return oneLineText(r.claim.Text) + "   ⇄   " + oneLineText(cv.otherText(r.pair.B))
}

// pairLine is a row's text: the claim, its partner, how alike and how found.
func (cv *compareView) pairLine(r pairRow) string {
	if !r.ok {
		return oneLineText(r.claim.Text) + "   ⇄   (nothing in " + cv.name + ")"
	}
	p := r.pair
	return fmt.Sprintf("%s   ⇄   %s   (%.2f, %s)", oneLineText(r.claim.Text), oneLineText(cv.otherText(p.B)), p.Similarity, p.Method)
}

func (cv *compareView) otherText(id argmap.ID) string {
	if c := cv.other.Claim(id); c != nil {
		return c.Text
	}
	return ""
}

func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// choose shows the selected pairing and offers the other map's claims to
// pair it with, unpaired ones first.
func (cv *compareView) choose(i int) {
	if i < 0 || i >= len(cv.rows) {
		cv.selected = argmap.NilID
		cv.partner.Disable()
		cv.unpair.Disable()
		return
	}
	r := cv.rows[i]
	cv.selected = r.claim.ID
	cv.chosen.SetText(cv.pairLine(r))
	// Options are numbered, so that two claims of one text stay apart.
	var free, taken []string
	var freeIDs, takenIDs []argmap.ID
	for _, c := range cv.other.Claims {
		if _, ok := cv.grade.Matching.BtoA[c.ID]; ok {
			taken, takenIDs = append(taken, c.Text), append(takenIDs, c.ID)
		} else {
			free, freeIDs = append(free, c.Text), append(freeIDs, c.ID)
		}
	}
	cv.partnerIDs = append(freeIDs, takenIDs...)
	opts := make([]string, 0, len(cv.partnerIDs))
	for k, t := range append(free, taken...) {
		suffix := ""
		if k >= len(free) {
			suffix = " (paired)"
		}
		opts = append(opts, fmt.Sprintf("%d. %s%s", k+1, clipText(oneLineText(t), 90), suffix))
	}
	cv.partner.OnChanged = nil
	cv.partner.Options = opts
	cv.partner.ClearSelected()
	cv.partner.OnChanged = cv.pairWith
	cv.partner.Enable()
	cv.unpair.Enable()
	if cv.e.exists(r.claim.ID) {
		cv.e.Select([]argmap.ID{r.claim.ID})
		cv.e.view.Reveal(r.claim.ID)
	}
}

// chooseClaim selects the row of claim id (rows move when a pairing
// changes).
func (cv *compareView) chooseClaim(id argmap.ID) {
	for i, r := range cv.rows {
		if r.claim.ID == id {
			cv.pairs.Select(i)
			cv.choose(i)
			return
		}
	}
	cv.choose(-1)
}

// pairWith pairs the selected claim with the other map's claim chosen by
// its label.
func (cv *compareView) pairWith(label string) {
	for k, o := range cv.partner.Options {
		if o == label && k < len(cv.partnerIDs) {
			cv.override(cv.partnerIDs[k])
			return
		}
	}
}

// override records the teacher's pairing of the selected claim (with b, or
// with nothing) and grades again: the score follows.
func (cv *compareView) override(b argmap.ID) {
	if cv.selected == argmap.NilID {
		return
	}
	a := cv.selected
	var keep []compare.Override
	for _, o := range cv.overrides {
		if o.A != a && (b == argmap.NilID || o.B != b) {
			keep = append(keep, o)
		}
	}
	cv.overrides = append(keep, compare.Override{A: a, B: b})
	cv.compute()
	cv.e.status.message(fmt.Sprintf("Pairing set; score now %.1f", cv.grade.Score))
}
