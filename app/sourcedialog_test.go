package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
)

// dialogFolder returns the folder path the open file dialog's breadcrumb
// shows, as its buttons name the folders (root first), or nil when no
// dialog shows one.
func dialogFolder(t *testing.T, e *Editor) []string {
	t.Helper()
	var crumbs []string
	widgetstest.Visit(e.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) == 0 {
			return true
		}
		var texts []string
		for _, k := range c.Objects {
			b, ok := k.(*widget.Button)
			if !ok {
				return true
			}
			texts = append(texts, b.Text)
		}
		// The breadcrumb is the row of buttons that starts at the root.
		if texts[0] == "/" || filepath.VolumeName(texts[0]) != "" {
			crumbs = texts
			return false
		}
		return true
	})
	return crumbs
}

// TestSourceDialogsStartWhereThePaneLooked: on a map not yet saved,
// Locate… starts in the folder the source pane looked in for the missing
// file (or the nearest one above it that exists), and Attach Source…
// beside the source shown, not in the home folder.
func TestSourceDialogsStartWhereThePaneLooked(t *testing.T) {
	root := t.TempDir()
	mkdir := func(p ...string) string {
		d := filepath.Join(append([]string{root}, p...)...)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	moved := mkdir("moved-away")
	kept := mkdir("parent-kept")
	work := mkdir("work-folder")
	beside := mkdir("attached-here")
	article := filepath.Join(beside, "article.txt")
	if err := os.WriteFile(article, []byte(sourceFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work) // where a relative path of a map not yet saved is looked for
	for _, tc := range []struct {
		name   string
		source string // the source's Path
		attach bool   // Attach Source…, else Locate…
		want   string // the folder the dialog starts in
	}{
		{"locate: the folder looked in", filepath.Join(moved, "article.txt"), false, moved},
		{"locate: its folder gone too", filepath.Join(kept, "gone", "article.txt"), false, kept},
		{"locate: relative to the working folder", "sub/article.txt", false, work},
		{"attach: beside the source shown", article, true, beside},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			m := argmap.New("unsaved")
			s := &argmap.Source{ID: argmap.NewID(), Name: "article.txt", Path: filepath.ToSlash(tc.source)}
			m.Sources = append(m.Sources, s)
			e.SetMap(m, "", nil)
			showSource(t, e)
			e.src.Show(s.ID)
			if tc.attach {
				menuItem(t, e, "File", "Attach Source…").Action()
			} else {
				b := windowButton(e, "Locate…")
				if b == nil {
					t.Fatal("the source pane offers no Locate…")
				}
				b.OnTapped()
			}
			got := dialogFolder(t, e)
			want, err := filepath.EvalSymlinks(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) < 2 || got[len(got)-1] != filepath.Base(want) || got[len(got)-2] != filepath.Base(filepath.Dir(want)) {
				t.Errorf("the dialog starts in %q, want %s", got, want)
			}
		})
	}
}
