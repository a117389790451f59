package app

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
)

// importWarning is one line of the import's warnings: its place (in the
// file, "node "2" (CA)", "line 2, column 3"; or in the map,
// "map.claims[41]"), what it says, and the claim or argument it is about
// where the place names one (the dialog shows it on the map).
type importWarning struct {
	text string
	id   argmap.ID
}

// importReport is what an import said: its summary line and warnings,
// kept for View Warnings and File › Import Warnings… while the map it
// made is the document's.
type importReport struct {
	file, summary string
	warnings      []importWarning
	// m is the map the import made, as the document holds it: another
	// map (New, Open, Revert) makes the report stale.
	m *argmap.Map
}

// mapPlace finds the claim or argument a validation place starts with.
var mapPlace = regexp.MustCompile(`^map\.(claims|arguments)\[(\d+)\]`)

// newImportReport gathers what the importer warned of and the warnings of
// the map it made (a claim connected to nothing and the like, which
// argmap check prints too), in that order.
func newImportReport(path string, im formats.Import) *importReport {
	r := &importReport{file: filepath.Base(path), summary: im.Summary}
	for _, w := range im.Warnings {
		r.warnings = append(r.warnings, importWarning{text: w})
	}
	m := im.Map
	for _, p := range argmap.Validate(m) {
		w := importWarning{text: p.Place + ": " + p.Message}
		if g := mapPlace.FindStringSubmatch(p.Place); g != nil {
			i, _ := strconv.Atoi(g[2])
			switch {
			case g[1] == "claims" && i < len(m.Claims):
				w.id = m.Claims[i].ID
			case g[1] == "arguments" && i < len(m.Arguments):
				w.id = m.Arguments[i].ID
			}
		}
		r.warnings = append(r.warnings, w)
	}
	return r
}

// importStatus is the status line after an import: "Imported
// nodeset25045.json (AIF-JSON): 150 claims, 60 arguments; 3 warnings".
func importStatus(file string, f *formats.Format, m *argmap.Map, warnings int) string {
	s := fmt.Sprintf("Imported %s (%s): %s, %s", file, f.Title,
		plural(len(m.Claims), "claim", "claims"), plural(len(m.Arguments), "argument", "arguments"))
	if warnings > 0 {
		s += "; " + plural(warnings, "warning", "warnings")
	}
	return s
}

// reportImport says in the status line what the import of path read, with
// View Warnings where it warned of anything; note (the spread of its
// layout, or "") follows.
func (e *Editor) reportImport(path string, im formats.Import, note string) {
	r := newImportReport(path, im)
	r.m = e.doc.Map()
	e.imported = r
	defer e.menus.update() // File › Import Warnings… follows
	text := importStatus(r.file, im.Format, im.Map, len(r.warnings))
	if note != "" {
		text += " · " + note
	}
	if len(r.warnings) == 0 {
		e.status.message(text)
		return
	}
	e.status.messageAction(text, "View Warnings", e.showImportWarnings)
}

// importWarnings returns the report of the import that made the
// document's map when it warned of anything, else nil.
func (e *Editor) importWarnings() *importReport {
	if r := e.imported; r != nil && len(r.warnings) > 0 && r.m == e.doc.Map() {
		return r
	}
	return nil
}

// showImportWarnings lists the warnings of the import that made the map,
// each with its place; choosing one about a claim or an argument shows it
// on the map. The status bar's View Warnings and File › Import Warnings…
// open it.
func (e *Editor) showImportWarnings() {
	r := e.importWarnings()
	if r == nil {
		return
	}
	head := r.file + " was imported"
	if r.summary != "" {
		head += " as " + r.summary
	}
	head += ". " + plural(len(r.warnings), "warning", "warnings")
	if slices.ContainsFunc(r.warnings, func(w importWarning) bool { return w.id != argmap.NilID }) {
		head += " (choose one on a claim or argument to show it on the map)"
	}
	head += ":"
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(r.warnings) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(r.warnings[i].text) })
	list.OnSelected = func(i widget.ListItemID) {
		if id := r.warnings[i].id; id != argmap.NilID && e.exists(id) {
			d.Hide()
			e.jumpTo(id)
		}
	}
	d = dialog.NewCustom("Import Warnings", "Close", container.NewBorder(widgets.Wrapped(head), nil, nil, nil, list), e.win)
	d.Resize(fyne.NewSize(900, 520))
	d.Show()
}
