package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// pressOnWindow sends key k to the window as Fyne's driver does: to the
// focused widget of the topmost layer, else to the canvas's key handler.
func pressOnWindow(e *Editor, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	c := e.win.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// focusField gives the keyboard to the first text field of the dialog on
// top, as a click in it would.
func focusField(t *testing.T, e *Editor) {
	t.Helper()
	top := e.win.Canvas().Overlays().Top()
	f := first(top, func(o fyne.CanvasObject) bool {
		en, ok := o.(*widgets.EscapeEntry)
		return ok && !en.Disabled()
	})
	if f == nil {
		t.Fatal("the dialog has no text field that takes Escape")
	}
	e.win.Canvas().Focus(f.(fyne.Focusable))
}

// TestEscapeClosesDialogs: Escape closes the topmost dialog, as a tap on
// its dismiss button would (its callback says no), and does nothing else:
// the map's selection behind it stays, and no other key reaches the map.
func TestEscapeClosesDialogs(t *testing.T) {
	var said []bool
	answer := func(ok bool) { said = append(said, ok) }
	for _, tc := range []struct {
		name string
		open func(e *Editor)
		said []bool // the dialog's callback after Escape
	}{
		{"Open Challenges", func(e *Editor) { menuItem(t, e, "Challenge", "Open Challenges…").Action() }, nil},
		{"Ask a Critical Question", func(e *Editor) { menuItem(t, e, "Challenge", "Ask Critical Question…").Action() }, nil},
		{"confirmation", func(e *Editor) { dialog.NewConfirm("Sure?", "Really?", answer, e.win).Show() }, []bool{false}},
		{"form", func(e *Editor) {
			dialog.NewForm("Name", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", widget.NewEntry())}, answer, e.win).Show()
		}, []bool{false}},
		{"Find (its field has the keyboard)", func(e *Editor) { menuItem(t, e, "Edit", "Find…").Action() }, nil},
		{"Answer (its field has the keyboard)", func(e *Editor) {
			askCriticalQuestion(t, e, 1)
			test.Tap(inspectorButton(t, e, "Answer…"))
		}, nil},
		{"Author Name (its field has the keyboard)", func(e *Editor) { e.askAuthor(); focusField(t, e) }, nil},
		{"New Round (its field has the keyboard)", func(e *Editor) { e.newRoundDialog(); focusField(t, e) }, nil},
		{"information", func(e *Editor) { dialog.NewInformation("Note", "Done.", e.win).Show() }, nil},
		{"without buttons", func(e *Editor) { dialog.NewCustomWithoutButtons("Busy", widget.NewLabel("…"), e.win).Show() }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			said = nil
			e := newTestEditor(t)
			m := e.Map()
			arg := m.ArgumentsFrom(claimByText(t, m, "A later start").ID)[0]
			arg.Scheme = catalogue(t).All()[0].ID // so that it has critical questions to ask
			e.Select([]argmap.ID{arg.ID})
			tc.open(e)
			c := e.win.Canvas()
			if c.Overlays().Top() == nil {
				t.Fatal("no dialog shown")
			}
			pressOnWindow(e, fyne.KeyDelete) // not on the map behind the dialog
			if m.Argument(arg.ID) == nil {
				t.Fatal("Delete with a dialog up deleted the selection behind it")
			}
			if c.Overlays().Top() == nil {
				t.Fatal("Delete closed the dialog")
			}
			pressOnWindow(e, fyne.KeyEscape)
			if top := c.Overlays().Top(); top != nil {
				t.Errorf("Escape left the dialog up (%T)", top)
			}
			if sel := e.Selection(); len(sel) != 1 || sel[0] != arg.ID {
				t.Errorf("Escape changed the selection behind the dialog to %v", sel)
			}
			if len(said) != len(tc.said) || (len(said) == 1 && said[0] != tc.said[0]) {
				t.Errorf("the dialog's callback got %v, want %v", said, tc.said)
			}
			// With the dialog gone, Escape clears the selection again.
			pressOnWindow(e, fyne.KeyEscape)
			if sel := e.Selection(); len(sel) != 0 {
				t.Errorf("Escape on the map left %v selected", sel)
			}
		})
	}
}
