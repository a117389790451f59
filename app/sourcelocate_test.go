package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
	"github.com/argmap/argmap/internal/shared"
)

// TestSampleLocatedStaysWhereFound: once the user has located the sample's
// article, the next start shows it, also from a working folder where the
// sample's relative path (../../shared/…) finds a file the pane may not
// read (outside the map's folder): it asked to Locate… again every time.
func TestSampleLocatedStaysWhereFound(t *testing.T) {
	article, err := filepath.Abs(shared.Path(t, "source/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// root/shared/source/article.txt links to the article, and the
	// editor runs in root/a/b: the sample's path finds the link there.
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "shared", "source"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(article, filepath.Join(root, "shared", "source", "article.txt")); err != nil {
		t.Fatal(err)
	}
	wd := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(wd, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(wd)
	a := test.NewTempApp(t) // one app: its preferences outlive the first window, as on disk
	start := func(title string) *Editor {
		w := a.NewWindow(title)
		w.Resize(fyne.NewSize(1200, 800))
		e := NewEditor(a, w, testFormats())
		m, err := native.Decode(assets.SampleMap)
		if err != nil {
			t.Fatal(err)
		}
		e.SetMap(m, "", nil)
		showSource(t, e)
		return e
	}
	e := start("first")
	if sourceText(e) != nil || windowButton(e, "Locate…") == nil {
		t.Fatalf("the first start shows the article or offers no Locate… (%q); want it asked for", labelWith(e, "text of"))
	}
	if err := e.LocateSource(e.Map().Sources[0].ID, article); err != nil {
		t.Fatal(err)
	}
	mustSourceText(t, e)
	e.win.Close()
	again := start("again")
	if sourceText(again) == nil {
		t.Errorf("the next start asks again for the article the user located: %q", labelWith(again, "text of"))
	}
}
