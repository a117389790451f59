package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestF1OpensQuickStart: F1, help in every desktop application, opens
// Help › Quick Start (the menu shows it), but not over a dialog already up
// nor over a presentation.
func TestF1OpensQuickStart(t *testing.T) {
	e := newTestEditor(t)
	if sc := menuItem(t, e, "Help", "Quick Start").Shortcut; sc == nil || shortcutLabel(sc) != "F1" {
		t.Errorf("Help › Quick Start shows no F1")
	}
	pressOnWindow(e, fyne.KeyF1)
	if !topLabel(e, func(s string) bool { return s == "Quick Start" }) {
		t.Fatal("F1 did not open Quick Start")
	}
	n := len(e.win.Canvas().Overlays().List())
	pressOnWindow(e, fyne.KeyF1) // a dialog is up: the key is the dialog's
	if got := len(e.win.Canvas().Overlays().List()); got != n {
		t.Errorf("F1 over the Quick Start opened another: %d overlays, want %d", got, n)
	}
	pressOnWindow(e, fyne.KeyEscape)

	e.startPresenting()
	defer e.stopPresenting()
	pressOnWindow(e, fyne.KeyF1)
	if top := e.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("F1 while presenting opened %T", top)
	}
}
