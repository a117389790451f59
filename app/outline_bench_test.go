package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkOutlineReset is the outline's part of opening a big map: the
// nodes built and every branch opened (issue 16).
func BenchmarkOutlineReset(b *testing.B) {
	a := test.NewTempApp(b)
	w := a.NewWindow("bench")
	w.Resize(fyne.NewSize(1600, 1000))
	e := NewEditor(a, w, testFormats())
	e.doc.Reset(gen.Tree(20000, 1), "", nil)
	for b.Loop() {
		e.outline.reset()
	}
}
