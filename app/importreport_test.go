package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/internal/shared"
)

// statusAction is the button beside the status bar's message, as the
// window shows it, or nil when none is shown.
func statusAction(t *testing.T, e *Editor) *widget.Button {
	t.Helper()
	bar, err := frameEdge(e, false)
	if err != "" {
		t.Fatal(err)
	}
	b, _ := first(bar, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Button); return ok && o.Visible() }).(*widget.Button)
	return b
}

// TestOpenSaysWhatTheImportDid (msgs7 item 1): opening a file of another
// format says in the status line what was imported and how many warnings
// there were, with View Warnings, which lists each with its place; a
// warning on a claim shows it on the map when chosen. A clean import and
// a native map offer no button, nor does the status bar once it says
// something else.
func TestOpenSaysWhatTheImportDid(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	warnAIF := `{"nodes":[{"nodeID":"1","text":"X","type":"I"},{"nodeID":"2","text":"Default Conflict","type":"CA"},
	{"nodeID":"3","text":"Default Inference","type":"RA"},{"nodeID":"4","text":"Y","type":"I"},
	{"nodeID":"5","text":"Default Preference","type":"PA"}],
	"edges":[{"fromID":"1","toID":"2"},{"fromID":"2","toID":"1"},{"fromID":"3","toID":"4"},{"fromID":"4","toID":"5"},{"fromID":"5","toID":"1"}],"locutions":[]}`
	native := filepath.Join(dir, "saved.argmap.json")
	for _, tc := range []struct {
		name, path string
		status     string   // the message, in full or up to "…"
		warnings   []string // lines of the dialog (each a whole row), none: no button
		show       string   // a row whose choice selects a claim
		head       string   // the dialog's first line, where checked
	}{
		{name: "qt30", path: shared.Path(t, "corpus/aif-json/qt30/nodeset25045.json"),
			status:   "Imported nodeset25045.json (AIF-JSON): 153 claims, 87 arguments; 3 warnings",
			warnings: []string{`map.claims[41]: orphan: "the main problem though is the tests co…" is connected to nothing`},
			show:     `map.claims[41]: orphan: "the main problem though is the tests co…" is connected to nothing`,
			head: "nodeset25045.json was imported as AIF-JSON (AIFdb nodeset): 153 claims, 14 pro, 12 con, 61 rephrase arguments; " +
				"dialogue of 238 locutions, 153 transitions, 92 illocutions. 3 warnings (choose one on a claim or argument to show it on the map):"},
		{name: "aif with faults", path: write("w.json", warnAIF),
			status: "Imported w.json (AIF-JSON): 3 claims, 2 arguments; 4 warnings",
			warnings: []string{
				`node "3" (RA): no premise (I-node pointing into it); dropped`,
				`node "5" (PA): preference nodes are not imported`}},
		{name: "argdown with a dropped relation", path: write("w.argdown", "[P]: p\n  <+ <A>: a\n\n<A>\n\n(1) q\n----\n(2) [P]\n"),
			status:   "Imported w.argdown (Argdown): ",
			warnings: []string{"line 2, column 3: the support from <A> to its own conclusion is dropped, as Argdown drops it"},
			head:     "w.argdown was imported. 1 warning:"},
		{name: "clean iccma", path: write("a.af", "p af 2\n1 2\n"), status: "Imported a.af (ICCMA'23 AF): 2 claims, 1 argument"},
		{name: "native", path: native, status: "Opened saved.argmap.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			if tc.path == native {
				if err := e.SaveTo(native); err != nil {
					t.Fatal(err)
				}
			}
			if err := e.OpenFile(tc.path); err != nil {
				t.Fatal(err)
			}
			msg := statusMessage(t, e)
			if want, ok := strings.CutSuffix(tc.status, " "); ok && !strings.HasPrefix(msg, want) || !ok && msg != tc.status {
				t.Errorf("status %q, want %q", msg, tc.status)
			}
			b := statusAction(t, e)
			if len(tc.warnings) == 0 {
				if b != nil {
					t.Errorf("the status bar offers %q after a clean open", b.Text)
				}
				return
			}
			if b == nil || b.Text != "View Warnings" {
				t.Fatalf("status bar button %v, want View Warnings", b)
			}
			test.Tap(b)
			texts := overlayTexts(e.win.Canvas())
			for _, w := range tc.warnings {
				if !slices.Contains(texts, w) {
					t.Errorf("the warnings dialog lacks the row %q; it shows %q", w, texts)
				}
			}
			if tc.head != "" && !slices.Contains(texts, tc.head) {
				t.Errorf("the warnings dialog does not start %q; it shows %q", tc.head, texts)
			}
			// The next message takes the button away with the summary.
			defer func() {
				e.status.message("Saved")
				if b := statusAction(t, e); b != nil {
					t.Errorf("after the next message the status bar still offers %q", b.Text)
				}
			}()
			if tc.show == "" {
				return
			}
			list, _ := first(e.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List)
			if list == nil {
				t.Fatal("the warnings dialog has no list")
			}
			i := slices.IndexFunc(e.imported.warnings, func(w importWarning) bool { return w.text == tc.show })
			if i < 0 {
				t.Fatalf("no warning %q", tc.show)
			}
			list.Select(i)
			if sel := e.Selection(); len(sel) != 1 || sel[0] != e.imported.warnings[i].id || e.win.Canvas().Overlays().Top() != nil {
				t.Errorf("choosing %q: selection %v, overlay %v; want its claim selected and the dialog closed", tc.show, sel, e.win.Canvas().Overlays().Top())
			}
		})
	}
}

// TestImportWarningsMenu: File › Import Warnings… reopens the warnings of
// the import that made the map after the status bar has moved on, and is
// enabled only while that map is the document's and the import warned of
// something.
func TestImportWarningsMenu(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	warned := write("w.argdown", "[P]: p\n  <+ <A>: a\n\n<A>\n\n(1) q\n----\n(2) [P]\n")
	clean := write("a.af", "p af 2\n1 2\n")
	const row = "line 2, column 3: the support from <A> to its own conclusion is dropped, as Argdown drops it"
	e := newTestEditor(t)
	it := menuItem(t, e, "File", "Import Warnings…")
	if !it.Disabled {
		t.Error("Import Warnings… is enabled before any import")
	}
	open := func(p string) {
		t.Helper()
		if err := e.OpenFile(p); err != nil {
			t.Fatal(err)
		}
	}
	open(warned)
	e.status.message("Saved") // the status bar's View Warnings is gone
	if it.Disabled {
		t.Fatal("Import Warnings… is disabled after an import that warned")
	}
	it.Action()
	if texts := overlayTexts(e.win.Canvas()); !slices.Contains(texts, row) || !slices.Contains(texts, "w.argdown was imported. 1 warning:") {
		t.Errorf("File › Import Warnings… shows %q, want the import's warnings", texts)
	}
	if o := e.win.Canvas().Overlays().Top(); o != nil {
		e.win.Canvas().Overlays().Remove(o)
	}
	for _, tc := range []struct {
		name    string
		replace func()
	}{
		{"a clean import", func() { open(clean) }},
		{"a new map", func() { e.SetMap(argmap.New("Untitled"), "", nil) }},
	} {
		open(warned)
		if it.Disabled {
			t.Fatalf("before %s: Import Warnings… is disabled", tc.name)
		}
		tc.replace()
		if !it.Disabled {
			t.Errorf("after %s: Import Warnings… is still enabled", tc.name)
		}
		it.Action() // does nothing, as the menu says
		if o := e.win.Canvas().Overlays().Top(); o != nil {
			t.Errorf("after %s: Import Warnings… opened %T", tc.name, o)
			e.win.Canvas().Overlays().Remove(o)
		}
	}
}
