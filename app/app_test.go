package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// newTestEditor opens the small demo map in an editor on Fyne's test app.
func newTestEditor(t *testing.T) *Editor {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1200, 800))
	e := NewEditor(a, w, testFormats())
	// Fixed IDs and clock: what a test adds is the same on every run.
	e.doc.SetMint(argmaptest.Mint(t.Name()))
	e.SetMap(demoMap(), "", nil)
	return e
}

// claimByText finds the claim whose text starts with prefix.
func claimByText(t *testing.T, m *argmap.Map, prefix string) *argmap.Claim {
	t.Helper()
	for _, c := range m.Claims {
		if strings.HasPrefix(c.Text, prefix) {
			return c
		}
	}
	t.Fatalf("no claim starts with %q", prefix)
	return nil
}

func TestDragIsOneUndoableMove(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Teenagers")
	from := c.Pos
	to := argmap.Point{X: from.X - 120, Y: from.Y + 80}
	e.View().OnMoved([]argmap.ID{c.ID}, []argmap.Point{to})
	if c.Pos != to || !c.Pinned {
		t.Fatalf("after drag: pos %v pinned %v, want %v pinned", c.Pos, c.Pinned, to)
	}
	if n := e.History().Len(); n != 1 {
		t.Fatalf("history has %d entries, want 1", n)
	}
	if got := menuItem(t, e, "Edit", "Undo").Label; got != "Undo Move Claim" {
		t.Errorf("undo menu item = %q, want %q", got, "Undo Move Claim")
	}
	e.undo()
	if c.Pos != from || c.Pinned {
		t.Fatalf("after undo: pos %v pinned %v, want %v unpinned", c.Pos, c.Pinned, from)
	}
}

func TestAddObjectionFromToolbar(t *testing.T) {
	e := newTestEditor(t)
	target := claimByText(t, e.Map(), "Pupils learn")
	e.Select([]argmap.ID{target.ID})
	nc, na := len(e.Map().Claims), len(e.Map().Arguments)
	test.Tap(toolbarButton(t, e, "Objection"))
	m := e.Map()
	if len(m.Claims) != nc+1 || len(m.Arguments) != na+1 {
		t.Fatalf("claims %d→%d, arguments %d→%d; want one more of each", nc, len(m.Claims), na, len(m.Arguments))
	}
	a := m.Arguments[len(m.Arguments)-1]
	if a.Polarity != argmap.Con || a.Target != target.ID {
		t.Fatalf("new argument %+v is not a con argument on %q", a, target.Text)
	}
	obj := m.Claim(a.Premises[0])
	if e.doc.Roles()[obj.ID] != argmap.RoleObjection {
		t.Errorf("role of the new claim = %s, want objection", e.doc.Roles()[obj.ID])
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != obj.ID {
		t.Errorf("selection = %v, want the new objection", sel)
	}
	for _, c := range m.Claims {
		if c != obj && c.Pos == obj.Pos {
			t.Errorf("new objection placed on top of %q", c.Text)
		}
	}
	if e.History().Len() != 1 || e.History().UndoLabel() != "Add Objection" {
		t.Errorf("history: %d entries, top %q; want 1, Add Objection", e.History().Len(), e.History().UndoLabel())
	}
	e.undo()
	if len(m.Claims) != nc || len(m.Arguments) != na {
		t.Errorf("undo left %d claims %d arguments, want %d %d", len(m.Claims), len(m.Arguments), nc, na)
	}
}

func TestInspectorTypingIsOneUndoStep(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Secondary")
	before := c.Text
	e.Select([]argmap.ID{c.ID})
	text := claimTextField(t, e)
	test.Type(text, "Really: ")
	if c.Text != text.Text || !strings.Contains(c.Text, "Really: ") || len(c.Text) != len(before)+len("Really: ") {
		t.Fatalf("claim text = %q, entry %q; want the typed text added to %q", c.Text, text.Text, before)
	}
	if n := e.History().Len(); n != 1 {
		t.Fatalf("typing made %d history entries, want 1", n)
	}
	if !strings.HasPrefix(e.win.Title(), "• ") {
		t.Errorf("title %q has no unsaved mark", e.win.Title())
	}
	e.undo()
	if c.Text != before || text.Text != before {
		t.Fatalf("after undo: claim %q, entry %q; want %q", c.Text, text.Text, before)
	}
	if strings.HasPrefix(e.win.Title(), "• ") {
		t.Errorf("title %q still marked after undoing to the save point", e.win.Title())
	}
}

func TestDeleteAndUndo(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	o := claimByText(t, m, "A later start")
	nc, na := len(m.Claims), len(m.Arguments)
	e.Select([]argmap.ID{o.ID})
	e.typedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if m.Claim(o.ID) != nil {
		t.Fatal("objection still on the map after Delete")
	}
	// The objection's argument goes with it; the rebuttal stays, unlinked.
	if len(m.Claims) != nc-1 || len(m.Arguments) != na-2 {
		t.Errorf("after delete: %d claims %d arguments, want %d %d", len(m.Claims), len(m.Arguments), nc-1, na-2)
	}
	if len(e.Selection()) != 0 {
		t.Errorf("selection %v after delete, want empty", e.Selection())
	}
	e.undo()
	if m.Claim(o.ID) == nil || len(m.Claims) != nc || len(m.Arguments) != na {
		t.Fatalf("undo did not restore: %d claims %d arguments", len(m.Claims), len(m.Arguments))
	}
}

func TestBrokenFileIsRefused(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	path := filepath.Join(t.TempDir(), "broken.argmap.json")
	if err := os.WriteFile(path, []byte(`{"format": "argmap", "version": 1, "map": {"claims": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	err := e.OpenFile(path)
	if err == nil {
		t.Fatal("a broken file opened without error")
	}
	if !strings.Contains(err.Error(), "broken.argmap.json") {
		t.Errorf("error %q does not name the file", err)
	}
	if e.Map() != m || e.Path() != "" {
		t.Error("the current map was replaced by a failed open")
	}
	if e.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog shows the error")
	}
}

func TestSaveAndReopen(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Pupils")
	e.do(argmap.SetText(c.ID, "Pupils learn less, and remember less, when short of sleep."))
	path := filepath.Join(t.TempDir(), "school.argmap.json")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	if e.History().Dirty() || strings.HasPrefix(e.win.Title(), "• ") {
		t.Errorf("still dirty after save; title %q", e.win.Title())
	}
	if !strings.HasPrefix(e.win.Title(), "school.argmap.json") {
		t.Errorf("title %q does not name the file", e.win.Title())
	}
	e.newMap()
	if len(e.Map().Claims) != 0 {
		t.Fatal("New did not clear the map")
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	got := claimByText(t, e.Map(), "Pupils")
	if got.Text != "Pupils learn less, and remember less, when short of sleep." || got.Pos != c.Pos {
		t.Errorf("reopened claim %q at %v, want the saved text at %v", got.Text, got.Pos, c.Pos)
	}
	if len(e.Map().Claims) != 5 || len(e.Map().Arguments) != 3 {
		t.Errorf("reopened %d claims %d arguments, want 5 3", len(e.Map().Claims), len(e.Map().Arguments))
	}
	if r := e.recentFiles(); len(r) == 0 || r[0] != path {
		t.Errorf("recent files %v do not start with %s", r, path)
	}
}

func TestCloseWithUnsavedChangesAsks(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Pupils")
	e.do(argmap.Assess(c.ID, argmap.Accepted))
	e.requestClose()
	if e.confirm == nil || e.win.Canvas().Overlays().Top() == nil {
		t.Fatal("closing with unsaved changes did not ask")
	}
	test.Tap(e.confirm.cancel)
	if e.win.Canvas().Overlays().Top() != nil {
		t.Error("Cancel left the dialog open")
	}
	if !e.History().Dirty() || c.Assessment != argmap.Accepted {
		t.Error("Cancel changed the map")
	}

	// New with unsaved changes asks too; Don't Save goes ahead.
	e.confirm = nil
	e.newMap()
	if e.confirm == nil {
		t.Fatal("New with unsaved changes did not ask")
	}
	test.Tap(e.confirm.discard)
	if len(e.Map().Claims) != 0 {
		t.Error("Don't Save did not start the new map")
	}
}

func TestSelectionIsShared(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Most parents")
	test.Tap(outlineRowStarting(t, e, "Most parents").row)
	if sel := e.View().Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Fatalf("canvas selection %v after selecting in the outline, want %v", sel, c.ID)
	}
	if !showsClaim(t, e) {
		t.Errorf("inspector shows %q, want the claim", inspectorLabels(t, e))
	}
	d := claimByText(t, e.Map(), "Teenagers")
	e.View().OnSelectionChanged([]argmap.ID{d.ID})
	if r := outlineRowStarting(t, e, "Teenagers"); !r.selected {
		t.Errorf("outline row %q not chosen after selecting it on the canvas", r.text)
	}
	if r := outlineRowStarting(t, e, "Most parents"); r.selected {
		t.Errorf("outline row %q still chosen after selecting another on the canvas", r.text)
	}
}

func TestImportedFileIsNeverOverwritten(t *testing.T) {
	e := newTestEditor(t)
	path := filepath.Join(t.TempDir(), "debate.apx")
	orig := []byte("arg(a).\narg(b).\natt(a,b).\n")
	if err := os.WriteFile(path, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	if e.doc.Format() == e.nativeFormat() {
		t.Fatal("an .apx file was read as a native map")
	}
	m := e.Map()
	if len(m.Claims) != 2 || m.Claims[0].Pos == m.Claims[1].Pos {
		t.Fatalf("imported claims %d, positions not spread: %v", len(m.Claims), m.Claims)
	}
	e.do(argmap.SetText(m.Claims[0].ID, "a, reworded"))
	e.save()
	if e.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Save of an imported file did not ask for a new name")
	}
	if got, _ := os.ReadFile(path); string(got) != string(orig) {
		t.Errorf("the imported file changed:\n%s", got)
	}
	if want := "debate.argmap.json"; e.suggestedName(nativeExt) != want {
		t.Errorf("suggested name %q, want %q", e.suggestedName(nativeExt), want)
	}
}
