package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/atomicfile"
)

// Save As keeps the map in Argmap's own format. The name typed decides the
// file, and the one question asked names exactly that file:
//   - an .argmap.json or .json name is the file;
//   - the name of another format Argmap writes (x.argdown, x.svg) is asked
//     about: save the map as x.argmap.json instead, or (a plain Save As
//     only) export it in that format, the map staying the document it was;
//   - any other name is lengthened: notes to notes.argmap.json, notes.txt
//     to notes.txt.argmap.json.

// saveAs asks for a file name and saves there.
func (e *Editor) saveAs() { e.saveAsThen(nil) }

// saveAsThen asks for a file name, saves there and then runs next (if not
// nil), once the map is saved.
func (e *Editor) saveAsThen(next func()) {
	e.askSavePath("Save As", e.suggestedName(nativeExt), func(path string) {
		if f := e.otherWriter(path); f != nil {
			e.askOtherFormat(path, f, next)
			return
		}
		e.withNativeName(path, "the map", func(path string) { _ = e.saveTo(path, atomicfile.LinkSafe, next) })
	})
}

// otherWriter is the format other than the native one that writes files
// named like path, or nil.
func (e *Editor) otherWriter(path string) *formats.Format {
	f := e.formats.ByPath(path)
	if f == nil || f.Encode == nil || f == e.nativeFormat() {
		return nil
	}
	return f
}

// nativeName is the file a map saved under the name typed goes to: the
// name itself when it is a JSON one, the name with another writable
// format's extension replaced, or else the name lengthened.
func (e *Editor) nativeName(path string) string {
	if f := e.otherWriter(path); f != nil {
		low := strings.ToLower(filepath.Base(path))
		for _, x := range f.Exts {
			if strings.HasSuffix(low, x) {
				return path[:len(path)-len(x)] + nativeExt
			}
		}
	}
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		return path
	}
	return path + nativeExt
}

// withNativeName runs fn with the file a map saved under the name typed
// goes to (see nativeName), after asking when that file exists whether to
// replace it with what ("the map", "an exercise sheet").
func (e *Editor) withNativeName(path, what string, fn func(path string)) {
	path = e.nativeName(path)
	e.confirmReplace(path, what, func() { fn(path) })
}

// askOtherFormat asks what to do with a Save As name of format f: save the
// map in Argmap's format under the name made native, or export it as f
// (offered only when nothing waits on the save: closing after an export
// would lose the map).
func (e *Editor) askOtherFormat(path string, f *formats.Format, next func()) {
	native := e.nativeName(path)
	text := fmt.Sprintf("“%s” has the extension of the %s format. Save As keeps the whole map in Argmap's own format; %s keeps less of it, and Argmap may not read it back as it was.",
		filepath.Base(path), f.Title, f.Title)
	if next == nil {
		text += fmt.Sprintf("\n\nSave the map as “%s”, or export a copy as %s? (The map %s.)", filepath.Base(native), f.Title, e.whereSaved())
	} else {
		text += fmt.Sprintf("\n\nSave the map as “%s”?", filepath.Base(native))
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Save As "+f.Title+"?", msg, e.win)
	cancel := widget.NewButton("Cancel", func() { d.Hide(); e.status.message("Not saved") })
	save := widget.NewButton("Save as "+filepath.Base(native), func() {
		d.Hide()
		e.confirmReplace(native, "the map", func() { _ = e.saveTo(native, atomicfile.LinkSafe, next) })
	})
	save.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{cancel}
	if next == nil {
		export := widget.NewButton("Export as "+f.Title, func() {
			d.Hide()
			note := fmt.Sprintf(" as %s; the map %s", f.Title, e.whereSaved())
			e.confirmReplace(path, "an export as "+f.Title, func() { e.exportAsyncNote(f, path, note) })
		})
		buttons = append(buttons, export)
	}
	d.SetButtons(append(buttons, save))
	d.Resize(fyne.NewSize(560, 240))
	d.Show()
}

// whereSaved says, after "the map", where the map is saved, for messages
// about an export that leaves it as it was.
func (e *Editor) whereSaved() string {
	name := "“" + filepath.Base(e.doc.Path()) + "”"
	switch {
	case e.doc.Path() == "" || e.doc.Format() != e.nativeFormat():
		return "is not saved yet"
	case e.doc.History().Dirty():
		return "stays " + name + ", its changes not yet saved"
	}
	return "stays saved in " + name
}

// confirmReplace runs write at once when nothing is at path; asks first
// when a file is, naming it and what replaces it (what: "the map", "an
// export as SVG"); and refuses a folder.
func (e *Editor) confirmReplace(path, what string, write func()) {
	fi, err := os.Lstat(path)
	if err != nil {
		write()
		return
	}
	if fi.IsDir() {
		e.showError(fmt.Errorf("%s is a folder: choose another name", path))
		return
	}
	msg := fmt.Sprintf("“%s” already exists in %s.\nReplace it with %s?", filepath.Base(path), filepath.Dir(path), what)
	if what == "the map" && e.keepBackup() {
		msg += fmt.Sprintf("\n(The previous version is kept as %s~.)", filepath.Base(path))
	}
	d := dialog.NewConfirm("Replace “"+filepath.Base(path)+"”?", msg, func(ok bool) {
		if ok {
			write()
		} else {
			e.status.message("Cancelled: nothing was written")
		}
	}, e.win)
	d.SetConfirmText("Replace")
	d.SetDismissText("Cancel")
	d.Show()
}
