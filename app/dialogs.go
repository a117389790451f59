package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// askAuthor asks for the name signed on comments and challenges.
func (e *Editor) askAuthor() {
	en := widget.NewEntry()
	en.SetText(e.author())
	d := dialog.NewForm("Author Name", "Save", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Name", en)},
		func(ok bool) {
			if ok {
				e.app.Preferences().SetString(prefAuthor, strings.TrimSpace(en.Text))
			}
		}, e.win)
	d.Resize(fyne.NewSize(400, 160))
	e.lastModal = d
	d.Show()
}
