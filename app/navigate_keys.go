package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// keyHelp is the table of Help › Keyboard Shortcuts, as in the README's
// editor key table: keys, then what they do.
var keyHelp = [][2]string{
	{"Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+Q", "New, Open, Save, Save As, Quit"},
	{"Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y", "Undo; Redo"},
	{"Ctrl+Shift+N", "Add a claim"},
	{"Ctrl+R, Ctrl+Shift+R", "Add a reason; add a linked co-premise"},
	{"Ctrl+Shift+O, Ctrl+Shift+B", "Add an objection (an undercutter on an arrow); add a rebuttal"},
	{"F2, Enter or double-click", "Edit the selected claim's text in place (Enter commits, Shift+Enter breaks the line, Esc cancels)"},
	{"Delete or Backspace", "Delete the selection"},
	{"Up", "Select the conclusion the selected card supports or attacks"},
	{"Down", "Select its first premise"},
	{"Left, Right", "Select the previous, next premise of the same conclusion"},
	{"", "(where there is none: the nearest card that way)"},
	{"Tab, Shift+Tab", "Select the next, previous card, row by row"},
	{"Escape", "Clear the selection"},
	{"Ctrl+A", "Select all"},
	{"Ctrl+J, Ctrl+Shift+Q, Ctrl+Shift+U, Ctrl+K", "Object, Question, Undercut; list the open challenges"},
	{"Ctrl+= or Ctrl++, Ctrl+-", "Zoom in, zoom out (Ctrl+wheel: at the pointer)"},
	{"Ctrl+0, Ctrl+Shift+F", "Actual size; fit the whole map"},
	{"Ctrl+Shift+T", "Tidy the layout"},
	{"Ctrl+Shift+E", "Show or hide what stands"},
	{"Ctrl+Shift+1, Ctrl+I", "Show or hide the outline, the inspector"},
	{"Ctrl+F", "Find"},
}

// showKeys opens Help › Keyboard Shortcuts.
func (e *Editor) showKeys() {
	var cells []fyne.CanvasObject
	for _, r := range keyHelp {
		k := widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		a := widget.NewLabel(r[1])
		a.Wrapping = fyne.TextWrapWord
		cells = append(cells, k, a)
	}
	body := container.NewVScroll(container.New(layout.NewFormLayout(), cells...))
	body.SetMinSize(fyne.NewSize(760, 520))
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", body, e.win)
	e.lastModal = d
	d.Show()
}
