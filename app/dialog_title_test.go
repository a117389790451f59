package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// topLabel reports whether the dialog on top shows a label reading text.
func topLabel(e *Editor, match func(string) bool) bool {
	top := e.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	return first(top, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && match(l.Text)
	}) != nil
}

// TestFileDialogTitles: every file dialog says what the file is for. All
// were Fyne's "Open File" or "Save File", so that File › Compare With…
// looked like File › Open… and every export like Save.
func TestFileDialogTitles(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		open       func(t *testing.T, e *Editor)
	}{
		{"Open", "Open Map", func(t *testing.T, e *Editor) { menuItem(t, e, "File", "Open…").Action() }},
		{"Compare With", "Compare With", func(t *testing.T, e *Editor) { menuItem(t, e, "File", "Compare With…").Action() }},
		{"Attach Source", "Choose a Source Text", func(t *testing.T, e *Editor) { menuItem(t, e, "File", "Attach Source…").Action() }},
		{"Save As", "Save As", func(t *testing.T, e *Editor) { menuItem(t, e, "File", "Save As…").Action() }},
		{"Export", "Export as SVG picture", func(t *testing.T, e *Editor) {
			for _, it := range exportMenuItems(t, e) {
				if it.Label == "SVG picture…" {
					it.Action()
					return
				}
			}
			t.Fatal("File › Export has no SVG picture…")
		}},
		{"Save as Exercise", "Save as Exercise", func(t *testing.T, e *Editor) {
			menuItem(t, e, "File", "Save as Exercise…").Action()
			top := e.win.Canvas().Overlays().Top()
			b := first(top, func(o fyne.CanvasObject) bool {
				b, ok := o.(*widget.Button)
				return ok && b.Text == "Blank Claims"
			})
			if b == nil {
				t.Fatal("Save as Exercise has no Blank Claims button")
			}
			test.Tap(b.(*widget.Button))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			tc.open(t, e)
			if !topLabel(e, func(s string) bool { return s == tc.want }) {
				t.Errorf("the file dialog is not titled %q", tc.want)
			}
		})
	}
}

// TestExerciseDialogWording: the Save as Exercise dialog says who grades
// the students' maps in a sentence that parses ("File › Compare With…
// then grades" made a menu item the subject).
func TestExerciseDialogWording(t *testing.T) {
	e := newTestEditor(t)
	menuItem(t, e, "File", "Save as Exercise…").Action()
	if !topLabel(e, func(s string) bool {
		return strings.HasPrefix(s, "Students start from the sheet; then File › Compare With… grades each student's map against this one.")
	}) {
		t.Error("the Save as Exercise dialog does not explain the sheet and the grading plainly")
	}
}
