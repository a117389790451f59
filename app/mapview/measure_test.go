package mapview

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/aif"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/assets"
	"github.com/argmap/argmap/internal/shared"
)

// measureMaps are the maps the cached measurer is checked on: the sample
// of the article, a generated one and, where the corpus is there, a QT30
// map (transcribed debate, a wide vocabulary).
func measureMaps(t *testing.T) map[string]*argmap.Map {
	t.Helper()
	sample, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	maps := map[string]*argmap.Map{"sample": sample, "gen2000": gen.Tree(2000, 7)}
	path, ok := shared.Optional(t, qt30Map)
	if !ok {
		return maps
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the corpus map the measurer is checked on: %v", err)
	}
	if maps["qt30"], _, err = aif.Decode(data); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return maps
}

// qt30Map is the corpus map measureMaps loads.
const qt30Map = "corpus/aif-json/qt30/nodeset25045.json"

// measureStyles are the sizes and weights the measurer is checked at: the
// scene's text (regular and bold), its labels, and a zoomed-out size.
var measureStyles = []struct {
	size float64
	bold bool
}{{14, false}, {14, true}, {10, true}, {10, false}, {14 * 0.35, false}, {14 * 0.35, true}}

// trickyASCII are texts where a font might shape other than a glyph per
// rune (ligatures, kerning pairs, digits and punctuation alone).
var trickyASCII = []string{"fi", "fl", "ff", "ffi", "ffl", "office", "affluent", "flight", "fjord",
	"AV", "To", "Wa", "Yo", "LT", "P.", "T,", "\"1\"", "'quoted'", "1/2", "--", "->", "<=", "...",
	"C12", "(C3)", "x", "W", "WAVY", "Typography", "Kerning"}

// TestMeasureIsFynes checks that the cached measurer gives fyne.MeasureText's
// sizes to the bit, for every word and text of the maps and for texts it
// hands to Fyne (fallback fonts, tabs).
func TestMeasureIsFynes(t *testing.T) {
	test.NewTempApp(t)
	texts := []string{"", " ", "X", "Mg", "café naïve", "— “quoted” …", "e\u0301", "emoji 🙂 here",
		"日本語のテキスト", "tab\there", "cr\r\nlf", "ﬁ ligature", "AV To Wa kerning", "١٢٣ عربى"}
	texts = append(texts, trickyASCII...)
	for _, m := range measureMaps(t) {
		for _, c := range m.Claims {
			texts = append(texts, c.Text)
			texts = append(texts, strings.Fields(c.Text)...)
		}
	}
	for _, st := range measureStyles {
		size, bold := st.size, st.bold
		for _, s := range texts {
			// Twice: the first call shapes, the second reads the cache.
			for range 2 {
				w, h := Measure(s, size, bold)
				fw, fh := MeasureFyne(s, size, bold)
				if w != fw || h != fh {
					t.Fatalf("Measure(%q, %v, %v) = %v×%v, fyne.MeasureText %v×%v", s, size, bold, w, h, fw, fh)
				}
			}
		}
	}
}

// TestWrapCachedIsUncached checks that wrapping and whole scenes come out
// the same with the cached measurer as with fyne.MeasureText.
func TestWrapCachedIsUncached(t *testing.T) {
	test.NewTempApp(t)
	for name, m := range measureMaps(t) {
		for _, c := range m.Claims {
			for _, width := range []float64{220, 120, 30} {
				got := scene.Wrap(c.Text, width, 14, false, Measure)
				want := scene.Wrap(c.Text, width, 14, false, MeasureFyne)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: wrap of %q at %v: %q, uncached %q", name, c.Text, width, got, want)
				}
			}
		}
		eval.Evaluate(m)
		got := scene.Build(m, Measure, scene.Options{})
		want := scene.Build(m, MeasureFyne, scene.Options{})
		if !reflect.DeepEqual(got.Cards, want.Cards) || !reflect.DeepEqual(got.Bounds, want.Bounds) {
			t.Errorf("%s: the scene differs with the cached measurer", name)
		}
	}
}

// TestASCIIWidthIsShaping checks the widths of printable ASCII texts
// summed from runes' advances and pairs' kerning against shaping each
// text for real, for every word and text of the maps and every style, and
// that the sums were used for nearly all of them (a font whose pairs all
// shape otherwise would make the check vacuous).
func TestASCIIWidthIsShaping(t *testing.T) {
	test.NewTempApp(t)
	texts := append([]string(nil), trickyASCII...)
	for c := rune(0x20); c <= 0x7e; c++ {
		texts = append(texts, string(c), "a"+string(c)+"b", "1"+string(c)+"2")
	}
	for _, m := range measureMaps(t) {
		for _, c := range m.Claims {
			texts = append(texts, c.Text)
			texts = append(texts, strings.Fields(c.Text)...)
		}
	}
	summed, plain := &textMeasurer{}, &textMeasurer{plainShaping: true}
	for _, st := range measureStyles {
		used, ascii := 0, 0
		for _, s := range texts {
			w, h := summed.measure(s, st.size, st.bold)
			pw, ph := plain.measure(s, st.size, st.bold)
			if w != pw || h != ph {
				t.Fatalf("%q at %v bold %v: summed %v×%v, shaped %v×%v", s, st.size, st.bold, w, h, pw, ph)
			}
			if isPrintableASCII(s) {
				ascii++
				if _, ok := summed.asciiWidth(summed.input(s, st.size, st.bold)); ok {
					used++
				}
			}
		}
		if used < ascii*9/10 {
			t.Errorf("at %v bold %v the sums served %d of %d ASCII texts", st.size, st.bold, used, ascii)
		}
	}
}

func isPrintableASCII(s string) bool {
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			return false
		}
	}
	return true
}

// input is the run the measurer shapes text as, in the face it has for
// the weight (measured with before).
func (m *textMeasurer) input(text string, size float64, bold bool) shaping.Input {
	b := 0
	if bold {
		b = 1
	}
	runes := []rune(text)
	return shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR,
		Face: m.faces[b].face, Size: fixed.Int26_6(size * (1 << 6))}
}

// TestASCIITablesBounded checks that measuring at ever new sizes keeps at
// most maxASCIITables tables, with the widths still those of shaping.
func TestASCIITablesBounded(t *testing.T) {
	test.NewTempApp(t)
	summed, plain := &textMeasurer{}, &textMeasurer{plainShaping: true}
	for i := range 2 * maxASCIITables {
		size := 8 + float64(i)/4
		for _, s := range []string{"Wavy", "(C12)"} {
			w, _ := summed.measure(s, size, false)
			pw, _ := plain.measure(s, size, false)
			if w != pw {
				t.Fatalf("%q at %v: summed %v, shaped %v", s, size, w, pw)
			}
		}
		if n := len(summed.ascii); n > maxASCIITables {
			t.Fatalf("%d tables after %d sizes", n, i+1)
		}
	}
}
