package mapview

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// tinyMap is three claims: a conclusion, a reason and an objection.
func tinyMap(t *testing.T) (m *argmap.Map, main, reason, objection argmap.ID) {
	newID := argmaptest.IDs("tiny")
	m = argmap.New("tiny")
	main, reason, objection = newID(), newID(), newID()
	m.Claims = []*argmap.Claim{
		{ID: main, Text: "We should plant more trees in the city.", Pos: argmap.Point{X: 260, Y: 60}},
		{ID: reason, Text: "Trees cool the streets in summer.", Pos: argmap.Point{X: 130, Y: 240}},
		{ID: objection, Text: "Roots damage pavements.", Pos: argmap.Point{X: 400, Y: 240},
			Annotations: argmap.Annotations{Tags: []string{"cost"}}},
	}
	m.Arguments = []*argmap.Argument{
		{ID: newID(), Premises: []argmap.ID{reason}, Target: main, Polarity: argmap.Pro},
		{ID: newID(), Premises: []argmap.ID{objection}, Target: main, Polarity: argmap.Con},
	}
	m.Reindex()
	return m, main, reason, objection
}

func TestRendersTinyMap(t *testing.T) {
	test.NewTempApp(t)
	m, main, reason, _ := tinyMap(t)
	v := New()
	w := test.NewTempWindow(t, v)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(540, 320))
	v.SetMap(m)
	v.tr = scene.Transform{Zoom: 1}
	v.SetLabels(scene.Badges{main: eval.In})
	v.SetSelection([]argmap.ID{reason})
	assertMarkup(t, "tiny.xml", w.Canvas())
}

// assertMarkup compares the canvas with testdata/name, rewriting it with
// -update.
func assertMarkup(t *testing.T, name string, c fyne.Canvas) {
	t.Helper()
	if argmaptest.Updating() {
		test.AssertRendersToMarkup(t, name, c) // writes testdata/failed/name
		failed := filepath.Join("testdata", "failed", name)
		if b, err := os.ReadFile(failed); err == nil {
			if err := os.WriteFile(filepath.Join("testdata", name), b, 0o644); err != nil {
				t.Fatal(err)
			}
			_ = os.RemoveAll(filepath.Join("testdata", "failed"))
		}
		return
	}
	test.AssertRendersToMarkup(t, name, c)
}
