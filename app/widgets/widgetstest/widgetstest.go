// Package widgetstest walks what a window shows, for the headless tests of
// the editor and its panels: they read the widgets as a user sees them (a
// field by its hint, a button by its label), not the panels' fields.
package widgetstest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Visit calls fn on o and every visible object under it, depth first,
// until fn returns false; it reports whether the walk went to its end.
func Visit(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	if o == nil || !o.Visible() {
		return true
	}
	if !fn(o) {
		return false
	}
	var kids []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		kids = w.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(w).Objects()
	}
	for _, k := range kids {
		if !Visit(k, fn) {
			return false
		}
	}
	return true
}

// First is the first visible object under o (o included), depth first,
// for which match holds; nil if none.
func First(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) (found fyne.CanvasObject) {
	Visit(o, func(x fyne.CanvasObject) bool {
		if match(x) {
			found = x
			return false
		}
		return true
	})
	return found
}
