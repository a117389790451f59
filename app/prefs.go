package app

import (
	"os"
	"os/user"
	"strings"

	"fyne.io/fyne/v2"
)

// Keys of the values kept in Fyne's Preferences.
const (
	prefRecent = "recentFiles"
	prefWidth  = "window.width"
	prefHeight = "window.height"
	prefAuthor = "authorName"
	maxRecent  = 10
)

// recentFiles lists the files opened or saved lately, newest first.
func (e *Editor) recentFiles() []string {
	return e.app.Preferences().StringList(prefRecent)
}

// addRecent puts path at the top of the recent files.
func (e *Editor) addRecent(path string) {
	list := []string{path}
	for _, p := range e.recentFiles() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	e.app.Preferences().SetStringList(prefRecent, list)
	e.menus.update()
}

// clearRecent empties the recent files.
func (e *Editor) clearRecent() {
	e.app.Preferences().SetStringList(prefRecent, nil)
	e.menus.update()
}

// windowSize is the size the window had when it was last closed.
func (e *Editor) windowSize() fyne.Size {
	p := e.app.Preferences()
	return fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1400)), float32(p.FloatWithFallback(prefHeight, 900)))
}

// saveWindowSize keeps the window's size for the next start.
func (e *Editor) saveWindowSize() {
	s := e.win.Canvas().Size()
	if s.Width < 200 || s.Height < 200 {
		return
	}
	e.app.Preferences().SetFloat(prefWidth, float64(s.Width))
	e.app.Preferences().SetFloat(prefHeight, float64(s.Height))
}

// author is the name put on comments and challenges: the Preferences'
// author name, or the login name.
func (e *Editor) author() string {
	if a := strings.TrimSpace(e.app.Preferences().String(prefAuthor)); a != "" {
		return a
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "me"
}
