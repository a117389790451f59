package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap/native"
)

// replaceQuestion matches the words of a question asked before a file is
// replaced, Fyne's or Argmap's.
var replaceQuestion = regexp.MustCompile(`(?i)overwrite|replace|exists`)

// questionsAsked presses Save in the save dialog shown after typing name,
// then each button of taps in turn, and returns the text of every dialog
// that asked about replacing a file on the way.
func questionsAsked(t *testing.T, e *Editor, name string, taps ...string) []string {
	t.Helper()
	saveNameField(t, e).SetText(name)
	tapDialogButton(t, e, "Save")
	var asked []string
	look := func() {
		text := strings.Join(overlayTexts(e.win.Canvas()), "\n")
		if replaceQuestion.MatchString(text) {
			asked = append(asked, text)
		}
	}
	look()
	for _, b := range taps {
		tapDialogButton(t, e, b)
		look()
	}
	return asked
}

// TestSaveAsAsksAboutTheFileItWrites: a name typed in Save As with another
// format's extension, or with none of the native one, leads to one file,
// and the only question asked before replacing a file names exactly that
// one (Fyne asked about the name typed, and Argmap then wrote another).
// Another writable format's name is either saved as the native name or
// exported as that format, the map keeping its own file.
func TestSaveAsAsksAboutTheFileItWrites(t *testing.T) {
	for _, tc := range []struct {
		name     string
		existing []string // files there before, each holding "mine"
		typed    string
		taps     []string
		asked    string // the one file named by a replace question, or ""
		path     string // the map's file after
		written  string // the file the map (or its export) went to
		intact   []string
	}{
		{name: "txt name lengthened, nothing to replace", existing: []string{"notes.txt"}, typed: "notes.txt",
			path: "notes.txt.argmap.json", written: "notes.txt.argmap.json", intact: []string{"notes.txt"}},
		{name: "bare name over a map", existing: []string{"old.argmap.json"}, typed: "old", taps: []string{"Replace"},
			asked: "old.argmap.json", path: "old.argmap.json", written: "old.argmap.json"},
		{name: "bare name, lengthened file new", existing: []string{"old"}, typed: "old",
			path: "old.argmap.json", written: "old.argmap.json", intact: []string{"old"}},
		{name: "argdown saved natively", existing: []string{"x.argdown"}, typed: "x.argdown", taps: []string{"Save as x.argmap.json"},
			path: "x.argmap.json", written: "x.argmap.json", intact: []string{"x.argdown"}},
		{name: "argdown exported over a file", existing: []string{"x.argdown"}, typed: "x.argdown", taps: []string{"Export as Argdown", "Replace"},
			asked: "x.argdown", path: "own.argmap.json", written: "x.argdown"},
		{name: "argdown export cancelled", existing: []string{"x.argdown"}, typed: "x.argdown", taps: []string{"Export as Argdown", "Cancel"},
			asked: "x.argdown", path: "own.argmap.json", intact: []string{"x.argdown"}},
		{name: "svg exported", typed: "pic.svg", taps: []string{"Export as SVG picture"},
			path: "own.argmap.json", written: "pic.svg"},
		{name: "svg saved natively over a map", existing: []string{"pic.argmap.json"}, typed: "pic.svg", taps: []string{"Save as pic.argmap.json", "Replace"},
			asked: "pic.argmap.json", path: "pic.argmap.json", written: "pic.argmap.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			dir := t.TempDir()
			if err := e.SaveTo(filepath.Join(dir, "own.argmap.json")); err != nil {
				t.Fatal(err)
			}
			for _, f := range tc.existing {
				if err := os.WriteFile(filepath.Join(dir, f), []byte("mine"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			e.saveAs()
			asked := questionsAsked(t, e, tc.typed, tc.taps...)
			switch {
			case tc.asked == "" && len(asked) > 0:
				t.Errorf("asked %q, want no question: no file is replaced", asked)
			case tc.asked != "" && len(asked) != 1:
				t.Errorf("asked %d questions %q, want one naming %s", len(asked), asked, tc.asked)
			case tc.asked != "" && !strings.Contains(asked[0], "“"+tc.asked+"”"):
				t.Errorf("asked %q, want it to name %s", asked[0], tc.asked)
			}
			if want := filepath.Join(dir, tc.path); e.Path() != want {
				t.Errorf("the map's file is %q, want %q (error %q)", e.Path(), want, shownError(e))
			}
			if tc.written != "" {
				got, err := os.ReadFile(filepath.Join(dir, tc.written))
				if err != nil || string(got) == "mine" || len(got) == 0 {
					t.Errorf("%s holds %q (%v), want the map written there", tc.written, got, err)
				}
				if strings.HasSuffix(tc.written, ".json") {
					if _, err := native.ReadFile(filepath.Join(dir, tc.written)); err != nil {
						t.Errorf("%s is not a map: %v", tc.written, err)
					}
				}
			}
			for _, f := range tc.intact {
				if got, _ := os.ReadFile(filepath.Join(dir, f)); string(got) != "mine" {
					t.Errorf("%s was changed to %q", f, got)
				}
			}
		})
	}
}

// TestSaveAsExportSaysTheMapIsNotSaved: an export from Save As says so and
// where the map is, and leaves its unsaved changes unsaved.
func TestSaveAsExportSaysTheMapIsNotSaved(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	if err := e.SaveTo(filepath.Join(dir, "own.argmap.json")); err != nil {
		t.Fatal(err)
	}
	e.addClaim()
	if !e.doc.History().Dirty() {
		t.Fatal("adding a claim left the map clean")
	}
	e.saveAs()
	questionsAsked(t, e, "x.dot", "Export as Graphviz DOT")
	if msg := statusMessage(t, e); !strings.Contains(msg, "Exported x.dot") || !strings.Contains(msg, "own.argmap.json") {
		t.Errorf("status %q, want it to say x.dot was exported and the map stays own.argmap.json", msg)
	}
	if !e.doc.History().Dirty() {
		t.Error("the export marked the map saved")
	}
}

// TestSaveBeforeClosingOffersNoExport: when closing waits on the save, a
// name of another format can only be saved as a map: an export would
// close the window with the map unsaved.
func TestSaveBeforeClosingOffersNoExport(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	closed := false
	e.saveAsThen(func() { closed = true })
	questionsAsked(t, e, filepath.Join(dir, "x.svg"))
	if b := findIn(e, func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && strings.HasPrefix(b.Text, "Export")
	}); b != nil {
		t.Fatal("an export is offered while closing waits on the save")
	}
	tapDialogButton(t, e, "Save as x.argmap.json")
	if !closed || e.Path() != filepath.Join(dir, "x.argmap.json") {
		t.Errorf("closed %v, saved as %q, want the map saved as x.argmap.json, then closed", closed, e.Path())
	}
}

// TestSaveAsOverAFolderIsRefused: a folder under the name is never
// replaced, and the message says why.
func TestSaveAsOverAFolderIsRefused(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "box.argmap.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	e.saveAs()
	questionsAsked(t, e, filepath.Join(dir, "box"))
	if msg := shownError(e); !strings.Contains(msg, "is a folder") {
		t.Errorf("shown %q, want a message that box.argmap.json is a folder", msg)
	}
}

// TestExportNameGetsTheFormatsExtension: a name typed in Export without an
// extension gets the format's, and a file there is asked about by that
// name.
func TestExportNameGetsTheFormatsExtension(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	if err := e.SaveTo(filepath.Join(dir, "own.argmap.json")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"graph", "graph.dot"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e.export(testFormats().ByName("dot"))
	asked := questionsAsked(t, e, "graph", "Replace")
	if len(asked) != 1 || !strings.Contains(asked[0], "“graph.dot”") {
		t.Errorf("asked %q, want one question naming graph.dot", asked)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "graph.dot")); !strings.Contains(string(got), "digraph") {
		t.Errorf("graph.dot holds %q, want the DOT export", got)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "graph")); string(got) != "mine" {
		t.Errorf("graph was changed to %q", got)
	}
}
