package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
)

func TestFindJumpsToClaim(t *testing.T) {
	e := newTestEditor(t)
	target := claimByText(t, e.Map(), "Most parents")
	e.showFind()
	f := e.finder
	test.Type(f.Entry(), "PARENTS")
	if len(f.Hits()) != 2 || f.Summary() != "2 matches" {
		t.Fatalf("hits %v (%q), want the two claims about parents", f.Hits(), f.Summary())
	}
	f.Choose(1)
	if sel := e.Selection(); len(sel) != 1 || sel[0] != target.ID {
		t.Fatalf("selection %v after choosing %q, want it", sel, target.Text)
	}
	// A comment is found too, and a focus that hid the claim makes way.
	other := claimByText(t, e.Map(), "Teenagers")
	e.Select([]argmap.ID{target.ID})
	e.focusOnSelection()
	if e.nav.keep[other.ID] {
		t.Fatal("the focus does not dim a claim three arguments away")
	}
	e.do(argmap.AddComment(e.doc.Map(), other.ID, argmap.Comment{ID: argmap.NewID(), Author: "me", Text: "Check the melatonin study"}))
	e.showFind() // chosen, the hit closed the dialog; it opens with the last query
	if f = e.finder; f.Query() != "PARENTS" || len(f.Hits()) != 2 {
		t.Fatalf("the reopened Find has %q and %d hits", f.Query(), len(f.Hits()))
	}
	f.Entry().SetText("melatonin")
	if len(f.Hits()) != 1 || f.Hits()[0].Field != "comment" {
		t.Fatalf("hits %v, want the comment", f.Hits())
	}
	f.Entry().OnSubmitted(f.Query()) // Enter jumps to the first
	if sel := e.Selection(); len(sel) != 1 || sel[0] != other.ID || !e.nav.keep[other.ID] {
		t.Fatalf("selection %v, shown %v; want the commented claim, shown", sel, e.nav.keep[other.ID])
	}
	f.Entry().SetText("no such words")
	if len(f.Hits()) != 0 || f.Summary() != "No matches" {
		t.Fatalf("hits %v (%q)", f.Hits(), f.Summary())
	}
}

func TestFocusOnSelection(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	obj := claimByText(t, m, "A later start")
	reb := claimByText(t, m, "Most parents")
	mainC := claimByText(t, m, "Secondary schools")
	reason := claimByText(t, m, "Teenagers")
	if !e.nav.focusItem.Disabled {
		t.Error("Focus on Selection is enabled with nothing selected")
	}
	e.Select([]argmap.ID{reb.ID})
	if e.nav.focusItem.Disabled {
		t.Fatal("Focus on Selection is disabled with a claim selected")
	}
	e.nav.stepItems[0].Action() // 1 step
	keep := e.nav.keep
	if !keep[reb.ID] || !keep[obj.ID] || keep[mainC.ID] || keep[reason.ID] {
		t.Fatalf("1 step around the rebuttal shows %v", keep)
	}
	if !e.nav.stepItems[0].Checked || e.nav.stepItems[1].Checked {
		t.Error("the steps menu does not show 1 step")
	}
	e.nav.stepItems[1].Action() // 2 steps: the main claim, not its reasons
	if keep := e.nav.keep; !keep[mainC.ID] || keep[reason.ID] {
		t.Fatalf("2 steps around the rebuttal shows %v", keep)
	}
	// An edit keeps the focus up to date.
	e.Select([]argmap.ID{reb.ID})
	e.addObjection()
	added := e.Selection()[0]
	if !e.nav.keep[added] {
		t.Fatal("a claim added next to the focus is dimmed")
	}
	if e.nav.showAll.Disabled {
		t.Fatal("Show All is disabled while focused")
	}
	e.nav.showAll.Action()
	if e.nav.keep != nil {
		t.Fatalf("Show All left %v", e.nav.keep)
	}
}

func TestCollapseBranch(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	obj := claimByText(t, m, "A later start")
	reb := claimByText(t, m, "Most parents")
	mainC := claimByText(t, m, "Secondary schools")
	e.Select([]argmap.ID{obj.ID})
	if e.nav.collapse.Disabled || !e.nav.expand.Disabled {
		t.Fatal("Collapse Branch should be the one enabled")
	}
	e.nav.collapse.Action()
	if keep := e.nav.keep; keep[reb.ID] || !keep[obj.ID] || !keep[mainC.ID] {
		t.Fatalf("collapsing the objection shows %v", keep)
	}
	if !e.nav.collapse.Disabled || e.nav.expand.Disabled {
		t.Fatal("Expand Branch should be the one enabled")
	}
	// Collapsing the main claim hides all but it; expanding it shows the
	// objection again, whose own branch stays collapsed.
	e.Select([]argmap.ID{mainC.ID})
	e.nav.collapse.Action()
	if n := len(e.nav.keep); n != 1 {
		t.Fatalf("collapsing the main claim shows %d items, want 1", n)
	}
	e.nav.expand.Action()
	if keep := e.nav.keep; !keep[obj.ID] || keep[reb.ID] {
		t.Fatalf("after expanding the main claim: %v", keep)
	}
	e.showAll()
	if e.nav.keep != nil {
		t.Fatal("Show All did not expand every branch")
	}
}

// TestArrowKeysMoveAlongTheMap: with the canvas holding the keyboard,
// arrows move up to the conclusion, down to the first premise and sideways
// among the premises of one conclusion; Tab cycles; Enter edits; Escape
// clears. The window's keys reach the canvas too.
func TestArrowKeysMoveAlongTheMap(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	mainC := claimByText(t, m, "Secondary schools")
	r1 := claimByText(t, m, "Teenagers")
	r2 := claimByText(t, m, "Pupils")
	o1 := claimByText(t, m, "A later start")
	b1 := claimByText(t, m, "Most parents")
	v := shownView(t, e)
	press := func(k fyne.KeyName) { v.TypedKey(&fyne.KeyEvent{Name: k}) }
	want := func(step string, c *argmap.Claim) {
		t.Helper()
		if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
			t.Fatalf("after %s the selection is %v, want %q", step, sel, c.Text)
		}
	}
	press(fyne.KeyDown) // nothing selected: the main conclusion
	want("Down with nothing selected", mainC)
	press(fyne.KeyDown)
	want("Down from the main conclusion", r1)
	press(fyne.KeyRight)
	want("Right", r2)
	press(fyne.KeyRight)
	want("Right again", o1)
	press(fyne.KeyDown)
	want("Down from the objection", b1)
	press(fyne.KeyUp)
	want("Up from the rebuttal", o1)
	press(fyne.KeyUp)
	want("Up from the objection", mainC)
	press(fyne.KeyUp) // nothing above: stays
	want("Up from the top", mainC)
	// Tab in reading order, round; Shift+Tab back.
	for _, c := range []*argmap.Claim{r1, r2, o1, b1, mainC} {
		press(fyne.KeyTab)
		want("Tab", c)
	}
	v.HandleKey(fyne.KeyTab, fyne.KeyModifierShift)
	want("Shift+Tab", b1)
	// Enter edits in place; Escape (on the canvas) clears the selection.
	press(fyne.KeyReturn)
	if !v.Editing() {
		t.Fatal("Enter did not open the in-place editor")
	}
	v.CloseEditor()
	press(fyne.KeyEscape)
	if sel := e.Selection(); len(sel) != 0 {
		t.Fatalf("Escape left %v selected", sel)
	}
	// With no widget focused the window's keys move on the map too.
	e.win.Canvas().Unfocus()
	e.typedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	want("Down from the window", mainC)
	// Delete reaches the shell while the canvas has the keyboard.
	e.Select([]argmap.ID{b1.ID})
	press(fyne.KeyDelete)
	if m.Claim(b1.ID) != nil {
		t.Error("Delete on the canvas did not delete the selected claim")
	}
}
