package challenge

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel/paneltest"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/assets"
)

// The tests use Fyne's test app, a process-wide global that each
// test.NewTempApp swaps in: they cannot run in parallel.

// fixture is a small map: a claim with a reason and its argument.
type fixture struct {
	main, reason, pro argmap.ID
}

// setup builds the commands on a map of fixture's shape; added records
// the labels and claims AddClaim was given.
func setup(t *testing.T) (*paneltest.Host, *Challenges, fixture, fyne.Window, *[]string) {
	t.Helper()
	b := argmaptest.NewBuilder(t.Name(), "Sleep")
	var f fixture
	f.main = b.Claim("Schools should start later.")
	f.reason = b.Claim("Teenagers need more sleep.")
	f.pro = b.Pro(f.main, f.reason)
	h := paneltest.New(b.Map())
	h.Document.SetMint(argmaptest.Mint(t.Name() + "/new")) // not the builder's seed: new IDs must not repeat the map's
	cat, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil {
		t.Fatal("scheme catalogue:", err)
	}
	win := test.NewTempApp(t).NewWindow("challenges")
	win.Resize(fyne.NewSize(900, 700))
	var added []string
	c := New(h, Commands{Window: win, Schemes: cat, Author: func() string { return "Coach" },
		AddClaim: func(label string, ed argmap.Edit, id argmap.ID) {
			if h.Do(ed) == nil {
				added = append(added, label+": "+h.Document.Map().Claim(id).Text)
			}
		}})
	return h, c, f, win, &added
}

// visit calls fn on o and every visible object under it.
func visit(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	widgetstest.Visit(o, func(x fyne.CanvasObject) bool { fn(x); return true })
}

// dialogShows lists the labels' texts and, in brackets, the buttons'
// labels of the open dialog (none: nil), and its buttons.
func dialogShows(win fyne.Window) ([]string, map[string][]*widget.Button) {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return nil, nil
	}
	var texts []string
	buttons := map[string][]*widget.Button{}
	visit(top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.Button:
			texts = append(texts, "["+w.Text+"]")
			buttons[w.Text] = append(buttons[w.Text], w)
		}
	})
	return texts, buttons
}

// TestCommands: Object, Undercut and Question challenge what is selected,
// if it is of the kind they challenge, signed by the author; Object and
// Undercut add a claim to edit through AddClaim (one undo step there).
func TestCommands(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sel   func(fixture) []argmap.ID
		run   func(*Challenges)
		kind  argmap.ChallengeKind // "": no challenge
		added []string
	}{
		{"Object on a claim", func(f fixture) []argmap.ID { return []argmap.ID{f.main} }, (*Challenges).Object, argmap.Object, []string{"Object: " + TextObjection}},
		{"Object on an argument", func(f fixture) []argmap.ID { return []argmap.ID{f.pro} }, (*Challenges).Object, "", nil},
		{"Object on two claims", func(f fixture) []argmap.ID { return []argmap.ID{f.main, f.reason} }, (*Challenges).Object, "", nil},
		{"Undercut on an argument", func(f fixture) []argmap.ID { return []argmap.ID{f.pro} }, (*Challenges).Undercut, argmap.Undercut, []string{"Undercut: " + TextUndercut}},
		{"Undercut on a claim", func(f fixture) []argmap.ID { return []argmap.ID{f.main} }, (*Challenges).Undercut, "", nil},
		{"Question on a claim", func(f fixture) []argmap.ID { return []argmap.ID{f.reason} }, (*Challenges).Question, argmap.Question, nil},
		{"Question on nothing", func(fixture) []argmap.ID { return nil }, (*Challenges).Question, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, c, f, _, added := setup(t)
			sel := tc.sel(f)
			h.SelectFrom(sel, nil)
			tc.run(c)
			m := h.Document.Map()
			if !slices.Equal(*added, tc.added) {
				t.Errorf("added %q, want %q", *added, tc.added)
			}
			if tc.kind == "" {
				if len(m.Challenges) != 0 || h.Document.History().Len() != 0 {
					t.Errorf("challenges %+v, %d undo steps; want none", m.Challenges, h.Document.History().Len())
				}
				return
			}
			if len(m.Challenges) != 1 || h.Document.History().Len() != 1 {
				t.Fatalf("challenges %+v, %d undo steps; want one of each", m.Challenges, h.Document.History().Len())
			}
			ch := m.Challenges[0]
			if ch.Kind != tc.kind || ch.Target != sel[0] || ch.Author != "Coach" || ch.Status != argmap.Open {
				t.Errorf("challenge %+v, want an open %s on the selection by Coach", ch, tc.kind)
			}
			h.Document.History().Undo()
			if len(m.Challenges) != 0 {
				t.Errorf("undo left %d challenges", len(m.Challenges))
			}
		})
	}
}

// TestRebutAnswers: Rebut adds a rebuttal to edit and marks the objection
// answered.
func TestRebutAnswers(t *testing.T) {
	h, c, f, _, added := setup(t)
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Object()
	ch := h.Document.Map().Challenges[0]
	c.Rebut(ch.ID)
	if want := []string{"Object: " + TextObjection, "Rebut: " + TextRebuttal}; !slices.Equal(*added, want) {
		t.Errorf("added %q, want %q", *added, want)
	}
	if ch.Status != argmap.Answered {
		t.Errorf("objection %s after Rebut, want answered", ch.Status)
	}
}

// TestAskDialog: the dialog lists the critical questions of the selected
// argument's scheme, worded with its claims, and asks the one chosen; with
// no scheme it says what to select instead.
func TestAskDialog(t *testing.T) {
	h, c, f, win, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	c.AskDialog()
	if shows, _ := dialogShows(win); shows != nil || len(h.Statuses) != 1 || !strings.Contains(h.Statuses[0], "with a scheme") {
		t.Fatalf("without a scheme: dialog %q, status %q; want no dialog and a hint", shows, h.Statuses)
	}
	scheme := c.cmd.Schemes.All()[0]
	if err := h.Do(argmap.SetScheme(f.pro, scheme.ID)); err != nil {
		t.Fatal(err)
	}
	qs := c.Questions(f.pro)
	c.AskDialog()
	shows, buttons := dialogShows(win)
	if len(buttons["Ask"]) != len(qs) || len(qs) < 2 {
		t.Fatalf("the dialog shows %q, want an Ask button for each of %d questions", shows, len(qs))
	}
	for _, q := range qs {
		if !slices.Contains(shows, q) || strings.ContainsAny(q, "{}") {
			t.Errorf("the dialog shows %q, want the question %q worded with the claims", shows, q)
		}
	}
	test.Tap(buttons["Ask"][1])
	m := h.Document.Map()
	if len(m.Challenges) != 1 || m.Challenges[0].Kind != argmap.CriticalQuestion || m.Challenges[0].Question != 1 || m.Challenges[0].Author != "Coach" {
		t.Fatalf("challenges %+v, want critical question 1 by Coach", m.Challenges)
	}
	if shows, _ := dialogShows(win); shows != nil {
		t.Errorf("the dialog is still open after asking: %q", shows)
	}
	if d := c.Describe(m.Challenges[0]); !strings.HasPrefix(d, "Critical question: "+qs[1]+" — Coach") || !strings.HasSuffix(d, "· open") {
		t.Errorf("described as %q, want the question, who asked and that it is open", d)
	}
}

// TestAskTwice: a critical question asked and still open is not asked
// again, from the dialog (its button says "Asked", disabled) or by Ask (the
// status line says why); once answered it can be asked anew.
func TestAskTwice(t *testing.T) {
	h, c, f, win, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	if err := h.Do(argmap.SetScheme(f.pro, c.cmd.Schemes.All()[0].ID)); err != nil {
		t.Fatal(err)
	}
	c.Ask(f.pro, 1)
	m := h.Document.Map()
	if len(m.Challenges) != 1 || !c.Asked(f.pro, 1) || c.Asked(f.pro, 0) {
		t.Fatalf("after asking question 1: %d challenges, asked(1)=%v asked(0)=%v; want one, true, false",
			len(m.Challenges), c.Asked(f.pro, 1), c.Asked(f.pro, 0))
	}
	c.AskDialog()
	_, buttons := dialogShows(win)
	if asked := buttons["Asked"]; len(asked) != 1 || !asked[0].Disabled() {
		t.Errorf("the dialog has %d \"Asked\" buttons (%v), want one, disabled", len(asked), asked)
	}
	if n := len(c.Questions(f.pro)); len(buttons["Ask"]) != n-1 {
		t.Errorf("the dialog has %d Ask buttons, want %d (all but the open one)", len(buttons["Ask"]), n-1)
	}
	win.Canvas().Overlays().Top().Hide()
	h.Statuses = nil
	c.Ask(f.pro, 1)
	if len(m.Challenges) != 1 || len(h.Statuses) != 1 || !strings.Contains(h.Statuses[0], "already asked") {
		t.Errorf("asking an open question again: %d challenges, status %q; want still one and a hint", len(m.Challenges), h.Statuses)
	}
	if err := h.Do(argmap.AnswerChallenge(m.Challenges[0].ID, "The expert is named.")); err != nil {
		t.Fatal(err)
	}
	c.Ask(f.pro, 1)
	if len(m.Challenges) != 2 {
		t.Errorf("asking an answered question anew: %d challenges, want 2", len(m.Challenges))
	}
}

// TestShowOpen: Open Challenges lists and counts the open challenges
// only; Show selects what one challenges and closes the list.
func TestShowOpen(t *testing.T) {
	h, c, f, win, _ := setup(t)
	c.ShowOpen()
	if shows, _ := dialogShows(win); !slices.ContainsFunc(shows, func(s string) bool { return strings.HasPrefix(s, "No open challenges") }) {
		t.Errorf("with no challenges the list shows %q, want it to say so", shows)
	}
	win.Canvas().Overlays().Top().Hide()
	win.Canvas().Overlays().Remove(win.Canvas().Overlays().Top())
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Object()
	h.SelectFrom([]argmap.ID{f.reason}, nil)
	c.Question()
	answered := h.Document.Map().Challenges[1]
	if err := h.Do(argmap.AnswerChallenge(answered.ID, "the study")); err != nil {
		t.Fatal(err)
	}
	h.SelectFrom(nil, nil)
	c.ShowOpen()
	shows, buttons := dialogShows(win)
	if !slices.Contains(shows, "Open Challenges (1)") || len(buttons["Show"]) != 1 {
		t.Fatalf("the list shows %q, want one open challenge", shows)
	}
	if !slices.ContainsFunc(shows, func(s string) bool {
		return strings.HasPrefix(s, "Objection — Coach") && strings.Contains(s, "on “Schools should start later.”")
	}) {
		t.Errorf("the list shows %q, want the objection and what it challenges", shows)
	}
	test.Tap(buttons["Show"][0])
	if sel := h.Document.Selection(); len(sel) != 1 || sel[0] != f.main {
		t.Errorf("Show selected %v, want the challenged claim", sel)
	}
	if shows, _ := dialogShows(win); shows != nil {
		t.Errorf("the list is still open after Show: %q", shows)
	}
}

// TestShowOpenNamesArguments: an undercut is listed as on "the argument
// that supports “…”", quoted once (it read “The argument that supports
// “…””, its closing quotes doubled).
func TestShowOpenNamesArguments(t *testing.T) {
	h, c, f, win, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	c.Undercut()
	c.ShowOpen()
	shows, _ := dialogShows(win)
	want := "on the argument that supports “Schools should start later.”"
	if !slices.ContainsFunc(shows, func(s string) bool { return strings.HasSuffix(s, want) }) {
		t.Errorf("the list shows %q, want a line ending %q", shows, want)
	}
}

// TestAnswerDialog: the Answer dialog takes the keyboard at once, says
// what it answers and marks the challenge answered.
func TestAnswerDialog(t *testing.T) {
	h, c, f, win, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Question()
	ch := h.Document.Map().Challenges[0]
	c.Answer(ch.ID)
	en, ok := win.Canvas().Focused().(*widgets.EscapeEntry)
	if !ok {
		t.Fatalf("focused %T, want the answer field", win.Canvas().Focused())
	}
	test.Type(win.Canvas().Focused(), "Sleep studies")
	if en.Text != "Sleep studies" {
		t.Errorf("the field holds %q after typing, want the first keystrokes", en.Text)
	}
	shows, buttons := dialogShows(win)
	if !slices.Contains(shows, "What supports “Schools should start later.”?") || len(buttons["Answer"]) != 1 {
		t.Fatalf("the dialog shows %q, want the question and an Answer button", shows)
	}
	test.Tap(buttons["Answer"][0])
	if ch.Status != argmap.Answered || ch.Answer != "Sleep studies" {
		t.Errorf("challenge %s %q after answering, want answered with the text", ch.Status, ch.Answer)
	}
}

// TestWording: what each kind of challenge asks names what it challenges.
func TestWording(t *testing.T) {
	h, c, f, _, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Object()
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Question()
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	c.Undercut()
	want := map[argmap.ChallengeKind]string{
		argmap.Object:   "Objection to “Schools should start later.”: " + TextObjection,
		argmap.Question: "What supports “Schools should start later.”?",
		argmap.Undercut: "Does the step “The argument that supports “Schools should start later.”” follow? " + TextUndercut,
	}
	for _, ch := range h.Document.Map().Challenges {
		if got := c.Wording(ch); got != want[ch.Kind] {
			t.Errorf("%s: %q, want %q", ch.Kind, got, want[ch.Kind])
		}
	}
	if n := len(h.Document.Map().Challenges); n != 3 {
		t.Errorf("%d challenges, want 3", n)
	}
}

// TestAnswerWithEnter: Enter in the Answer dialog answers (it only added a
// line), Shift+Enter being the line break as in the card's editor; an
// objection's dialog says that an answer does not defeat the objection.
func TestAnswerWithEnter(t *testing.T) {
	h, c, f, win, _ := setup(t)
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c.Object()
	ch := h.Document.Map().Challenges[0]
	c.Answer(ch.ID)
	if shows, _ := dialogShows(win); !slices.Contains(shows, AnswerNote) {
		t.Errorf("an objection's Answer dialog shows %q, want the note %q", shows, AnswerNote)
	}
	test.Type(win.Canvas().Focused(), "Not at this school")
	win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ch.Status != argmap.Answered || ch.Answer != "Not at this school" {
		t.Errorf("challenge %s %q after typing and Enter, want answered with the text", ch.Status, ch.Answer)
	}
	if shows, _ := dialogShows(win); shows != nil {
		t.Errorf("the dialog is still open after Enter: %q", shows)
	}
}

// TestDescribeNamesTheObjection: two objections to one claim are told
// apart by their texts (both read "Objection — Coach, … · open").
func TestDescribeNamesTheObjection(t *testing.T) {
	h, c, f, _, _ := setup(t)
	for _, text := range []string{"Buses cost more.", "Sport moves to the dark."} {
		h.SelectFrom([]argmap.ID{f.main}, nil)
		c.Object()
		m := h.Document.Map()
		ch := m.Challenges[len(m.Challenges)-1]
		if err := h.Do(argmap.SetText(m.Argument(ch.Argument).Premises[0], text)); err != nil {
			t.Fatal(err)
		}
		if got := c.Describe(ch); !strings.HasPrefix(got, "Objection — Coach") || !strings.HasSuffix(got, "\n“"+text+"”") {
			t.Errorf("Describe = %q, want it to start as before and end with the objection “%s”", got, text)
		}
	}
}

// TestDialogButtonsKeepTheirHeight: an Ask button beside a question of
// three lines keeps a button's height (it was stretched into a tall slab).
func TestDialogButtonsKeepTheirHeight(t *testing.T) {
	h, c, f, win, _ := setup(t)
	if err := h.Do(argmap.SetScheme(f.pro, c.cmd.Schemes.All()[0].ID)); err != nil {
		t.Fatal(err)
	}
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	c.AskDialog()
	win.Canvas().Overlays().Top().Refresh()
	_, buttons := dialogShows(win)
	if len(buttons["Ask"]) == 0 {
		t.Fatal("no Ask button")
	}
	for _, b := range buttons["Ask"] {
		if got, want := b.Size().Height, b.MinSize().Height; got > want+1 {
			t.Errorf("an Ask button is %.0f high, want about its own %.0f", got, want)
		}
	}
}
