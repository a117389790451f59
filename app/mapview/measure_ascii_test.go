package mapview

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/shaping"
)

// TestASCIIRunIsSegmenters checks that the one run the measurer makes for
// printable ASCII is the segmenter's split of it, field for field, so
// that skipping the segmenter changes no size: every word and text of the
// maps, every printable character alone, and mixes of letters, digits,
// brackets and punctuation.
func TestASCIIRunIsSegmenters(t *testing.T) {
	test.NewTempApp(t)
	texts := []string{"", " ", "   ", "123", "(1)", "[a]", "C12 x", "a.b,c;d:e", "\"quoted\" 'x'", "1.5e3%", "{[(<>)]}", "-- ~ ^ ` |", "x(1)", "(1)x", "$5 & #3 @ *"}
	for c := rune(0x20); c <= 0x7e; c++ {
		texts = append(texts, string(c), "a"+string(c), string(c)+"1", "("+string(c)+")")
	}
	for _, m := range measureMaps(t) {
		for _, c := range m.Claims {
			texts = append(texts, c.Text)
			texts = append(texts, strings.Fields(c.Text)...)
		}
	}
	var m textMeasurer
	for _, bold := range []bool{false, true} {
		f := measureFace{face: parseFont(theme.Current().Font(fyne.TextStyle{Bold: bold}))}
		if f.face == nil {
			t.Fatal("the theme font does not parse")
		}
		for _, s := range texts {
			runes := []rune(s)
			in := shaping.Input{Text: runes, RunEnd: len(runes), Direction: di.DirectionLTR, Face: f.face, Size: 14 << 6}
			got := append([]shaping.Input(nil), m.runs(in, f)...)
			var seg shaping.Segmenter
			want := seg.Split(in, f)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("runs of %q: %+v, the segmenter's %+v", s, got, want)
			}
		}
	}
}

// monoTheme sets all text in the theme's monospace font.
type monoTheme struct{ fyne.Theme }

func (t monoTheme) Font(fyne.TextStyle) fyne.Resource {
	return t.Theme.Font(fyne.TextStyle{Monospace: true})
}

// mapTheme is a theme of a type == cannot compare (it holds a map).
type mapTheme struct {
	fyne.Theme
	_ map[string]int
}

// TestMeasureFollowsTheme: the measurer keeps the faces of the theme it
// last asked, and measures with the new one's fonts once the theme is
// replaced, also by a theme of a type that cannot be compared.
func TestMeasureFollowsTheme(t *testing.T) {
	a := test.NewTempApp(t)
	const s = "Wide words mmm iii 123"
	check := func(when string) {
		t.Helper()
		for _, bold := range []bool{false, true} {
			w, h := Measure(s, 14, bold)
			fw, fh := MeasureFyne(s, 14, bold)
			if w != fw || h != fh {
				t.Errorf("%s: Measure = %v×%v, fyne.MeasureText %v×%v", when, w, h, fw, fh)
			}
		}
	}
	check("default theme")
	before, _ := Measure(s, 14, false)
	a.Settings().SetTheme(monoTheme{theme.DefaultTheme()})
	check("monospace theme")
	if after, _ := Measure(s, 14, false); after == before {
		t.Errorf("the width stayed %v with a monospace theme", after)
	}
	a.Settings().SetTheme(mapTheme{Theme: theme.DefaultTheme()})
	check("theme of an uncomparable type")
}
