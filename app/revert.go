package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"
)

// revert reads the map's file again, dropping the changes made since it
// was saved, after asking: File › Revert to Saved. A file that no longer
// reads leaves the map, changes and all, as it was.
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
		fmt.Sprintf("Read “%s” again, as last saved?\nThe changes made since then are lost; Undo cannot bring them back.", filepath.Base(path)),
		func(ok bool) {
			if !ok {
				return
			}
			if e.OpenFile(path) == nil {
				e.status.message("Reverted to the saved " + filepath.Base(path))
			}
		}, e.win)
	d.SetConfirmText("Revert")
	d.SetDismissText("Cancel")
	d.Show()
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
