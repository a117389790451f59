package inspector

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel/paneltest"
	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/assets"
)

// The tests use Fyne's test app, a process-wide global that each
// test.NewTempApp swaps in: they cannot run in parallel.

// host is the editor as far as the inspector sees it: a real document,
// the status line as a list, and the inspector shown again after every
// change as the editor does.
type host struct {
	*paneltest.Host
	in *Inspector
}

// challenges records the challenge commands the inspector calls.
type challenges struct{ calls []string }

func (c *challenges) Describe(ch *argmap.Challenge) string {
	return string(ch.Kind) + " · " + string(ch.Status)
}
func (c *challenges) Answer(ch argmap.ID) { c.calls = append(c.calls, "answer "+ch.String()) }
func (c *challenges) Rebut(ch argmap.ID)  { c.calls = append(c.calls, "rebut "+ch.String()) }
func (c *challenges) AskDialog()          { c.calls = append(c.calls, "ask") }

// fixture is a small map: a claim with a reason and an objection.
type fixture struct {
	main, reason, objection, pro argmap.ID
}

// newInspector shows m in an inspector of a fake host, in a window.
func newInspector(t *testing.T, m *argmap.Map) (*host, *challenges) {
	t.Helper()
	win := test.NewTempApp(t).NewWindow("inspector")
	h := &host{Host: paneltest.New(m)}
	h.Selected = func([]argmap.ID, any) { h.in.Show(h.Document.Selection()) }
	h.Document.SetMint(argmaptest.Mint(t.Name() + "/new")) // not the builder's seed: new IDs must not repeat the map's
	cat, err := argmap.ParseSchemes(assets.Schemes)
	if err != nil {
		t.Fatal("scheme catalogue:", err)
	}
	ch := &challenges{}
	h.in = New(h, Commands{Window: win, Schemes: cat, Challenges: ch, Author: func() string { return "Coach" }})
	h.Document.Subscribe(func(argmap.Change) { h.in.Show(h.Document.Selection()) })
	win.SetContent(h.in.Widget())
	win.Resize(fyne.NewSize(400, 900))
	h.in.Show(nil)
	return h, ch
}

func sampleMap(t *testing.T) (*argmap.Map, fixture) {
	b := argmaptest.NewBuilder(t.Name(), "Sleep")
	var f fixture
	f.main = b.Claim("Schools should start later.")
	f.reason = b.Claim("Teenagers need more sleep.")
	f.pro = b.Pro(f.main, f.reason)
	f.objection, _ = b.Object(f.main, "Buses cost more.")
	return b.Map(), f
}

// visit calls fn on o and every visible object under it.
func visit(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	widgetstest.Visit(o, func(x fyne.CanvasObject) bool { fn(x); return true })
}

// shown lists what the inspector shows: labels' texts and buttons'
// labels in brackets.
func shown(in *Inspector) []string {
	var out []string
	visit(in.Widget(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, "["+w.Text+"]")
		}
	})
	return out
}

// button is the inspector's first button labelled label.
func button(t *testing.T, in *Inspector, label string) *widget.Button {
	t.Helper()
	var got *widget.Button
	visit(in.Widget(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && got == nil {
			got = b
		}
	})
	if got == nil {
		t.Fatalf("no button %q in %q", label, shown(in))
	}
	return got
}

// field is the inspector's text field with the placeholder hint.
func field(t *testing.T, in *Inspector, hint string) *widget.Entry {
	t.Helper()
	var got *widget.Entry
	visit(in.Widget(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == hint && got == nil {
			got = e
		}
	})
	if got == nil {
		t.Fatalf("no field %q in %q", hint, shown(in))
	}
	return got
}

// TestShowsTheSelection: the inspector shows the map, a claim, an
// argument or several things by what is selected, and the map again when
// what it showed is gone.
func TestShowsTheSelection(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	for _, tc := range []struct {
		name string
		sel  []argmap.ID
		want []string // among what it shows
	}{
		{"nothing", nil, []string{"Map", "Title", "3 claims and 2 arguments."}},
		{"the main claim", []argmap.ID{f.main}, []string{"Main conclusion", "Assessment", "Challenges", "Tags", "Source passage", "Not tied to a passage of a source."}},
		{"a reason", []argmap.ID{f.reason}, []string{"Premise (a reason)"}},
		{"an objection", []argmap.ID{f.objection}, []string{"Objection"}},
		{"an argument", []argmap.ID{f.pro}, []string{"Supporting argument", "Scheme", "Premises", "[Teenagers need more sleep.]", "Target", "[Schools should start later.]"}},
		{"two claims", []argmap.ID{f.main, f.reason}, []string{"2 items selected", "[Delete Selection]"}},
	} {
		h.SelectFrom(tc.sel, nil)
		got := shown(h.in)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: the inspector shows %q, want %q among it", tc.name, got, w)
			}
		}
	}
	h.SelectFrom([]argmap.ID{f.objection}, nil)
	if err := h.Do(argmap.Remove(f.objection)); err != nil {
		t.Fatal(err)
	}
	if got := shown(h.in); !slices.Contains(got, "Map") {
		t.Errorf("after deleting the claim shown, the inspector shows %q, want the map", got)
	}
}

// TestArgumentLinksLookLikeButtons: the premise and target links of an
// argument are framed buttons that select what they name, not frameless
// bold text that reads as a heading.
func TestArgumentLinksLookLikeButtons(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	for label, want := range map[string]argmap.ID{"Teenagers need more sleep.": f.reason, "Schools should start later.": f.main} {
		b := button(t, h.in, label)
		if b.Importance == widget.LowImportance || b.Icon == nil {
			t.Errorf("the link %q is frameless or has no icon: it reads as a heading", label)
		}
		test.Tap(b)
		if sel := h.Document.Selection(); len(sel) != 1 || sel[0] != want {
			t.Errorf("the link %q selected %v, want %v", label, sel, want)
		}
		h.SelectFrom([]argmap.ID{f.pro}, nil)
	}
}

// TestTypingIsOneUndoStep: typing into the claim's text is one undo step,
// merged by the same key as the card's in-place editor.
func TestTypingIsOneUndoStep(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.main}, nil)
	text := field(t, h.in, "What the claim says")
	test.Type(text, "Really: ")
	if got := m.Claim(f.main).Text; got != "Really: Schools should start later." {
		t.Fatalf("claim text %q after typing", got)
	}
	if n := h.Document.History().Len(); n != 1 {
		t.Fatalf("typing made %d undo steps, want 1", n)
	}
	h.Document.History().Undo()
	if got := text.Text; got != "Schools should start later." {
		t.Errorf("the field shows %q after undo, want the text before", got)
	}
}

// TestLinksOnlyHTTP: only http and https links are added; anything else
// is refused with a message naming it.
func TestLinksOnlyHTTP(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.reason}, nil)
	links := field(t, h.in, "https://…")
	for _, tc := range []struct {
		link  string
		added bool
	}{
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"ftp://x.org/a", false},
		{"http://", false},
		{"https://example.org/sleep", true},
		{" https://example.org/sleep ", true}, // the same link again: kept once
	} {
		h.Statuses = nil
		links.SetText(tc.link)
		links.OnSubmitted(tc.link)
		got := m.Claim(f.reason).Links
		if tc.added != slices.Contains(got, strings.TrimSpace(tc.link)) {
			t.Errorf("%q: links %q, want added %v", tc.link, got, tc.added)
		}
		if !tc.added && (len(h.Statuses) != 1 || !strings.Contains(h.Statuses[0], tc.link)) {
			t.Errorf("%q refused with status %q, want a message naming it", tc.link, h.Statuses)
		}
	}
	if got := m.Claim(f.reason).Links; len(got) != 1 {
		t.Errorf("links %q, want the one https link", got)
	}
}

// TestCommentsTagsAndColour: a comment is signed by the author, a tag
// and a colour are set from the panel, each one undo step.
func TestCommentsTagsAndColour(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.reason}, nil)
	c := m.Claim(f.reason)
	test.Type(field(t, h.in, "Write a comment"), "Which study?")
	test.Tap(button(t, h.in, "Add Comment"))
	if len(c.Comments) != 1 || c.Comments[0].Author != "Coach" || c.Comments[0].Text != "Which study?" || c.Comments[0].Private {
		t.Fatalf("comments %+v, want one public comment by Coach", c.Comments)
	}
	tags := field(t, h.in, "Add a tag and press Enter")
	tags.SetText("evidence")
	tags.OnSubmitted("evidence")
	if len(c.Tags) != 1 || c.Tags[0] != "evidence" {
		t.Fatalf("tags %v", c.Tags)
	}
	var red *swatch
	visit(h.in.Widget(), func(o fyne.CanvasObject) {
		if s, ok := o.(*swatch); ok && s.name == "Red" {
			red = s
		}
	})
	if red == nil {
		t.Fatal("no Red swatch")
	}
	test.Tap(red)
	if c.Color != palette[1].hex || !red.selected {
		t.Fatalf("colour %q (swatch chosen %v), want %q", c.Color, red.selected, palette[1].hex)
	}
	if got := shown(h.in); !slices.Contains(got, "Which study?") || !slices.Contains(got, "[evidence]") {
		t.Errorf("the inspector shows %q, want the comment and the tag", got)
	}
	for range 3 {
		h.Document.History().Undo()
	}
	if len(c.Comments) != 0 || len(c.Tags) != 0 || c.Color != "" {
		t.Errorf("three undos left comments %v tags %v colour %q", c.Comments, c.Tags, c.Color)
	}
}

// TestCommentFromTheKeyboard: the comment field adds its comment on
// submit (Shift+Enter in a multi-line field), not only from the button.
func TestCommentFromTheKeyboard(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.reason}, nil)
	en := field(t, h.in, "Write a comment")
	test.Type(en, "Which study?")
	if en.OnSubmitted == nil {
		t.Fatal("the comment field has no submit: only the mouse adds a comment")
	}
	en.OnSubmitted(en.Text)
	if c := m.Claim(f.reason); len(c.Comments) != 1 || c.Comments[0].Text != "Which study?" {
		t.Errorf("comments %+v after submitting, want the one typed", c.Comments)
	}
	if en.Text != "" {
		t.Errorf("the field holds %q after adding, want it empty", en.Text)
	}
}

// TestChallengesSection: the section lists the challenges on what is shown
// with the buttons that fit their state, and its buttons call the
// challenge commands or withdraw and reopen.
func TestChallengesSection(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Challenges")
	main := b.Claim("Schools should start later.")
	ch := b.Challenge(argmap.Object, main, "")
	m := b.Map()
	h, cmds := newInspector(t, m)
	h.SelectFrom([]argmap.ID{main}, nil)
	for _, want := range []string{"object · open", "[Rebut]", "[Answer…]", "[Withdraw]"} {
		if got := shown(h.in); !slices.Contains(got, want) {
			t.Errorf("the section shows %q, want %q", got, want)
		}
	}
	test.Tap(button(t, h.in, "Rebut"))
	test.Tap(button(t, h.in, "Answer…"))
	if want := []string{"rebut " + ch.ID.String(), "answer " + ch.ID.String()}; !slices.Equal(cmds.calls, want) {
		t.Errorf("commands called %q, want %q", cmds.calls, want)
	}
	test.Tap(button(t, h.in, "Withdraw"))
	if ch.Status != argmap.Withdrawn || !strings.Contains(ch.Answer+ch.Note, "Coach") {
		t.Errorf("challenge after Withdraw: %+v, want withdrawn by Coach", ch)
	}
	if got := shown(h.in); !slices.Contains(got, "[Reopen]") || slices.Contains(got, "[Rebut]") {
		t.Errorf("a withdrawn challenge shows %q, want Reopen only", got)
	}
	test.Tap(button(t, h.in, "Reopen"))
	if ch.Status != argmap.Open {
		t.Errorf("challenge %s after Reopen, want open", ch.Status)
	}
}

// TestAnsweredObjectionStillStands: an objection answered in words still
// attacks its claim, which stays OUT; the section says so, offers the
// rebuttal that defeats it, and its buttons look like buttons (framed), not
// like the bold headings around them.
func TestAnsweredObjectionStillStands(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Answered")
	main := b.Claim("Schools should start later.")
	_, arg := b.Object(main, "Buses cost more.")
	ch := b.Challenge(argmap.Object, main, "")
	ch.Argument, ch.Status, ch.Answer = arg, argmap.Answered, "Not at this school."
	h, cmds := newInspector(t, b.Map())
	h.SelectFrom([]argmap.ID{main}, nil)
	const note = "The objection still stands on the map: an answer closes the challenge, a rebuttal defeats the objection."
	got := shown(h.in)
	for _, want := range []string{note, "[Rebut]", "[Reopen]"} {
		if !slices.Contains(got, want) {
			t.Errorf("an answered objection that stands shows %q, want %q", got, want)
		}
	}
	for _, label := range []string{"Rebut", "Reopen"} {
		if button(t, h.in, label).Importance == widget.LowImportance {
			t.Errorf("%s is a frameless low-importance button: it reads as a heading", label)
		}
	}
	test.Tap(button(t, h.in, "Rebut"))
	if want := []string{"rebut " + ch.ID.String()}; !slices.Equal(cmds.calls, want) {
		t.Errorf("commands called %q, want %q", cmds.calls, want)
	}
	// Once the objection is gone, the answer is all there is: no note.
	if err := h.Do(argmap.Remove(arg)); err != nil {
		t.Fatal(err)
	}
	if got := shown(h.in); slices.Contains(got, note) || slices.Contains(got, "[Rebut]") {
		t.Errorf("with the objection removed the section shows %q, want no note and no Rebut", got)
	}
}

// TestAnsweredQuestionStillQuestioned: a question answered in words leaves
// its claim Questioned and OUT; the section says why and how it stands.
func TestAnsweredQuestionStillQuestioned(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Asked")
	main := b.Claim("Schools should start later.")
	ch := b.Challenge(argmap.Question, main, "")
	ch.Status, ch.Answer = argmap.Answered, "The study says so."
	m := b.Map()
	m.Claim(main).Assessment = argmap.Questioned
	h, _ := newInspector(t, m)
	h.SelectFrom([]argmap.ID{main}, nil)
	const note = "The claim is still marked Questioned: it stands once a reason for it stands (Add Reason), or when its assessment changes."
	if got := shown(h.in); !slices.Contains(got, note) {
		t.Errorf("an answered question on a claim still Questioned shows %q, want %q", got, note)
	}
	if err := h.Do(argmap.Assess(main, argmap.Accepted)); err != nil {
		t.Fatal(err)
	}
	if got := shown(h.in); slices.Contains(got, note) {
		t.Errorf("with the claim accepted the section still shows %q", note)
	}
}

// TestObjectionShowsItsChallenge: the card of an objection raised as a
// challenge says against what, with the challenge's buttons (it said "No
// challenges." though it is one), and follows an edit of its own text.
func TestObjectionShowsItsChallenge(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Raised")
	main := b.Claim("Schools should start later.")
	obj, arg := b.Object(main, "Buses cost more.")
	ch := b.Challenge(argmap.Object, main, "")
	ch.Argument = arg
	h, cmds := newInspector(t, b.Map())
	h.SelectFrom([]argmap.ID{obj}, nil)
	got := shown(h.in)
	for _, want := range []string{"This claim is a challenge to “Schools should start later.”:", "object · open", "[Rebut]", "[Answer…]", "[Withdraw]"} {
		if !slices.Contains(got, want) {
			t.Errorf("the objection's inspector shows %q, want %q", got, want)
		}
	}
	if slices.Contains(got, "No challenges.") {
		t.Errorf("the objection's inspector says %q", "No challenges.")
	}
	test.Tap(button(t, h.in, "Answer…"))
	if want := []string{"answer " + ch.ID.String()}; !slices.Equal(cmds.calls, want) {
		t.Errorf("commands called %q, want %q", cmds.calls, want)
	}
}

// TestSchemeOffersItsQuestions: choosing a scheme sets it in one step and
// offers to ask its critical questions, for the argument shown.
func TestSchemeOffersItsQuestions(t *testing.T) {
	m, f := sampleMap(t)
	h, cmds := newInspector(t, m)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	p := h.in.panel.(*argPanel)
	if p.scheme.askB.Visible() {
		t.Error("Ask a Critical Question… offered for an argument of no scheme")
	}
	s := h.in.cmd.Schemes.All()[0]
	p.scheme.sel.SetSelected(s.Name)
	if a := m.Argument(f.pro); a.Scheme != s.ID || h.Document.History().Len() != 1 {
		t.Fatalf("scheme %q after %d steps, want %q in one", a.Scheme, h.Document.History().Len(), s.ID)
	}
	h.SelectFrom(nil, nil)
	h.SelectFrom([]argmap.ID{f.pro}, nil)
	test.Tap(button(t, h.in, "Ask a Critical Question…"))
	if sel := h.Document.Selection(); !slices.Equal(cmds.calls, []string{"ask"}) || len(sel) != 1 || sel[0] != f.pro {
		t.Errorf("Ask called %q with selection %v, want the dialog for the argument", cmds.calls, sel)
	}
}

// entryScroll is the scroller inside a word-wrapping entry.
func entryScroll(t *testing.T, e *widget.Entry) *container.Scroll {
	t.Helper()
	for _, o := range test.WidgetRenderer(e).Objects() {
		if s, ok := o.(*container.Scroll); ok {
			return s
		}
	}
	t.Fatal("the entry has no scroller of its own")
	return nil
}

// TestWheelOverAFieldScrollsTheInspector: the mouse wheel over one of the
// inspector's text fields scrolls the inspector, as it does elsewhere on
// it (Fyne's driver gives the wheel to the deepest scrollable under the
// pointer: the field's own scroller took it with nothing to scroll); a
// field whose text is too long to show whole still scrolls itself.
func TestWheelOverAFieldScrollsTheInspector(t *testing.T) {
	long := strings.Repeat("A line of a very long claim.\n", 60)
	for _, tc := range []struct {
		name, hint, text string
		mapPanel         bool
		height           float32
		fieldScrolls     bool // the field scrolls its own text, not the inspector
	}{
		{name: "claim text", hint: "What the claim says", text: "Schools should start later.", height: 300},
		{name: "claim text of several lines", hint: "What the claim says", text: strings.Repeat("Teenagers need more sleep than adults. ", 12), height: 300},
		{name: "comment", hint: "Write a comment", height: 300},
		{name: "tag", hint: "Add a tag and press Enter", height: 300},
		{name: "map source", hint: "What the map analyses: an article, a URL…", mapPanel: true, height: 200},
		{name: "very long claim text", hint: "What the claim says", text: long, height: 300, fieldScrolls: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, f := sampleMap(t)
			h, _ := newInspector(t, m)
			if !tc.mapPanel {
				h.SelectFrom([]argmap.ID{f.main}, nil)
			}
			e := field(t, h.in, tc.hint)
			if tc.text != "" {
				e.SetText(tc.text)
			}
			win := h.in.cmd.Window
			win.Resize(fyne.NewSize(400, tc.height))
			h.in.scroll.Refresh()
			h.in.scroll.ScrollToTop()
			if h.in.scroll.Content.Size().Height <= h.in.scroll.Size().Height {
				t.Fatalf("the inspector (%v) does not overflow its %v", h.in.scroll.Content.Size(), h.in.scroll.Size())
			}
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
			if pos.Y+40 > tc.height { // scroll the field into view, near the top
				h.in.scroll.ScrollToOffset(fyne.NewPos(0, pos.Y-40))
				pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
			}
			start := h.in.scroll.Offset.Y
			if pos.Y+20 > tc.height || pos.Y < 0 || start+h.in.scroll.Size().Height >= h.in.scroll.Content.Size().Height {
				t.Fatalf("the field at %v is not in the window's %v with room to scroll on (offset %v of %v)", pos, tc.height, start, h.in.scroll.Content.Size())
			}
			inner := entryScroll(t, e)
			before := inner.Offset
			test.Scroll(win.Canvas(), pos.Add(fyne.NewPos(20, 20)), 0, -40)
			inspectorMoved := h.in.scroll.Offset.Y > start
			fieldMoved := inner.Offset != before
			if tc.fieldScrolls {
				if inspectorMoved || !fieldMoved {
					t.Errorf("wheel over a field with more text than it shows: inspector moved %v, field moved %v; want the field to scroll", inspectorMoved, fieldMoved)
				}
				return
			}
			if !inspectorMoved || fieldMoved {
				t.Errorf("wheel over the field: inspector moved %v (offset %v), field moved %v; want the inspector to scroll", inspectorMoved, h.in.scroll.Offset, fieldMoved)
			}
			// The field shows its whole text: it has nothing to scroll.
			if c, s := inner.Content.Size().Height, inner.Size().Height; c > s+0.5 {
				t.Errorf("the field's text (%v high) does not fit in it (%v)", c, s)
			}
		})
	}
}

// TestTabScrollsTheFocusedFieldIntoView: in an inspector taller than its
// pane, Tab to a field below the visible area scrolls the inspector so
// that the field shows, and Shift+Tab back to a field above it likewise.
func TestTabScrollsTheFocusedFieldIntoView(t *testing.T) {
	m, f := sampleMap(t)
	h, _ := newInspector(t, m)
	win := h.in.cmd.Window
	win.Resize(fyne.NewSize(400, 300))
	h.SelectFrom([]argmap.ID{f.main}, nil)
	c := win.Canvas()
	scroll := h.in.scroll
	d := fyne.CurrentApp().Driver()
	inView := func(e *widget.Entry) bool {
		top := d.AbsolutePositionForObject(e).Y - d.AbsolutePositionForObject(scroll).Y
		return top >= -0.5 && top+e.Size().Height <= scroll.Size().Height+0.5
	}
	text := field(t, h.in, "What the claim says")
	links := field(t, h.in, "https://…")
	if inView(links) {
		t.Fatalf("the links field shows (at %v in a pane %v): the test needs it below the visible area", d.AbsolutePositionForObject(links).Y-d.AbsolutePositionForObject(scroll).Y, scroll.Size())
	}
	c.Focus(text)
	for range 40 {
		if c.Focused() == links {
			break
		}
		test.FocusNext(c)
	}
	if c.Focused() != links {
		t.Fatalf("Tab never reached the links field (at %T)", c.Focused())
	}
	if scroll.Offset.Y == 0 || !inView(links) {
		t.Errorf("Tab to the links field: offset %v, the field is out of view", scroll.Offset)
	}
	if inView(text) {
		t.Fatalf("the claim's text still shows after Tab down to the links (offset %v): Shift+Tab would test nothing", scroll.Offset)
	}
	for range 40 {
		if c.Focused() == text {
			break
		}
		test.FocusPrevious(c)
	}
	if c.Focused() != text {
		t.Fatalf("Shift+Tab never reached the claim's text (at %T)", c.Focused())
	}
	if !inView(text) {
		t.Errorf("Shift+Tab to the claim's text: offset %v, the field is out of view", scroll.Offset)
	}
}
