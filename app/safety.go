package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/internal/atomicfile"
)

// prefBackup is the Preferences key of "keep the previous version as
// FILE~ on save" (on unless turned off).
const prefBackup = "save.keepBackup"

// fileStamp is what Argmap knows of a file on disk when it opened or saved
// it, to tell whether something else changed it since.
type fileStamp struct {
	Known   bool      `json:"known"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"modTime"`
	Hash    string    `json:"hash"` // hex SHA-256 of the content
}

// stampFile records the state of the file at path.
func stampFile(path string) (fileStamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileStamp{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fileStamp{}, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fileStamp{}, err
	}
	return fileStamp{Known: true, Size: st.Size(), ModTime: st.ModTime(), Hash: hex.EncodeToString(h.Sum(nil))}, nil
}

// changedOnDisk reports whether the file at path differs from the stamp:
// the size and time first, and the content when they moved (a copy or a
// touch that leaves the bytes alone is no change). A file that is gone is
// hashOf is the hex SHA-256 of a file's bytes, as fileStamp keeps it.
func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// no conflict: saving puts it back.
func changedOnDisk(path string, s fileStamp) bool {
	if !s.Known {
		return false
	}
	st, err := os.Stat(path)
	if err != nil {
		return false
	}
	if st.Size() == s.Size && st.ModTime().Equal(s.ModTime) {
		return false
	}
	now, err := stampFile(path)
	return err == nil && now.Hash != s.Hash
}

// diskPrompt is the question asked when the file changed on disk, kept so
// that tests can press its buttons.
type diskPrompt struct {
	overwrite, saveAs, cancel *widget.Button
	d                         dialog.Dialog
}

// saveCheckedThen saves to the document's own file, but first asks when
// something else changed that file since Argmap opened or saved it:
// Overwrite, Save As…, or Cancel.
func (e *Editor) saveCheckedThen(next func()) {
	save := func() { _ = e.saveTo(e.doc.Path(), atomicfile.LinkSafe, next) }
	if !changedOnDisk(e.doc.Path(), e.safe.stamp) {
		save()
		return
	}
	if e.keepIncomingSuggestions() {
		save()
		return
	}
	msg := widget.NewLabel(fmt.Sprintf("“%s” was changed on disk since you opened or saved it, by another program or another copy of Argmap.\n\nOverwrite it with your version, or save yours under another name?", filepath.Base(e.doc.Path())))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("File Changed on Disk", msg, e.win)
	p := &diskPrompt{d: d}
	p.overwrite = widget.NewButton("Overwrite", func() { d.Hide(); save() })
	p.overwrite.Importance = widget.DangerImportance
	p.saveAs = widget.NewButton("Save As…", func() { d.Hide(); e.saveAsThen(next) })
	p.saveAs.Importance = widget.HighImportance
	p.cancel = widget.NewButton("Cancel", func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{p.cancel, p.overwrite, p.saveAs})
	d.Resize(fyne.NewSize(500, 220))
	e.safe.diskPrompt = p
	d.Show()
}

// keepBackup reports whether saving keeps the previous version as FILE~.
func (e *Editor) keepBackup() bool {
	return e.app.Preferences().BoolWithFallback(prefBackup, true)
}

// setKeepBackup turns the FILE~ backup on or off.
func (e *Editor) setKeepBackup(on bool) {
	e.app.Preferences().SetBool(prefBackup, on)
	if it := e.safe.backupItem; it != nil {
		it.Checked = on
		if e.menus.main != nil {
			e.menus.main.Refresh()
		}
	}
}

// backupMenuItem is the File menu's check item for the FILE~ backup.
func (e *Editor) backupMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem("Keep Previous Version (FILE~)", nil)
	it.Action = func() { e.setKeepBackup(!e.keepBackup()) }
	it.Checked = e.keepBackup()
	e.safe.backupItem = it
	return it
}

// writeDocument writes a saved map to path: the file already there is kept
// as path~ first (unless turned off, or it is empty or the same), then the
// new one replaces it atomically, and its stamp is recorded. A symbolic
// link at path is treated as link says; the backup never goes through one.
func (e *Editor) writeDocument(path string, data []byte, link atomicfile.LinkPolicy) error {
	e.safe.lastBackup = ""
	// A link that the save would refuse is refused before the backup
	// reads through it.
	target, err := atomicfile.SaveTarget(path, link)
	if err != nil {
		return err
	}
	if e.keepBackup() {
		old, err := readPrevious(target)
		switch {
		case err == nil && len(old) > 0 && !bytes.Equal(old, data):
			if err := atomicfile.WriteFileLink(path+"~", old, atomicfile.LinkReplace); err != nil {
				// Losing the backup must not stop the save itself.
				e.status.message("Could not keep the previous version: " + err.Error())
			} else {
				e.safe.lastBackup = path + "~"
			}
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			e.status.message("Could not keep the previous version: " + err.Error())
		}
	}
	if err := atomicfile.WriteFileLink(path, data, link); err != nil {
		return err
	}
	s := fileStamp{Known: true, Size: int64(len(data)), Hash: hashOf(data)}
	if st, err := os.Stat(path); err == nil {
		s.ModTime = st.ModTime()
	}
	e.safe.stamp = s
	return nil
}

// readPrevious reads the file a save replaces, to keep it as FILE~: only a
// regular file (a link that is replaced itself has no previous version of
// the user's).
func readPrevious(target string) ([]byte, error) {
	fi, err := os.Lstat(target)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil
	}
	return os.ReadFile(target)
}

// saved runs after the map was saved to path: it is now that file's
// document, with nothing left to recover.
func (e *Editor) saved(path string) {
	e.clearRecovery()
	e.safe.key = recoveryKey(path, e.safe.token)
	e.safe.written = e.safe.edits
}

// closing runs when the window closes cleanly (saved, or changes
// discarded): the ticker stops and the recovery file goes.
func (e *Editor) closing() {
	e.stopAutosave()
	e.clearRecovery()
	e.safe.dropLock()
}

// linkPrompt is the question asked before saving through a symbolic link
// that is not followed without asking, kept so that tests can press its
// buttons.
type linkPrompt struct {
	text                   string
	through, replace, stop *widget.Button
	d                      dialog.Dialog
}

// askLink asks, when err is a save refused at a symbolic link, whether to
// save through the link (replacing the file it leads to), replace the link
// itself by the file, or cancel, and runs retry with the choice. It reports
// whether it asked.
func (e *Editor) askLink(err error, retry func(atomicfile.LinkPolicy)) bool {
	var le *atomicfile.LinkError
	if !errors.As(err, &le) {
		return false
	}
	text := fmt.Sprintf("“%s” is a symbolic link to\n%s\nand %s.\n\n"+
		"Saving through it replaces that file. Save through the link anyway, replace the link itself by your file, or cancel?",
		filepath.Base(le.Path), le.Target, le.Reason)
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Symbolic Link", msg, e.win)
	p := &linkPrompt{text: text, d: d}
	p.through = widget.NewButton("Save Through Link", func() { d.Hide(); retry(atomicfile.LinkFollow) })
	p.through.Importance = widget.DangerImportance
	p.replace = widget.NewButton("Replace Link", func() { d.Hide(); retry(atomicfile.LinkReplace) })
	p.stop = widget.NewButton("Cancel", func() { d.Hide(); e.status.message("Not saved") })
	p.stop.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{p.through, p.replace, p.stop})
	d.Resize(fyne.NewSize(560, 260))
	e.safe.linkPrompt = p
	d.Show()
	return true
}
