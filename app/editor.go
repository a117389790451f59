package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/app/find"
	"github.com/argmap/argmap/app/inspector"
	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/app/outline"
	"github.com/argmap/argmap/app/sourceview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/assets"
)

// Editor is one map editor window: the document (map, history, file) and
// the widgets around the canvas. It is built by NewEditor so that tests can
// drive it with Fyne's test app, as fyne-io/calculator does.
type Editor struct {
	app fyne.App
	win fyne.Window

	// doc is the map, its history and file, the selection and the
	// evaluation (app/document); the widgets below show it.
	doc *document.Document

	view     *mapview.View
	outline  *outline.Outline
	insp     *inspector.Inspector
	chal     *challenge.Challenges // the challenge commands and dialogs
	status   *statusBar
	menus    *menus
	body     *fyne.Container
	outSplit *container.Split
	inSplit  *container.Split
	showOut  bool
	showInsp bool
	syncing  bool // a selection is being mirrored between widgets
	confirm  *confirmButtons
	schemes  *argmap.Schemes  // the scheme catalogue, or nil if it failed to load
	safe     *safety          // autosave, recovery, the file's state on disk
	nav      *navState        // focus and collapsed branches
	finder   *find.Dialog     // the last Find dialog: the next opens with its query
	src      *sourceview.Pane // the source text beside the canvas (app/sourceview)
	sugg     *suggestions     // the Suggestions panel (suggestions.go)
	pres     *presenter       // presentation mode, or nil
	settings *settingsForm    // the last Settings window, for tests
	flow     *flowPanel       // the debate flow view (flow*.go)

	routes   routeState    // the layout's routes for the canvas (routes.go)
	watch    watchState    // changes to the file on disk, such as an assistant's suggestions (watch.go)
	formats  *formats.Set  // what it opens, saves and exports
	windows  *windowGroup  // the app's editor windows, for Quit (quit.go); nil when alone
	imported *importReport // the last import's warnings, for View Warnings (importreport.go)
	fileDlg  *shownFile    // Fyne's Open or Save File dialog while shown (filedialog.go)
}

// NewEditor builds the editor's widgets in w and shows an empty map. It
// opens, saves and exports in the formats of set (main builds it). Call
// Open or SetMap to show a file.
func NewEditor(a fyne.App, w fyne.Window, set *formats.Set) *Editor {
	e := &Editor{app: a, win: w, formats: set, showOut: true, showInsp: true}
	e.initSafety()
	e.applyTheme()
	e.nav = newNavState()
	if s, err := argmap.ParseSchemes(assets.Schemes); err == nil {
		e.schemes = s
	} else {
		fyne.LogError("scheme catalogue", err)
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	e.view = mapview.New()
	e.doc = document.New(argmap.New("Untitled"), "", nil)
	e.view.SetRoles(e.doc) // the scene reads the document's roles
	e.doc.Subscribe(e.changed)
	e.outline = outline.New(e)
	e.chal = e.newChallenges()
	e.insp = e.newInspector()
	e.status = newStatusBar()
	e.menus = newMenus(e)
	e.src = newSourcePane(e)
	e.sugg = newSuggestions(e)
	e.flow = newFlow(e)
	e.wireView()

	e.outSplit = container.NewHSplit(e.outline.Widget(), e.view)
	e.outSplit.Offset = 0.24
	e.inSplit = container.NewHSplit(e.outSplit, e.insp.Widget())
	e.inSplit.Offset = 0.77
	e.body = container.NewStack(e.inSplit)
	w.SetContent(container.NewBorder(e.menus.toolbar(), e.status.widget(), nil, nil, e.body))
	w.SetMainMenu(e.menus.mainMenu())
	e.installSource()
	e.installSuggestions()
	e.installFlow()
	e.menus.guardOverlays()
	e.menus.addShortcuts(w.Canvas())
	w.Canvas().SetOnTypedKey(e.typedKey)
	w.SetCloseIntercept(e.requestClose)

	e.showDoc()
	return e
}

// Map returns the map being edited.
func (e *Editor) Map() *argmap.Map { return e.doc.Map() }

// History returns the undo history of the map being edited.
func (e *Editor) History() *argmap.History { return e.doc.History() }

// View returns the map canvas.
func (e *Editor) View() *mapview.View { return e.view }

// Selection returns the selected claims and arguments.
func (e *Editor) Selection() []argmap.ID { return e.doc.Selection() }

// SetMap replaces the document: a new history, saved at the start.
func (e *Editor) SetMap(m *argmap.Map, path string, f *formats.Format) {
	e.docReplacing()
	e.doc.Reset(m, path, f)
	e.showDoc()
}

// showDoc shows the document as it is now, fitted in the window, with a
// new recovery file name.
func (e *Editor) showDoc() {
	m := e.doc.Map()
	e.routes.stash = nil // another document's
	routed := e.routesFor(m)
	e.view.SetMapLabels(m, e.viewLabels()) // built with its badges: refreshWith's showLabels then costs nothing
	e.outline.Reset()
	e.refreshWith(argmap.Change{Aspects: argmap.Everything}) // the document derived its state in Reset
	e.fitReadable()
	e.docReplaced()
	if !routed {
		e.drawRoutes()
	}
}

// changed runs after every edit, undo and redo, with what changed, once
// the document has brought its roles, labels and selection in line.
func (e *Editor) changed(c argmap.Change) {
	e.noteEdit()
	if c.Has(argmap.Structure | argmap.Geometry) {
		e.cancelRoutes() // the routes searched for are of the map before
	}
	if c.Replaced && e.routesAfterSwap() {
		defer e.drawRoutes() // once the view shows the map of now
	}
	e.view.SetSelection(e.doc.Selection())
	switch {
	case c.Only(argmap.Content) && len(c.IDs) == 1:
		// Typing on a big map: re-wrap one card, not the whole scene.
		e.view.RefreshCard(c.IDs[0])
	case !c.Has(argmap.Structure | argmap.Content | argmap.Geometry):
		// Assessments, challenges, schemes, the map's details: the scene
		// (cards, texts, places, links) is as it was; refreshWith redraws
		// the badges and marks in place. A rebuild here cost about 0.3 s
		// per assessment on a 20,000-claim map.
	default:
		e.view.Refresh()
	}
	if c.Replaced {
		e.fitIfLost()
	}
	e.refreshWith(c)
}

// refreshWith brings every widget but the canvas in line with the model
// after change c.
func (e *Editor) refreshWith(c argmap.Change) {
	if c.Has(argmap.Logic) {
		e.showLabels()
		e.view.SetArgMarks(e.argMarks())
	}
	e.outline.Refresh(c.Has(argmap.Structure))
	e.insp.Show(e.doc.Selection())
	e.status.update(e.doc)
	e.menus.update()
	e.updateTitle()
	e.src.Refresh()
	e.sugg.refresh()
	e.flow.refreshWith(c)
}

func (e *Editor) exists(id argmap.ID) bool { return e.doc.Exists(id) }

// docName is the name of the document for the title bar and dialogs.
func (e *Editor) docName() string { return e.doc.Name() }

// Title is what the title bar shows: the document, a dot while it has
// unsaved changes, and the app's name.
func (e *Editor) Title() string {
	mark := ""
	if e.doc.Dirty() {
		mark = "• "
	}
	return fmt.Sprintf("%s%s — Argmap", mark, e.docName())
}

func (e *Editor) updateTitle() { e.win.SetTitle(e.Title()) }

// Select selects ids in every view of the map.
func (e *Editor) Select(ids []argmap.ID) { e.selectFrom(ids, nil) }

// selectFrom mirrors a selection made in one widget (src) to the others.
func (e *Editor) selectFrom(ids []argmap.ID, src any) {
	if e.syncing {
		return
	}
	e.syncing = true
	defer func() { e.syncing = false }()
	e.doc.Select(ids...)
	sel := e.doc.Selection()
	if src != e.view {
		e.view.SetSelection(sel)
		e.view.Refresh()
		if len(sel) == 1 {
			e.view.Reveal(sel[0])
		}
	}
	if src != e.outline {
		e.outline.SelectIDs(sel)
	}
	if src != e.flow {
		e.flow.selectIDs(sel)
	}
	e.insp.Show(sel)
	e.menus.update()
	e.src.SelectionChanged(src == e.src)
}

// single returns the one selected ID, if exactly one thing is selected.
func (e *Editor) single() (argmap.ID, bool) { return e.doc.Single() }

// do runs an edit through the history and reports a failure in the status
// bar. It returns the edit's error.
func (e *Editor) do(ed argmap.Edit) error { return e.doMerge(ed, "") }

// doMerge is do, merging into the previous entry of the same non-empty key.
func (e *Editor) doMerge(ed argmap.Edit, key string) error {
	if err := e.doc.DoMerge(ed, key); err != nil {
		e.status.message("Error: " + err.Error())
		return err
	}
	return nil
}

// showError shows err in a dialog (the failures of opening and saving,
// which run through file dialogs: tests read the dialog).
func (e *Editor) showError(err error) {
	newErrorDialog(err, e.win).Show() // not dialog.NewError: it renames a file the message starts with
}

// typedKey handles keys that no focused widget took: while a dialog is
// shown only its Escape (overlayKey); else presentation mode's keys, then plainKeys (Delete, F2, F5, Escape), then the canvas's keys
// (arrows, Enter: move on the map).
func (e *Editor) typedKey(ev *fyne.KeyEvent) {
	if e.overlayKey(ev) {
		return
	}
	if e.presentKey(ev.Name) {
		return
	}
	for _, b := range plainKeys {
		for _, k := range b.keys {
			if k == ev.Name {
				b.run(e)
				return
			}
		}
	}
	if e.flow.shown && e.flow.key(ev.Name, false, true) {
		return
	}
	e.view.HandleKey(ev.Name, 0)
}

// setPanels shows or hides the outline and the inspector.
func (e *Editor) setPanels(outline, insp bool) {
	e.showOut, e.showInsp = outline, insp
	var left = e.sugg.around(e.centre())
	if outline {
		e.outSplit.Leading = e.outline.Widget()
		e.outSplit.Trailing = left
		e.outSplit.Refresh()
		left = e.outSplit
	}
	var all = left
	if insp {
		e.inSplit.Leading = left
		e.inSplit.Trailing = e.insp.Widget()
		e.inSplit.Refresh()
		all = e.inSplit
	}
	e.body.Objects = []fyne.CanvasObject{all}
	e.body.Refresh()
	e.menus.update()
}
