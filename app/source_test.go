package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/sourceview"
	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
	"github.com/argmap/argmap/internal/shared"
)

// Anchor searches run at once in tests, which then see their results
// without waiting (app/sourceview's TestAnchorSearchLeavesTheWindowFree
// runs them apart).
func init() { sourceSearch = func(work, done func()) { work(); done() } }

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
	if w := sourceText(e); w == nil || w.Content() != sourceFixture || !menuItem(t, e, "View", "Source Text").Checked {
		t.Fatalf("the window shows %v, want the pane with the article", w)
	}
	if !hasLabel(e, "No claim is anchored in this text yet") {
		t.Errorf("the pane's status is not shown: %q", labelWith(e, "anchor"))
	}
	e.undo()
	if len(e.Map().Sources) != 0 {
		t.Fatal("undo left the source attached")
	}
}

// TestNewClaimFromSelection: the editor's command makes one claim of the
// passage selected in the text (app/sourceview tests the claim's anchor),
// selects it and opens its text for editing; one undo removes it.
func TestNewClaimFromSelection(t *testing.T) {
	e, _ := attached(t)
	start := strings.Index(sourceFixture, passage)
	mustSourceText(t, e).Select(anchor.Span{Start: start - 1, End: start + len(passage) + 1}) // with the white space around
	n := e.History().Len()
	menuItem(t, e, "Edit", "New Claim from Selection").Action()
	if e.History().Len() != n+1 {
		t.Fatalf("history grew by %d, want one edit", e.History().Len()-n)
	}
	c := e.Map().Claims[len(e.Map().Claims)-1]
	if c.Text != passage {
		t.Errorf("claim text %q, want the passage", c.Text)
	}
	a := c.Anchor
	if a == nil || a.Offset != start || a.Length != len(passage) || a.Source != e.Map().Sources[0].ID {
		t.Fatalf("anchor %+v; want offset %d length %d", a, start, len(passage))
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Errorf("selection %v, want the new claim", sel)
	}
	if !shownView(t, e).Editing() {
		t.Error("the new claim's text is not open for editing")
	}
	shownView(t, e).CloseEditor()
	if !hasLabel(e, "1 anchor: 1 ok, 0 moved, 0 broken") {
		t.Errorf("pane status %q", labelWith(e, "anchor"))
	}
	want := anchor.Span{Start: start, End: start + len(passage)}
	if w := mustSourceText(t, e); len(w.Shaded()) != 1 || w.Shaded()[0] != want || len(w.Marked()) != 1 || w.Marked()[0] != want {
		t.Errorf("shades %v, marks %v; want the passage in both", w.Shaded(), w.Marked())
	}
	e.undo()
	if e.Map().Claim(c.ID) != nil {
		t.Fatal("one undo should remove the claim with its anchor")
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
	showSource(t, e)
	if sourceText(e) != nil {
		t.Fatalf("the sample's source resolved from the working folder (%s); expected Locate", labelWith(e, "Looked for"))
	}
	if labelWith(e, "../shared/source/article.txt") == "" || windowButton(e, "Locate…") == nil {
		t.Errorf("the pane does not say where the article is, with a Locate… button: %q", labelWith(e, "text of"))
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
	if want := fmt.Sprintf("%s: %d ok, 0 moved, 0 broken", plural(n, "anchor", "anchors"), n); !hasLabel(e, want) {
		t.Errorf("pane status %q, want %q", labelWith(e, "anchor"), want)
	}
	w := mustSourceText(t, e)
	// Selecting an anchored claim highlights its passage and scrolls to
	// it: the last passage of the article is below the first screen.
	var last *argmap.Claim
	for _, c := range m.Claims {
		if c.Anchor != nil && (last == nil || c.Anchor.Offset > last.Anchor.Offset) {
			last = c
		}
	}
	e.Select([]argmap.ID{last.ID})
	if want := (anchor.Span{Start: last.Anchor.Offset, End: last.Anchor.Offset + last.Anchor.Length}); len(w.Marked()) != 1 || w.Marked()[0] != want {
		t.Errorf("marked %v for anchor %v", w.Marked(), want)
	}
	scroll, _ := inWindow(e, func(o fyne.CanvasObject) bool { s, ok := o.(*container.Scroll); return ok && s.Content == w }).(*container.Scroll)
	if scroll == nil || scroll.Offset.Y <= 0 {
		t.Errorf("the pane did not scroll to the last passage (%v)", scroll)
	}
}

func TestSourceMenusAndToggle(t *testing.T) {
	e := newTestEditor(t)
	labels := map[string][]string{}
	for _, m := range e.win.MainMenu().Items {
		for _, it := range m.Items {
			labels[m.Label] = append(labels[m.Label], it.Label)
		}
	}
	for menu, want := range map[string]string{"File": "Attach Source…", "Edit": "New Claim from Selection", "View": "Source Text"} {
		if !strings.Contains(strings.Join(labels[menu], "|"), want) {
			t.Errorf("%s menu lacks %q: %v", menu, want, labels[menu])
		}
	}
	toggle := menuItem(t, e, "View", "Source Text")
	empty := "No source is attached"
	if toggle.Checked || labelWith(e, empty) != "" {
		t.Fatal("the pane is shown at start")
	}
	toggle.Action()
	if !toggle.Checked || labelWith(e, empty) == "" || windowButton(e, "Attach Source…") == nil {
		t.Fatalf("toggle did not show the empty pane, with Attach Source…, beside the canvas: %q", labelWith(e, "source"))
	}
	if inWindow(e, func(o fyne.CanvasObject) bool { return o == e.view }) == nil {
		t.Error("the canvas is gone with the pane shown")
	}
	toggle.Action()
	if toggle.Checked || labelWith(e, empty) != "" {
		t.Fatal("toggle did not hide the pane")
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
	shownText := func(e *Editor) bool { w := sourceText(e); return w != nil && w.Content() == sourceFixture }

	for _, source := range []string{"../secret.txt", filepath.ToSlash(secret)} {
		e := newTestEditor(t)
		path := mapWith("m.argmap.json", source)
		if err := e.OpenFile(path); err != nil {
			t.Fatal(err)
		}
		showSource(t, e)
		if shownText(e) || labelWith(e, "council") != "" {
			t.Fatalf("source %s out of the map's folder was read", source)
		}
		if labelWith(e, "outside the map's folder") == "" || windowButton(e, "Locate…") == nil {
			t.Errorf("source %s: the pane says %q, want why and a Locate… button", source, labelWith(e, "text of"))
		}
	}

	// Located, it shows, and stays allowed when the map is opened again.
	e := newTestEditor(t)
	path := mapWith("m.argmap.json", "../secret.txt")
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	showSource(t, e)
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
	showSource(t, again)
	if !shownText(again) {
		t.Errorf("the file located for this map is not shown when it is opened again: %q", labelWith(again, "text of"))
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
	if shownText(again) || labelWith(again, "named pipe") == "" {
		t.Errorf("a FIFO source: %q", labelWith(again, "text of"))
	}
}

// inWindow walks what the editor's window shows (its content, not its
// overlays) and returns the first object for which match holds.
func inWindow(e *Editor, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	return first(e.win.Content(), match)
}

// first is the first visible object under o (o included), depth first,
// for which match holds; nil if none.
func first(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	return widgetstest.First(o, match)
}

// sourceText is the source pane's text as the window shows it, or nil
// when no text is shown.
func sourceText(e *Editor) *sourceview.Text {
	w, _ := inWindow(e, func(o fyne.CanvasObject) bool { _, ok := o.(*sourceview.Text); return ok }).(*sourceview.Text)
	return w
}

// mustSourceText is sourceText, failing the test when none is shown.
func mustSourceText(t *testing.T, e *Editor) *sourceview.Text {
	t.Helper()
	w := sourceText(e)
	if w == nil {
		t.Fatalf("no source text in the window; it shows %q", labelWith(e, "text of"))
	}
	return w
}

// labelWith is the text of the first label in the window that contains
// part ("" when none does).
func labelWith(e *Editor, part string) string {
	l, _ := inWindow(e, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, part)
	}).(*widget.Label)
	if l == nil {
		return ""
	}
	return l.Text
}

// hasLabel reports whether the window shows a label reading text.
func hasLabel(e *Editor, text string) bool {
	return inWindow(e, func(o fyne.CanvasObject) bool { l, ok := o.(*widget.Label); return ok && l.Text == text }) != nil
}

// windowButton is the button in the window reading text, or nil.
func windowButton(e *Editor, text string) *widget.Button {
	b, _ := inWindow(e, func(o fyne.CanvasObject) bool { b, ok := o.(*widget.Button); return ok && b.Text == text }).(*widget.Button)
	return b
}

// showSource shows the source pane as a user does, by View › Source
// Text, unless it is shown.
func showSource(t *testing.T, e *Editor) {
	t.Helper()
	if it := menuItem(t, e, "View", "Source Text"); !it.Checked {
		it.Action()
	}
}
