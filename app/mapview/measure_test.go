package mapview

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/assets"
)

// measureMaps are the maps the cached measurer is checked on: the sample
// of the article and a generated one.
func measureMaps(t *testing.T) map[string]*argmap.Map {
	t.Helper()
	sample, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*argmap.Map{"sample": sample, "gen2000": gen.Tree(2000, 7)}
}

// TestMeasureIsFynes checks that the cached measurer gives fyne.MeasureText's
// sizes to the bit, for every word and text of the maps and for texts it
// hands to Fyne (fallback fonts, tabs).
func TestMeasureIsFynes(t *testing.T) {
	test.NewTempApp(t)
	texts := []string{"", " ", "X", "Mg", "café naïve", "— “quoted” …", "e\u0301", "emoji 🙂 here",
		"日本語のテキスト", "tab\there", "cr\r\nlf", "ﬁ ligature", "AV To Wa kerning", "١٢٣ عربى"}
	for _, m := range measureMaps(t) {
		for _, c := range m.Claims {
			texts = append(texts, c.Text)
			texts = append(texts, strings.Fields(c.Text)...)
		}
	}
	for _, size := range []float64{10, 14, 14 * 0.35} {
		for _, bold := range []bool{false, true} {
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
