package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbar is the row of buttons above the canvas. Buttons carry words as
// well as icons: a first-time user should not have to guess what an icon
// of a debate move means.
type toolbar struct {
	e                                    *Editor
	undo, redo, reason, objection, rebut *widget.Button
	premise, del                         *widget.Button
	box                                  *fyne.Container
	// mapOnly are the tools that act on the canvas alone (Reason,
	// Co-premise, the zoom): hidden while the flow takes its place.
	mapOnly []fyne.CanvasObject
}

func tbButton(label string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, fn)
	b.Importance = widget.LowImportance
	return b
}

// toolbar builds the toolbar once.
func (mm *menus) toolbar() fyne.CanvasObject {
	e := mm.e
	t := &toolbar{e: e}
	t.undo = tbButton("Undo", theme.ContentUndoIcon(), e.undo)
	t.redo = tbButton("Redo", theme.ContentRedoIcon(), e.redo)
	t.reason = tbButton("Reason", theme.ContentAddIcon(), e.addReason)
	t.premise = tbButton("Co-premise", theme.ContentAddIcon(), e.addCoPremise)
	t.objection = tbButton("Objection", theme.ContentRemoveIcon(), e.addObjection)
	t.rebut = tbButton("Rebuttal", theme.MailReplyIcon(), e.addRebuttal)
	t.del = tbButton("Delete", theme.DeleteIcon(), e.deleteSelection)
	sep := func() fyne.CanvasObject { return widget.NewSeparator() }
	zoomOut := tbButton("", theme.ZoomOutIcon(), e.view.ZoomOut)
	zoomIn := tbButton("", theme.ZoomInIcon(), e.view.ZoomIn)
	fit := tbButton("Fit", theme.ZoomFitIcon(), e.view.ZoomFit)
	zoomSep := sep()
	t.mapOnly = []fyne.CanvasObject{t.reason, t.premise, zoomOut, zoomIn, fit, zoomSep}
	t.box = container.NewHBox(
		tbButton("", theme.FileIcon(), e.newMap),
		tbButton("", theme.FolderOpenIcon(), e.open),
		tbButton("", theme.DocumentSaveIcon(), e.save),
		sep(),
		t.undo, t.redo,
		sep(),
		tbButton("Claim", theme.ContentAddIcon(), e.addClaim),
		t.reason, t.premise, t.objection, t.rebut, t.del,
		sep(),
		zoomOut, zoomIn, fit,
		zoomSep,
		tbButton("Outline", theme.ListIcon(), func() { e.setPanels(!e.showOut, e.showInsp) }),
		tbButton("Inspector", theme.InfoIcon(), func() { e.setPanels(e.showOut, !e.showInsp) }),
	)
	mm.bar = t
	t.update()
	return container.NewVBox(t.box, widget.NewSeparator())
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// update enables the buttons that apply to the selection, and shows the
// canvas's own tools only while the canvas is shown: in the flow view a
// reason or a co-premise would go to the map, out of sight, and the zoom
// has nothing to zoom.
func (t *toolbar) update() {
	e := t.e
	if e.doc.History() == nil {
		return
	}
	onMap := !e.flowShown()
	for _, o := range t.mapOnly {
		if o.Visible() != onMap {
			if onMap {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
	id, one := e.single()
	claim := one && e.doc.Map().Claim(id) != nil
	enable(t.undo, e.doc.History().CanUndo())
	enable(t.redo, e.doc.History().CanRedo())
	enable(t.reason, claim)
	enable(t.objection, one)
	enable(t.premise, e.canAddCoPremise())
	enable(t.rebut, e.canAddRebuttal())
	enable(t.del, len(e.doc.Selection()) > 0)
}

// isTextField reports whether o is a text entry, whose own keys (Delete,
// Ctrl+A) must not be taken by the map.
func isTextField(o any) bool {
	switch o.(type) {
	case *widget.Entry, *widget.SelectEntry:
		return true
	}
	_, ok := o.(interface{ SetText(string) })
	return ok
}
