package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// pressShortcut sends shortcut sc to the window as Fyne's desktop driver
// does: to the main menu's item with that shortcut first, else to the
// focused widget, else to the canvas's own shortcuts.
func pressShortcut(e *Editor, sc fyne.Shortcut) {
	var walk func([]*fyne.MenuItem) bool
	walk = func(items []*fyne.MenuItem) bool {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && walk(it.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	for _, m := range e.win.MainMenu().Items {
		if walk(m.Items) {
			return
		}
	}
	c := e.win.Canvas()
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	if s, ok := c.(fyne.Shortcutable); ok {
		s.TypedShortcut(sc)
	}
}

// TestShortcutsBehindDialog: a shortcut pressed while a dialog is up does
// not act on the map hidden behind it. Fyne runs the main menu's
// shortcuts before any widget sees the key, so Ctrl+A in the Open File
// dialog selected every card, Ctrl+Shift+N added a claim and Ctrl+Z undid
// an edit, all out of sight. Select All still reaches a text field in the
// dialog, and with the dialog gone every shortcut works again.
func TestShortcutsBehindDialog(t *testing.T) {
	for _, tc := range []struct {
		name string
		sc   fyne.Shortcut
	}{
		{"Select All", &fyne.ShortcutSelectAll{}},
		{"Undo", &fyne.ShortcutUndo{}},
		{"Redo (Ctrl+Y)", &fyne.ShortcutRedo{}},
		{"Redo (Ctrl+Shift+Z)", &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: modShift}},
		{"Add Claim", &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: modShift}},
		{"Add Reason", &desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: mod}},
		{"New", &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: mod}},
		{"Object", &desktop.CustomShortcut{KeyName: fyne.KeyJ, Modifier: mod}},
	} {
		for _, open := range []struct {
			name string
			show func(e *Editor)
		}{
			{"Open File", func(e *Editor) { menuItem(t, e, "File", "Open…").Action() }},
			{"information", func(e *Editor) { dialog.NewInformation("Note", "Done.", e.win).Show() }},
		} {
			t.Run(tc.name+"/"+open.name, func(t *testing.T) {
				e := newTestEditor(t)
				m := e.Map()
				c := claimByText(t, m, "A later start")
				// One undone and one done edit, so that Undo and Redo each have work.
				e.do(argmap.SetText(c.ID, "First"))
				e.do(argmap.SetText(c.ID, "Second"))
				e.undo()
				e.Select([]argmap.ID{c.ID})
				nc, na, text := len(m.Claims), len(m.Arguments), c.Text
				open.show(e)
				if e.win.Canvas().Overlays().Top() == nil {
					t.Fatal("no dialog shown")
				}
				pressShortcut(e, tc.sc)
				m2 := e.Map()
				if m2 != m || len(m2.Claims) != nc || len(m2.Arguments) != na || c.Text != text {
					t.Errorf("the map behind the dialog changed: %d claims, %d arguments, %q; want %d, %d, %q",
						len(m2.Claims), len(m2.Arguments), c.Text, nc, na, text)
				}
				if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
					t.Errorf("the selection behind the dialog became %v", sel)
				}
			})
		}
	}
	t.Run("Select All in the dialog's field", func(t *testing.T) {
		e := newTestEditor(t)
		en := widget.NewEntry()
		en.SetText("a name")
		dialog.NewCustom("Name", "Close", en, e.win).Show()
		e.win.Canvas().Focus(en)
		pressShortcut(e, &fyne.ShortcutSelectAll{})
		if got := en.SelectedText(); got != "a name" {
			t.Errorf("Ctrl+A in the dialog's field selected %q, want its text", got)
		}
		if sel := e.Selection(); len(sel) != 0 {
			t.Errorf("Ctrl+A in the dialog's field selected %v on the map", sel)
		}
	})
	t.Run("no dialog", func(t *testing.T) {
		e := newTestEditor(t)
		pressShortcut(e, &fyne.ShortcutSelectAll{})
		if got, want := len(e.Selection()), len(e.Map().Claims)+len(e.Map().Arguments); got == 0 || got > want {
			t.Errorf("Ctrl+A with no dialog selected %d items", got)
		}
		n := len(e.Map().Claims)
		pressShortcut(e, &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: modShift})
		if len(e.Map().Claims) != n+1 {
			t.Errorf("Ctrl+Shift+N with no dialog: %d claims, want %d", len(e.Map().Claims), n+1)
		}
	})
}
