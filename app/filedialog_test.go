package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
)

// saveNameField is the file name field of the save dialog shown, the one
// the user types into.
func saveNameField(t *testing.T, e *Editor) *widgets.EscapeEntry {
	t.Helper()
	en, _ := findIn(e, func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.EscapeEntry); return ok }).(*widgets.EscapeEntry)
	if en == nil {
		t.Fatal("no save dialog with a file name field is shown")
	}
	return en
}

// TestEscapeClosesFileDialogs: Escape closes Fyne's Save and Open File
// dialogs as Cancel does, as it closes every other dialog: with the
// keyboard in the Save dialog's name field (Fyne's field ignored Escape
// and kept it from the window) or nowhere (the Open dialog; Escape hid it
// without its Cancel, and the save dialog's overwrite question stayed
// off). Nothing is chosen, and the name field still takes typing.
func TestEscapeClosesFileDialogs(t *testing.T) {
	for _, tc := range []struct {
		name string
		show func(e *Editor, chosen *string)
		save bool
		home bool // Home is clicked in the dialog's list of places first
	}{
		{"save as", func(e *Editor, chosen *string) { e.askSavePath("", "map"+nativeExt, func(p string) { *chosen = p }) }, true, false},
		{"open", func(e *Editor, chosen *string) { e.askOpenPath("", nil, func(p string) { *chosen = p }) }, false, false},
		{"open a source text", func(e *Editor, chosen *string) {
			e.askOpenPathIn("", []string{".txt"}, t.TempDir(), func(p string) { *chosen = p })
		}, false, false},
		{"open after clicking Home", func(e *Editor, chosen *string) { e.askOpenPath("", nil, func(p string) { *chosen = p }) }, false, true},
		{"save after clicking Home", func(e *Editor, chosen *string) { e.askSavePath("", "map"+nativeExt, func(p string) { *chosen = p }) }, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.home {
				t.Setenv("HOME", t.TempDir()) // Home lists this folder, not the user's
			}
			e := newTestEditor(t)
			if err := e.SaveTo(filepath.Join(t.TempDir(), "own"+nativeExt)); err != nil {
				t.Fatal(err)
			}
			chosen := ""
			quiet := quietSaves.Load()
			tc.show(e, &chosen)
			c := e.win.Canvas()
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog shown")
			}
			if tc.save {
				// The dialog gives the keyboard to its name field.
				f := c.Focused()
				if f == nil {
					t.Fatal("nothing in the save dialog has the keyboard")
				}
				test.Type(f, "x")
			}
			if tc.home {
				// What a click on a list item does: the list takes the
				// keyboard, then the item is chosen.
				places, _ := findIn(e, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List)
				if places == nil {
					t.Fatal("the dialog has no list of places")
				}
				places.UnselectAll()
				c.Focus(places)
				places.Select(0)
			}
			pressOnWindow(e, fyne.KeyEscape)
			if top := c.Overlays().Top(); top != nil {
				t.Errorf("Escape left %T up", top)
			}
			if chosen != "" || e.fileDlg != nil {
				t.Errorf("Escape chose %q (dialog still recorded: %v)", chosen, e.fileDlg != nil)
			}
			if n := quietSaves.Load(); n != quiet {
				t.Errorf("after Escape the save dialog's overwrite question is still off (%d)", n-quiet)
			}
		})
	}
}

// TestSaveNameFieldTypedIsSaved: what is typed into the save dialog's
// name field is the name saved, and a name the dialog fills in (a file
// clicked) shows in the field.
func TestSaveNameFieldTypedIsSaved(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	if err := e.SaveTo(filepath.Join(dir, "own"+nativeExt)); err != nil {
		t.Fatal(err)
	}
	chosen := ""
	e.askSavePath("", "", func(p string) { chosen = p })
	en := saveNameField(t, e)
	e.fileDlg.d.SetFileName("filled")
	if en.Text != "filled" {
		t.Errorf("the dialog set the name to %q, the field shows %q", "filled", en.Text)
	}
	en.SetText("")
	test.Type(en, "typed"+nativeExt)
	tapDialogButton(t, e, "Save")
	if want := filepath.Join(dir, "typed"+nativeExt); chosen != want {
		t.Errorf("saved as %q, want %q", chosen, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "typed"+nativeExt)); err == nil {
		t.Error("the dialog wrote the file itself")
	}
}
