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

	"github.com/argmap/argmap/argmap"
)

// menuItem finds the item labelled label in the menu named menu.
func menuItem(t *testing.T, e *Editor, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range e.menus.main.Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %s › %s", menu, label)
	return nil
}

// labelsOf lists the texts of the labels under o.
func labelsOf(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func TestPrivateComments(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Pupils")
	e.Select([]argmap.ID{c.ID})
	p := e.insp.current().(*claimPanel)
	const remark = "Rubric: source not named (1/3)"

	// A public comment, then a private one through the form.
	test.Type(p.notes.commentEntry, "Which study?")
	test.Tap(p.notes.add)
	test.Tap(p.notes.private)
	test.Type(p.notes.commentEntry, remark)
	test.Tap(p.notes.add)
	if len(c.Comments) != 2 || c.Comments[0].Private || !c.Comments[1].Private || c.Comments[1].Text != remark {
		t.Fatalf("comments %+v, want a public one and the private remark", c.Comments)
	}
	if !p.notes.private.Checked {
		t.Error("the Private box was cleared after adding: the next remark would be public")
	}
	p = e.insp.current().(*claimPanel)
	marked := 0
	for _, l := range labelsOf(p.notes.comments) {
		if strings.HasPrefix(l, privateMark) {
			marked++
		}
	}
	if marked != 1 {
		t.Errorf("%d comments shown as private, want 1: %q", marked, labelsOf(p.notes.comments))
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
	if got := e.menus.undo.Label; got != "Undo Release Private Comments" {
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
