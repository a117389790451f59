package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// newFlowEditor opens an empty map in an editor on Fyne's test app, gives
// it a round of the format (a key of argmap.Formats) and shows the flow.
func newFlowEditor(t *testing.T, format string) *Editor {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1600, 1000))
	e := NewEditor(a, w, testFormats())
	if err := e.createRound(format, "", ""); err != nil {
		t.Fatal(err)
	}
	if !e.flow.shown {
		t.Fatal("the flow is not shown after New Round")
	}
	return e
}

// flowType types on whatever has the keyboard, as a judge does: the
// steps are text (typed rune by rune) or keys (fyne.KeyName), with
// "shift+Tab" for an extension.
func flowType(t *testing.T, e *Editor, steps ...any) {
	t.Helper()
	for _, s := range steps {
		f := e.win.Canvas().Focused()
		if f != e.flow.entry {
			t.Fatalf("before %v the keyboard is with %T, not the flow's line", s, f)
		}
		switch s := s.(type) {
		case string:
			if s == "shift+Tab" {
				currentMods = func() fyne.KeyModifier { return fyne.KeyModifierShift }
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
				currentMods = func() fyne.KeyModifier { return 0 }
				continue
			}
			for _, r := range s {
				f.TypedRune(r)
			}
		case fyne.KeyName:
			f.TypedKey(&fyne.KeyEvent{Name: s})
		}
	}
}

// speechOf is the name of the speech claim text was made in.
func speechOf(t *testing.T, m *argmap.Map, text string) string {
	t.Helper()
	c := claimByText(t, m, text)
	s := m.Round.Speech(c.Speech)
	if s == nil {
		t.Fatalf("claim %q is in no speech", text)
	}
	return s.Name
}

// answer is an argument of the flow, by the texts of its ends.
type answer struct {
	from, to string
	pol      argmap.Polarity
}

func answersOf(m *argmap.Map) map[answer]bool {
	out := map[answer]bool{}
	for _, a := range m.Arguments {
		for _, p := range a.Premises {
			if t := m.Claim(a.Target); t != nil {
				out[answer{m.Claim(p).Text, t.Text, a.Polarity}] = true
			}
		}
	}
	return out
}

// cardMarks are the marks the sheet shows, by card text.
func cardMarks(e *Editor) map[string][2]bool {
	out := map[string][2]bool{}
	for _, c := range e.flow.sheet.data.Cards {
		out[c.Text] = [2]bool{c.Dropped, c.Extended}
	}
	return out
}

func TestFlowPolicyRoundFromTheKeyboard(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e,
		// 1AC: two points, each on a new line.
		"Plan: fund night buses", fyne.KeyReturn,
		"Advantage: shift workers get home safely", fyne.KeyReturn,
		// 1NC: select the advantage (left, down) and answer it twice.
		fyne.KeyPageDown, fyne.KeyLeft, fyne.KeyDown,
		"No link: workers drive", fyne.KeyTab,
		"Turn: buses at night are unsafe", fyne.KeyReturn,
		// A new line of the 1NC: an off-case disadvantage.
		fyne.KeyEscape, "DA: the budget cuts day routes", fyne.KeyReturn,
		// 2AC: answer the no-link argument only.
		fyne.KeyPageDown, fyne.KeyLeft,
		"Surveys: most workers have no car", fyne.KeyTab,
	)
	m := e.Map()
	for text, want := range map[string]string{
		"Plan":      "1AC",
		"Advantage": "1AC",
		"No link":   "1NC",
		"Turn":      "1NC",
		"DA":        "1NC",
		"Surveys":   "2AC",
	} {
		if got := speechOf(t, m, text); got != want {
			t.Errorf("%q is in %s, want %s", text, got, want)
		}
	}
	if len(m.Claims) != 6 {
		t.Errorf("%d claims, want 6", len(m.Claims))
	}
	want := map[answer]bool{
		{"No link: workers drive", "Advantage: shift workers get home safely", argmap.Con}:          true,
		{"Turn: buses at night are unsafe", "Advantage: shift workers get home safely", argmap.Con}: true,
		{"Surveys: most workers have no car", "No link: workers drive", argmap.Con}:                 true,
	}
	got := answersOf(m)
	for a := range want {
		if !got[a] {
			t.Errorf("missing answer %+v", a)
		}
	}
	if len(got) != len(want) {
		t.Errorf("answers %v, want %v", got, want)
	}
	// The turn and the disadvantage went unanswered by the 2AC: dropped.
	// So was the plan (the negative never spoke to it).
	marks := cardMarks(e)
	for text, dropped := range map[string]bool{
		"Plan: fund night buses":                   true,
		"Advantage: shift workers get home safely": false,
		"No link: workers drive":                   false,
		"Turn: buses at night are unsafe":          true,
		"DA: the budget cuts day routes":           true,
		// Not answered yet, but the negative has not spoken since.
		"Surveys: most workers have no car": false,
	} {
		if marks[text][0] != dropped {
			t.Errorf("%q: dropped mark %v, want %v", text, marks[text][0], dropped)
		}
	}
	// The answers sit in the row of what they answer.
	g := e.flow.state.grid
	adv := claimByText(t, m, "Advantage").ID
	noLink := claimByText(t, m, "No link").ID
	if g.Cells[noLink].Row != g.Cells[adv].Row {
		t.Errorf("the no-link argument is in row %d, the advantage in %d", g.Cells[noLink].Row, g.Cells[adv].Row)
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != claimByText(t, m, "Surveys").ID {
		t.Errorf("after Tab the selection is %v, want the new answer", sel)
	}
	if e.flow.entry.Text != "" {
		t.Errorf("the line still holds %q after Tab", e.flow.entry.Text)
	}
}

func TestFlowBPRoundFromTheKeyboard(t *testing.T) {
	e := newFlowEditor(t, "bp")
	flowType(t, e,
		"Ban phones in schools", fyne.KeyReturn,
		"Phones harm attention", fyne.KeyReturn,
		// LO answers the harm; DPM rebuilds it; the member extends.
		fyne.KeyPageDown, fyne.KeyLeft, fyne.KeyDown,
		"Attention is harmed by sleep, not phones", fyne.KeyTab,
		"Studies control for sleep", fyne.KeyTab,
		// Back on the PM's harm: extended by the government's next speech.
		fyne.KeyLeft, fyne.KeyLeft, "Our extension: grades rise after bans", "shift+Tab",
	)
	m := e.Map()
	for text, want := range map[string]string{
		"Ban phones":            "PM",
		"Phones harm":           "PM",
		"Attention is harmed":   "LO",
		"Studies control":       "DPM",
		"Our extension: grades": "DPM",
	} {
		if got := speechOf(t, m, text); got != want {
			t.Errorf("%q is in %s, want %s", text, got, want)
		}
	}
	got := answersOf(m)
	for _, a := range []answer{
		{"Attention is harmed by sleep, not phones", "Phones harm attention", argmap.Con},
		{"Studies control for sleep", "Attention is harmed by sleep, not phones", argmap.Con},
		{"Our extension: grades rise after bans", "Phones harm attention", argmap.Pro},
	} {
		if !got[a] {
			t.Errorf("missing %+v in %v", a, got)
		}
	}
	marks := cardMarks(e)
	if !marks["Phones harm attention"][1] {
		t.Error("the PM's harm, carried on by the DPM, is not marked extended")
	}
	if marks["Attention is harmed by sleep, not phones"][0] {
		t.Error("the LO's answer, answered by the DPM, is marked dropped")
	}
}

func TestFlowTabNeedsASelection(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "An answer to nothing", fyne.KeyTab)
	if len(e.Map().Claims) != 0 {
		t.Fatalf("Tab with nothing selected added %d claims", len(e.Map().Claims))
	}
	if e.flow.entry.Text != "An answer to nothing" {
		t.Errorf("the typed text was lost: %q", e.flow.entry.Text)
	}
	if msg := statusMessage(t, e); msg == "" {
		t.Error("no message says why nothing was added")
	}
}

func TestFlowSelectionIsSharedWithTheMap(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "First", fyne.KeyReturn, fyne.KeyPageDown, fyne.KeyLeft, "Reply", fyne.KeyTab)
	m := e.Map()
	first, reply := claimByText(t, m, "First").ID, claimByText(t, m, "Reply").ID
	// Selected in the map: the flow follows, and its speech is current.
	e.View().OnSelectionChanged([]argmap.ID{first})
	if !e.flow.sheet.sel[first] || e.flow.sheet.sel[reply] {
		t.Errorf("flow selection %v, want only the claim selected on the map", e.flow.sheet.sel)
	}
	if e.flow.cur != 0 {
		t.Errorf("current speech %d, want 0 (the selected claim's)", e.flow.cur)
	}
	// Tapped in the flow: the map follows.
	c := e.flow.sheet.card(reply)
	pos, sz := e.flow.sheet.geom.cardRect(c)
	test.TapAt(e.flow.sheet, fyne.NewPos(pos.X+sz.Width/2, pos.Y+sz.Height/2))
	if got := e.View().Selection(); len(got) != 1 || got[0] != reply {
		t.Errorf("map selection %v after a tap on the flow, want the reply", got)
	}
	if got := e.Selection(); len(got) != 1 || got[0] != reply {
		t.Errorf("editor selection %v, want the reply", got)
	}
}

func TestFlowUndo(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "First", fyne.KeyReturn, fyne.KeyPageDown, fyne.KeyLeft, "Reply", fyne.KeyTab)
	if _, ok := menuItem(t, e, "Edit", "Undo").Shortcut.(*fyne.ShortcutUndo); !ok {
		t.Fatalf("Undo's shortcut is %v, not Ctrl+Z", menuItem(t, e, "Edit", "Undo").Shortcut)
	}
	// Ctrl+Z reaches the main menu before the focused line (the driver
	// runs menu shortcuts first).
	menuItem(t, e, "Edit", "Undo").Action()
	m := e.Map()
	if len(m.Claims) != 1 || len(m.Arguments) != 0 {
		t.Fatalf("after one undo: %d claims, %d arguments; want the answer and its argument gone", len(m.Claims), len(m.Arguments))
	}
	if n := len(e.flow.sheet.data.Cards); n != 1 {
		t.Errorf("the sheet shows %d cards after undo, want 1", n)
	}
	menuItem(t, e, "Edit", "Redo").Action()
	if len(e.flow.sheet.data.Cards) != 2 {
		t.Errorf("the sheet shows %d cards after redo, want 2", len(e.flow.sheet.data.Cards))
	}
	// An edit made elsewhere (the inspector, the map) shows on the sheet.
	e.do(argmap.SetText(claimByText(t, m, "Reply").ID, "Reply, edited"))
	found := false
	for _, c := range e.flow.sheet.data.Cards {
		found = found || c.Text == "Reply, edited"
	}
	if !found {
		t.Error("the sheet does not show a text edited outside it")
	}
}

func TestFlowEmptyState(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	e := NewEditor(a, w, testFormats())
	e.flow.menuItem.Action()
	if !e.flow.shown || e.flow.root.Objects[0] != e.flow.empty {
		t.Fatal("a map without a round does not show the empty state")
	}
	for _, it := range e.flow.roundItems {
		if !it.Disabled {
			t.Errorf("Round › %s is enabled on a map without a round", it.Label)
		}
	}
	e.newRoundDialog()
	f := e.flow.form
	f.format.SetSelected(labelCustomRound)
	if f.custom.Disabled() {
		t.Fatal("the custom order field stays disabled for a custom round")
	}
	if err := e.createRound(labelCustomRound, "Prop 1: prop, Opp 1: opp\nProp 2, Opp 2", "Ana, Ben"); err != nil {
		t.Fatal(err)
	}
	r := e.Map().Round
	var got []string
	for _, s := range r.Speeches {
		got = append(got, s.Name+"/"+s.Side+"/"+s.Speaker)
	}
	want := []string{"Prop 1/prop/Ana", "Opp 1/opp/Ben", "Prop 2/prop/", "Opp 2/opp/"}
	if len(got) != len(want) {
		t.Fatalf("speeches %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("speech %d = %s, want %s", i, got[i], want[i])
		}
	}
	if e.flow.root.Objects[0] != e.flow.sheetC {
		t.Error("the flow still shows the empty state after New Round")
	}
	for _, it := range e.flow.roundItems {
		if it.Disabled {
			t.Errorf("Round › %s is disabled on a map with a round", it.Label)
		}
	}
	e.undo()
	if e.Map().Round != nil || e.flow.root.Objects[0] != e.flow.empty {
		t.Error("undoing New Round does not bring the empty state back")
	}
}

func TestFlowDroppedOnceTheOtherSideSpoke(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: buses are rare at night", fyne.KeyReturn)
	if cardMarks(e)["Harms: buses are rare at night"][0] {
		t.Fatal("a claim of the speech being flowed is marked dropped")
	}
	// The 1NC is flowed without a word on the harms: now they are dropped.
	flowType(t, e, fyne.KeyPageDown, "Counterplan: taxi vouchers", fyne.KeyReturn)
	if !cardMarks(e)["Harms: buses are rare at night"][0] {
		t.Error("the harms, passed over by the 1NC, are not marked dropped")
	}
	if cardMarks(e)["Counterplan: taxi vouchers"][0] {
		t.Error("the counterplan is marked dropped before the 2AC")
	}
	// Moving past the 2AC without an answer drops the counterplan too.
	flowType(t, e, fyne.KeyPageDown, fyne.KeyPageDown)
	if !cardMarks(e)["Counterplan: taxi vouchers"][0] {
		t.Error("the counterplan, passed over by the 2AC, is not marked dropped")
	}
	flowType(t, e, fyne.KeyPageUp, fyne.KeyPageUp)
	if e.flow.cur != 1 {
		t.Errorf("Page Up twice from the 2NC: speech %d, want 1 (the 1NC)", e.flow.cur)
	}
}

// richText is the text of segs, a list's items included (RichText.String
// leaves them out, and a paragraph's text).
func richText(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.ListSegment:
			b.WriteString(richText(s.Items))
		case *widget.ParagraphSegment:
			b.WriteString(richText(s.Texts) + "\n")
		default:
			b.WriteString(s.Textual())
		}
	}
	return b.String()
}

func TestFlowDecisionSummary(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: buses are rare at night", fyne.KeyReturn,
		fyne.KeyPageDown, "Counterplan: taxi vouchers", fyne.KeyReturn)
	e.showSummary()
	if !strings.Contains(e.flow.summary, "Harms: buses are rare at night") {
		t.Errorf("the summary does not name the dropped harms:\n%s", e.flow.summary)
	}
	// The dialog shows the table of sides as lines a person reads, not
	// as the Markdown's raw pipes (RichText has no tables).
	var shown string
	widgetstest.Visit(e.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if rt, ok := o.(*widget.RichText); ok {
			shown += richText(rt.Segments)
		}
		return true
	})
	if strings.Contains(shown, "|---") || strings.Contains(shown, "| Side |") {
		t.Errorf("the Decision Summary dialog shows the table as raw Markdown:\n%s", shown)
	}
	if !strings.Contains(shown, "Claims IN: ") {
		t.Errorf("the Decision Summary dialog does not name the table's columns:\n%s", shown)
	}
	var exp *fyne.MenuItem
	for _, it := range exportMenuItems(t, e) {
		if strings.HasPrefix(it.Label, "Decision Summary (Markdown)") {
			exp = it
		}
	}
	if exp == nil || exp.Disabled {
		t.Fatalf("File › Export has no enabled Decision Summary (Markdown): %v", exp)
	}
	path := filepath.Join(t.TempDir(), "round.decision.md")
	if err := e.ExportTo(summaryFormats[0], path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "Counterplan: taxi vouchers") {
		t.Errorf("the exported summary (err %v) lacks the counterplan:\n%s", err, data)
	}
}

func TestFlowSampleRound(t *testing.T) {
	e := newTestEditor(t)
	e.openSampleRound()
	m := e.Map()
	if m.Round == nil || len(m.Round.Speeches) < 8 {
		t.Fatalf("the sample round has no round of eight speeches: %+v", m.Round)
	}
	if !e.flow.shown {
		t.Fatal("opening the sample round does not show the flow")
	}
	if n := len(e.flow.sheet.data.Cards); n == 0 || n != len(e.flow.state.grid.Cells) {
		t.Errorf("the sheet shows %d cards of %d claims in speeches", n, len(e.flow.state.grid.Cells))
	}
	dropped := 0
	for _, c := range e.flow.sheet.data.Cards {
		if c.Dropped {
			dropped++
		}
	}
	if dropped == 0 {
		t.Error("no card of the sample round is marked dropped")
	}
	// Flowing goes on where the round stopped: in its last speech.
	flowType(t, e, "The whip's last word", fyne.KeyReturn)
	if got := speechOf(t, m, "The whip's last word"); got != m.Round.Speeches[len(m.Round.Speeches)-1].Name {
		t.Errorf("a claim typed into the opened sample went to %s, want the last speech", got)
	}
	// Its decision summary prints.
	path := filepath.Join(t.TempDir(), "round.decision.pdf")
	if err := e.ExportTo(summaryFormats[1], path); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(path); err != nil || !strings.HasPrefix(string(data), "%PDF-") {
		t.Errorf("the PDF summary (err %v) is not a PDF", err)
	}
}

func TestFlowSampleRoundAsksAboutUnsavedChanges(t *testing.T) {
	e := newTestEditor(t)
	e.do(argmap.SetText(e.Map().Claims[0].ID, "Changed"))
	before := e.Map()
	e.openSampleRound()
	if e.Map() != before {
		t.Fatal("the sample round replaced a map with unsaved changes without asking")
	}
	if e.confirm == nil {
		t.Fatal("no unsaved-changes dialog")
	}
	test.Tap(e.confirm.discard)
	if e.Map().Round == nil {
		t.Error("Don't Save did not open the sample round")
	}
}

// marksDrawn lists, by card text, the marks the sheet's renderer drew
// inside each card's box ("DROPPED", "EXTENDED →" or "EXT. →", "IN", …).
func marksDrawn(t *testing.T, e *Editor) map[string][]string {
	t.Helper()
	s := e.flow.sheet
	objs := test.WidgetRenderer(s).Objects()
	out := map[string][]string{}
	for _, c := range s.data.Cards {
		p, sz := s.geom.cardRect(&c)
		for _, o := range objs {
			tx, ok := o.(*canvas.Text)
			if !ok || !o.Visible() || !tx.TextStyle.Bold {
				continue
			}
			q := o.Position()
			if q.X >= p.X && q.X < p.X+sz.Width && q.Y >= p.Y && q.Y < p.Y+sz.Height {
				out[c.Text] = append(out[c.Text], tx.Text)
			}
		}
	}
	return out
}

func TestFlowMarksDrawnOnTheirCards(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e,
		"Harms: buses are rare at night", fyne.KeyReturn,
		"Inherency: no route runs after one", fyne.KeyReturn,
		fyne.KeyPageDown, fyne.KeyLeft, "Harms are exaggerated", fyne.KeyTab,
		fyne.KeyPageDown, fyne.KeyLeft, "Harms stand: the city's own counts", fyne.KeyTab,
	)
	drawn := marksDrawn(t, e)
	has := func(text, mark string) bool {
		for _, m := range drawn[text] {
			if strings.HasPrefix(m, mark) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		text             string
		dropped, extends bool
	}{
		// Never answered, and the negative has spoken since.
		{"Inherency: no route runs after one", true, false},
		// Answered by the 1NC, its answer answered by the 2AC: extended.
		{"Harms: buses are rare at night", false, true},
		{"Harms are exaggerated", false, false},
		{"Harms stand: the city's own counts", false, false},
	} {
		if got := has(tc.text, "DROPPED"); got != tc.dropped {
			t.Errorf("%q: DROPPED drawn %v, want %v (marks %v)", tc.text, got, tc.dropped, drawn[tc.text])
		}
		if got := has(tc.text, "EXT"); got != tc.extends {
			t.Errorf("%q: EXTENDED drawn %v, want %v (marks %v)", tc.text, got, tc.extends, drawn[tc.text])
		}
	}
	// The evaluation's badge is on every card while it is shown, and
	// gone when it is hidden.
	if !has("Harms stand: the city's own counts", "IN") {
		t.Errorf("no IN badge on the standing answer: %v", drawn["Harms stand: the city's own counts"])
	}
	e.setEvaluation(false)
	for text, ms := range marksDrawn(t, e) {
		for _, m := range ms {
			if m == "IN" || m == "OUT" || m == "?" {
				t.Errorf("%q still shows %s with the evaluation hidden", text, m)
			}
		}
	}
}

func TestFlowOpensAFlowCSV(t *testing.T) {
	e := newTestEditor(t)
	path := filepath.Join(t.TempDir(), "round.flow.csv")
	csv := "1AC,1NC,2AC\nNight buses save lives,Few ride at night,Surveys say otherwise\n,DA: cuts day routes,\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	if !e.flow.shown {
		t.Fatal("a flow CSV opens as a map, not as a flow")
	}
	if n := len(e.flow.sheet.data.Cards); n != 4 {
		t.Errorf("the sheet shows %d cards, want 4", n)
	}
	if !cardMarks(e)["DA: cuts day routes"][0] {
		t.Error("the disadvantage the 2AC passed over is not marked dropped")
	}
	// Export offers the flow CSV back, and a map without a round opens as
	// a map.
	found := false
	for _, it := range exportMenuItems(t, e) {
		found = found || strings.Contains(it.Label, "CSV")
	}
	if !found {
		t.Error("File › Export has no flow CSV")
	}
	e.SetMap(demoMap(), "", nil)
	if e.flow.shown {
		t.Error("a map without a round opens in the flow")
	}
}

func TestFlowEditAndDeleteFromTheKeyboard(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: bus are rare", fyne.KeyReturn, "Typo claim", fyne.KeyReturn)
	m := e.Map()
	harms := claimByText(t, m, "Harms").ID
	// F2 puts the text in the line; Enter saves the correction.
	flowType(t, e, fyne.KeyUp, fyne.KeyUp, fyne.KeyF2)
	if e.flow.editing != harms || e.flow.entry.Text != "Harms: bus are rare" {
		t.Fatalf("F2 edits %v with %q in the line, want the harms", e.flow.editing, e.flow.entry.Text)
	}
	// While editing, Tab adds nothing.
	flowType(t, e, fyne.KeyTab)
	for range len("bus are rare") {
		e.flow.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	flowType(t, e, "buses are rare", fyne.KeyReturn)
	if got := m.Claim(harms).Text; got != "Harms: buses are rare" {
		t.Errorf("after the edit the text is %q", got)
	}
	if len(m.Claims) != 2 || e.flow.editing != argmap.NilID || e.flow.entry.Text != "" {
		t.Errorf("after the edit: %d claims, editing %v, line %q", len(m.Claims), e.flow.editing, e.flow.entry.Text)
	}
	// Esc cancels an edit and keeps the text.
	flowType(t, e, fyne.KeyF2, "more", fyne.KeyEscape)
	if got := m.Claim(harms).Text; got != "Harms: buses are rare" || e.flow.entry.Text != "" {
		t.Errorf("after Esc: text %q, line %q", got, e.flow.entry.Text)
	}
	// Delete with an empty line removes the selected claim; not while
	// the line holds text.
	flowType(t, e, fyne.KeyDown, "x", fyne.KeyDelete)
	if len(m.Claims) != 2 {
		t.Fatalf("Delete with text in the line removed a claim")
	}
	e.flow.entry.SetText("")
	flowType(t, e, fyne.KeyDelete)
	if len(m.Claims) != 1 || m.Claims[0].ID != harms {
		t.Fatalf("Delete left %d claims, want only the harms", len(m.Claims))
	}
	menuItem(t, e, "Edit", "Undo").Action()
	if len(m.Claims) != 2 {
		t.Errorf("undo of the delete: %d claims, want 2", len(m.Claims))
	}
}

func TestFlowNewRoundAsksBeforeReplacingOne(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms", fyne.KeyReturn)
	old := e.Map().Round
	e.newRoundDialog()
	e.flow.form.format.SetSelected("British Parliamentary")
	d := e.flow.form.dlg.(*dialog.ConfirmDialog)
	d.Confirm()
	if e.Map().Round != old {
		t.Fatal("the round was replaced without asking")
	}
	// The confirmation is the window's top dialog: tap its button as a
	// user would.
	tapDialogButton(t, e, "Replace Round")
	r := e.Map().Round
	if r == old || r.Format != "bp" {
		t.Fatalf("after confirming: round %+v, want a new BP round", r)
	}
	if c := claimByText(t, e.Map(), "Harms"); c.Speech != argmap.NilID {
		t.Error("the old round's claim still names a speech of the old round")
	}
	e.undo()
	if e.Map().Round.Format != "policy" {
		t.Error("undo does not bring the old round back")
	}
}

func TestFlowToolbarActionsDoNotEditUnseen(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: buses are rare", fyne.KeyReturn)
	// Edit › Edit Text on a claim of the sheet edits it in the flow's line.
	e.editText()
	if e.flow.editing == argmap.NilID || e.View().Editing() {
		t.Fatalf("Edit Text in the flow: flow editing %v, canvas editing %v", e.flow.editing, e.View().Editing())
	}
	flowType(t, e, fyne.KeyEscape)
	// Add Reason makes a claim in no speech: the map takes over to edit it.
	e.addReason()
	if e.flow.shown {
		t.Error("the flow stays in front while the canvas edits the new reason unseen")
	}
	if !e.View().Editing() {
		t.Error("the new reason is not being edited on the map")
	}
}

func TestFlowKeysListedAreTaken(t *testing.T) {
	e := newFlowEditor(t, "policy")
	for _, b := range flowKeys {
		for _, k := range b.keys {
			if !e.flow.key(k, b.mods&fyne.KeyModifierShift != 0, true) {
				t.Errorf("Help lists %s (%s), which the flow's line does not take", k, b.help)
			}
		}
	}
	for _, k := range []fyne.KeyName{fyne.KeyA, fyne.KeyHome, fyne.KeyBackspace} {
		if e.flow.key(k, false, true) {
			t.Errorf("the flow's line takes %s, which is the entry's", k)
		}
	}
}

func TestFlowMakesRoomAndGivesItBack(t *testing.T) {
	e := newTestEditor(t)
	if !e.showOut || !e.showInsp {
		t.Fatal("the editor starts without its panels")
	}
	e.flow.toggle()
	if e.showOut || e.showInsp {
		t.Errorf("with the flow shown: outline %v, inspector %v; want both away", e.showOut, e.showInsp)
	}
	e.flow.toggle()
	if !e.showOut || !e.showInsp {
		t.Errorf("back on the map: outline %v, inspector %v; want both back", e.showOut, e.showInsp)
	}
}

func TestFlowShowsSuggestionsAsSuch(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: buses are rare at night", fyne.KeyReturn)
	c := &argmap.Claim{ID: argmap.NewID(), Text: "A coach's suggestion", Speech: e.Map().Round.Speeches[0].ID}
	if err := e.do(argmap.Propose(argmap.Proposal{By: "Coach"}, argmap.AddClaim(c))); err != nil {
		t.Fatal(err)
	}
	drawn := marksDrawn(t, e)
	if !slices.Contains(drawn["A coach's suggestion"], scene.SuggestedLabel) {
		t.Errorf("the pending claim's card shows %v, not %s", drawn["A coach's suggestion"], scene.SuggestedLabel)
	}
	if slices.Contains(drawn["Harms: buses are rare at night"], scene.SuggestedLabel) {
		t.Error("an accepted claim is marked as a suggestion")
	}
}

// TestFlowAnswerNeedsASelection: Tab or Shift+Tab with no claim selected
// says which claim to select and names the key pressed (Shift+Tab was told
// to "type and Tab").
func TestFlowAnswerNeedsASelection(t *testing.T) {
	for _, tc := range []struct {
		key  any
		want string
	}{
		{fyne.KeyTab, "Select the claim to answer first (click it, or PgUp and ↑↓), then type and Tab"},
		{"shift+Tab", "Select the claim to extend first (click it, or PgUp and ↑↓), then type and Shift+Tab"},
	} {
		e := newFlowEditor(t, "policy")
		flowType(t, e, "Harms: buses are rare at night", tc.key)
		if got := statusMessage(t, e); got != tc.want {
			t.Errorf("%v with nothing selected: the status says %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestFlowHintNamesF2: with a claim selected the line's hint tells how to
// correct it (F2), not only how to answer and extend it.
func TestFlowHintNamesF2(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: buses are rare at night", fyne.KeyReturn)
	if !strings.Contains(e.flow.hint.Text, "F2: correct it") {
		t.Errorf("with a claim selected the hint says %q, want F2 named", e.flow.hint.Text)
	}
}

// TestFlowToolbarHidesCanvasTools: while the flow takes the canvas's place,
// the toolbar leaves out what acts on the canvas alone (Reason, Co-premise,
// the zoom and Fit), View's zoom items are off and the status bar shows no
// zoom; back on the map they return. The tools that work in both views stay.
func TestFlowToolbarHidesCanvasTools(t *testing.T) {
	e := newFlowEditor(t, "Policy")
	zoom := []string{theme.ZoomOutIcon().Name(), theme.ZoomInIcon().Name()}
	shown := func() (labels, icons []string) {
		bar := e.menus.bar.box
		widgetstest.Visit(bar, func(o fyne.CanvasObject) bool {
			if b, ok := o.(*widget.Button); ok {
				labels = append(labels, b.Text)
				if b.Icon != nil && slices.Contains(zoom, b.Icon.Name()) {
					icons = append(icons, b.Icon.Name())
				}
			}
			return true
		})
		return labels, icons
	}
	check := func(when string, onMap bool) {
		t.Helper()
		labels, icons := shown()
		for _, l := range []string{"Reason", "Co-premise", "Fit"} {
			if slices.Contains(labels, l) != onMap {
				t.Errorf("%s: the toolbar shows %q: %v, want %v", when, l, !onMap, onMap)
			}
		}
		if (len(icons) == 2) != onMap {
			t.Errorf("%s: the toolbar shows the zoom buttons %v, want them only on the map", when, icons)
		}
		for _, l := range []string{"Claim", "Objection", "Rebuttal", "Delete", "Undo", "Outline"} {
			if !slices.Contains(labels, l) {
				t.Errorf("%s: the toolbar lacks %q (%q)", when, l, labels)
			}
		}
		if e.status.zoom.Visible() != onMap {
			t.Errorf("%s: the status bar shows the zoom %v, want %v", when, e.status.zoom.Visible(), onMap)
		}
		for _, l := range []string{"Zoom In", "Zoom Out", "Actual Size", "Fit Map", "Minimap"} {
			if it := menuItem(t, e, "View", l); it.Disabled == onMap {
				t.Errorf("%s: View › %s disabled %v, want %v", when, l, it.Disabled, !onMap)
			}
		}
	}
	check("in the flow", false)
	menuItem(t, e, "View", "Flow").Action()
	if e.flow.shown {
		t.Fatal("View › Flow did not hide the flow")
	}
	check("back on the map", true)
	menuItem(t, e, "View", "Flow").Action()
	check("in the flow again", false)
}

// TestFlowToolbarAddsInTheFlow: in the flow view the toolbar's Claim,
// Objection and Rebuttal add the claim where the line's keys would (Claim
// as Enter: the current speech; Objection and Rebuttal as Tab: an answer
// to the selected claim in the next speech of the other side), as one
// undo step, and open it in the flow's line with its text selected; the
// flow stays in front (they used to add a claim in no speech and go back
// to the map to edit it there).
func TestFlowToolbarAddsInTheFlow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		steps  []any // after the 1AC's plan and the 1NC's answer to it, the answer selected
		button string
		label  string // of the undo step
		text   string // in the line once the claim is added
		speech string
		answer string // the claim it answers (con), or ""
	}{
		{"claim on a new line", []any{fyne.KeyEscape}, "Claim", "Add Claim", textClaim, "1NC", ""},
		{"claim beside the selected answer", nil, "Claim", "Add Claim", textClaim, "1NC", "Plan: fund night buses"},
		{"objection to the plan", []any{fyne.KeyLeft}, "Objection", "Add Objection", textObjection, "1NC", "Plan: fund night buses"},
		{"objection with the line's text", []any{fyne.KeyLeft, "Turn: buses are unsafe"}, "Objection", "Add Objection", "Turn: buses are unsafe", "1NC", "Plan: fund night buses"},
		{"rebuttal of the answer", nil, "Rebuttal", "Add Rebuttal", textRebuttal, "2AC", "No link: workers drive"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlowEditor(t, "policy")
			flowType(t, e, "Plan: fund night buses", fyne.KeyReturn,
				fyne.KeyPageDown, fyne.KeyLeft, "No link: workers drive", fyne.KeyTab)
			flowType(t, e, tc.steps...)
			m := e.Map()
			claims, steps := len(m.Claims), e.doc.History().Len()
			test.Tap(toolbarButton(t, e, tc.button))
			if !e.flow.shown || e.View().Editing() {
				t.Fatalf("after %s: flow shown %v, canvas editing %v; want the flow, no canvas editor", tc.button, e.flow.shown, e.View().Editing())
			}
			if len(m.Claims) != claims+1 {
				t.Fatalf("after %s: %d claims, want %d", tc.button, len(m.Claims), claims+1)
			}
			c := m.Claims[len(m.Claims)-1]
			if e.flow.editing != c.ID || e.flow.entry.Text != tc.text {
				t.Errorf("the line edits %v with %q, want the new claim with %q", e.flow.editing, e.flow.entry.Text, tc.text)
			}
			if got := speechOf(t, m, c.Text); got != tc.speech {
				t.Errorf("the new claim is in %s, want %s", got, tc.speech)
			}
			var answers []string
			for _, a := range m.ArgumentsFrom(c.ID) {
				answers = append(answers, m.Claim(a.Target).Text)
				if a.Polarity != argmap.Con {
					t.Errorf("the new claim answers %q as %v, want con", m.Claim(a.Target).Text, a.Polarity)
				}
			}
			if want := []string{tc.answer}; tc.answer == "" && len(answers) > 0 || tc.answer != "" && !slices.Equal(answers, want) {
				t.Errorf("the new claim answers %q, want %q", answers, tc.answer)
			}
			if _, on := e.flow.state.grid.Cells[c.ID]; !on {
				t.Error("the new claim is not on the flow sheet")
			}
			if got := e.doc.History().Len(); got != steps+1 || e.doc.History().UndoLabel() != tc.label {
				t.Errorf("%d undo steps labelled %q, want %d labelled %q", got-steps, e.doc.History().UndoLabel(), 1, tc.label)
			}
			if got, want := statusMessage(t, e), "in "+tc.speech+": type its text, Enter saves it"; !strings.HasPrefix(got, "New ") || !strings.HasSuffix(got, want) {
				t.Errorf("the status says %q, want New … %q", got, want)
			}
			// The text is selected: typing replaces it, Enter saves it.
			flowType(t, e, "Typed over", fyne.KeyReturn)
			if c.Text != "Typed over" || e.flow.editing != argmap.NilID {
				t.Errorf("after typing and Enter: text %q, editing %v", c.Text, e.flow.editing)
			}
			e.undo() // the text
			e.undo() // the add, in one step
			if len(m.Claims) != claims || len(m.ArgumentsFrom(c.ID)) != 0 {
				t.Errorf("after undo: %d claims, want %d", len(m.Claims), claims)
			}
			e.redo()
			if len(m.Claims) != claims+1 || speechOf(t, m, c.Text) != tc.speech {
				t.Errorf("after redo: %d claims, want %d in %s", len(m.Claims), claims+1, tc.speech)
			}
		})
	}
}

// TestFlowToolbarObjectionWithNoLaterSpeech: an objection to a claim of the
// last speech has no speech to go in; the status says so and nothing is
// added, rather than a claim in no speech.
func TestFlowToolbarObjectionWithNoLaterSpeech(t *testing.T) {
	e := newFlowEditor(t, "ld")
	e.flow.setSpeech(len(e.Map().Round.Speeches)-1, true)
	flowType(t, e, "Voter: the affirmative outweighs", fyne.KeyReturn)
	claims := len(e.Map().Claims)
	test.Tap(toolbarButton(t, e, "Objection"))
	if len(e.Map().Claims) != claims || !e.flow.shown {
		t.Errorf("after Objection in the last speech: %d claims (want %d), flow shown %v", len(e.Map().Claims), claims, e.flow.shown)
	}
	if got, want := statusMessage(t, e), "No later speech to answer it in"; got != want {
		t.Errorf("the status says %q, want %q", got, want)
	}
}

// TestFlowToolbarAddKeepsACorrection: a toolbar add while a claim's text is
// being corrected in the line saves the correction first, then edits the
// new claim; the correction is not lost to the new claim's text.
func TestFlowToolbarAddKeepsACorrection(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Harms: bus are rare", fyne.KeyReturn, fyne.KeyF2)
	harms := claimByText(t, e.Map(), "Harms")
	e.flow.entry.SetText("Harms: buses are rare")
	test.Tap(toolbarButton(t, e, "Claim"))
	if harms.Text != "Harms: buses are rare" {
		t.Errorf("the correction was not saved: %q", harms.Text)
	}
	if e.flow.editing == harms.ID || e.flow.editing == argmap.NilID || e.flow.entry.Text != textClaim {
		t.Errorf("after Claim the line edits %v with %q, want the new claim with %q", e.flow.editing, e.flow.entry.Text, textClaim)
	}
	if len(e.Map().Claims) != 2 {
		t.Errorf("%d claims, want 2", len(e.Map().Claims))
	}
}

// TestFlowToolbarUndercutsInTheFlow: the toolbar's Objection with an
// inference selected undercuts it in the flow, as a claim of the next
// speech of the other side after the inference's, drawn in the row of the
// inference's premise; one undo step, the flow in front. An inference with
// no premise in a speech has no place in the flow: the undercut goes on
// the map, and the status line says why.
func TestFlowToolbarUndercutsInTheFlow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		speech string // of the undercut; "" for none (on the map)
		status string // the status line's start
	}{
		{"inference of the 1NC's answer", "2AC", "New undercut in 2AC: type its text, Enter saves it"},
		{"inference outside the round", "", "Undercut added on the map: the flow has no place for it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFlowEditor(t, "policy")
			flowType(t, e, "Plan: fund night buses", fyne.KeyReturn,
				fyne.KeyPageDown, fyne.KeyLeft, "No link: workers drive", fyne.KeyTab)
			m := e.Map()
			inf := m.ArgumentsFrom(claimByText(t, m, "No link").ID)[0]
			if tc.speech == "" {
				// A reason added on the map: a claim in no speech.
				c := &argmap.Claim{ID: argmap.NewID(), Text: "Ridership data"}
				inf = &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{c.ID}, Target: claimByText(t, m, "Plan").ID, Polarity: argmap.Pro}
				if err := e.do(argmap.Batch("Add Reason", argmap.AddClaim(c), argmap.AddArgument(inf))); err != nil {
					t.Fatal(err)
				}
			}
			e.Select([]argmap.ID{inf.ID})
			claims, steps := len(m.Claims), e.doc.History().Len()
			test.Tap(toolbarButton(t, e, "Objection"))
			if len(m.Claims) != claims+1 {
				t.Fatalf("%d claims after Objection, want %d", len(m.Claims), claims+1)
			}
			c := m.Claims[len(m.Claims)-1]
			args := m.ArgumentsFrom(c.ID)
			if len(args) != 1 || args[0].Target != inf.ID || args[0].Polarity != argmap.Con {
				t.Fatalf("the new claim's arguments %v, want one con to the inference %v", args, inf.ID)
			}
			if got := statusMessage(t, e); !strings.HasPrefix(got, tc.status) {
				t.Errorf("the status says %q, want %q…", got, tc.status)
			}
			if got := e.doc.History().Len(); got != steps+1 || e.doc.History().UndoLabel() != "Undercut" {
				t.Errorf("%d undo steps labelled %q, want 1 labelled Undercut", got-steps, e.doc.History().UndoLabel())
			}
			if tc.speech == "" {
				if e.flow.shown || c.Speech != argmap.NilID {
					t.Errorf("flow shown %v, speech %v: want the map, no speech", e.flow.shown, c.Speech)
				}
				return
			}
			if !e.flow.shown || e.View().Editing() {
				t.Fatalf("flow shown %v, canvas editing %v; want the flow", e.flow.shown, e.View().Editing())
			}
			if got := speechOf(t, m, c.Text); got != tc.speech {
				t.Errorf("the undercut is in %s, want %s", got, tc.speech)
			}
			cell, on := e.flow.state.grid.Cells[c.ID]
			if !on {
				t.Fatal("the undercut is not on the flow sheet")
			}
			prem := e.flow.state.grid.Cells[inf.Premises[0]]
			if cell.Row != prem.Row || cell.Col <= prem.Col {
				t.Errorf("the undercut is at %+v, want in the row of the inference's premise %+v, later", cell, prem)
			}
			if e.flow.editing != c.ID || e.flow.entry.Text != textObjection {
				t.Errorf("the line edits %v with %q, want the undercut with %q", e.flow.editing, e.flow.entry.Text, textObjection)
			}
			e.undo()
			if len(m.Claims) != claims {
				t.Errorf("after undo: %d claims, want %d", len(m.Claims), claims)
			}
		})
	}
}

// TestFlowToolbarUndercutWithNoLaterSpeech: an inference made in the last
// speech has no speech for its undercut; the status says so and nothing
// is added.
func TestFlowToolbarUndercutWithNoLaterSpeech(t *testing.T) {
	e := newFlowEditor(t, "ld")
	flowType(t, e, "Value: justice", fyne.KeyReturn)
	m := e.Map()
	last := m.Round.Speeches[len(m.Round.Speeches)-1]
	c := &argmap.Claim{ID: argmap.NewID(), Text: "Voter: justice outweighs"}
	a := &argmap.Argument{ID: argmap.NewID(), Target: claimByText(t, m, "Value").ID, Polarity: argmap.Pro}
	if err := e.do(argmap.AddAnswer(c, last.ID, a)); err != nil {
		t.Fatal(err)
	}
	e.Select([]argmap.ID{a.ID})
	claims := len(m.Claims)
	test.Tap(toolbarButton(t, e, "Objection"))
	if len(m.Claims) != claims || !e.flow.shown {
		t.Errorf("after Objection: %d claims (want %d), flow shown %v", len(m.Claims), claims, e.flow.shown)
	}
	if got, want := statusMessage(t, e), "No later speech to undercut it in"; got != want {
		t.Errorf("the status says %q, want %q", got, want)
	}
}

// TestFlowShowsTheSelectedInference: selecting an argument whose premise
// is on the sheet marks its premises' cards (a tinted fill and a thinner
// frame than a selected claim's) and says in the status line that the
// toolbar's Objection undercuts it; selecting a claim afterwards clears
// the mark, and the claim looks selected as before.
func TestFlowShowsTheSelectedInference(t *testing.T) {
	e := newFlowEditor(t, "policy")
	flowType(t, e, "Plan: fund night buses", fyne.KeyReturn,
		fyne.KeyPageDown, fyne.KeyLeft, "No link: workers drive", fyne.KeyTab)
	m := e.Map()
	prem := claimByText(t, m, "No link")
	plan := claimByText(t, m, "Plan")
	inf := m.ArgumentsFrom(prem.ID)[0]
	r := test.WidgetRenderer(e.flow.sheet).(*sheetRenderer)
	frame := func(id argmap.ID) float32 {
		t.Helper()
		k := r.cards[id]
		if k == nil {
			t.Fatalf("no card of %v on the sheet", id)
		}
		return k.box.StrokeWidth
	}
	// selArrows counts the arrow strokes drawn in the selection's colour.
	selArrows := func() int {
		n := 0
		for _, l := range r.arrows {
			if l.Visible() && l.StrokeColor == themeColor(theme.ColorNamePrimary) {
				n++
			}
		}
		return n
	}
	e.Select(nil)
	plain := frame(prem.ID)

	e.Select([]argmap.ID{inf.ID})
	if !e.flow.sheet.infPrem[prem.ID] {
		t.Errorf("the inference's premise is not marked on the sheet")
	}
	if w := frame(prem.ID); w == plain || w == 3 {
		t.Errorf("the premise's card has a frame %v wide with its inference selected, want one unlike a plain card's (%v) and a selected claim's (3)", w, plain)
	}
	if w := frame(plan.ID); w != plain {
		t.Errorf("the conclusion's card has a frame %v wide, want a plain card's %v", w, plain)
	}
	if selArrows() == 0 {
		t.Errorf("the inference's arrow is not drawn in the selection's colour")
	}
	if got, want := statusMessage(t, e), "Inference selected: “No link: workers drive” → “Plan: fund night buses” — Objection undercuts it"; got != want {
		t.Errorf("the status says %q, want %q", got, want)
	}

	e.Select([]argmap.ID{plan.ID})
	if len(e.flow.sheet.infPrem) != 0 {
		t.Errorf("with a claim selected the sheet still marks %v as an inference's premises", e.flow.sheet.infPrem)
	}
	if w := frame(prem.ID); w != plain {
		t.Errorf("the premise's card has a frame %v wide after a claim was selected, want a plain card's %v", w, plain)
	}
	if w := frame(plan.ID); w != 3 {
		t.Errorf("the selected claim's card has a frame %v wide, want 3 as before", w)
	}
	if n := selArrows(); n != 0 {
		t.Errorf("with a claim selected %d arrow strokes are in the selection's colour, want none", n)
	}

	// Selected on the map, then the flow shown (Ctrl+L): the same.
	e.flow.setShown(false)
	e.Select([]argmap.ID{inf.ID})
	e.flow.setShown(true)
	if !e.flow.sheet.infPrem[prem.ID] || !strings.HasPrefix(statusMessage(t, e), "Inference selected: ") {
		t.Errorf("the flow shown with the inference selected: premise marked %v, status %q", e.flow.sheet.infPrem[prem.ID], statusMessage(t, e))
	}
}
