package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// saveExercise asks how much of the map to give away and where to save the
// sheet. The map being edited is not changed.
func (e *Editor) saveExercise() {
	text := widget.NewLabel("Students start from the sheet; then File › Compare With… grades each student's map against this one.\n\n" +
		"Blank Claims keeps the structure, the positions and the source passages, with every claim but the thesis to be written. " +
		"Only the Thesis keeps the thesis and the attached sources: students map the reasoning themselves.")
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Save as Exercise", text, e.win)
	choose := func(mode compare.ExerciseMode) func() {
		return func() {
			d.Hide()
			e.askSavePath("Save as Exercise", e.suggestedName(".exercise"+nativeExt), func(path string) {
				e.withNativeName(path, "an exercise sheet", func(path string) { _ = e.SaveExercise(path, mode) })
			})
		}
	}
	blank := widget.NewButtonWithIcon("Blank Claims", theme.ConfirmIcon(), choose(compare.BlankClaims))
	blank.Importance = widget.HighImportance
	// Cancel is a button of its own: Escape or Cancel must not save anything.
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), d.Hide),
		widget.NewButton("Only the Thesis", choose(compare.HideClaims)),
		blank,
	})
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// SaveExercise writes an exercise sheet of the map to path: the map as a
// teacher hands it out (see compare.Exercise), its sources' paths made to
// work from the sheet's folder.
func (e *Editor) SaveExercise(path string, mode compare.ExerciseMode) error {
	return e.writeExercise(path, mode, atomicfile.LinkSafe)
}

func (e *Editor) writeExercise(path string, mode compare.ExerciseMode, link atomicfile.LinkPolicy) error {
	sheet := compare.Exercise(e.doc.Map(), mode)
	rebaseSources(sheet, e.doc.Path(), path)
	data, err := native.Encode(sheet)
	if err == nil {
		err = atomicfile.WriteFileLink(path, data, link)
	}
	if err != nil {
		if e.askLink(err, func(link atomicfile.LinkPolicy) { _ = e.writeExercise(path, mode, link) }) {
			return err
		}
		err = fileErr("save exercise", path, err)
		e.showError(err)
		return err
	}
	e.status.message("Exercise sheet saved as " + filepath.Base(path))
	return nil
}

// rebaseSources rewrites relative source paths, which are relative to the
// folder of the map file from, to be relative to the folder of to, and
// returns what puts them back. A map never saved (from "") keeps its paths.
func rebaseSources(m *argmap.Map, from, to string) (undo func()) {
	if from == "" {
		return func() {}
	}
	fromDir, err1 := filepath.Abs(filepath.Dir(from))
	toDir, err2 := filepath.Abs(filepath.Dir(to))
	if err1 != nil || err2 != nil || fromDir == toDir {
		return func() {}
	}
	old := map[*argmap.Source]string{}
	for _, s := range m.Sources {
		if s.Path == "" || filepath.IsAbs(filepath.FromSlash(s.Path)) {
			continue
		}
		old[s] = s.Path
		abs := filepath.Join(fromDir, filepath.FromSlash(s.Path))
		if rel, err := filepath.Rel(toDir, abs); err == nil {
			s.Path = filepath.ToSlash(rel)
		} else {
			s.Path = abs
		}
	}
	return func() {
		for s, p := range old {
			s.Path = p
		}
	}
}
