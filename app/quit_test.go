package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestQuitAsksEveryWindow: Quit in one window asks about the unsaved
// changes of the others too (it ended the app and lost them); Cancel in
// any keeps every window, and the app ends only once each was answered.
func TestQuitAsksEveryWindow(t *testing.T) {
	first := newTestEditor(t)
	w2 := first.app.NewWindow("second")
	w2.Resize(fyne.NewSize(1200, 800))
	second := NewEditor(first.app, w2, testFormats())
	second.SetMap(demoMap(), "", nil)
	g := newWindowGroup(first)
	g.add(second)
	second.addClaim()

	first.quit()
	if second.confirm == nil || second.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Quit did not ask about the other window's unsaved changes")
	}
	test.Tap(second.confirm.cancel)
	if !second.doc.History().Dirty() {
		t.Error("Cancel lost the other window's changes")
	}

	// Closing the master window ends the app: it asks as Quit does.
	second.confirm = nil
	first.requestClose()
	if second.confirm == nil {
		t.Fatal("closing the master window did not ask about the other window")
	}
	test.Tap(second.confirm.discard)
	if len(g.list) != 2 {
		t.Errorf("the group holds %d windows, want both until the app ends", len(g.list))
	}
}

// TestQuitSkipsAWindowClosedMeanwhile: a window closed (its changes
// discarded) while Quit asks in another is not asked about again once
// that one is answered: the question went to the closed window, unseen,
// and Quit never ended the app.
func TestQuitSkipsAWindowClosedMeanwhile(t *testing.T) {
	first := newTestEditor(t)
	g := newWindowGroup(first)
	var others []*Editor
	for _, name := range []string{"second", "third"} {
		w := first.app.NewWindow(name)
		w.Resize(fyne.NewSize(1200, 800))
		o := NewEditor(first.app, w, testFormats())
		o.SetMap(demoMap(), "", nil)
		g.add(o)
		o.addClaim()
		others = append(others, o)
	}
	second, third := others[0], others[1]

	first.quit()
	if second.confirm == nil {
		t.Fatal("Quit did not ask about the second window")
	}
	third.requestClose()
	if third.confirm == nil {
		t.Fatal("closing the third window did not ask")
	}
	test.Tap(third.confirm.discard)
	asked := third.confirm
	test.Tap(second.confirm.discard)
	if third.confirm != asked {
		t.Error("Quit asked again about the window closed meanwhile")
	}
}
