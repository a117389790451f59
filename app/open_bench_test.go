package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

// BenchmarkOpenFileInApp is the app's start on a saved generated map, up
// to the shown window: a new editor, OpenFile (decode, evaluate, scene,
// outline, inspector, minimap) and the first layout of the window. Run it
// with -cpuprofile to see what the app does beyond argmap/scene's
// BenchmarkOpen.
func BenchmarkOpenFileInApp(b *testing.B) {
	for _, n := range []int{5000, 20000} {
		data, err := native.Encode(gen.Tree(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(b.TempDir(), fmt.Sprintf("gen%d.argmap.json", n))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				a := test.NewTempApp(b)
				w := a.NewWindow("bench")
				w.Resize(fyne.NewSize(1600, 1000))
				e := NewEditor(a, w, testFormats())
				if err := e.OpenFile(path); err != nil {
					b.Fatal(err)
				}
				w.Show()
				w.Close()
			}
		})
	}
}
