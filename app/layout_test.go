package app

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/argmap/argmap/argmap"
)

func TestTidyIsOneStepAndUnpin(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Most parents")
	e.View().OnMoved([]argmap.ID{c.ID}, []argmap.Point{{X: 2000, Y: 2000}})
	e.Select([]argmap.ID{c.ID})
	e.unpin()
	if c.Pinned {
		t.Fatal("Unpin left the claim pinned")
	}
	before := e.History().Len()
	e.tidy()
	if e.History().Len() != before+1 || e.History().UndoLabel() != "Tidy Layout" {
		t.Fatalf("history %d→%d, top %q; want one Tidy Layout entry", before, e.History().Len(), e.History().UndoLabel())
	}
	if c.Pos == (argmap.Point{X: 2000, Y: 2000}) {
		t.Error("Tidy left the unpinned card far away")
	}
	for i, a := range m.Claims {
		for _, b := range m.Claims[i+1:] {
			aw, ah := e.cardSize(a.ID)
			bw, bh := e.cardSize(b.ID)
			if math.Abs(a.Pos.X-b.Pos.X) < (aw+bw)/2 && math.Abs(a.Pos.Y-b.Pos.Y) < (ah+bh)/2 {
				t.Errorf("after Tidy %q overlaps %q", a.Text, b.Text)
			}
		}
	}
	e.undo()
	if c.Pos != (argmap.Point{X: 2000, Y: 2000}) {
		t.Errorf("undo of Tidy left the card at %v", c.Pos)
	}
}

func TestAddReasonIsPlacedFreeAndEditable(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	main := claimByText(t, m, "Secondary")
	e.Select([]argmap.ID{main.ID})
	menuItem(t, e, "Edit", "Add Reason").Action()
	n := m.Claims[len(m.Claims)-1]
	if n.Text != textReason || e.doc.Roles()[n.ID] != argmap.RolePremise {
		t.Fatalf("new claim %q role %s", n.Text, e.doc.Roles()[n.ID])
	}
	if n.Pos.Y <= main.Pos.Y {
		t.Errorf("new reason at %v is not below its conclusion at %v", n.Pos, main.Pos)
	}
	nw, nh := e.cardSize(n.ID)
	for _, c := range m.Claims[:len(m.Claims)-1] {
		w, h := e.cardSize(c.ID)
		if math.Abs(c.Pos.X-n.Pos.X) < (w+nw)/2 && math.Abs(c.Pos.Y-n.Pos.Y) < (h+nh)/2 {
			t.Errorf("new reason overlaps %q", c.Text)
		}
	}
	// The in-place editor has the keyboard, its placeholder selected.
	if f := e.win.Canvas().Focused(); !isTextField(f) {
		t.Errorf("focus on %T, want the in-place editor", f)
	}
	e.View().OnTextEdited(n.ID, "Sleep-deprived pupils score lower.")
	if n.Text != "Sleep-deprived pupils score lower." {
		t.Errorf("text %q after in-place edit", n.Text)
	}
	if e.History().Len() != 2 {
		t.Errorf("history %d entries, want Add Reason and Edit Text", e.History().Len())
	}
}

func TestContextMenuAndZoomStatus(t *testing.T) {
	e := newTestEditor(t)
	c := claimByText(t, e.Map(), "Pupils")
	e.View().OnContextMenu(c.ID, fyne.NewPos(100, 100))
	if e.win.Canvas().Overlays().Top() == nil {
		t.Fatal("right-click showed no menu")
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Errorf("right-click selected %v, want the card", sel)
	}
	e.View().SetZoom(1)
	e.View().SetZoom(0.5)
	if got := statusZoom(t, e); got != "50%" {
		t.Errorf("zoom shows %q, want 50%%", got)
	}
}

func TestSelectAllKeepsTextFields(t *testing.T) {
	e := newTestEditor(t)
	e.selectAllOrText()
	if len(e.Selection()) != len(e.Map().Claims) {
		t.Fatalf("Select All selected %d of %d claims", len(e.Selection()), len(e.Map().Claims))
	}
	c := claimByText(t, e.Map(), "Pupils")
	e.Select([]argmap.ID{c.ID})
	text := claimTextField(t, e)
	e.win.Canvas().Focus(text)
	e.selectAllOrText()
	if len(e.Selection()) != 1 || text.SelectedText() != c.Text {
		t.Errorf("Ctrl+A in the text field: selection %d, selected text %q", len(e.Selection()), text.SelectedText())
	}
}

func TestMapPointOfTheCanvasCentre(t *testing.T) {
	e := newTestEditor(t)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.View())
	s := e.View().Size()
	got := e.mapPoint(abs.Add(fyne.NewPos(s.Width/2, s.Height/2)))
	want := e.View().ViewCenter()
	if math.Abs(got.X-want.X) > 1 || math.Abs(got.Y-want.Y) > 1 {
		t.Errorf("centre of the canvas maps to %v, want %v", got, want)
	}
}

// TestZoomText: the status bar never reads "0%" for a map fitted below 1%.
func TestZoomText(t *testing.T) {
	for z, want := range map[float32]string{1: "100%", 0.5: "50%", 0.01: "1%", 0.003: "0.3%", 0.00012: "0.012%", 2.5: "250%"} {
		if got := zoomText(z); got != want {
			t.Errorf("zoomText(%v) = %q, want %q", z, got, want)
		}
	}
}
