package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets/widgetstest"
)

// The tests read the inspector as a user sees the window: its right-hand
// pane, searched for the widgets shown there (a field by its hint, a
// button by its label), not the panels' fields.

// visit calls fn on o and every visible object under it, depth first,
// until fn returns false.
func visit(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	return widgetstest.Visit(o, fn)
}

// inspectorPane is the window's right-hand pane, where the inspector
// shows: the trailing side of the outermost split.
func inspectorPane(t *testing.T, e *Editor) fyne.CanvasObject {
	t.Helper()
	var pane fyne.CanvasObject
	visit(e.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if s, ok := o.(*container.Split); ok {
			pane = s.Trailing
			return false
		}
		return true
	})
	if pane == nil {
		t.Fatal("the window has no right-hand pane")
	}
	return pane
}

// findObj is the first visible object of type T under root for which ok
// holds.
func findObj[T fyne.CanvasObject](root fyne.CanvasObject, ok func(T) bool) (T, bool) {
	var got T
	found := false
	visit(root, func(o fyne.CanvasObject) bool {
		if w, is := o.(T); is && ok(w) {
			got, found = w, true
			return false
		}
		return true
	})
	return got, found
}

// inspectorField is the inspector's text field with the placeholder hint.
func inspectorField(t *testing.T, e *Editor, hint string) *widget.Entry {
	t.Helper()
	en, ok := findObj(inspectorPane(t, e), func(en *widget.Entry) bool { return en.PlaceHolder == hint })
	if !ok {
		t.Fatalf("the inspector shows no field %q", hint)
	}
	return en
}

// claimTextField is the inspector's field of a claim's text.
func claimTextField(t *testing.T, e *Editor) *widget.Entry {
	t.Helper()
	return inspectorField(t, e, "What the claim says")
}

// showsClaim reports whether the inspector shows a claim.
func showsClaim(t *testing.T, e *Editor) bool {
	t.Helper()
	_, ok := findObj(inspectorPane(t, e), func(en *widget.Entry) bool { return en.PlaceHolder == "What the claim says" })
	return ok
}

// inspectorButton is the inspector's first button labelled label.
func inspectorButton(t *testing.T, e *Editor, label string) *widget.Button {
	t.Helper()
	b, ok := findObj(inspectorPane(t, e), func(b *widget.Button) bool { return b.Text == label })
	if !ok {
		t.Fatalf("the inspector shows no button %q", label)
	}
	return b
}

// inspectorChoice is the inspector's drop-down that offers option.
func inspectorChoice(t *testing.T, e *Editor, option string) *widget.Select {
	t.Helper()
	s, ok := findObj(inspectorPane(t, e), func(s *widget.Select) bool {
		for _, o := range s.Options {
			if o == option {
				return true
			}
		}
		return false
	})
	if !ok {
		t.Fatalf("the inspector offers no choice %q", option)
	}
	return s
}

// inspectorLabels are the texts of the labels the inspector shows.
func inspectorLabels(t *testing.T, e *Editor) []string {
	t.Helper()
	var out []string
	visit(inspectorPane(t, e), func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
		return true
	})
	return out
}

// inspectorLabel is the first label of the inspector whose text starts
// with prefix, or "" and false.
func inspectorLabel(t *testing.T, e *Editor, prefix string) (string, bool) {
	t.Helper()
	for _, l := range inspectorLabels(t, e) {
		if strings.HasPrefix(l, prefix) {
			return l, true
		}
	}
	return "", false
}
