package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/argmap"
)

// Modifiers of the shortcuts: Ctrl (Cmd on macOS), with Shift.
const (
	mod      = fyne.KeyModifierShortcutDefault
	modShift = fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
)

func key(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

// menus holds the menu items whose labels and states follow the document.
// Every editing shortcut has Ctrl (or Ctrl+Shift) so that typing never
// triggers one: Add Claim Ctrl+Shift+N, Add Reason Ctrl+R, Add Co-premise
// Ctrl+Shift+R, Add Objection Ctrl+Shift+O, Add Rebuttal Ctrl+Shift+B. Edit
// Text is F2 and Delete is Delete or Backspace, taken only when no text
// field has the keyboard. Challenges: Object Ctrl+J, Question Ctrl+Shift+Q,
// Undercut Ctrl+Shift+U, Open Challenges Ctrl+K. Tidy Layout Ctrl+Shift+T,
// Show What Stands Ctrl+Shift+E, Outline Ctrl+Shift+1, Inspector Ctrl+I.
type menus struct {
	e    *Editor
	main *fyne.MainMenu

	recent, revert, importWarn                  *fyne.MenuItem
	exportMenu                                  *fyne.MenuItem
	undo, redo, del                             *fyne.MenuItem
	reason, coPremise, objection, rebuttal, txt *fyne.MenuItem
	outline, insp, evalItem                     *fyne.MenuItem
	object, question, accept, reject, undercut  *fyne.MenuItem
	askCQ, tidySel, minimap                     *fyne.MenuItem
	source                                      *fyne.MenuItem   // View › Source Text (source.go)
	zoom                                        []*fyne.MenuItem // View's zoom items: the canvas's, off in the flow
	bar                                         *toolbar
}

func newMenus(e *Editor) *menus { return &menus{e: e} }

func item(label string, sc fyne.Shortcut, fn func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, fn)
	it.Shortcut = sc
	return it
}

// mainMenu builds the File, Edit, View, Challenge and Help menus.
func (mm *menus) mainMenu() *fyne.MainMenu {
	e := mm.e
	mm.recent = fyne.NewMenuItem("Open Recent", nil)
	mm.recent.ChildMenu = fyne.NewMenu("")
	mm.exportMenu = fyne.NewMenuItem("Export", nil)
	mm.exportMenu.ChildMenu = fyne.NewMenu("")
	mm.revert = item("Revert to Saved…", nil, e.revert)
	mm.importWarn = item("Import Warnings…", nil, e.showImportWarnings)
	quit := item("Quit", key(fyne.KeyQ, mod), e.quit)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("New", key(fyne.KeyN, mod), e.newMap),
		item("Open…", key(fyne.KeyO, mod), e.open),
		mm.recent,
		item("Import…", nil, e.open),
		mm.importWarn,
		// Export beside Import, high in the menu: Fyne 2.7 shifts a
		// submenu that would run past the window's bottom up too little,
		// so that its last item was cut off down where Export used to be.
		mm.exportMenu,
		item("Compare With…", nil, e.compareWith),
		item("Save as Exercise…", nil, e.saveExercise),
		fyne.NewMenuItemSeparator(),
		item("Save", key(fyne.KeyS, mod), e.save),
		item("Save As…", key(fyne.KeyS, modShift), e.saveAs),
		mm.revert,
		e.backupMenuItem(),
		fyne.NewMenuItemSeparator(),
		item("Author Name…", nil, e.askAuthor),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	mm.undo = item("Undo", &fyne.ShortcutUndo{}, e.undo)
	mm.redo = item("Redo", key(fyne.KeyZ, modShift), e.redo)
	mm.del = item("Delete", key(fyne.KeyDelete, 0), e.deleteSelection)
	mm.reason = item("Add Reason", key(fyne.KeyR, mod), e.addReason)
	mm.coPremise = item("Add Co-premise", key(fyne.KeyR, modShift), e.addCoPremise)
	mm.objection = item("Add Objection", key(fyne.KeyO, modShift), e.addObjection)
	mm.rebuttal = item("Add Rebuttal", key(fyne.KeyB, modShift), e.addRebuttal)
	mm.txt = item("Edit Text", key(fyne.KeyF2, 0), e.editText)
	edit := fyne.NewMenu("Edit",
		mm.undo, mm.redo,
		fyne.NewMenuItemSeparator(),
		item("Add Claim", key(fyne.KeyN, modShift), e.addClaim),
		mm.reason, mm.coPremise, mm.objection, mm.rebuttal,
		mm.txt,
		fyne.NewMenuItemSeparator(),
		mm.del,
		item("Select All", &fyne.ShortcutSelectAll{}, e.selectAllOrText),
		item("Find…", key(fyne.KeyF, mod), e.showFind),
		fyne.NewMenuItemSeparator(),
		item("Resolve Merge Conflicts…", nil, func() { e.showConflicts() }),
		item(argmap.ReleasePrivateLabel, nil, e.releasePrivate),
	)

	mm.outline = item("Outline", key(fyne.Key1, modShift), func() { e.setPanels(!e.showOut, e.showInsp) })
	mm.insp = item("Inspector", key(fyne.KeyI, mod), func() { e.setPanels(e.showOut, !e.showInsp) })
	mm.evalItem = item("Show What Stands", key(fyne.KeyE, modShift), func() { e.setEvaluation(!e.doc.Evaluating()) })
	mm.tidySel = item("Tidy Selection", nil, e.tidySelection)
	mm.minimap = item("Minimap", nil, func() {
		e.view.SetMinimap(!e.view.MinimapShown())
		mm.update()
	})
	mm.zoom = []*fyne.MenuItem{
		item("Zoom In", key(fyne.KeyEqual, mod), e.view.ZoomIn),
		item("Zoom Out", key(fyne.KeyMinus, mod), e.view.ZoomOut),
		item("Actual Size", key(fyne.Key0, mod), func() { e.view.SetZoom(1) }),
		item("Fit Map", key(fyne.KeyF, modShift), e.view.ZoomFit),
	}
	view := fyne.NewMenu("View",
		mm.zoom[0], mm.zoom[1], mm.zoom[2], mm.zoom[3],
		mm.minimap,
		fyne.NewMenuItemSeparator(),
		mm.outline, mm.insp,
		fyne.NewMenuItemSeparator(),
		mm.evalItem,
		item("Present", key(fyne.KeyF5, 0), e.startPresenting),
		item("Settings…", nil, e.showSettings),
		fyne.NewMenuItemSeparator(),
		item("Tidy Layout", key(fyne.KeyT, modShift), e.tidy),
		mm.tidySel,
		item("Unpin", nil, e.unpin),
		fyne.NewMenuItemSeparator(),
	)
	mm.object = item(challenge.LabelObject, key(fyne.KeyJ, mod), e.chal.Object)
	mm.question = item("Question", key(fyne.KeyQ, modShift), e.chal.Question)
	mm.accept = item("Accept", nil, func() { e.assess(argmap.Accepted) })
	mm.reject = item("Reject", nil, func() { e.assess(argmap.Rejected) })
	mm.undercut = item("Undercut", key(fyne.KeyU, modShift), e.chal.Undercut)
	mm.askCQ = item("Ask Critical Question…", nil, e.chal.AskDialog)
	challenge := fyne.NewMenu("Challenge",
		mm.object, mm.question, mm.accept, mm.reject,
		fyne.NewMenuItemSeparator(),
		mm.undercut, mm.askCQ,
		fyne.NewMenuItemSeparator(),
		item("Open Challenges…", key(fyne.KeyK, mod), e.chal.ShowOpen),
	)
	view.Items = append(view.Items, e.navMenuItems()...)
	help := fyne.NewMenu("Help",
		item("Quick Start", key(fyne.KeyF1, 0), e.showQuickStart),
		item("Keyboard Shortcuts", nil, e.showKeys),
		fyne.NewMenuItemSeparator(),
		item("About Argmap", nil, e.showAbout),
	)
	mm.main = fyne.NewMainMenu(file, edit, view, challenge, help)
	mm.update()
	return mm.main
}

// guardOverlays makes the main menu's items, and so their shortcuts, do
// nothing while an overlay (a dialog, a pop-up) is shown. Fyne runs a menu
// item's shortcut before any widget sees the key, so Ctrl+A, Ctrl+N or
// Ctrl+Z pressed in the Open File dialog acted on the map hidden behind
// it, as plain keys no longer do (overlayKey). A menu opened with the
// mouse is no overlay, so its items still work. Select All checks for
// itself, to reach a text field in the dialog. It runs once, after every
// menu is built; Open Recent and Export, rebuilt later, have no shortcuts.
func (mm *menus) guardOverlays() {
	if mm.main == nil {
		return
	}
	e := mm.e
	var walk func([]*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
			fn := it.Action
			if fn == nil || it.Shortcut == nil {
				continue
			}
			if _, ok := it.Shortcut.(*fyne.ShortcutSelectAll); ok {
				continue
			}
			it.Action = func() {
				if !e.overlayShown() {
					fn()
				}
			}
		}
	}
	for _, m := range mm.main.Items {
		walk(m.Items)
	}
}

// overlayShown reports whether a dialog or pop-up covers the window.
func (e *Editor) overlayShown() bool {
	return e.win.Canvas().Overlays().Top() != nil
}

// update brings labels and enabled states in line with the document.
func (mm *menus) update() {
	if mm.main == nil {
		return
	}
	e := mm.e
	h := e.doc.History()
	if h == nil {
		return
	}
	mm.undo.Label, mm.undo.Disabled = "Undo", !h.CanUndo()
	if l := h.UndoLabel(); l != "" {
		mm.undo.Label = "Undo " + l
	}
	mm.redo.Label, mm.redo.Disabled = "Redo", !h.CanRedo()
	if l := h.RedoLabel(); l != "" {
		mm.redo.Label = "Redo " + l
	}
	id, one := e.single()
	claim := one && e.doc.Map().Claim(id) != nil
	mm.del.Disabled = len(e.doc.Selection()) == 0
	mm.reason.Disabled = !claim
	mm.txt.Disabled = !claim
	mm.objection.Disabled = !one
	mm.coPremise.Disabled = !e.canAddCoPremise()
	mm.rebuttal.Disabled = !e.canAddRebuttal()
	mm.outline.Checked = e.showOut
	mm.insp.Checked = e.showInsp
	mm.evalItem.Checked = e.doc.Evaluating()
	arg := one && e.doc.Map().Argument(id) != nil
	mm.object.Disabled, mm.question.Disabled = !claim, !claim
	mm.accept.Disabled, mm.reject.Disabled = !claim, !claim
	mm.undercut.Disabled = !arg
	mm.askCQ.Disabled = len(e.chal.Questions(id)) == 0
	mm.tidySel.Disabled = len(e.selectedClaims()) < 2
	mm.minimap.Checked = e.view.MinimapShown()
	mm.minimap.Disabled = e.flowShown()
	for _, it := range mm.zoom {
		it.Disabled = e.flowShown()
	}
	mm.revert.Disabled = e.doc.Path() == ""
	mm.importWarn.Disabled = e.importWarnings() == nil

	var recent []*fyne.MenuItem
	for _, p := range e.recentFiles() {
		recent = append(recent, fyne.NewMenuItem(filepath.Base(p)+"  —  "+filepath.Dir(p), func() { e.openRecent(p) }))
	}
	if len(recent) == 0 {
		none := fyne.NewMenuItem("No Recent Files", nil)
		none.Disabled = true
		recent = append(recent, none)
	} else {
		recent = append(recent, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Clear Menu", e.clearRecent))
	}
	mm.recent.ChildMenu.Items = recent

	mm.exportMenu.ChildMenu.Items = e.exportItems()
	e.updateRoundMenu()
	e.updateNavMenu()
	mm.main.Refresh()
	if mm.bar != nil {
		mm.bar.update()
	}
}

// selectAllOrText selects all the text of a focused text field, or else
// every claim of the map: Ctrl+A reaches the menu before the field.
func (e *Editor) selectAllOrText() {
	if f, ok := e.win.Canvas().Focused().(fyne.Shortcutable); ok && isTextField(f) {
		f.TypedShortcut(&fyne.ShortcutSelectAll{})
		return
	}
	if e.overlayShown() {
		return // not the map behind a dialog (guardOverlays)
	}
	e.selectAll()
}

// exportGroups orders File › Export: one group a separator apart for each,
// the formats of no group after them. Eighteen items in a row ran past the
// bottom of a 1000-pixel window; grouped, with other tools' graphs, the
// abstract frameworks and the decision summary in submenus, it is 13.
var exportGroups = [][]string{
	{"json", "aif", "argdown", "flow-csv"}, // the map itself, for Argmap and the tools that read maps
	{"svg", "png", "pdf"},                  // pictures and print
	{"md", "essay", "essay-txt"},           // outlines and essay plans
	{"dot", "canvas", "graphml"},           // other tools' graphs: one submenu
	{"apx", "tgf", "iccma"},                // abstract frameworks: one submenu
	{"summary-md", "summary-pdf"},          // the round's decision summary: one submenu
}

// exportSubmenus names the groups of exportGroups shown as a submenu.
var exportSubmenus = map[int]string{3: "Graph for Other Tools", 4: "Abstract Framework (ICCMA)", 5: "Decision Summary"}

// exportItems is File › Export: every format of the editor's set that
// writes, and the round's decision summary, in exportGroups' order (what
// no group names after them), the submenus last.
func (e *Editor) exportItems() []*fyne.MenuItem {
	byName := map[string]*fyne.MenuItem{}
	var names []string
	for _, f := range e.formats.All() {
		if f.Encode != nil {
			byName[f.Name] = fyne.NewMenuItem(f.Title+"…", func() { e.export(f) })
			names = append(names, f.Name)
		}
	}
	for i, it := range e.flowExports() {
		byName[summaryFormats[i].Name] = it
		names = append(names, summaryFormats[i].Name)
	}
	if len(names) == 0 {
		none := fyne.NewMenuItem("No Export Formats", nil)
		none.Disabled = true
		return []*fyne.MenuItem{none}
	}
	var sections [][]*fyne.MenuItem
	var subs []*fyne.MenuItem
	grouped := map[string]bool{}
	for g, group := range exportGroups {
		var items []*fyne.MenuItem
		for _, n := range group {
			grouped[n] = true
			if it := byName[n]; it != nil {
				items = append(items, it)
			}
		}
		switch sub, ok := exportSubmenus[g]; {
		case len(items) == 0:
		case ok:
			parent := fyne.NewMenuItem(sub, nil)
			parent.ChildMenu = fyne.NewMenu("", items...)
			parent.Disabled = true // unless one of its items is not
			for _, it := range items {
				parent.Disabled = parent.Disabled && it.Disabled
			}
			subs = append(subs, parent)
		default:
			sections = append(sections, items)
		}
	}
	var rest []*fyne.MenuItem
	for _, n := range names {
		if !grouped[n] {
			rest = append(rest, byName[n])
		}
	}
	sections = append(sections, rest, subs)
	var out []*fyne.MenuItem
	for _, sec := range sections {
		if len(sec) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, fyne.NewMenuItemSeparator())
		}
		out = append(out, sec...)
	}
	return out
}
