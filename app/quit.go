package app

import "slices"

// windowGroup is the editor windows of one app: Quit, or closing the
// master window (which ends the app), asks about every window's unsaved
// changes, not only its own.
type windowGroup struct {
	master *Editor
	list   []*Editor
}

// newWindowGroup starts a group with the master window's editor.
func newWindowGroup(master *Editor) *windowGroup {
	g := &windowGroup{master: master}
	g.add(master)
	return g
}

// add puts an editor window in the group.
func (g *windowGroup) add(e *Editor) {
	e.windows = g
	g.list = append(g.list, e)
}

// remove takes a closed window out of the group.
func (g *windowGroup) remove(e *Editor) {
	g.list = slices.DeleteFunc(g.list, func(o *Editor) bool { return o == e })
}

// requestClose is the window's close intercept: it asks about unsaved
// changes, keeps the window size, and closes. Closing the master window
// ends the app, so it asks as Quit does.
func (e *Editor) requestClose() {
	if g := e.windows; g != nil && g.master == e && len(g.list) > 1 {
		e.quit()
		return
	}
	e.confirmDiscard("closing", func() {
		e.closing()
		e.saveWindowSize()
		if g := e.windows; g != nil {
			g.remove(e)
		}
		e.win.Close()
	})
}

// quit ends the app once every window's unsaved changes are saved or
// discarded, asking in each window in turn (this one first); Cancel in
// any stops it with every window as it was.
func (e *Editor) quit() {
	all := []*Editor{e}
	if g := e.windows; g != nil {
		for _, o := range g.list {
			if o != e {
				all = append(all, o)
			}
		}
	}
	e.quitAsking(all, 0)
}

// quitAsking asks about the unsaved changes of all[i:] in turn, then
// closes every window cleanly and ends the app.
func (e *Editor) quitAsking(all []*Editor, i int) {
	for ; i < len(all); i++ {
		// A window closed while another was asked was answered for; asked
		// again, unseen, it would keep the app from ending.
		if o := all[i]; !e.closedMeanwhile(o) && o.doc.History().Dirty() {
			next := i + 1
			o.win.RequestFocus()
			o.confirmDiscard("quitting", func() { e.quitAsking(all, next) })
			return
		}
	}
	for _, o := range all {
		if !e.closedMeanwhile(o) {
			o.closing()
		}
	}
	e.saveWindowSize()
	e.app.Quit()
}

// closedMeanwhile reports whether window o, another of e's group, was
// closed (and so left the group) after Quit began.
func (e *Editor) closedMeanwhile(o *Editor) bool {
	return o != e && e.windows != nil && !slices.Contains(e.windows.list, o)
}
