package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/inspector"
	"github.com/argmap/argmap/argmap"
)

// menuItem finds the item labelled label in the menu named menu of the
// window's main menu, as the user does; failing that, the one whose label
// is label and more ("Undo" finds "Undo Move Claim": the label names the
// edit).
func menuItem(t *testing.T, e *Editor, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range e.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
		for _, it := range m.Items {
			if strings.HasPrefix(it.Label, label+" ") {
				return it
			}
		}
	}
	t.Fatalf("no %s › %s", menu, label)
	return nil
}

func TestPrivateComments(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Pupils")
	e.Select([]argmap.ID{c.ID})
	const remark = "Rubric: source not named (1/3)"

	// A public comment, then a private one through the form.
	comment := inspectorField(t, e, "Write a comment")
	add := inspectorButton(t, e, "Add Comment")
	private, ok := findObj(inspectorPane(t, e), func(c *widget.Check) bool { return c.Text == inspector.PrivateMark })
	if !ok {
		t.Fatal("the inspector has no Private box")
	}
	test.Type(comment, "Which study?")
	test.Tap(add)
	test.Tap(private)
	test.Type(comment, remark)
	test.Tap(add)
	if len(c.Comments) != 2 || c.Comments[0].Private || !c.Comments[1].Private || c.Comments[1].Text != remark {
		t.Fatalf("comments %+v, want a public one and the private remark", c.Comments)
	}
	if !private.Checked {
		t.Error("the Private box was cleared after adding: the next remark would be public")
	}
	marked := 0
	for _, l := range inspectorLabels(t, e) {
		if strings.HasPrefix(l, inspector.PrivateMark+" · ") {
			marked++
		}
	}
	if marked != 1 {
		t.Errorf("%d comments shown as private, want 1: %q", marked, inspectorLabels(t, e))
	}

	// Save keeps the remark; every export leaves it out.
	dir := t.TempDir()
	saved := filepath.Join(dir, "graded.argmap.json")
	if err := e.SaveTo(saved); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(saved); !bytes.Contains(data, []byte(remark)) || !bytes.Contains(data, []byte(`"version": 2,`)) {
		t.Errorf("the saved map lost the private remark or its version:\n%s", data)
	}
	for _, name := range []string{"json", "md", "argdown", "graphml"} {
		out := filepath.Join(dir, "export."+name)
		if err := e.ExportTo(testFormats().ByName(name), out); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(out)
		if bytes.Contains(data, []byte(remark)) {
			t.Errorf("the %s export shows the private remark", name)
		}
	}
	sheet := filepath.Join(dir, "sheet.argmap.json")
	if err := e.SaveExercise(sheet, 1); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(sheet); bytes.Contains(data, []byte(remark)) {
		t.Error("the exercise sheet shows the private remark")
	}

	// Edit › Release Private Comments: one undo step.
	menuItem(t, e, "Edit", "Release Private Comments").Action()
	if e.Map().HasPrivate() {
		t.Fatal("Release Private Comments left a private comment")
	}
	if got := menuItem(t, e, "Edit", "Undo").Label; got != "Undo Release Private Comments" {
		t.Errorf("undo menu item = %q", got)
	}
	e.undo()
	if !c.Comments[1].Private {
		t.Error("undo did not make the remark private again")
	}

	// The eye button of a comment card switches it.
	e.Select([]argmap.ID{c.ID})
	e.doMerge(argmap.SetCommentPrivate(e.Map(), c.ID, c.Comments[1].ID, false), "")
	if c.Comments[1].Private {
		t.Error("SetCommentPrivate(false) left the remark private")
	}
}
