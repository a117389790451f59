package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap/formats"
)

// TestExportMenuFollowsTheFormatSet: File › Export offers exactly the
// formats the editor was given, nothing a package registered on the side.
// With the set main builds it has SVG, PNG and PDF; with the domain's
// formats alone it has none of them.
func TestExportMenuFollowsTheFormatSet(t *testing.T) {
	titles := func(e *Editor) map[string]bool {
		e.menus.update()
		out := map[string]bool{}
		for _, it := range menuItem(t, e, "File", "Export").ChildMenu.Items {
			out[it.Label] = true
		}
		return out
	}
	full := titles(newTestEditor(t))
	for _, want := range []string{"SVG picture…", "PNG picture…", "PDF document…", "Argdown…"} {
		if !full[want] {
			t.Errorf("the editor's Export menu lacks %q: %v", want, full)
		}
	}
	a := test.NewTempApp(t)
	e := NewEditor(a, a.NewWindow("domain only"), formats.Builtin())
	e.SetMap(demoMap(), "", nil)
	domain := titles(e)
	for _, no := range []string{"SVG picture…", "PNG picture…", "PDF document…"} {
		if domain[no] {
			t.Errorf("an editor given only the domain's formats offers %q", no)
		}
	}
}
