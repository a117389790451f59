package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
)

// TestDeleteSays: Delete says in the status line what it took, with the
// arguments that went with the claim, and that Undo restores it (it said
// nothing: a card deleted off screen or from the outline left no sign).
func TestDeleteSays(t *testing.T) {
	e := newTestEditor(t)
	o := claimByText(t, e.Map(), "A later start")
	e.Select([]argmap.ID{o.ID})
	e.typedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if got, want := statusMessage(t, e), "Deleted 1 claim and 2 arguments (Edit › Undo restores)"; got != want {
		t.Errorf("status after Delete: %q, want %q", got, want)
	}
	for _, tc := range []struct {
		claims, args int
		want         string
	}{
		{0, 1, "Deleted 1 argument (Edit › Undo restores)"},
		{3, 0, "Deleted 3 claims (Edit › Undo restores)"},
		{0, 0, "Deleted nothing"},
	} {
		if got := deletedMessage(tc.claims, tc.args); got != tc.want {
			t.Errorf("deletedMessage(%d, %d) = %q, want %q", tc.claims, tc.args, got, tc.want)
		}
	}
}
