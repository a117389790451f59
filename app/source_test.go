package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
	"github.com/argmap/argmap/internal/shared"
)

// Anchor searches run at once in tests, which then see their results
// without waiting; TestAnchorSearchLeavesTheWindowFree runs them apart.
func init() { resolveInBackground = func(work, done func()) { work(); done() } }

// sourceFixture is a text with non-ASCII words before the passage, so that
// rune and byte offsets differ.
const sourceFixture = `Başlık: Şehir ve Город

İstanbul'un nüfusu büyüyor; Москва тоже растёт.
The council must build more homes before rents rise further.

Critics say the plan ignores transport.
`

const passage = "The council must build more homes before rents rise further."

func writeSource(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// attached returns an editor on the demo map with the fixture attached.
func attached(t *testing.T) (*Editor, string) {
	t.Helper()
	e := newTestEditor(t)
	path := writeSource(t, sourceFixture)
	if err := e.AttachSource(path); err != nil {
		t.Fatal(err)
	}
	return e, path
}

func TestAttachSourceShowsText(t *testing.T) {
	e, path := attached(t)
	if n := len(e.Map().Sources); n != 1 {
		t.Fatalf("%d sources, want 1", n)
	}
	s := e.Map().Sources[0]
	if s.Name != "article.txt" || s.Hash != anchor.Hash(sourceFixture) || filepath.FromSlash(s.Path) != path {
		t.Errorf("source = %+v", s)
	}
	if !e.src.shown || e.src.text.text != sourceFixture {
		t.Fatalf("pane shown %v with text %q", e.src.shown, e.src.text.text)
	}
	if got := e.src.Status(); got != "No claim is anchored in this text yet" {
		t.Errorf("status %q", got)
	}
	e.undo()
	if len(e.Map().Sources) != 0 {
		t.Fatal("undo left the source attached")
	}
}

func TestNewClaimFromSelection(t *testing.T) {
	e, _ := attached(t)
	start := strings.Index(sourceFixture, passage)
	e.src.text.Select(anchor.Span{Start: start - 1, End: start + len(passage) + 1}) // with the white space around
	n := e.History().Len()
	e.newClaimFromSelection()
	if e.History().Len() != n+1 {
		t.Fatalf("history grew by %d, want one edit", e.History().Len()-n)
	}
	c := e.Map().Claims[len(e.Map().Claims)-1]
	if c.Text != passage {
		t.Errorf("claim text %q, want the passage", c.Text)
	}
	a := c.Anchor
	if a == nil || a.Offset != start || a.Length != len(passage) || a.Quote != passage || a.Paragraph != "¶2" {
		t.Fatalf("anchor %+v; want offset %d length %d", a, start, len(passage))
	}
	if a.Source != e.Map().Sources[0].ID || !strings.HasSuffix(a.Before, "растёт.\n") {
		t.Errorf("anchor source %v, before %q", a.Source, a.Before)
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Errorf("selection %v, want the new claim", sel)
	}
	if got := e.src.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Errorf("status %q", got)
	}
	if len(e.src.text.shades) != 1 || e.src.text.shades[0] != (anchor.Span{Start: start, End: start + len(passage)}) {
		t.Errorf("shades %v", e.src.text.shades)
	}
	e.undo()
	if e.Map().Claim(c.ID) != nil {
		t.Fatal("one undo should remove the claim with its anchor")
	}
}

// press and drag as the desktop driver reports them: a press, then drags
// whose Dragged delta runs from the press.
func dragText(w *sourceText, from, to fyne.Position) {
	w.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	w.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	w.DragEnd()
	w.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
}

// posOf is the position just inside the character at byte offset off.
func posOf(w *sourceText, off int) fyne.Position {
	i := w.lineAt(off)
	return fyne.NewPos(w.xAt(i, off)+1, w.YOf(off)+w.lineHeight()/2)
}

func TestDragSelectsBytesOfNonASCII(t *testing.T) {
	e, _ := attached(t)
	w := e.src.text
	for _, word := range []string{"Москва тоже", "İstanbul'un nüfusu", "Şehir ve Город"} {
		start := strings.Index(sourceFixture, word)
		end := start + len(word)
		// Press on the first letter's left half, release on the last letter's right half.
		last := end - len(string([]rune(word)[len([]rune(word))-1]))
		to := posOf(w, last)
		to.X = w.xAt(w.lineAt(end), end) - 1
		dragText(w, posOf(w, start), to)
		if got := w.Selection(); got != (anchor.Span{Start: start, End: end}) {
			t.Errorf("drag over %q selected %v = %q, want [%d %d)", word, got, sourceFixture[got.Start:got.End], start, end)
		}
	}
	// The claim made from a Cyrillic selection anchors its bytes.
	e.newClaimFromSelection()
	c := e.Map().Claims[len(e.Map().Claims)-1]
	if c.Text != "Şehir ve Город" || c.Anchor.Quote != "Şehir ve Город" || c.Anchor.Offset != strings.Index(sourceFixture, "Şehir") {
		t.Errorf("claim %q anchor %+v", c.Text, c.Anchor)
	}
}

func TestClickClaimHighlightsPassageAndBack(t *testing.T) {
	e, _ := attached(t)
	start := strings.Index(sourceFixture, passage)
	e.src.text.Select(anchor.Span{Start: start, End: start + len(passage)})
	e.newClaimFromSelection()
	c := e.Map().Claims[len(e.Map().Claims)-1]
	want := anchor.Span{Start: start, End: start + len(passage)}

	e.Select(nil)
	if e.src.highlighted != (anchor.Span{}) || len(e.src.text.marks) != 0 {
		t.Fatalf("nothing selected, yet highlighted %v", e.src.highlighted)
	}
	e.Select([]argmap.ID{c.ID}) // as a click on the card does
	if e.src.highlighted != want || len(e.src.text.marks) != 1 {
		t.Fatalf("highlighted %v, want %v", e.src.highlighted, want)
	}

	// A click in the text selects the claim anchored there; a click
	// elsewhere selects nothing.
	e.Select(nil)
	e.src.text.Tapped(&fyne.PointEvent{Position: posOf(e.src.text, start+5)})
	if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Fatalf("click in the passage selected %v, want the claim", sel)
	}
	if e.src.highlighted != want {
		t.Errorf("highlighted %v after the click, want %v", e.src.highlighted, want)
	}
	e.src.text.Tapped(&fyne.PointEvent{Position: posOf(e.src.text, strings.Index(sourceFixture, "Critics"))})
	if sel := e.Selection(); len(sel) != 0 {
		t.Errorf("click on unmapped text selected %v", sel)
	}
}

func TestEditedSourceMovesAnchor(t *testing.T) {
	e, path := attached(t)
	start := strings.Index(sourceFixture, passage)
	e.src.text.Select(anchor.Span{Start: start, End: start + len(passage)})
	e.newClaimFromSelection()
	c := e.Map().Claims[len(e.Map().Claims)-1]

	insert := "A new first paragraph, written after the claim was made.\n\n"
	edited := insert + sourceFixture
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	e.src.reload()
	if got := e.src.Status(); got != "1 anchor: 0 ok, 1 moved, 0 broken" {
		t.Fatalf("status after edit %q", got)
	}
	moved := anchor.Span{Start: start + len(insert), End: start + len(insert) + len(passage)}
	e.Select([]argmap.ID{c.ID})
	if e.src.highlighted != moved {
		t.Errorf("moved passage highlighted at %v, want %v", e.src.highlighted, moved)
	}
	if e.src.update.Disabled() {
		t.Error("Update Anchors is disabled with a moved anchor")
	}
	n := e.History().Len()
	e.src.updateAnchors()
	if e.History().Len() != n+1 {
		t.Fatalf("Update Anchors made %d edits, want 1", e.History().Len()-n)
	}
	if a := c.Anchor; a.Offset != moved.Start || a.Paragraph != "¶3" {
		t.Errorf("updated anchor offset %d %s, want %d ¶3", a.Offset, a.Paragraph, moved.Start)
	}
	if e.Map().Sources[0].Hash != anchor.Hash(edited) {
		t.Error("the source's hash was not updated")
	}
	if got := e.src.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Errorf("status after update %q", got)
	}
	e.undo()
	if c.Anchor.Offset != start {
		t.Errorf("undo left offset %d, want %d", c.Anchor.Offset, start)
	}

	// Deleting the passage breaks the anchor and lists it.
	if err := os.WriteFile(path, []byte("Nothing of it is left.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.src.reload()
	if got := e.src.Status(); got != "1 anchor: 0 ok, 0 moved, 1 broken" {
		t.Errorf("status after deletion %q", got)
	}
	if len(e.src.broken.Objects) != 1 {
		t.Errorf("%d broken entries listed, want 1", len(e.src.broken.Objects))
	}
}

func TestSampleSourceLocate(t *testing.T) {
	article, err := filepath.Abs(shared.Path(t, "source/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Where the sample's relative path (../../shared/…) finds nothing: two
	// levels down inside the test's own folder, so that a shared/ folder
	// beside the temporary folder is never reached.
	wd := filepath.Join(t.TempDir(), "a", "b")
	if err := os.MkdirAll(wd, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(wd)
	e := newTestEditor(t)
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	e.SetMap(m, "", nil)
	if len(m.Sources) == 0 {
		t.Fatal("the sample map has no source") // it is in the repository
	}
	s := m.Sources[0]
	e.src.setShown(true)
	if e.src.body.Objects[0] == e.src.scroll {
		t.Fatalf("the sample's source resolved from the working folder (%s); expected Locate", e.src.docs[s.ID].path)
	}
	if !strings.Contains(e.src.missing.Text, "../shared/source/article.txt") {
		t.Errorf("missing text does not say where the article is: %q", e.src.missing.Text)
	}
	if err := e.LocateSource(s.ID, article); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range m.Claims {
		if c.Anchor != nil {
			n++
		}
	}
	want := fmt.Sprintf("%s: %d ok, 0 moved, 0 broken", plural(n, "anchor", "anchors"), n)
	if got := e.src.Status(); got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if e.src.body.Objects[0] != e.src.scroll {
		t.Error("the text is not shown after Locate")
	}
	// Selecting an anchored claim highlights its passage and scrolls to
	// it: the last passage of the article is below the first screen.
	var last *argmap.Claim
	for _, c := range m.Claims {
		if c.Anchor != nil && (last == nil || c.Anchor.Offset > last.Anchor.Offset) {
			last = c
		}
	}
	e.Select([]argmap.ID{last.ID})
	if want := (anchor.Span{Start: last.Anchor.Offset, End: last.Anchor.Offset + last.Anchor.Length}); e.src.highlighted != want {
		t.Errorf("highlighted %v for anchor %v", e.src.highlighted, want)
	}
	if e.src.scroll.Offset.Y <= 0 {
		t.Errorf("the pane did not scroll to the last passage (offset %v)", e.src.scroll.Offset)
	}
}

func TestSourceMenusAndToggle(t *testing.T) {
	e := newTestEditor(t)
	labels := map[string][]string{}
	for _, m := range e.menus.main.Items {
		for _, it := range m.Items {
			labels[m.Label] = append(labels[m.Label], it.Label)
		}
	}
	for menu, want := range map[string]string{"File": "Attach Source…", "Edit": "New Claim from Selection", "View": "Source Text"} {
		if !strings.Contains(strings.Join(labels[menu], "|"), want) {
			t.Errorf("%s menu lacks %q: %v", menu, want, labels[menu])
		}
	}
	if e.src.shown {
		t.Fatal("the pane is shown at start")
	}
	e.src.toggle()
	if !e.src.shown || !e.src.menuItem.Checked || e.src.split.Trailing != e.src.root {
		t.Fatal("toggle did not show the pane beside the canvas")
	}
	if !strings.Contains(e.src.missing.Text, "No source is attached") {
		t.Errorf("empty pane says %q", e.src.missing.Text)
	}
	e.src.toggle()
	if e.src.shown || e.src.menuItem.Checked {
		t.Fatal("toggle did not hide the pane")
	}
}

func TestSelectingClaimSwitchesSource(t *testing.T) {
	e, _ := attached(t)
	start := strings.Index(sourceFixture, passage)
	e.src.text.Select(anchor.Span{Start: start, End: start + len(passage)})
	e.newClaimFromSelection()
	first := e.Map().Claims[len(e.Map().Claims)-1]

	other := "Second text: Москва and İzmir.\n"
	if err := e.AttachSource(writeSource(t, other)); err != nil {
		t.Fatal(err)
	}
	if e.src.cur != e.Map().Sources[1].ID || e.src.text.text != other {
		t.Fatal("the pane does not show the source just attached")
	}
	e.Select([]argmap.ID{first.ID})
	if e.src.cur != e.Map().Sources[0].ID || e.src.highlighted != (anchor.Span{Start: start, End: start + len(passage)}) {
		t.Fatalf("selecting a claim of the first source shows source %v, highlighted %v", e.src.cur, e.src.highlighted)
	}
	if e.src.picker.SelectedIndex() != 0 {
		t.Errorf("picker shows %d, want 0", e.src.picker.SelectedIndex())
	}
}

func TestDoubleClickSelectsSentence(t *testing.T) {
	e, _ := attached(t)
	w := e.src.text
	sentence := "İstanbul'un nüfusu büyüyor; Москва тоже растёт."
	at := strings.Index(sourceFixture, "тоже")
	w.DoubleTapped(&fyne.PointEvent{Position: posOf(w, at)})
	got := w.Selection()
	if sourceFixture[got.Start:got.End] != sentence {
		t.Fatalf("double click selected %q, want %q", sourceFixture[got.Start:got.End], sentence)
	}
	if e.src.newBtn.Disabled() {
		t.Error("New Claim from Selection is disabled with a selection")
	}
}

func TestLongWordIsCut(t *testing.T) {
	test.NewTempApp(t)
	w := newSourceText()
	url := "https://example.org/" + strings.Repeat("segment-ğüşöç-сегмент/", 20)
	w.text = "See " + url + " now."
	w.wrap(300)
	if len(w.lines) < 3 {
		t.Fatalf("%d lines, want the URL cut over several", len(w.lines))
	}
	avail := 300 - 2*w.pad()
	for _, l := range w.lines {
		if !utf8.ValidString(w.text[l.Start:l.End]) {
			t.Errorf("line %v cuts a character", l)
		}
		if width := fyne.MeasureText(w.text[l.Start:l.End], w.textSize(), fyne.TextStyle{}).Width; width > avail+1 {
			t.Errorf("line %q is %v wide, more than %v", w.text[l.Start:l.End], width, avail)
		}
	}
	if got, want := w.lines[len(w.lines)-1].End, len(w.text); got != want {
		t.Errorf("last line ends at %d, want %d", got, want)
	}
}

// TestSourcePaneStaysInTheMapFolder: a map's source path is followed only
// inside the map's folder; a file elsewhere is shown once the user locates
// it, and that choice is remembered for that map only. A FIFO is refused
// without blocking.
func TestSourcePaneStaysInTheMapFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "maps")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(root, "secret.txt")
	if err := os.WriteFile(secret, []byte(sourceFixture), 0o600); err != nil {
		t.Fatal(err)
	}
	mapWith := func(name, source string) string {
		m := demoMap()
		m.Sources = []*argmap.Source{{ID: argmap.NewID(), Name: "article", Path: source}}
		p := filepath.Join(dir, name)
		if err := native.WriteFile(p, m); err != nil {
			t.Fatal(err)
		}
		return p
	}
	shownText := func(e *Editor) bool { return e.src.body.Objects[0] == e.src.scroll && e.src.text.text == sourceFixture }

	for _, source := range []string{"../secret.txt", filepath.ToSlash(secret)} {
		e := newTestEditor(t)
		path := mapWith("m.argmap.json", source)
		if err := e.OpenFile(path); err != nil {
			t.Fatal(err)
		}
		e.src.setShown(true)
		if shownText(e) || strings.Contains(e.src.text.text, "council") {
			t.Fatalf("source %s out of the map's folder was read", source)
		}
		if !strings.Contains(e.src.missing.Text, "outside the map's folder") || !e.src.cardLocate {
			t.Errorf("source %s: the pane says %q, want why and a Locate… button", source, e.src.missing.Text)
		}
	}

	// Located, it shows, and stays allowed when the map is opened again.
	e := newTestEditor(t)
	path := mapWith("m.argmap.json", "../secret.txt")
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	e.src.setShown(true)
	if err := e.LocateSource(e.Map().Sources[0].ID, secret); err != nil {
		t.Fatal(err)
	}
	if !shownText(e) {
		t.Fatal("the located file is not shown")
	}
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	// The next start: a new editor on the same app, so the same preferences.
	again := NewEditor(e.app, e.app.NewWindow("again"), testFormats())
	if err := again.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	again.src.setShown(true)
	if !shownText(again) {
		t.Errorf("the file located for this map is not shown when it is opened again: %q", again.src.missing.Text)
	}
	// Another map in the same folder naming the same file is not let in.
	if err := again.OpenFile(mapWith("other.argmap.json", "../secret.txt")); err != nil {
		t.Fatal(err)
	}
	if shownText(again) {
		t.Error("a file located for one map is shown for another")
	}

	// A FIFO in the map's folder is refused at once.
	fifo := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	if err := again.OpenFile(mapWith("pipe.argmap.json", "pipe.txt")); err != nil {
		t.Fatal(err)
	}
	if shownText(again) || !strings.Contains(again.src.missing.Text, "named pipe") {
		t.Errorf("a FIFO source: %q", again.src.missing.Text)
	}
}

// TestAnchorSearchLeavesTheWindowFree: anchors whose passages moved are
// looked for off the UI goroutine; the pane shows at once the ones in
// place and that it is looking for the others, then their places.
func TestAnchorSearchLeavesTheWindowFree(t *testing.T) {
	var jobs []func() // the UI's half of each search, run when its work is done
	var wg sync.WaitGroup
	resolveInBackground = func(work, done func()) {
		wg.Add(1)
		go func() { defer wg.Done(); work() }()
		jobs = append(jobs, done)
	}
	defer func() { resolveInBackground = func(work, done func()) { work(); done() } }()

	e, path := attached(t)
	start := strings.Index(sourceFixture, passage)
	e.src.text.Select(anchor.Span{Start: start, End: start + len(passage)})
	e.newClaimFromSelection()
	if got := e.src.Status(); got != "1 anchor: 1 ok, 0 moved, 0 broken" {
		t.Fatalf("status %q: an anchor in place is resolved at once", got)
	}
	if err := os.WriteFile(path, []byte("A new first paragraph.\n\n"+sourceFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	e.src.reload()
	if got := e.src.Status(); !strings.Contains(got, "looking for 1 that moved") || len(jobs) != 1 {
		t.Fatalf("status %q with %d searches: the moved anchor is looked for in the background", got, len(jobs))
	}
	wg.Wait()
	jobs[0]() // fyne.Do brings the results back to the UI goroutine
	if got := e.src.Status(); got != "1 anchor: 0 ok, 1 moved, 0 broken" {
		t.Errorf("status after the search %q", got)
	}
}
