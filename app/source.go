package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/app/sourceview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// The source pane is app/sourceview; what stays here are the editor's
// commands around it, which need more than a panel's Host: Attach Source…
// and Locate… ask for a file and show errors in a dialog, New Claim from
// Selection places the card and opens its editor, Suggest Claims
// (sourcesuggest.go) opens the Suggestions panel; and the menu items.

// sourceSearch runs the pane's search for moved anchors (sourceview's
// Commands.Background); nil: in the background. App tests run it at once.
var sourceSearch func(work, done func())

// newSourcePane builds the pane for e.
func newSourcePane(e *Editor) *sourceview.Pane {
	return sourceview.New(e, sourceview.Commands{
		App:    e.app,
		Win:    e.win,
		Canvas: e.view,
		Relayout: func() {
			e.setPanels(e.showOut, e.showInsp)
			e.tickSourceItem()
		},
		Attach: e.attachSourceDialog,
		Locate: e.locateSourceDialog,
		LocateAt: func(path string) {
			if s, _ := e.src.Current(); s != nil {
				_ = e.LocateSource(s.ID, path) // a failure shows in a dialog
			}
		},
		NewClaim:   e.newClaimFromSelection,
		Suggest:    e.suggestClaims,
		Background: sourceSearch,
	})
}

// installSource adds the source pane's items to the menus and re-reads
// the text when the app comes back to the front (the analyst may have
// edited the source in another program).
func (e *Editor) installSource() {
	mm := e.menus.main
	if mm == nil {
		return
	}
	e.menus.source = item("Source Text", key(fyne.Key2, modShift), e.src.Toggle)
	insertAfter(mm, "File", "Compare With…", item("Attach Source…", nil, e.attachSourceDialog))
	insertAfter(mm, "Edit", "Add Claim", item("New Claim from Selection", key(fyne.KeyK, modShift), e.newClaimFromSelection))
	insertAfter(mm, "Edit", "New Claim from Selection", item("Suggest Claims", nil, e.suggestClaims))
	insertAfter(mm, "View", "Inspector", e.menus.source)
	e.app.Lifecycle().SetOnEnteredForeground(e.src.Refresh)
	e.tickSourceItem()
}

// tickSourceItem ticks View › Source Text while the pane is shown.
func (e *Editor) tickSourceItem() {
	if it := e.menus.source; it != nil {
		it.Checked = e.src.Shown()
		e.menus.main.Refresh()
	}
}

// insertAfter puts it into the menu labelled menu, after the item labelled
// after (or at the end when there is none).
func insertAfter(mm *fyne.MainMenu, menu, after string, it *fyne.MenuItem) {
	for _, m := range mm.Items {
		if m.Label != menu {
			continue
		}
		at := len(m.Items)
		for i, x := range m.Items {
			if x.Label == after {
				at = i + 1
			}
		}
		m.Items = append(m.Items[:at], append([]*fyne.MenuItem{it}, m.Items[at:]...)...)
		return
	}
}

// attachSourceDialog asks for a text file and attaches it.
func (e *Editor) attachSourceDialog() {
	e.textFileDialog(func(path string) { _ = e.AttachSource(path) })
}

// locateSourceDialog asks where the shown source's file now is.
func (e *Editor) locateSourceDialog() {
	s, _ := e.src.Current()
	if s == nil {
		return
	}
	id := s.ID
	e.textFileDialog(func(path string) { _ = e.LocateSource(id, path) })
}

// textFileDialog asks for a .txt or .md file, starting in the folder the
// source pane looked in (sourceFolder).
func (e *Editor) textFileDialog(then func(path string)) {
	e.askOpenPathIn("Choose a Source Text", []string{".txt", ".md", ".markdown", ".text"}, e.sourceFolder(), then)
}

// AttachSource attaches the text file at path to the map as a new source
// (one undoable edit) and shows it in the source pane. A file already
// attached is shown, not attached twice.
func (e *Editor) AttachSource(path string) error {
	text, err := sourceview.Read(path)
	if err != nil {
		err = fmt.Errorf("attach source: %w", err)
		e.showError(err)
		return err
	}
	for _, s := range e.doc.Map().Sources {
		if sourceview.SameFile(sourceview.Path(e.doc.Path(), s), path) {
			e.src.Show(s.ID)
			return nil
		}
	}
	s := &argmap.Source{ID: e.doc.Mint().ID(), Name: filepath.Base(path), Path: sourceview.StoredPath(e.doc.Path(), path), Hash: anchor.Hash(text)}
	e.src.Allow(path)
	if err := e.do(argmap.AddSource(s)); err != nil {
		return err
	}
	e.status.message("Attached " + s.Name)
	e.src.Show(s.ID)
	return nil
}

// LocateSource points source id at the file at path (one undoable edit):
// the file moved, or, as for the sample map, it was never shipped with the
// map. The source's hash is kept, so that anchors report whether the text
// found is the one the map was made on.
func (e *Editor) LocateSource(id argmap.ID, path string) error {
	s := e.doc.Map().Source(id)
	if s == nil {
		return fmt.Errorf("locate source: no source %s", id)
	}
	text, err := sourceview.Read(path)
	if err != nil {
		err = fmt.Errorf("locate %s: %w", s.Name, err)
		e.showError(err)
		return err
	}
	stored := sourceview.StoredPath(e.doc.Path(), path)
	e.src.Allow(path)
	if err := e.do(argmap.UpdateSource(id, "Locate Source", func(s *argmap.Source) { s.Path = stored })); err != nil {
		return err
	}
	e.src.Located(s, path)
	if s.Hash != "" && anchor.Hash(text) != s.Hash {
		e.status.message(s.Name + " differs from the text the map was made on: anchors are looked for again")
	} else {
		e.status.message("Located " + s.Name)
	}
	e.src.Show(id)
	return nil
}

// newClaimFromSelection makes a claim of the passage selected in the source
// pane (one undo removes it), at a free place near the middle of the view,
// and opens its text for editing.
func (e *Editor) newClaimFromSelection() {
	if id, ok := e.src.NewClaim(func() argmap.Point { return e.freeSpot(e.view.ViewCenter(), nil) }); ok {
		e.startEditing(id)
	}
}

// sourcesMoved runs when the map is saved to path, before e.doc.Path() changes:
// its source paths are already rebased to path's folder.
func (e *Editor) sourcesMoved(path string) {
	if e.src != nil {
		e.src.MapMoved(path)
	}
}
