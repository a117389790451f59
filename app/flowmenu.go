package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/flow"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/pdf"
)

// labelCustomRound is the New Round dialog's choice of an order of one's own.
const labelCustomRound = "Custom order of speeches"

// installFlow adds the flow's menu items: View › Flow, the Round menu and
// File › Open Sample.
func (e *Editor) installFlow() {
	p := e.flow
	mm := e.menus.main
	if mm == nil {
		return
	}
	p.menuItem = item("Flow", key(fyne.KeyL, mod), p.toggle)
	insertAfter(mm, "View", "Inspector", p.menuItem)

	sample := fyne.NewMenuItem("Open Sample", nil)
	sample.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("Argument Map (the article)", func() {
			e.confirmDiscard("opening the sample map", e.OpenSample)
		}),
		fyne.NewMenuItem("Debate Round", e.openSampleRound),
	)
	insertAfter(mm, "File", "Open Recent", sample)

	p.roundItems = []*fyne.MenuItem{
		item("Edit Speakers…", nil, e.editSpeakersDialog),
		item("Next Speech", key(fyne.KeyPageDown, mod), func() { e.flowStep(+1) }),
		item("Previous Speech", key(fyne.KeyPageUp, mod), func() { e.flowStep(-1) }),
		item("Decision Summary…", key(fyne.KeyD, modShift), e.showSummary),
		item("Remove Round…", nil, e.removeRoundDialog),
	}
	ri := p.roundItems
	round := fyne.NewMenu("Round",
		item("New Round…", nil, e.newRoundDialog), ri[0],
		fyne.NewMenuItemSeparator(),
		ri[1], ri[2],
		fyne.NewMenuItemSeparator(),
		ri[3],
		fyne.NewMenuItemSeparator(),
		ri[4],
	)
	// After View: the Round menu is the flow's, as Challenge is the map's.
	for i, m := range mm.Items {
		if m.Label == "View" {
			mm.Items = append(mm.Items[:i+1], append([]*fyne.Menu{round}, mm.Items[i+1:]...)...)
			break
		}
	}
	e.updateRoundMenu()
	mm.Refresh()
}

// updateRoundMenu enables the Round menu's items that need a round.
func (e *Editor) updateRoundMenu() {
	if e.flow == nil {
		return
	}
	for _, it := range e.flow.roundItems {
		it.Disabled = e.doc.Map() == nil || e.doc.Map().Round == nil
	}
}

// flowShown reports whether the flow takes the canvas's place.
func (e *Editor) flowShown() bool { return e.flow != nil && e.flow.shown }

// centre is what fills the middle of the window: the flow when shown, else
// the canvas (with the source text beside it when that is shown).
func (e *Editor) centre() fyne.CanvasObject {
	if e.flowShown() {
		return e.flow.widget()
	}
	return e.src.Centre()
}

// flowStep moves to the next or previous speech, showing the flow first.
func (e *Editor) flowStep(d int) {
	if !e.flow.shown {
		e.flow.setShown(true)
		return
	}
	e.flow.stepSpeech(d)
	e.flow.focus()
}

// openSampleRound opens the sample debate round, asking first about
// unsaved changes, and shows it as a flow.
func (e *Editor) openSampleRound() {
	e.confirmDiscard("opening the sample round", func() {
		m, err := sampleRound()
		if err != nil {
			e.showError(err)
			return
		}
		e.SetMap(m, "", nil)
		e.flow.setShown(true)
		e.status.message("The sample round: " + m.Meta.Title)
	})
}

// roundForm is the last New Round dialog's fields, kept for tests.
type roundForm struct {
	format   *widget.RadioGroup
	custom   *widgets.EscapeEntry
	speakers *widgets.EscapeEntry
	dlg      dialog.Dialog
}

// newRoundDialog asks for a format (or a custom order of speeches) and the
// speakers, and gives the map that round.
func (e *Editor) newRoundDialog() {
	var names []string
	for _, f := range argmap.Formats {
		names = append(names, f.Name)
	}
	names = append(names, labelCustomRound)
	f := &roundForm{}
	f.custom = widgets.NewEscapeMultiLineEntry()
	f.custom.SetPlaceHolder("Speeches in order, one a line or comma-separated,\neach as Name or Name: side (e.g. Prop 1: prop, Opp 1: opp)")
	f.custom.SetMinRowsVisible(3)
	f.custom.Disable()
	f.format = widget.NewRadioGroup(names, func(s string) {
		if s == labelCustomRound {
			f.custom.Enable()
		} else {
			f.custom.Disable()
		}
	})
	f.format.SetSelected(names[0])
	f.speakers = widgets.NewEscapeEntry()
	f.speakers.SetPlaceHolder("Optional: the speakers in speaking order, comma-separated")
	intro := widget.NewLabel("The flow shows one column per speech. Answers are arguments against\nwhat they answer, so the evaluation and undo work as on any map.")
	form := container.NewVBox(intro, widget.NewLabelWithStyle("Format", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.format, f.custom,
		widget.NewLabelWithStyle("Speakers", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.speakers)
	d := dialog.NewCustomConfirm("New Round", "Create Round", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		create := func() {
			if err := e.createRound(f.format.Selected, f.custom.Text, f.speakers.Text); err != nil {
				e.showError(err)
			}
		}
		if e.doc.Map().Round == nil {
			create()
			return
		}
		e.confirmReplaceRound(create)
	}, e.win)
	f.custom.OnEscape, f.speakers.OnEscape = d.Hide, d.Hide // a field with the keyboard: Escape cancels as elsewhere
	d.Resize(fyne.NewSize(560, 520))
	f.dlg = d
	e.flow.form = f
	d.Show()
}

// createRound gives the map a round of the format named (a Formats name or
// labelCustomRound with custom, the order of speeches) with the speakers
// listed, replacing the round it had (its claims stay on the map, in no
// speech), as one undoable edit, and shows the flow.
func (e *Editor) createRound(format, custom, speakers string) error {
	var r *argmap.Round
	for _, f := range argmap.Formats {
		if f.Name == format || f.Key == format {
			r = argmap.NewRound(e.doc.Mint().IDs, f.Key)
		}
	}
	if r == nil {
		sps := parseSpeeches(custom)
		if len(sps) == 0 {
			return errors.New("new round: list the speeches in order (for example: 1A: aff, 1N: neg, 2A: aff, 2N: neg)")
		}
		r = argmap.NewRound(e.doc.Mint().IDs, argmap.CustomFormat)
		for _, s := range sps {
			s.ID = e.doc.Mint().ID()
			r.Speeches = append(r.Speeches, s)
		}
	}
	var names []string
	for _, s := range strings.Split(speakers, ",") {
		names = append(names, strings.TrimSpace(s))
	}
	for i := range r.Speeches {
		if i < len(names) && names[i] != "" {
			r.Speeches[i].Speaker = names[i]
		}
	}
	var ed argmap.Edit = argmap.SetRound(r)
	if e.doc.Map().Round != nil {
		ed = argmap.Batch("New Round", argmap.ClearRound(e.doc.Map()), argmap.SetRound(r))
	} else {
		ed = argmap.Batch("New Round", ed)
	}
	if err := e.do(ed); err != nil {
		return err
	}
	e.flow.cur = 0
	e.flow.setShown(true)
	e.flow.refresh()
	e.flow.focus()
	e.status.message(fmt.Sprintf("New round: %d speeches; type the first claim of %s", len(r.Speeches), r.Speeches[0].Name))
	return nil
}

// editSpeakersDialog names who gave each speech.
func (e *Editor) editSpeakersDialog() {
	if e.doc.Map().Round == nil {
		e.newRoundDialog()
		return
	}
	r := e.doc.Map().Round.Clone()
	var items []*widget.FormItem
	entries := make([]*widgets.EscapeEntry, len(r.Speeches))
	for i, s := range r.Speeches {
		en := widgets.NewEscapeEntry()
		en.SetText(s.Speaker)
		en.SetPlaceHolder("Speaker")
		entries[i] = en
		items = append(items, widget.NewFormItem(s.Name+" ("+sideName(s.Side)+")", en))
	}
	d := dialog.NewForm("Speakers", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		for i := range r.Speeches {
			r.Speeches[i].Speaker = strings.TrimSpace(entries[i].Text)
		}
		e.do(argmap.Batch("Edit Speakers", argmap.SetRound(r)))
	}, e.win)
	for _, en := range entries {
		en.OnEscape = d.Hide // a field with the keyboard: Escape cancels as elsewhere
	}
	d.Resize(fyne.NewSize(440, 120+44*float32(len(r.Speeches))))
	d.Show()
}

// removeRoundDialog takes the round off the map after asking; the claims
// stay on the map.
func (e *Editor) removeRoundDialog() {
	if e.doc.Map().Round == nil {
		e.status.message("The map has no round")
		return
	}
	d := dialog.NewConfirm("Remove Round?",
		"The flow's speeches are removed; every claim and answer stays on the map.\nUndo (Ctrl+Z) brings the round back.",
		func(ok bool) {
			if ok {
				e.do(argmap.ClearRound(e.doc.Map()))
			}
		}, e.win)
	d.Show()
}

// summaryFormats are the decision summary's exports: not formats of a map
// (nothing reads them back), so they are not in the registry.
var summaryFormats = []*formats.Format{
	{Name: "summary-md", Title: "Decision Summary (Markdown)", Exts: []string{".decision.md"},
		Encode: func(m *argmap.Map) ([]byte, error) { return flow.Summarize(m).Markdown(), nil }},
	{Name: "summary-pdf", Title: "Decision Summary (PDF)", Exts: []string{".decision.pdf"},
		Encode: func(m *argmap.Map) ([]byte, error) { return pdf.Summary(m, pdf.Options{}) }},
}

// flowExports are File › Export's items of a round: the decision summary,
// disabled while the map has no round.
func (e *Editor) flowExports() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, f := range summaryFormats {
		it := fyne.NewMenuItem(f.Title+"…", func() { e.export(f) })
		it.Disabled = e.doc.Map() == nil || e.doc.Map().Round == nil
		items = append(items, it)
	}
	return items
}

// showSummary shows the decision summary of the round in a window of its
// own, beside the flow.
func (e *Editor) showSummary() {
	if e.doc.Map().Round == nil {
		e.status.message("The map has no round: Round › New Round… starts one")
		return
	}
	md := string(flow.Summarize(e.doc.Map()).Markdown())
	rt := widget.NewRichTextFromMarkdown(widgets.TablesAsLists(md))
	rt.Wrapping = fyne.TextWrapWord
	body := container.NewVScroll(rt)
	body.SetMinSize(fyne.NewSize(720, 560))
	d := dialog.NewCustom("Decision Summary", "Close", body, e.win)
	e.flow.summary = md
	d.Show()
}

// confirmReplaceRound asks before a new round takes the place of the
// map's round, then runs replace.
func (e *Editor) confirmReplaceRound(replace func()) {
	flowed := 0
	for _, c := range e.doc.Map().Claims {
		if e.doc.Map().Round.Index(c.Speech) >= 0 {
			flowed++
		}
	}
	name := argmap.CustomFormat
	if f := argmap.LookupFormat(e.doc.Map().Round.Format); f != nil {
		name = f.Name
	}
	msg := fmt.Sprintf("This map already has a round (%s, %s, %s flowed).\n"+
		"Replace it? Its claims stay on the map, outside the new flow; Undo brings the round back.\n"+
		"To flow another round beside this one, start it in a new map (File › New).",
		name, plural(len(e.doc.Map().Round.Speeches), "speech", "speeches"), plural(flowed, "claim", "claims"))
	d := dialog.NewConfirm("Replace the Round?", msg, func(ok bool) {
		if ok {
			replace()
		}
	}, e.win)
	d.SetConfirmText("Replace Round")
	d.Show()
}
