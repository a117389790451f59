package app

import (
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestEscapeNeverChooses: Escape on a question whose buttons all make a
// choice closes it choosing nothing. It used to press the first button:
// Don't Save on the unsaved-changes question (quitting lost the changes
// and their recovery file) and Discard on the recovery offer.
func TestEscapeNeverChooses(t *testing.T) {
	t.Run("unsaved changes", func(t *testing.T) {
		e := newTestEditor(t)
		e.addClaim()
		went := false
		e.confirmDiscard("quitting", func() { went = true })
		pressOnWindow(e, "Escape")
		if went || !e.doc.History().Dirty() {
			t.Errorf("Escape went on (%v) or lost the changes (dirty %v)", went, e.doc.History().Dirty())
		}
		if e.win.Canvas().Overlays().Top() != nil {
			t.Error("Escape left the question up")
		}
	})
	t.Run("recovery offer", func(t *testing.T) {
		dir := t.TempDir()
		crashed := newSafeEditor(t, dir)
		if err := crashed.SaveTo(filepath.Join(t.TempDir(), "school.argmap.json")); err != nil {
			t.Fatal(err)
		}
		crashed.addClaimAt(argmap.Point{X: 500, Y: 500})
		crashed.autosaveTick()
		crash(crashed)
		e := newTestEditor(t)
		e.SetRecoveryDir(dir)
		e.OfferRecovery()
		if e.safe.restore == nil {
			t.Fatal("no recovery offer")
		}
		pressOnWindow(e, "Escape")
		if n := len(recoveryFiles(t, dir)); n != 1 {
			t.Errorf("Escape on the recovery offer left %d recovery files, want the one kept", n)
		}
		if e.win.Canvas().Overlays().Top() != nil {
			t.Error("Escape left the offer up")
		}
	})
}
