package app

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/native"
)

// restoreOffer is the dialog that offers to restore a recovery file, kept
// so that tests can read it and press its buttons.
type restoreOffer struct {
	file             string // the recovery file
	text             string // what the dialog says about it
	restore, discard *widget.Button
	d                dialog.Dialog
}

// OfferRecovery runs at start-up: for each map that Argmap autosaved but
// never saved or closed cleanly (it crashed, or the machine stopped), it
// shows what the map holds and offers to restore it or discard it, one
// after the other, newest first.
func (e *Editor) OfferRecovery() {
	list := e.pendingRecoveries()
	if len(list) == 0 {
		return
	}
	name := list[0]
	e.safe.offered[name] = true
	path := filepath.Join(e.safe.dir, name)
	rec, err := readRecovery(path)
	if err != nil {
		e.OfferRecovery()
		return
	}
	file := rec.Path
	if file == "" {
		file = "never saved"
	}
	text := fmt.Sprintf("Argmap closed before these changes were saved.\n\n"+
		"Map:  %s\nFile:  %s\nClaims:  %d\nAutosaved:  %s\n\n"+
		"Restore them, or discard them for good?",
		rec.Title, file, rec.Claims, rec.Time.Local().Format("Mon 2 Jan 2006, 15:04:05"))
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Restore Unsaved Changes?", msg, e.win)
	o := &restoreOffer{file: path, text: text, d: d}
	o.restore = widget.NewButton("Restore", func() {
		d.Hide()
		e.restoreRecovery(path, rec)
		e.OfferRecovery()
	})
	o.restore.Importance = widget.HighImportance
	o.discard = widget.NewButton("Discard", func() {
		d.Hide()
		if err := os.Remove(path); err != nil {
			e.showError(fmt.Errorf("discard %s: %w", path, err))
		} else {
			e.status.message(fmt.Sprintf("Discarded the changes to “%s” autosaved %s", rec.Title, rec.Time.Local().Format("15:04")))
		}
		e.OfferRecovery()
	})
	d.SetButtons([]fyne.CanvasObject{o.discard, o.restore})
	d.Resize(fyne.NewSize(520, 300))
	e.safe.restore = o
	d.Show()
}

// restoreRecovery shows the map of a recovery file as an unsaved change to
// its file. The recovery file stays the document's until it is saved.
func (e *Editor) restoreRecovery(path string, rec *recovery) {
	m, err := native.Decode(rec.Map)
	if err != nil {
		e.showError(fmt.Errorf("restore %s: %w", path, err))
		return
	}
	e.confirmDiscard("restoring the autosaved map", func() {
		var f *formats.Format
		if rec.Source != "" {
			f = e.formats.ByName(rec.Source)
		}
		e.SetMap(m, rec.Path, f)
		e.doc.History().MarkUnsaved()
		e.safe.key = filepath.Base(path)
		e.safe.stamp = rec.Stamp
		e.safe.edits, e.safe.written = 1, 1
		e.updateTitle()
		e.menus.update()
		e.status.message(fmt.Sprintf("Restored %d claims autosaved %s; save to keep them", len(m.Claims), rec.Time.Local().Format("15:04")))
	})
}
