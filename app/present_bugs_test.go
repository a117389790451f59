package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/challenge"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
)

// overlayTexts gathers the texts of the labels in the topmost overlay (an
// open dialog).
func overlayTexts(c fyne.Canvas) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *fyne.Container:
			for _, k := range w.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(w).Objects() {
				walk(k)
			}
		}
	}
	if top := c.Overlays().Top(); top != nil {
		walk(top)
	}
	return out
}

// The Answer dialog takes the keyboard at once and shows the question.
func TestAnswerDialogFocusesAndShowsQuestion(t *testing.T) {
	e := newTestEditor(t)
	cat := catalogue(t)
	m := e.Map()
	arg := m.ArgumentsFrom(claimByText(t, m, "A later start").ID)[0]
	e.do(argmap.SetScheme(arg.ID, cat.All()[0].ID))
	e.Select([]argmap.ID{arg.ID})
	askCriticalQuestion(t, e, 1)
	q := cat.QuestionTexts(m, arg.ID)[1]

	test.Tap(inspectorButton(t, e, "Answer…"))
	en, ok := e.win.Canvas().Focused().(*widgets.EscapeEntry)
	if !ok {
		t.Fatalf("focused %T, want the answer field", e.win.Canvas().Focused())
	}
	// The driver sends keystrokes to the focused object.
	test.Type(e.win.Canvas().Focused(), "Yes")
	if en.Text != "Yes" {
		t.Errorf("the field holds %q after typing, want the first keystrokes", en.Text)
	}
	shown := strings.Join(overlayTexts(e.win.Canvas()), "\n")
	if !strings.Contains(shown, q) || strings.ContainsAny(q, "{}") {
		t.Errorf("the dialog shows %q, want the question %q worded with the claims", shown, q)
	}
}

// menuLabels lists the labels of items, with submenus as "Parent › Child".
func menuLabels(items []*fyne.MenuItem, prefix string) []string {
	var out []string
	for _, it := range items {
		if it.IsSeparator {
			continue
		}
		out = append(out, prefix+it.Label)
		if it.ChildMenu != nil {
			out = append(out, menuLabels(it.ChildMenu.Items, prefix+it.Label+" › ")...)
		}
	}
	return out
}

// The context menu of a claim no longer offers "Add Objection" beside a
// bare "Object": the challenge sits under Challenge and says it is
// tracked; the two do what their names say.
func TestContextMenuNamesObjectionsApart(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Teenagers")
	e.Select([]argmap.ID{c.ID})
	labels := menuLabels(e.contextItems(c.ID, fyne.Position{}), "")
	has := map[string]bool{}
	for _, l := range labels {
		has[l] = true
	}
	for _, want := range []string{"Add Objection", "Challenge › " + challenge.LabelObject} {
		if !has[want] {
			t.Errorf("context menu %q lacks %q", labels, want)
		}
	}
	if has["Object"] || has["Challenge › Object"] {
		t.Errorf("context menu %q still has a bare Object", labels)
	}
	run := func(path string) {
		t.Helper()
		items := e.contextItems(c.ID, fyne.Position{})
		parts := strings.Split(path, " › ")
		for i, p := range parts {
			for _, it := range items {
				if it.Label == p {
					if i == len(parts)-1 {
						it.Action()
						return
					}
					items = it.ChildMenu.Items
					break
				}
			}
		}
		t.Fatalf("no item %q", path)
	}
	shownView(t, e).CloseEditor()
	run("Add Objection")
	if len(m.Challenges) != 0 {
		t.Errorf("Add Objection opened %d challenges, want none", len(m.Challenges))
	}
	shownView(t, e).CloseEditor()
	e.Select([]argmap.ID{c.ID})
	run("Challenge › " + challenge.LabelObject)
	if len(m.Challenges) != 1 || m.Challenges[0].Kind != argmap.Object {
		t.Errorf("Object: challenges %+v, want one open objection", m.Challenges)
	}
}
