// Package app is Argmap's Fyne user interface: the window, menus, shortcuts,
// dialogs, inspector, outline and status bar around the map canvas.
package app

import (
	"fmt"
	"github.com/argmap/argmap/argmap/formats"
	"os"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// AppID is the application ID under which Fyne keeps the preferences.
const AppID = "io.github.argmap"

// Main opens the editor on the files named, one window each (or on the
// sample map when there is none), reading and writing the formats of set,
// and returns the process exit code when the first window closes.
func Main(set *formats.Set, files []string) int {
	restoreGC := boostStartGC(files) // first: Fyne's start allocates too
	a := fyneapp.NewWithID(AppID)
	started := profileStart(a)
	w := a.NewWindow("Argmap")
	e := NewEditor(a, w, set)
	e.status.clearAfter = 6 * time.Second
	e.routes.hold = true // until the window is up (see releaseRoutes)
	w.Resize(e.windowSize())
	w.SetMaster()
	windows := newWindowGroup(e)
	switch {
	case len(files) > 0:
		if err := e.OpenFile(files[0]); err != nil {
			fmt.Fprintln(os.Stderr, "argmap:", err)
		}
		// Each further file gets a window of its own.
		for _, f := range files[1:] {
			w2 := a.NewWindow("Argmap")
			e2 := NewEditor(a, w2, set)
			e2.status.clearAfter = e.status.clearAfter
			w2.Resize(e.windowSize())
			windows.add(e2)
			if err := e2.OpenFile(f); err != nil {
				fmt.Fprintln(os.Stderr, "argmap:", err)
			}
			w2.Show()
		}
	default:
		e.OpenSample()
	}
	// The canvas can fit the map only once the window has its size.
	a.Lifecycle().SetOnStarted(func() {
		fyne.Do(e.fitReadable)
		if started != nil {
			fyne.Do(started) // after the fit, before the routes
		}
		fyne.Do(restoreGC) // the routes' search collects as usual
		fyne.Do(e.releaseRoutes)
		profileIdle()
	})
	e.startAutosave(autosaveInterval)
	e.startWatch(watchInterval)
	e.OfferRecovery()
	w.ShowAndRun()
	e.stopWatch()
	e.stopAutosave()
	return 0
}
