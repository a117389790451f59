package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
		for _, it := range exportMenuItems(t, e) {
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

// exportMenuItems lists File › Export's items, those of its submenus
// included, without the submenus themselves and the separators.
func exportMenuItems(t *testing.T, e *Editor) []*fyne.MenuItem {
	t.Helper()
	var out []*fyne.MenuItem
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			switch {
			case it.IsSeparator:
			case it.ChildMenu != nil:
				walk(it.ChildMenu.Items)
			default:
				out = append(out, it)
			}
		}
	}
	walk(menuItem(t, e, "File", "Export").ChildMenu.Items)
	return out
}

// TestExportMenuIsGrouped: File › Export groups its formats (the map's,
// pictures and print, outlines), with other tools' graphs, the abstract
// frameworks and the round's decision summary in submenus, so that it fits
// a 1000-pixel window: it listed 18 items in a row and ran past the
// bottom. Export sits beside Import. Every writing format is offered
// once; the Decision Summary submenu is disabled while the map has no
// round.
func TestExportMenuIsGrouped(t *testing.T) {
	e := newTestEditor(t)
	e.menus.update()
	// High in the File menu, beside Import: Fyne shifts a submenu that
	// would run past the window's bottom up too little.
	var file []string
	for _, it := range e.win.MainMenu().Items[0].Items {
		file = append(file, it.Label)
	}
	if at := slices.Index(file, "Export"); at < 0 || at != slices.Index(file, "Import Warnings…")+1 {
		t.Errorf("File menu %q: Export is not right after Import Warnings…", file)
	}
	top := menuItem(t, e, "File", "Export").ChildMenu.Items
	var labels []string
	items := 0
	for _, it := range top {
		if it.IsSeparator {
			labels = append(labels, "|")
			continue
		}
		items++
		labels = append(labels, it.Label)
	}
	want := "Argmap map…,AIF-JSON…,Argdown…,Debate flow (CSV)…,|,SVG picture…,PNG picture…,PDF document…,|," +
		"Markdown outline…,Essay plan (Markdown)…,Essay plan (text)…,|," +
		"Graph for Other Tools,Abstract Framework (ICCMA),Decision Summary"
	if got := strings.Join(labels, ","); got != want {
		t.Errorf("File › Export:\n got %s\nwant %s", got, want)
	}
	if items > 13 {
		t.Errorf("File › Export has %d items at its top", items)
	}
	seen := map[string]int{}
	for _, it := range exportMenuItems(t, e) {
		seen[it.Label]++
	}
	for _, f := range e.formats.All() {
		if f.Encode != nil && seen[f.Title+"…"] != 1 {
			t.Errorf("%s is offered %d times", f.Title, seen[f.Title+"…"])
		}
	}
	for _, it := range top {
		switch it.Label {
		case "Graph for Other Tools", "Abstract Framework (ICCMA)":
			if len(it.ChildMenu.Items) != 3 || it.Disabled {
				t.Errorf("%s: %d items, disabled %v", it.Label, len(it.ChildMenu.Items), it.Disabled)
			}
		case "Decision Summary":
			if len(it.ChildMenu.Items) != 2 || !it.Disabled {
				t.Errorf("the decision summary's submenu, with no round: %d items, disabled %v", len(it.ChildMenu.Items), it.Disabled)
			}
		}
	}
}
