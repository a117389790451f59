package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// findIn walks the overlays of the editor's window, top first, and returns
// the first object for which match holds.
func findIn(e *Editor, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	list := e.win.Canvas().Overlays().List()
	for i := len(list) - 1; i >= 0; i-- {
		if f := first(list[i], match); f != nil {
			return f
		}
	}
	return nil
}

// shownError is what the user sees of a failure: the message of an error
// dialog on the editor's window, else an "Error: …" in the status line, or
// "" when neither shows.
func shownError(e *Editor) string {
	list := e.win.Canvas().Overlays().List()
	for i := len(list) - 1; i >= 0; i-- {
		if !list[i].Visible() {
			continue
		}
		var texts []string
		isError := false
		var walk func(o fyne.CanvasObject)
		walk = func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				if x.Text == "Error" && x.TextStyle.Bold {
					isError = true // the title of Fyne's error dialog
				} else if x.Text != "" {
					texts = append(texts, x.Text)
				}
			case *fyne.Container:
				for _, k := range x.Objects {
					walk(k)
				}
			case fyne.Widget:
				for _, k := range test.WidgetRenderer(x).Objects() {
					walk(k)
				}
			}
		}
		walk(list[i])
		if isError {
			return strings.Join(texts, " ")
		}
	}
	_, msg, _, err := readStatus(e)
	if err != "" {
		return err // no status bar to read: not what any test expects
	}
	if strings.HasPrefix(msg, "Error") {
		return msg
	}
	return ""
}

// tapDialogButton taps the button labelled label in the top dialogs.
func tapDialogButton(t *testing.T, e *Editor, label string) {
	t.Helper()
	b, _ := findIn(e, func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == label && !b.Disabled()
	}).(*widget.Button)
	if b == nil {
		t.Fatalf("no %q button in the dialogs shown", label)
	}
	test.Tap(b)
}

// typeSaveName types name into the file name field of the save dialog
// shown and presses Save, then Replace when it asks before overwriting.
func typeSaveName(t *testing.T, e *Editor, name string, overwrite bool) {
	t.Helper()
	saveNameField(t, e).SetText(name)
	tapDialogButton(t, e, "Save")
	if overwrite {
		tapDialogButton(t, e, "Replace")
	}
}

// TestSaveDialogNeverEmptiesTheChosenFile: Fyne's save dialog hands back a
// writer that has already truncated the file it names; Argmap must take
// only the name, so that the file is whole when the safe write starts and
// whatever the save then does.
func TestSaveDialogNeverEmptiesTheChosenFile(t *testing.T) {
	const notes = "my notes, not a map\n"
	for _, tc := range []struct {
		name  string
		start func(e *Editor)
	}{
		{"save as", func(e *Editor) { e.saveAs() }},
		{"export", func(e *Editor) { e.export(testFormats().ByName("dot")) }},
		{"save as exercise", func(e *Editor) {
			e.saveExercise()
			tapDialogButton(t, e, "Blank Claims")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			dir := t.TempDir()
			own := filepath.Join(dir, "own.argmap.json")
			if err := e.SaveTo(own); err != nil {
				t.Fatal(err)
			}
			target := filepath.Join(dir, "notes.txt")
			if err := os.WriteFile(target, []byte(notes), 0o644); err != nil {
				t.Fatal(err)
			}
			// What the dialog left is looked at before Argmap writes.
			seen := "(no path came back)"
			e.safe.pathChosen = func(path string) {
				b, _ := os.ReadFile(path)
				seen = string(b)
			}
			tc.start(e)
			// Only the export writes notes.txt itself, and asks first.
			typeSaveName(t, e, "notes.txt", tc.name == "export")
			if seen != notes {
				t.Fatalf("the save dialog of %s left notes.txt with %q, want it untouched", tc.name, seen)
			}
			if got, _ := os.ReadFile(target); tc.name != "export" && string(got) != notes {
				t.Errorf("%s over notes.txt left it %q; the map goes to notes.txt%s", tc.name, got, nativeExt)
			}
		})
	}
}

func TestSaveAsOverAFileKeepsItsPreviousVersion(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	orig := filepath.Join(dir, "orig.argmap.json")
	if err := os.WriteFile(orig, []byte(`{"format":"argmap","version":1,"map":{}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old, _ := os.ReadFile(orig)
	if err := e.SaveTo(filepath.Join(dir, "own.argmap.json")); err != nil {
		t.Fatal(err)
	}
	e.saveAs()
	typeSaveName(t, e, "orig.argmap.json", true)
	if e.Path() != orig {
		t.Fatalf("saved as %q, want %q (error %q)", e.Path(), orig, shownError(e))
	}
	if got, _ := os.ReadFile(orig + "~"); string(got) != string(old) {
		t.Errorf("orig.argmap.json~ holds %q, want the previous version %q", got, old)
	}
	if m, err := native.ReadFile(orig); err != nil || len(m.Claims) != len(e.Map().Claims) {
		t.Errorf("orig.argmap.json does not hold the map: %v", err)
	}

	// A name without the extension is lengthened; the file under the
	// lengthened name is asked about, and Cancel writes nothing.
	notes := filepath.Join(dir, "notes.txt")
	_ = os.WriteFile(notes, []byte("notes"), 0o644)
	_ = os.WriteFile(notes+nativeExt, []byte("other"), 0o644)
	e.saveAs()
	typeSaveName(t, e, "notes.txt", false)
	tapDialogButton(t, e, "Cancel")
	if got, _ := os.ReadFile(notes + nativeExt); string(got) != "other" {
		t.Errorf("notes.txt.argmap.json was replaced without asking: %q", got)
	}
	if got, _ := os.ReadFile(notes); string(got) != "notes" {
		t.Errorf("notes.txt was changed: %q", got)
	}
}

// TestSaveDialogTakesAnAbsolutePath: a whole path typed in the name field
// names that file, not one under the folder shown.
func TestSaveDialogTakesAnAbsolutePath(t *testing.T) {
	e := newTestEditor(t)
	if err := e.SaveTo(filepath.Join(t.TempDir(), "own.argmap.json")); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(t.TempDir(), "there.argmap.json")
	e.saveAs()
	typeSaveName(t, e, elsewhere, false)
	if e.Path() != elsewhere {
		t.Fatalf("saved as %q, want %q (error %q)", e.Path(), elsewhere, shownError(e))
	}
	if _, err := native.ReadFile(elsewhere); err != nil {
		t.Fatal(err)
	}
	// An existing file named so is asked about first.
	e.saveAs()
	typeSaveName(t, e, elsewhere, true)
	if msg := shownError(e); msg != "" {
		t.Fatal(msg)
	}
}

// TestSaveAsRebasesSourcePaths: a relative source path is relative to the
// map's folder, so saving the map in another folder rewrites it to name
// the same file; a failed save leaves it as it was.
func TestSaveAsRebasesSourcePaths(t *testing.T) {
	e := newTestEditor(t)
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "a", "texts"), 0o755); err != nil {
		t.Fatal(err)
	}
	e.doc.Map().Sources = []*argmap.Source{{ID: argmap.NewID(), Name: "article", Path: "texts/article.txt"}}
	if err := e.SaveTo(filepath.Join(root, "a", "m.argmap.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "b", "c"), 0o755); err != nil {
		t.Fatal(err)
	}
	to := filepath.Join(root, "b", "c", "m.argmap.json")
	if err := e.SaveTo(to); err != nil {
		t.Fatal(err)
	}
	if got := e.doc.Map().Sources[0].Path; got != "../../a/texts/article.txt" {
		t.Errorf("source path after Save As %q, want ../../a/texts/article.txt", got)
	}
	m, err := native.ReadFile(to)
	if err != nil || m.Sources[0].Path != "../../a/texts/article.txt" {
		t.Errorf("saved source path %v (%v)", m.Sources, err)
	}
	// A save that fails keeps the paths of the file the map is in.
	if err := e.SaveTo(filepath.Join(root, "missing", "m.argmap.json")); err == nil {
		t.Fatal("saving into a missing folder succeeded")
	}
	if got := e.doc.Map().Sources[0].Path; got != "../../a/texts/article.txt" {
		t.Errorf("source path after a failed save %q", got)
	}
}

// TestShownErrorReadsWhatTheUserSees: the tests read a failure from the
// error dialog or the status line, so shownError must find both, and
// nothing when all went well.
func TestShownErrorReadsWhatTheUserSees(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(e *Editor)
		want string // a part of the message; "" for none
	}{
		{"nothing failed", func(*Editor) {}, ""},
		{"error dialog", func(e *Editor) {
			_ = e.AttachSource(filepath.Join(t.TempDir(), "missing.txt"))
		}, "Attach source:"},
		{"status line", func(e *Editor) {
			_ = e.Do(argmap.SetText(e.doc.Mint().ID(), "x")) // no such claim
		}, "Error:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			tc.act(e)
			got := shownError(e)
			if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("shownError = %q, want one holding %q", got, tc.want)
			}
		})
	}
}
