package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/formats"
)

// nativeExt is the extension of Argmap's own format.
const nativeExt = ".argmap.json"

// nativeFormat is the registered format of .argmap.json files, or nil.
func nativeFormat() *formats.Format {
	for _, f := range formats.All() {
		for _, x := range f.Exts {
			if x == nativeExt && f.Encode != nil {
				return f
			}
		}
	}
	return nil
}

// Path returns the file the map is saved in, or "" for a new map.
func (e *Editor) Path() string { return e.path }

// OpenFile reads the map at path in any registered format and shows it. On
// failure the error (which names the place of the fault) is shown in a
// dialog and the current map is left as it was.
func (e *Editor) OpenFile(path string) error {
	m, f, err := formats.Load(path)
	if err != nil {
		e.showError(err)
		return err
	}
	if f != nativeFormat() {
		e.prepareImport(m)
	}
	e.SetMap(m, path, f)
	e.addRecent(path)
	e.status.message("Opened " + filepath.Base(path))
	if f != nativeFormat() {
		e.spreadImport() // room for our bigger cards, undoably
	}
	if n := len(compare.Conflicts(m)); n > 0 {
		e.status.message(fmt.Sprintf("Opened %s: %d merge conflict(s) to resolve (Edit › Resolve Merge Conflicts…)", filepath.Base(path), n))
		e.showConflicts()
	}
	return nil
}

// open asks for a file (after offering to save unsaved changes) and opens it.
func (e *Editor) open() {
	e.confirmDiscard("opening another map", func() {
		e.askOpenPath(readableExts(), func(path string) { _ = e.OpenFile(path) })
	})
}

// readableExts lists the extensions of every format Argmap reads. The open
// dialog matches the last extension only (".json" for ".argmap.json").
func readableExts() []string {
	var exts []string
	for _, f := range formats.All() {
		if f.Decode == nil {
			continue
		}
		for _, x := range f.Exts {
			exts = append(exts, filepath.Ext(x))
		}
	}
	return exts
}

// askOpenPath shows an open dialog for files with the given extensions (all
// files when there are none) and calls fn with the chosen path.
func (e *Editor) askOpenPath(exts []string, fn func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		fn(path)
	}, e.win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	e.setDialogFolder(d)
	d.Resize(fyne.NewSize(900, 640))
	d.Show()
}

// openRecent opens a file of the Open Recent menu.
func (e *Editor) openRecent(path string) {
	e.confirmDiscard("opening another map", func() { _ = e.OpenFile(path) })
}

// newMap replaces the map with an empty one.
func (e *Editor) newMap() {
	e.confirmDiscard("starting a new map", func() {
		e.SetMap(argmap.New("Untitled"), "", nil)
		e.status.message("New map")
	})
}

// save writes the map to its file, or asks for one. A map imported from
// another format goes through Save As with an .argmap.json name, so that
// the original is never overwritten with less than it had.
func (e *Editor) save() { e.saveThen(nil) }

// saveThen saves and, once the map is saved, runs next (if not nil).
func (e *Editor) saveThen(next func()) {
	if e.path == "" || e.format == nil || e.format != nativeFormat() {
		e.saveAsThen(next)
		return
	}
	e.saveCheckedThen(next)
}

// SaveTo writes the map in the native format to path, atomically: a crash
// while saving leaves the old file whole.
func (e *Editor) SaveTo(path string) error {
	f := nativeFormat()
	if f == nil {
		err := errors.New("save: the .argmap.json format is not available in this build")
		e.showError(err)
		return err
	}
	data, err := f.Encode(e.m)
	if err == nil {
		err = e.writeDocument(path, data)
	}
	if err != nil {
		err = fmt.Errorf("save %s: %w", path, err)
		e.showError(err)
		return err
	}
	e.hist.MarkSaved()
	e.saved(path)
	e.path, e.format = path, f
	e.addRecent(path)
	e.status.message("Saved " + filepath.Base(path))
	e.updateTitle()
	return nil
}

// saveAs asks for a file name and saves there.
func (e *Editor) saveAs() { e.saveAsThen(nil) }

func (e *Editor) saveAsThen(next func()) {
	e.askSavePath(e.suggestedName(nativeExt), func(path string) {
		if !strings.HasSuffix(strings.ToLower(path), ".json") {
			path += nativeExt
		}
		if e.SaveTo(path) == nil && next != nil {
			next()
		}
	})
}

// suggestedName is the file name offered by Save As and Export: the
// current name with its extension replaced by ext.
func (e *Editor) suggestedName(ext string) string {
	base := e.docName()
	if e.path != "" {
		base = filepath.Base(e.path)
		for _, f := range formats.All() {
			for _, x := range f.Exts {
				if strings.HasSuffix(strings.ToLower(base), x) {
					base = base[:len(base)-len(x)]
					break
				}
			}
		}
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	base = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, base)
	return base + ext
}

// askSavePath shows a save dialog and calls fn with the chosen path.
func (e *Editor) askSavePath(name string, fn func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		// The dialog created the file to hand us a writer; the real write
		// goes through argmap.WriteFileAtomic.
		_ = w.Close()
		fn(path)
	}, e.win)
	d.SetFileName(name)
	e.setDialogFolder(d)
	d.Resize(fyne.NewSize(900, 640))
	d.Show()
}

// setDialogFolder starts file dialogs in the folder of the current file.
func (e *Editor) setDialogFolder(d *dialog.FileDialog) {
	if e.path == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(e.path))); err == nil {
		d.SetLocation(l)
	}
}

// export writes the map in format f to a file the user chooses.
func (e *Editor) export(f *formats.Format) {
	ext := ".txt"
	if len(f.Exts) > 0 {
		ext = f.Exts[0]
	}
	e.askSavePath(e.suggestedName(ext), func(path string) {
		if err := e.ExportTo(f, path); err == nil {
			e.status.message("Exported " + filepath.Base(path))
		}
	})
}

// ExportTo writes the map in format f to path without changing which file
// the map is saved in.
func (e *Editor) ExportTo(f *formats.Format, path string) error {
	data, err := f.Encode(e.m)
	if err == nil {
		err = argmap.WriteFileAtomic(path, data)
	}
	if err != nil {
		err = fmt.Errorf("export %s as %s: %w", path, f.Title, err)
		e.showError(err)
	}
	return err
}

// confirmDiscard runs proceed at once when the map has no unsaved changes;
// otherwise it asks whether to save them first (Save / Don't Save / Cancel).
func (e *Editor) confirmDiscard(doing string, proceed func()) {
	if !e.hist.Dirty() {
		proceed()
		return
	}
	msg := widget.NewLabel(fmt.Sprintf("“%s” has unsaved changes.\nSave them before %s?", e.docName(), doing))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Unsaved Changes", msg, e.win)
	save := widget.NewButton("Save", func() { d.Hide(); e.saveThen(proceed) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't Save", func() { d.Hide(); proceed() })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{discard, cancel, save})
	d.Resize(fyne.NewSize(440, 180))
	e.lastModal = d
	e.confirm = &confirmButtons{save: save, discard: discard, cancel: cancel}
	d.Show()
}

// confirmButtons are the buttons of the last unsaved-changes dialog, kept
// so that tests can press them.
type confirmButtons struct{ save, discard, cancel *widget.Button }

// requestClose is the window's close intercept: it asks about unsaved
// changes, keeps the window size, and closes.
func (e *Editor) requestClose() {
	e.confirmDiscard("closing", func() {
		e.closing()
		e.saveWindowSize()
		e.win.Close()
	})
}

// quit closes the window (asking first) and ends the app.
func (e *Editor) quit() {
	e.confirmDiscard("quitting", func() {
		e.closing()
		e.saveWindowSize()
		e.app.Quit()
	})
}
