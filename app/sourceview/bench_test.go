package sourceview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap/anchor"
)

// longText is about 100 KB of paragraphs in three scripts.
func longText() string {
	para := strings.Repeat("The council must build more homes before rents rise further. Москва тоже растёт, и İstanbul'un nüfusu büyüyor. ", 6)
	return strings.Repeat(para+"\n\n", 150)
}

// BenchmarkSourceTextWrap measures wrapping a long source to a pane width.
func BenchmarkSourceTextWrap(b *testing.B) {
	test.NewTempApp(b)
	w := newText()
	w.text = longText()
	for b.Loop() {
		w.wrap(520)
	}
	b.ReportMetric(float64(len(w.lines)), "lines")
}

// BenchmarkSourceTextBuild measures rebuilding the canvas objects of a long
// source with 300 shaded passages and one marked: what every selection
// change costs.
func BenchmarkSourceTextBuild(b *testing.B) {
	test.NewTempApp(b)
	w := newText()
	w.text = longText()
	w.wrap(520)
	var shades []anchor.Span
	for i := 0; i < 300; i++ {
		s := i * len(w.text) / 300
		shades = append(shades, anchor.Span{Start: s, End: s + 60})
	}
	w.shades, w.marks = shades, shades[150:151]
	r := &textRenderer{t: w}
	for b.Loop() {
		r.build()
	}
	b.ReportMetric(float64(len(r.objs)), "objects")
}
