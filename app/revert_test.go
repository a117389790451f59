package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// TestRevertToSaved: File › Revert to Saved asks, naming the file, then
// reads it again; Cancel, a file gone or a file that no longer reads
// leave the map and its unsaved changes as they were, with a message.
func TestRevertToSaved(t *testing.T) {
	for _, tc := range []struct {
		name     string
		disk     func(path string) // what happens to the file after the save
		tap      string            // the button pressed in the question, or "" when none is asked
		reverted bool              // whether the map is the saved one after
		says     string            // in the status line or the error shown
	}{
		{name: "revert", tap: "Revert", reverted: true, says: "Reverted to the saved own.argmap.json"},
		{name: "cancel", tap: "Cancel"},
		{name: "file gone", disk: func(p string) { os.Remove(p) }, says: "is gone; your map is kept"},
		{name: "file corrupt", disk: func(p string) { os.WriteFile(p, []byte(`{"format":"argmap","vers`), 0o644) },
			tap: "Revert", says: "own.argmap.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			path := filepath.Join(t.TempDir(), "own.argmap.json")
			if err := e.SaveTo(path); err != nil {
				t.Fatal(err)
			}
			saved := len(e.Map().Claims)
			e.addClaim()
			if tc.disk != nil {
				tc.disk(path)
			}
			e.revert()
			if tc.tap != "" {
				if q := strings.Join(overlayTexts(e.win.Canvas()), "\n"); !strings.Contains(q, "“own.argmap.json”") {
					t.Fatalf("the question %q does not name the file", q)
				}
				tapDialogButton(t, e, tc.tap)
			}
			if got := len(e.Map().Claims); tc.reverted != (got == saved) {
				t.Errorf("%d claims after, saved %d: reverted %v, want %v", got, saved, got == saved, tc.reverted)
			}
			if tc.reverted == e.doc.History().Dirty() {
				t.Errorf("dirty %v after, want %v", e.doc.History().Dirty(), !tc.reverted)
			}
			if said := statusMessage(t, e) + shownError(e); !strings.Contains(said, tc.says) {
				t.Errorf("said %q, want %q", said, tc.says)
			}
		})
	}
}

// TestRevertIsUndoable: Revert to Saved is one step on the undo history.
// The question says Undo brings the changes back; after the revert the map
// is the file's and saved, Undo brings back what it had (unsaved again),
// Redo reverts again. Before, the question said Undo could not, and the
// history started afresh.
func TestRevertIsUndoable(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, e *Editor, path string) // after the save
	}{
		{"unsaved changes", func(t *testing.T, e *Editor, _ string) {
			e.addClaim()
			e.View().CloseEditor()
		}},
		{"file changed on disk", func(t *testing.T, e *Editor, path string) {
			// Another program adds a claim to the file.
			m := mustRead(t, path)
			if err := argmap.AddClaim(&argmap.Claim{ID: argmap.NewID(), Text: "Written elsewhere"}).Apply(m); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, encoded(t, m), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			path := filepath.Join(t.TempDir(), "own.argmap.json")
			if err := e.SaveTo(path); err != nil {
				t.Fatal(err)
			}
			tc.change(t, e, path)
			mine, dirty := encoded(t, e.Map()), e.doc.Dirty()
			disk := mustRead(t, path)
			m := e.Map()
			e.revert()
			q := strings.Join(overlayTexts(e.win.Canvas()), "\n")
			if !strings.Contains(q, "Undo brings them back") || strings.Contains(q, "cannot") {
				t.Errorf("the question says %q, want it to say that Undo brings the changes back", q)
			}
			tapDialogButton(t, e, "Revert")
			if e.Map() != m {
				t.Error("the revert replaced the document instead of editing it")
			}
			check := func(when string, want []byte, dirty bool) {
				t.Helper()
				if got := encoded(t, e.Map()); string(got) != string(want) {
					t.Errorf("%s: the map is not the one wanted (%d claims)", when, len(e.Map().Claims))
				}
				// The evaluation and the roles follow the map swapped in.
				fresh := eval.New(e.Map()).Labels()
				roles := e.Map().Roles()
				for _, c := range e.Map().Claims {
					if got, want := e.doc.Labels().Label(c.ID), fresh.Label(c.ID); got != want || e.doc.Roles()[c.ID] != roles[c.ID] {
						t.Errorf("%s: claim %q labelled %v (role %v), want %v (%v)", when, c.Text, got, e.doc.Roles()[c.ID], want, roles[c.ID])
					}
				}
				if e.doc.Dirty() != dirty || strings.HasPrefix(e.Title(), "•") != dirty {
					t.Errorf("%s: dirty %v, title %q; want dirty %v", when, e.doc.Dirty(), e.Title(), dirty)
				}
			}
			check("reverted", encoded(t, disk), false)
			if got := e.doc.History().UndoLabel(); got != "Revert to Saved" {
				t.Errorf("Edit › Undo would undo %q, want Revert to Saved", got)
			}
			if msg := statusMessage(t, e); !strings.Contains(msg, "Undo brings your changes back") {
				t.Errorf("the status says %q", msg)
			}
			if changedOnDisk(path, e.safe.stamp) {
				t.Error("after the revert the file counts as changed on disk")
			}
			menuItem(t, e, "Edit", "Undo").Action()
			check("undone", mine, dirty || tc.name == "file changed on disk")
			menuItem(t, e, "Edit", "Redo").Action()
			check("redone", encoded(t, disk), false)
		})
	}
}

// TestRevertWithoutAFile: a map never saved has nothing to revert to; the
// menu item is off and the action says so.
func TestRevertWithoutAFile(t *testing.T) {
	e := newTestEditor(t)
	e.newMap()
	if !e.menus.revert.Disabled {
		t.Error("Revert to Saved is on for a map never saved")
	}
	e.revert()
	if msg := statusMessage(t, e); !strings.Contains(msg, "never saved") {
		t.Errorf("status %q, want it to say the map was never saved", msg)
	}
	if err := e.SaveTo(filepath.Join(t.TempDir(), "x.argmap.json")); err != nil {
		t.Fatal(err)
	}
	if e.menus.revert.Disabled {
		t.Error("Revert to Saved is off once the map has a file")
	}
}

// TestOpenRecentGone: a recent file that was moved or deleted is said to
// be, leaves the menu, and the map shown stays.
func TestOpenRecentGone(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	kept, gone := filepath.Join(dir, "kept.argmap.json"), filepath.Join(dir, "gone.argmap.json")
	for _, p := range []string{gone, kept} {
		if err := e.SaveTo(p); err != nil {
			t.Fatal(err)
		}
	}
	os.Remove(gone)
	e.addClaim()
	claims := len(e.Map().Claims)
	e.openRecent(gone)
	if msg := shownError(e); !strings.Contains(msg, "gone.argmap.json no longer exists") {
		t.Errorf("shown %q, want it to say the file no longer exists", msg)
	}
	if slices.Contains(e.recentFiles(), gone) || !slices.Contains(e.recentFiles(), kept) {
		t.Errorf("recent files %q, want gone.argmap.json taken off and kept.argmap.json kept", e.recentFiles())
	}
	if len(e.Map().Claims) != claims || e.Path() != kept {
		t.Error("the map shown changed")
	}
}

// TestUnsavedChangesSaveFirst: Save in the unsaved-changes question (New,
// Open, Close, Quit) goes on only once the map is saved: a save dialog
// cancelled or a save that fails leaves the map, unsaved, where it was.
func TestUnsavedChangesSaveFirst(t *testing.T) {
	for _, tc := range []struct {
		name  string
		typed string // the name typed in the save dialog, "" to cancel it
		goes  bool
	}{
		{name: "saved", typed: "kept", goes: true},
		{name: "dialog cancelled"},
		{name: "save fails", typed: "no/such/folder/x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			e.addClaim()
			dir := t.TempDir()
			went := false
			e.confirmDiscard("closing", func() { went = true })
			test.Tap(e.confirm.save)
			if tc.typed == "" {
				tapDialogButton(t, e, "Cancel")
			} else {
				typeSaveName(t, e, filepath.Join(dir, tc.typed), false)
			}
			if went != tc.goes {
				t.Errorf("went on %v, want %v (shown %q)", went, tc.goes, shownError(e))
			}
			if e.doc.History().Dirty() == tc.goes {
				t.Errorf("unsaved changes %v after, want %v", e.doc.History().Dirty(), !tc.goes)
			}
			if tc.name == "save fails" && !strings.Contains(shownError(e), "no/such/folder") {
				t.Errorf("shown %q, want the failed save's reason", shownError(e))
			}
		})
	}
}

// TestRevertFitsAMapOutOfView: after Revert to Saved, its Undo or its
// Redo, a view in which none of the map's cards is left is fitted to the
// map (View › Fit Map); a view that still shows a card keeps its zoom and
// pan. Before, the view kept the old zoom and pan, and the reverted map
// could sit off screen.
func TestRevertFitsAMapOutOfView(t *testing.T) {
	far := argmap.Point{X: 30000, Y: 30000}
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, e *Editor) // after the save
		// before each step (revert, undo, redo): where the view is centred
		// (nil: as it is); and whether the step must fit the map
		at  []*argmap.Point
		fit []bool
	}{
		{
			name: "a claim added far off, looked at",
			change: func(t *testing.T, e *Editor) {
				if err := e.do(argmap.AddClaim(&argmap.Claim{ID: argmap.NewID(), Text: "Far off", Pos: far})); err != nil {
					t.Fatal(err)
				}
			},
			// Revert: the far claim goes, nothing is left in view: fit.
			// Undo, looking there again: it comes back in view: stay.
			// Redo: it goes again: fit.
			at:  []*argmap.Point{&far, &far, nil},
			fit: []bool{true, false, true},
		},
		{
			name: "a small change",
			change: func(t *testing.T, e *Editor) {
				c := claimByText(t, e.Map(), "")
				if err := e.do(argmap.SetText(c.ID, c.Text+" (edited)")); err != nil {
					t.Fatal(err)
				}
				v := shownView(t, e)
				v.SetZoom(v.Zoom() * 1.3)
				v.CenterOn(c.Pos)
			},
			at:  []*argmap.Point{nil, nil, nil},
			fit: []bool{false, false, false},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			path := filepath.Join(t.TempDir(), "own.argmap.json")
			if err := e.SaveTo(path); err != nil {
				t.Fatal(err)
			}
			tc.change(t, e)
			v := shownView(t, e)
			steps := []struct {
				name string
				do   func()
			}{
				{"revert", func() { e.revert(); tapDialogButton(t, e, "Revert") }},
				{"undo", menuItem(t, e, "Edit", "Undo").Action},
				{"redo", menuItem(t, e, "Edit", "Redo").Action},
			}
			for i, st := range steps {
				if p := tc.at[i]; p != nil {
					v.CenterOn(*p)
				}
				zoom, centre := v.Zoom(), v.ViewCenter()
				st.do()
				if tc.fit[i] {
					if b := v.Scene().Bounds; !inside(viewport(t, e), b) {
						t.Errorf("%s: the map %v is not all in view %v", st.name, b, viewport(t, e))
					}
					continue
				}
				if v.Zoom() != zoom || v.ViewCenter() != centre {
					t.Errorf("%s: the view moved (zoom %v → %v, centre %v → %v), want it kept", st.name, zoom, v.Zoom(), centre, v.ViewCenter())
				}
			}
		})
	}
}
