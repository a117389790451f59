package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
)

// revert reads the map's file again, setting aside the changes made since
// it was saved, after asking: File › Revert to Saved. It is one step on the
// undo history: Undo brings the changes back, Redo reverts again. A file
// that no longer reads leaves the map, changes and all, as it was.
func (e *Editor) revert() {
	path := e.doc.Path()
	if path == "" {
		e.status.message("Nothing to revert to: the map was never saved")
		return
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		e.showError(fmt.Errorf("revert: %s is gone; your map is kept as it is (Save puts the file back)", path))
		return
	}
	if !e.doc.History().Dirty() && !changedOnDisk(path, e.safe.stamp) {
		e.status.message(fmt.Sprintf("No changes to revert: the map is as saved in %s", filepath.Base(path)))
		return
	}
	d := dialog.NewConfirm("Revert to Saved?",
		fmt.Sprintf("Read “%s” again, as last saved?\nThe changes made since then are set aside: Edit › Undo brings them back.", filepath.Base(path)),
		func(ok bool) {
			if ok {
				_ = e.readFile(path, true) // says what it did, or shows why not
			}
		}, e.win)
	d.SetConfirmText("Revert")
	d.SetDismissText("Cancel")
	d.Show()
}

// revertTo puts m, the document's file as just read in format f, in the
// place of the map as one undoable edit, and marks it saved: Undo brings
// the unsaved changes back (the map is then unsaved again), Redo the file.
func (e *Editor) revertTo(m *argmap.Map, f *formats.Format) error {
	if err := e.do(argmap.ReplaceMap("Revert to Saved", m)); err != nil {
		e.watch.opened = nil
		return err
	}
	e.doc.SetFile(e.doc.Path(), f)
	e.doc.History().MarkSaved()
	if st, ok := e.takeOpened(); ok {
		e.safe.stamp = st // the file on disk is the map now: no "changed on disk"
	}
	if e.routes.pendingFor == m {
		e.routesFor(m) // the layout of a file without positions: its own routes
	} // else changed gave the map its routes (routesAfterSwap)
	// The history told of the change before it was marked saved: the
	// title and the menus learn it only now.
	e.refreshWith(argmap.Change{})
	return nil
}

// fitIfLost runs after the whole map was swapped in place (Revert to
// Saved, its Undo and Redo): when none of the map's cards is in view at
// the old zoom and pan, it fits the map (View › Fit Map), so that the map
// does not sit off screen; else the view stays, as a user who reverted a
// small change expects.
func (e *Editor) fitIfLost() {
	if !e.view.ShowsACard() {
		e.view.ZoomFit()
	}
}

// openRecent opens a file of the Open Recent menu (after offering to save
// unsaved changes). A file that is gone is said to be and leaves the menu.
func (e *Editor) openRecent(path string) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		e.dropRecent(path)
		e.showError(fmt.Errorf("%s no longer exists (moved or deleted); it is taken off Open Recent", path))
		return
	}
	e.confirmDiscard("opening another map", func() { _ = e.OpenFile(path) })
}

// dropRecent takes path off the recent files.
func (e *Editor) dropRecent(path string) {
	var list []string
	for _, p := range e.recentFiles() {
		if p != path {
			list = append(list, p)
		}
	}
	e.app.Preferences().SetStringList(prefRecent, list)
	e.menus.update()
}
