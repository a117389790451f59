package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
)

// TestContextMenuShowsShortcuts: the right-click menu of a claim, of an
// argument and of the empty canvas shows the keys of its commands, as the
// menu bar does (it showed none, so the right click never taught them).
func TestContextMenuShowsShortcuts(t *testing.T) {
	e := newTestEditor(t)
	m := e.Map()
	c := claimByText(t, m, "Teenagers")
	var arg argmap.ID
	for _, a := range m.Arguments {
		arg = a.ID
		break
	}
	for _, tc := range []struct {
		name string
		id   argmap.ID
		want []string // items, each with its keys, as the menu draws them
	}{
		{"claim", c.ID, []string{"Edit Text|F2", "Add Reason|Ctrl+|R", "Delete|Del"}},
		{"argument", arg, []string{"Delete Argument|Del"}},
		{"canvas", argmap.NilID, []string{"Select All|Ctrl+|A", "Fit Map|Ctrl+Shift+|F"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.contextMenu(tc.id, fyne.NewPos(300, 300))
			pop := e.win.Canvas().Overlays().Top()
			if pop == nil {
				t.Fatal("no context menu shows")
			}
			defer e.win.Canvas().Overlays().Remove(pop)
			var texts []string
			widgetstest.Visit(pop, func(o fyne.CanvasObject) bool {
				if x, ok := o.(*canvas.Text); ok && x.Text != "" {
					texts = append(texts, x.Text)
				}
				return true
			})
			shown := strings.Join(texts, "|")
			for _, w := range tc.want {
				if !strings.Contains(shown, w) {
					t.Errorf("the menu shows %q, want %q in it", shown, w)
				}
			}
		})
	}
}
