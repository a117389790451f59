package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/sourceview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/atomicfile"
)

// nativeExt is the extension of Argmap's own format.
const nativeExt = ".argmap.json"

// nativeFormat is the registered format of .argmap.json files, or nil.
func (e *Editor) nativeFormat() *formats.Format {
	for _, f := range e.formats.All() {
		for _, x := range f.Exts {
			if x == nativeExt && f.Encode != nil {
				return f
			}
		}
	}
	return nil
}

// Path returns the file the map is saved in, or "" for a new map.
func (e *Editor) Path() string { return e.doc.Path() }

// OpenFile reads the map at path in any registered format and shows it. On
// failure the error (which names the place of the fault) is shown in a
// dialog and the current map is left as it was.
func (e *Editor) OpenFile(path string) error { return e.readFile(path, false) }

// readFile is OpenFile; with revert (File › Revert to Saved, path being the
// document's file) the map read replaces the document's by one edit on its
// history, which Undo takes back, instead of starting a new document.
func (e *Editor) readFile(path string, revert bool) error {
	o, err := readOpened(path)
	var im formats.Import
	if err == nil {
		im, err = e.formats.Import(path, o.data)
	}
	m, f := im.Map, im.Format
	if err != nil {
		e.showError(err)
		return err
	}
	if f != e.nativeFormat() {
		if err := e.prepareImport(m); err != nil {
			err = fmt.Errorf("%s: %w", path, err)
			e.showError(err)
			return err
		}
	}
	e.watch.opened = o // docReplaced (or revertTo) stamps the file from what was read
	verb := "Opened"
	if revert {
		if err := e.revertTo(m, f); err != nil {
			return err // said in the status line; the map is as it was
		}
		verb = "Reverted to"
		e.status.message("Reverted to the saved " + filepath.Base(path) + " (Undo brings your changes back)")
	} else {
		e.SetMap(m, path, f)
		e.addRecent(path)
		e.status.message("Opened " + filepath.Base(path))
	}
	e.imported = nil
	if f != e.nativeFormat() {
		gen := e.status.gen
		e.spreadImport() // room for our bigger cards, undoably
		note := ""
		if e.status.gen != gen {
			note = e.status.msg.Text // what it did to the layout, and that Undo restores it
		}
		e.reportImport(path, im, note)
	}
	if n := len(compare.Conflicts(m)); n > 0 {
		e.status.message(fmt.Sprintf("%s %s: %s to resolve (Edit › Resolve Merge Conflicts…)", verb, filepath.Base(path), plural(n, "merge conflict", "merge conflicts")))
		e.showConflicts()
	}
	return nil
}

// open asks for a file (after offering to save unsaved changes) and opens it.
func (e *Editor) open() {
	e.confirmDiscard("opening another map", func() {
		e.askOpenPath("Open Map", e.readableExts(), func(path string) { _ = e.OpenFile(path) })
	})
}

// readableExts lists the extensions of every format Argmap reads. The open
// dialog matches the last extension only (".json" for ".argmap.json").
func (e *Editor) readableExts() []string {
	var exts []string
	for _, f := range e.formats.All() {
		if f.Decode == nil {
			continue
		}
		for _, x := range f.Exts {
			exts = append(exts, filepath.Ext(x))
		}
	}
	return exts
}

// askOpenPath shows an open dialog titled title (what the file is for:
// Fyne's own "Open File" did not tell Compare With from Open) for files
// with the given extensions (all files when there are none) and calls fn
// with the chosen path.
func (e *Editor) askOpenPath(title string, exts []string, fn func(path string)) {
	e.askOpenPathIn(title, exts, "", fn)
}

// askOpenPathIn is askOpenPath starting in folder dir; "" starts where
// every file dialog does (see setDialogFolder).
func (e *Editor) askOpenPathIn(title string, exts []string, dir string, fn func(path string)) {
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
	if title != "" {
		d.SetTitleText(title)
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); dir == "" || err != nil {
		e.setDialogFolder(d)
	} else {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 640))
	e.showFileDialog(d, nil)
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
	if e.doc.Path() == "" || e.doc.Format() == nil || e.doc.Format() != e.nativeFormat() {
		e.saveAsThen(next)
		return
	}
	e.saveCheckedThen(next)
}

// SaveTo writes the map in the native format to path, atomically: a crash
// while saving leaves the old file whole. When path is a symbolic link that
// is not followed without asking (another user's, or leading out of its
// folder), it asks what to do and returns the *atomicfile.LinkError.
func (e *Editor) SaveTo(path string) error { return e.saveTo(path, atomicfile.LinkSafe, nil) }

// saveTo saves to path, treating a link as link says, and runs next (if not
// nil) once saved, also after the link question.
func (e *Editor) saveTo(path string, link atomicfile.LinkPolicy, next func()) error {
	f := e.nativeFormat()
	if f == nil {
		err := errors.New("save: the .argmap.json format is not available in this build")
		e.showError(err)
		return err
	}
	// Relative source paths follow the map to its new folder; they are
	// put back if the save fails.
	undo := rebaseSources(e.doc.Map(), e.doc.Path(), path)
	data, err := f.Encode(e.doc.Map())
	if err == nil {
		err = e.writeDocument(path, data, link)
	}
	if err != nil {
		undo()
		if e.askLink(err, func(link atomicfile.LinkPolicy) { _ = e.saveTo(path, link, next) }) {
			return err
		}
		err = fileErr("save", path, err)
		e.showError(err)
		return err
	}
	e.sourcesMoved(path)
	e.doc.History().MarkSaved()
	e.saved(path)
	e.doc.SetFile(path, f)
	e.addRecent(path)
	e.status.message("Saved " + filepath.Base(path))
	e.updateTitle()
	if next != nil {
		next()
	}
	return nil
}

// fileErr is err of doing verb to path, naming path once.
func fileErr(verb, path string, err error) error {
	if strings.Contains(err.Error(), path) {
		return fmt.Errorf("%s: %w", verb, err)
	}
	return fmt.Errorf("%s %s: %w", verb, path, err)
}

// suggestedName is the file name offered by Save As and Export: the
// current name with its extension replaced by ext.
func (e *Editor) suggestedName(ext string) string {
	base := e.docName()
	if e.doc.Path() != "" {
		base = filepath.Base(e.doc.Path())
		for _, f := range e.formats.All() {
			for _, x := range f.Exts {
				if strings.HasSuffix(strings.ToLower(base), x) {
					base = base[:len(base)-len(x)]
					break
				}
			}
		}
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	// A title's "Topic: subtitle" reads "Topic - subtitle", not "Topic- subtitle".
	base = strings.ReplaceAll(base, ": ", " - ")
	base = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, base)
	return base + ext
}

// askSavePath shows a save dialog titled title (Save As, Export as SVG
// picture: Fyne's own is "Save File" for all) and calls fn with the chosen
// path.
func (e *Editor) askSavePath(title, name string, fn func(path string)) {
	// Fyne asks before overwriting the name as typed, which need not be
	// the file written (Save As lengthens "notes" to notes.argmap.json);
	// Argmap asks itself, naming that file (see confirmReplace).
	release := quietOverwrite()
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		release()
		if err != nil {
			e.showError(err)
			return
		}
		if w == nil {
			return
		}
		// Only the name is taken from the dialog: the write goes through
		// atomicfile.WriteFile, which keeps the old file whole until the
		// new one is complete.
		u, untouched := uriOnly(w)
		if !untouched {
			fyne.LogError("save dialog: "+u.Path()+" was opened for writing before the safe save", nil)
		}
		if e.safe.pathChosen != nil {
			e.safe.pathChosen(u.Path())
		}
		fn(u.Path())
	}, e.win)
	d.SetFileName(name)
	if title != "" {
		d.SetTitleText(title)
	}
	e.setDialogFolder(d)
	d.Resize(fyne.NewSize(900, 640))
	e.showFileDialog(d, release)
}

// setDialogFolder starts file dialogs in the folder of the current file.
// A map not yet saved leaves Fyne's choice: the folder last used in a file
// dialog, else the home folder.
func (e *Editor) setDialogFolder(d *dialog.FileDialog) {
	if e.doc.Path() == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(e.doc.Path()))); err == nil {
		d.SetLocation(l)
	}
}

// sourceFolder is the folder Locate… and Attach Source… start in: the one
// the source pane looked in for the shown source's file, or the nearest
// folder above it that exists, short of the root (the file moved, and its
// folder may have gone with it); "" when no source is shown, and the
// dialog starts where every file dialog does. Without it a map not yet
// saved, such as the sample, sent the user from the home folder.
func (e *Editor) sourceFolder() string {
	s, doc := e.src.Current()
	if s == nil {
		return ""
	}
	p := sourceview.Path(e.doc.Path(), s)
	if doc != nil && doc.Path != "" {
		p = doc.Path
	}
	if p == "" {
		return ""
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	for dir := filepath.Dir(p); filepath.Dir(dir) != dir; dir = filepath.Dir(dir) {
		if fi, err := os.Stat(dir); err == nil && fi.IsDir() {
			return dir
		}
	}
	return ""
}

// export writes the map in format f to a file the user chooses; a name
// typed without an extension gets the format's.
func (e *Editor) export(f *formats.Format) {
	ext := ".txt"
	if len(f.Exts) > 0 {
		ext = f.Exts[0]
	}
	e.askSavePath("Export as "+f.Title, e.suggestedName(ext), func(path string) {
		if filepath.Ext(filepath.Base(path)) == "" {
			path += ext
		}
		e.confirmReplace(path, "an export as "+f.Title, func() { e.exportAsync(f, path) })
	})
}

// exportInBackground runs work, the encoding of an export, off the UI
// goroutine and then done on it: a PNG or PDF of a big map takes seconds,
// and the window must not freeze meanwhile. Tests may run both at once.
var exportInBackground = func(work, done func()) {
	go func() {
		work()
		fyne.Do(done)
	}()
}

// exportAsync encodes a copy of the map in the background (the map itself
// belongs to the UI goroutine) and writes it when done, saying so in the
// status bar when it starts and when the file is written.
func (e *Editor) exportAsync(f *formats.Format, path string) { e.exportAsyncNote(f, path, "") }

// exportAsyncNote is exportAsync with a note added to the status message
// of success.
func (e *Editor) exportAsyncNote(f *formats.Format, path, note string) {
	m := e.doc.Map().WithoutPrivate().Clone() // private comments never leave; see exportTo
	e.status.message("Exporting " + filepath.Base(path) + " as " + f.Title + "…")
	var data []byte
	var err error
	exportInBackground(func() { data, err = f.Encode(m) }, func() {
		_ = e.writeExport(f, path, data, err, atomicfile.LinkSafe, note)
	})
}

// ExportTo writes the map in format f to path without changing which file
// the map is saved in. A symbolic link is asked about as by SaveTo.
func (e *Editor) ExportTo(f *formats.Format, path string) error {
	return e.exportTo(f, path, atomicfile.LinkSafe)
}

func (e *Editor) exportTo(f *formats.Format, path string, link atomicfile.LinkPolicy) error {
	// An export goes to someone else: even as a native map it leaves the
	// teacher's private comments out (Save keeps them).
	data, err := f.Encode(e.doc.Map().WithoutPrivate())
	return e.writeExport(f, path, data, err, link, "")
}

// writeExport writes what the encoding of an export gave, or shows why it
// failed; note, if any, ends the status message of success.
func (e *Editor) writeExport(f *formats.Format, path string, data []byte, err error, link atomicfile.LinkPolicy, note string) error {
	if err == nil {
		err = atomicfile.WriteFileLink(path, data, link)
	}
	if err != nil {
		if e.askLink(err, func(link atomicfile.LinkPolicy) { _ = e.writeExport(f, path, data, nil, link, note) }) {
			return err
		}
		err = fileErr("export as "+f.Title, path, err)
		e.status.message("Export of " + filepath.Base(path) + " failed")
		e.showError(err)
		return err
	}
	e.status.message(fmt.Sprintf("Exported %s (%s)%s", filepath.Base(path), sizeText(len(data)), note))
	return nil
}

// sizeText is a file size for people.
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// confirmDiscard runs proceed at once when the map has no unsaved changes;
// otherwise it asks whether to save them first (Save / Don't Save / Cancel).
func (e *Editor) confirmDiscard(doing string, proceed func()) {
	if !e.doc.History().Dirty() {
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
	e.confirm = &confirmButtons{save: save, discard: discard, cancel: cancel}
	d.Show()
}

// confirmButtons are the buttons of the last unsaved-changes dialog, kept
// so that tests can press them.
type confirmButtons struct{ save, discard, cancel *widget.Button }
