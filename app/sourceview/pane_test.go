package sourceview

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// sourceFixture is a text with non-ASCII words before the passage, so that
// rune and byte offsets differ.
const sourceFixture = `Başlık: Şehir ve Город

İstanbul'un nüfusu büyüyor; Москва тоже растёт.
The council must build more homes before rents rise further.

Critics say the plan ignores transport.
`

const passage = "The council must build more homes before rents rise further."

// fakeHost is all of an editor the source pane sees: a document, edits
// through its history, the selection and the status line. Like the
// editor, it refreshes the pane after each edit and tells it of each
// selection.
type fakeHost struct {
	doc      *document.Document
	pane     *Pane
	status   string
	selected []argmap.ID
	from     any
}

func (h *fakeHost) Doc() *document.Document { return h.doc }
func (h *fakeHost) Do(ed argmap.Edit) error { return h.DoMerge(ed, "") }
func (h *fakeHost) DoMerge(ed argmap.Edit, key string) error {
	err := h.doc.DoMerge(ed, key)
	if err != nil {
		h.status = "Error: " + err.Error()
	}
	if h.pane != nil {
		h.pane.Refresh()
	}
	return err
}
func (h *fakeHost) Status(msg string) { h.status = msg }
func (h *fakeHost) SelectFrom(ids []argmap.ID, src any) {
	h.doc.Select(ids...)
	h.selected, h.from = ids, src
	if h.pane != nil {
		h.pane.SelectionChanged(src == h.pane)
	}
}

// undo undoes the last edit, as the editor's Undo does.
func (h *fakeHost) undo(t *testing.T) {
	t.Helper()
	if !h.doc.History().Undo() {
		t.Fatal("nothing to undo")
	}
	h.pane.Refresh()
}

// testPane is a shown pane on a fake host whose map (in dir) has text
// attached as article.txt, with the test's commands.
type testPane struct {
	*Pane
	h       *fakeHost
	dir     string
	article string
	relays  int
}

func newTestPane(t *testing.T, text string, cmd Commands) *testPane {
	t.Helper()
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b := argmaptest.NewBuilder(t.Name(), "Pane")
	b.Claim("A claim of the map, anchored nowhere.")
	m := b.Map()
	m.Sources = append(m.Sources, &argmap.Source{ID: b.ID(), Name: "article", Path: "article.txt", Hash: anchor.Hash(text)})
	doc := document.New(m, filepath.Join(dir, "m.argmap.json"), nil)
	doc.SetMint(argmaptest.Mint(t.Name() + "/edits")) // apart from the builder's IDs
	tp := &testPane{h: &fakeHost{doc: doc}, dir: dir, article: article}
	a := test.NewTempApp(t)
	if cmd.App == nil {
		cmd.App = a
	}
	if cmd.Win == nil {
		cmd.Win = a.NewWindow("pane")
	}
	cmd.Canvas = widget.NewLabel("the map")
	cmd.Relayout = func() { tp.relays++ }
	if cmd.Background == nil {
		cmd.Background = func(work, done func()) { work(); done() }
	}
	tp.Pane = New(tp.h, cmd)
	tp.h.pane = tp.Pane
	tp.SetShown(true)
	if tp.text.Content() != text {
		t.Fatalf("the pane shows %q, want the article", tp.text.Content())
	}
	return tp
}

// claimOf makes a claim of the passage at [start, end) as the user does:
// selects it, then New Claim from Selection.
func (tp *testPane) claimOf(t *testing.T, start, end int) *argmap.Claim {
	t.Helper()
	tp.text.Select(anchor.Span{Start: start, End: end})
	id, ok := tp.NewClaim(func() argmap.Point { return argmap.Point{X: 10, Y: 20} })
	if !ok {
		t.Fatalf("no claim from [%d %d): %s", start, end, tp.h.status)
	}
	return tp.h.doc.Map().Claim(id)
}

// TestSourcePaneOnItsHost: the pane, built on a host without an editor,
// shows the text beside the map, counts its anchors, selects the claim
// whose passage is clicked, and after the text moved writes the new
// places back through the host's history, as one undo step.
func TestSourcePaneOnItsHost(t *testing.T) {
	text := "Alpha beta.\nGamma delta.\n"
	tp := newTestPane(t, text, Commands{})
	if tp.relays != 1 || !tp.Shown() || tp.Centre() == tp.cmd.Canvas {
		t.Fatalf("shown after %d relayouts, centre %T; want one, and the pane beside the canvas", tp.relays, tp.Centre())
	}
	claim := tp.claimOf(t, strings.Index(text, "Gamma"), len(text)).ID
	an := *tp.h.doc.Map().Claim(claim).Anchor
	h := tp.h
	for _, tc := range []struct {
		name, file, status string
		update             string // the host's status line after Update Anchors
		offset             int    // the claim's anchor offset after it
	}{
		{"in place", text, "1 anchor: 1 ok, 0 moved, 0 broken", "Every anchor is in place", an.Offset},
		{"moved", "Intro.\n" + text, "1 anchor: 0 ok, 1 moved, 0 broken", "Updated 1 anchor", an.Offset + len("Intro.\n")},
	} {
		if err := os.WriteFile(tp.article, []byte(tc.file), 0o644); err != nil {
			t.Fatal(err)
		}
		tp.Reload()
		if tp.Status() != tc.status {
			t.Errorf("%s: the pane says %q, want %q", tc.name, tp.Status(), tc.status)
		}
		steps := h.doc.History().Len()
		tp.UpdateAnchors()
		if h.status != tc.update || h.doc.Map().Claim(claim).Anchor.Offset != tc.offset {
			t.Errorf("%s: Update Anchors said %q and left the anchor at %d, want %q and %d",
				tc.name, h.status, h.doc.Map().Claim(claim).Anchor.Offset, tc.update, tc.offset)
		}
		if want := steps + map[bool]int{true: 1}[tc.name == "moved"]; h.doc.History().Len() != want {
			t.Errorf("%s: %d undo steps, want %d", tc.name, h.doc.History().Len(), want)
		}
	}
	// A click in the passage selects its claim, from the pane.
	tp.text.Tapped(&fyne.PointEvent{Position: posOf(tp.text, strings.Index(tp.text.Content(), "delta"))})
	if len(h.selected) != 1 || h.selected[0] != claim || h.from != tp.Pane {
		t.Errorf("a click on the passage selected %v from %v, want the claim from the pane", h.selected, h.from)
	}
	tp.Toggle()
	if tp.Shown() || tp.Centre() != tp.cmd.Canvas || tp.relays != 2 {
		t.Errorf("hidden: shown %v, centre %T after %d relayouts", tp.Shown(), tp.Centre(), tp.relays)
	}
}

// TestNewClaimFromSelection: a selected passage becomes one claim, its
// text the passage without the white space a drag picks up, anchored
// there (bytes, paragraph, context), placed where the host says, shaded
// in the text; one undo removes it. Without a passage the pane says what
// to do and changes nothing.
func TestNewClaimFromSelection(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	m := tp.h.doc.Map()
	blank := strings.Index(sourceFixture, "\n\n")
	for _, sel := range []anchor.Span{{}, {Start: blank, End: blank + 2}} { // nothing; only white space
		tp.text.Select(sel)
		n := tp.h.doc.History().Len()
		if _, ok := tp.NewClaim(func() argmap.Point { return argmap.Point{} }); ok || tp.h.doc.History().Len() != n ||
			!strings.Contains(tp.h.status, "Select a passage of the source first") {
			t.Errorf("selection %v of white space: made %v, status %q", tp.text.Selection(), ok, tp.h.status)
		}
	}
	start := strings.Index(sourceFixture, passage)
	n := tp.h.doc.History().Len()
	c := tp.claimOf(t, start-1, start+len(passage)+1) // with the white space around
	if tp.h.doc.History().Len() != n+1 {
		t.Fatalf("history grew by %d, want one edit", tp.h.doc.History().Len()-n)
	}
	if c.Text != passage || c.Pos != (argmap.Point{X: 10, Y: 20}) {
		t.Errorf("claim %q at %v, want the passage at the host's spot", c.Text, c.Pos)
	}
	a := c.Anchor
	if a == nil || a.Offset != start || a.Length != len(passage) || a.Quote != passage || a.Paragraph != "¶2" {
		t.Fatalf("anchor %+v; want offset %d length %d", a, start, len(passage))
	}
	if a.Source != m.Sources[0].ID || !strings.HasSuffix(a.Before, "растёт.\n") {
		t.Errorf("anchor source %v, before %q", a.Source, a.Before)
	}
	if got := tp.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Errorf("status %q", got)
	}
	if sh := tp.text.Shaded(); len(sh) != 1 || sh[0] != (anchor.Span{Start: start, End: start + len(passage)}) {
		t.Errorf("shades %v", sh)
	}
	if sel := tp.Selection(); sel.Len() != 0 || tp.newBtn.Disabled() == false {
		t.Errorf("after the claim: selection %v, New Claim enabled %v; want none, disabled", sel, !tp.newBtn.Disabled())
	}
	tp.h.undo(t)
	if m.Claim(c.ID) != nil {
		t.Fatal("one undo should remove the claim with its anchor")
	}
}

func TestClickClaimHighlightsPassageAndBack(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	h := tp.h
	start := strings.Index(sourceFixture, passage)
	c := tp.claimOf(t, start, start+len(passage))
	want := anchor.Span{Start: start, End: start + len(passage)}

	h.SelectFrom(nil, nil)
	if len(tp.text.Marked()) != 0 {
		t.Fatalf("nothing selected, yet highlighted %v", tp.text.Marked())
	}
	h.SelectFrom([]argmap.ID{c.ID}, nil) // as a click on the card does
	if m := tp.text.Marked(); len(m) != 1 || m[0] != want {
		t.Fatalf("marked %v, want %v", m, want)
	}

	// A click in the text selects the claim anchored there; a click
	// elsewhere selects nothing.
	h.SelectFrom(nil, nil)
	tp.text.Tapped(&fyne.PointEvent{Position: posOf(tp.text, start+5)})
	if sel := h.doc.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Fatalf("click in the passage selected %v, want the claim", sel)
	}
	if m := tp.text.Marked(); len(m) != 1 || m[0] != want {
		t.Errorf("marked %v after the click, want %v", m, want)
	}
	tp.text.Tapped(&fyne.PointEvent{Position: posOf(tp.text, strings.Index(sourceFixture, "Critics"))})
	if sel := h.doc.Selection(); len(sel) != 0 {
		t.Errorf("click on unmapped text selected %v", sel)
	}
}

func TestEditedSourceMovesAnchor(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	h := tp.h
	start := strings.Index(sourceFixture, passage)
	c := tp.claimOf(t, start, start+len(passage))

	insert := "A new first paragraph, written after the claim was made.\n\n"
	edited := insert + sourceFixture
	if err := os.WriteFile(tp.article, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	tp.Reload()
	if got := tp.Status(); got != "1 anchor: 0 ok, 1 moved, 0 broken" {
		t.Fatalf("status after edit %q", got)
	}
	moved := anchor.Span{Start: start + len(insert), End: start + len(insert) + len(passage)}
	h.SelectFrom([]argmap.ID{c.ID}, nil)
	if m := tp.text.Marked(); len(m) != 1 || m[0] != moved {
		t.Errorf("moved passage marked at %v, want %v", m, moved)
	}
	if tp.update.Disabled() {
		t.Error("Update Anchors is disabled with a moved anchor")
	}
	n := h.doc.History().Len()
	tp.UpdateAnchors()
	if h.doc.History().Len() != n+1 {
		t.Fatalf("Update Anchors made %d edits, want 1", h.doc.History().Len()-n)
	}
	if a := c.Anchor; a.Offset != moved.Start || a.Paragraph != "¶3" {
		t.Errorf("updated anchor offset %d %s, want %d ¶3", a.Offset, a.Paragraph, moved.Start)
	}
	if h.doc.Map().Sources[0].Hash != anchor.Hash(edited) {
		t.Error("the source's hash was not updated")
	}
	if got := tp.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Errorf("status after update %q", got)
	}
	h.undo(t)
	if c.Anchor.Offset != start {
		t.Errorf("undo left offset %d, want %d", c.Anchor.Offset, start)
	}

	// Deleting the passage breaks the anchor and lists it; its entry
	// selects the claim.
	if err := os.WriteFile(tp.article, []byte("Nothing of it is left.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tp.Reload()
	if got := tp.Status(); got != "1 anchor: 0 ok, 0 moved, 1 broken" {
		t.Errorf("status after deletion %q", got)
	}
	if len(tp.broken.Objects) != 1 {
		t.Fatalf("%d broken entries listed, want 1", len(tp.broken.Objects))
	}
	h.SelectFrom(nil, nil)
	test.Tap(tp.broken.Objects[0].(*widget.Button))
	if sel := h.doc.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Errorf("the broken entry selected %v, want the claim", sel)
	}
}

func TestSelectingClaimSwitchesSource(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	h := tp.h
	start := strings.Index(sourceFixture, passage)
	first := tp.claimOf(t, start, start+len(passage))

	other := "Second text: Москва and İzmir.\n"
	if err := os.WriteFile(filepath.Join(tp.dir, "other.txt"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &argmap.Source{ID: h.doc.Mint().ID(), Name: "other", Path: "other.txt", Hash: anchor.Hash(other)}
	if err := h.Do(argmap.AddSource(s)); err != nil {
		t.Fatal(err)
	}
	tp.Show(s.ID)
	if cur, _ := tp.Current(); cur != s || tp.text.Content() != other || tp.picker.SelectedIndex() != 1 {
		t.Fatal("the pane does not show the source just attached")
	}
	h.SelectFrom([]argmap.ID{first.ID}, nil)
	if cur, _ := tp.Current(); cur != h.doc.Map().Sources[0] || len(tp.text.Marked()) != 1 || tp.text.Marked()[0] != (anchor.Span{Start: start, End: start + len(passage)}) {
		t.Fatalf("selecting a claim of the first source shows source %v, marked %v", cur, tp.text.Marked())
	}
	if tp.picker.SelectedIndex() != 0 {
		t.Errorf("picker shows %d, want 0", tp.picker.SelectedIndex())
	}
	// Choosing the other source in the picker shows it, though the
	// selected claim is anchored in the first.
	tp.picker.SetSelectedIndex(1)
	if cur, _ := tp.Current(); cur != s || tp.text.Content() != other {
		t.Errorf("the picker's choice shows %v", cur)
	}
}

// TestAnchorSearchLeavesTheWindowFree: anchors whose passages moved are
// looked for off the UI goroutine; the pane shows at once the ones in
// place and that it is looking for the others, then their places.
func TestAnchorSearchLeavesTheWindowFree(t *testing.T) {
	var jobs []func() // the UI's half of each search, run when its work is done
	var wg sync.WaitGroup
	tp := newTestPane(t, sourceFixture, Commands{Background: func(work, done func()) {
		wg.Add(1)
		go func() { defer wg.Done(); work() }()
		jobs = append(jobs, done)
	}})
	start := strings.Index(sourceFixture, passage)
	tp.claimOf(t, start, start+len(passage))
	if got := tp.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Fatalf("status %q: an anchor in place is resolved at once", got)
	}
	if err := os.WriteFile(tp.article, []byte("A new first paragraph.\n\n"+sourceFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	tp.Reload()
	if got := tp.Status(); !strings.Contains(got, "looking for 1 that moved") || len(jobs) != 1 {
		t.Fatalf("status %q with %d searches: the moved anchor is looked for in the background", got, len(jobs))
	}
	wg.Wait()
	jobs[0]() // fyne.Do brings the results back to the UI goroutine
	if got := tp.Status(); got != "1 anchor: 0 ok, 1 moved, 0 broken" {
		t.Errorf("status after the search %q", got)
	}
}

// TestReadTheSampleArticleThere: the sample's article found outside the
// map's folder is offered in one click (Read It There), where the pane named
// the file yet made the user walk a file dialog to it from the home
// folder; a map naming another file out of its folder is offered no such
// click.
func TestReadTheSampleArticleThere(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"shared/source/article.txt", "other/article.txt"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(sourceFixture), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a := test.NewTempApp(t)
	for _, tc := range []struct {
		source string
		offer  bool
	}{
		{"../shared/source/article.txt", true},
		{"../other/article.txt", false},
	} {
		b := argmaptest.NewBuilder(t.Name()+tc.source, "Sample")
		b.Claim("A claim.")
		m := b.Map()
		m.Sources = append(m.Sources, &argmap.Source{ID: b.ID(), Name: "article.txt", Path: tc.source, Hash: anchor.Hash(sourceFixture)})
		h := &fakeHost{doc: document.New(m, filepath.Join(dir, "maps", "m.argmap.json"), nil)}
		var located []string
		p := New(h, Commands{App: a, Win: a.NewWindow("pane"), Canvas: widget.NewLabel("the map"), Relayout: func() {},
			LocateAt:   func(path string) { located = append(located, path) },
			Background: func(work, done func()) { work(); done() }})
		h.pane = p
		p.SetShown(true)
		var read *widget.Button
		var msg string
		var visit func(fyne.CanvasObject)
		visit = func(o fyne.CanvasObject) {
			switch w := o.(type) {
			case *widget.Button:
				if w.Text == "Read It There" && w.Visible() {
					read = w
				}
			case *widget.Label:
				msg += w.Text
			case *fyne.Container:
				for _, k := range w.Objects {
					if k.Visible() {
						visit(k)
					}
				}
			}
		}
		visit(p.body)
		if !strings.Contains(msg, "outside the map's folder") {
			t.Fatalf("%s: the pane says %q, want it outside the map's folder", tc.source, msg)
		}
		if (read != nil) != tc.offer {
			t.Fatalf("%s: Read It There offered %v, want %v (the pane says %q)", tc.source, read != nil, tc.offer, msg)
		}
		if read == nil {
			continue
		}
		test.Tap(read)
		want := filepath.Join(dir, "shared", "source", "article.txt")
		if len(located) != 1 || located[0] != want {
			t.Errorf("Read It There located %q, want [%s]", located, want)
		}
	}
}

// TestUnsavedMapSaysWhichFolder: for a map not saved yet (the sample) the
// pane says which folder "the map's folder" is, as it has none of its own.
func TestUnsavedMapSaysWhichFolder(t *testing.T) {
	article := filepath.Join(t.TempDir(), "article.txt") // not under the working folder
	if err := os.WriteFile(article, []byte(sourceFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	b := argmaptest.NewBuilder(t.Name(), "Unsaved")
	b.Claim("A claim.")
	m := b.Map()
	m.Sources = append(m.Sources, &argmap.Source{ID: b.ID(), Name: "article.txt", Path: article})
	a := test.NewTempApp(t)
	h := &fakeHost{doc: document.New(m, "", nil)}
	p := New(h, Commands{App: a, Win: a.NewWindow("pane"), Canvas: widget.NewLabel("the map"), Relayout: func() {},
		Background: func(work, done func()) { work(); done() }})
	h.pane = p
	p.SetShown(true)
	want := "the map is not saved yet, so its folder is the one Argmap was started in"
	if !strings.Contains(p.missing.Text, want) {
		t.Errorf("the pane says %q, want it to say %q", p.missing.Text, want)
	}
}
