package render

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/png"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/scene"
)

// tiny is a conclusion with a reason, an objection in Cyrillic and an
// undercutter of the reason's arrow.
func tiny(t *testing.T) (*argmap.Map, scene.Badges) {
	b := argmaptest.NewBuilder("render", "tiny")
	at := argmaptest.At
	main := b.Claim("We should plant more trees in the city.", at(300, 60))
	reason := b.Claim("Trees cool the streets in summer.", at(150, 240), argmaptest.Tags("climate"))
	obj := b.Claim("Корни деревьев портят тротуары; ağaç kökleri kaldırımı bozar.", at(450, 240))
	und := b.Claim("Only if the trees are watered.", at(150, 420))
	pro := b.Pro(main, reason)
	b.Con(main, obj)
	b.Con(pro, und)
	return b.Map(), scene.Badges{main: eval.In, obj: eval.Out}
}

func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	argmaptest.Golden(t, filepath.Join("testdata", name), got)
}

func TestSVG(t *testing.T) {
	t.Parallel()
	m, st := tiny(t)
	out := SVG(Scene(m, st), nil)
	goldenFile(t, "tiny.svg", out)
	// Well-formed XML, with one card group per claim, and the texts kept.
	d := xml.NewDecoder(bytes.NewReader(out))
	counts := map[string]int{}
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed: %v", err)
			}
			break
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Local]++
		}
	}
	// 4 cards; the marks of 2 arrows (their + and − discs).
	if counts["polygon"] != 3 || counts["g"] != 6 || counts["line"] != 3 {
		t.Errorf("elements %v, want 3 arrows, 4 card groups and 2 of marks", counts)
	}
	for _, s := range []string{"Корни деревьев", "ağaç", "stroke-dasharray", ">IN<", ">OUT<", "#climate", "OBJECTION"} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("SVG lacks %q", s)
		}
	}
}

func TestPNG(t *testing.T) {
	t.Parallel()
	m, st := tiny(t)
	s := Scene(m, st)
	data, err := PNG(s, nil, 1)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f := frame(s, nil)
	if b := img.Bounds(); b.Dx() != int(f.W+0.999) || b.Dy() != int(f.H+0.999) {
		t.Errorf("image %v, want %v×%v", b, f.W, f.H)
	}
	at := func(p scene.Point) image.Point { return image.Pt(int(p.X-f.X), int(p.Y-f.Y)) }
	// The pro arrow is green in its middle.
	e := s.Edges[0]
	mid := at(e.Segs[0].Mid())
	if r, g, b, _ := img.At(mid.X, mid.Y).RGBA(); !(g > r && g > b) {
		t.Errorf("pro arrow at %v is not green: %v %v %v", mid, r>>8, g>>8, b>>8)
	}
	// The Cyrillic line is drawn: dark pixels in its line box.
	c := s.Cards[2]
	l := c.Lines[0]
	dark := 0
	for y := int(c.Box.Y + l.Y); y < int(c.Box.Y+l.Y+14); y++ {
		for x := int(c.Box.X + l.X); x < int(c.Box.X+l.X+100); x++ {
			p := at(scene.Point{X: float64(x), Y: float64(y)})
			if r, _, _, _ := img.At(p.X, p.Y).RGBA(); r>>8 < 0x80 {
				dark++
			}
		}
	}
	if dark < 50 {
		t.Errorf("only %d dark pixels where the Cyrillic text is", dark)
	}
	if _, err := PNG(s, nil, 0); err == nil {
		t.Error("scale 0 accepted")
	}
	if _, err := PNG(s, nil, 16); err == nil || !strings.Contains(err.Error(), "too big") {
		t.Errorf("a huge image: %v", err)
	}
}

func TestFormatsRegistered(t *testing.T) {
	t.Parallel()
	m, _ := tiny(t)
	for _, name := range []string{"svg", "png"} {
		f := testFormats().ByName(name)
		if f == nil || f.Encode == nil || f.Decode != nil {
			t.Fatalf("format %q not registered as export-only", name)
		}
		if out, err := f.Encode(m); err != nil || len(out) == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	if f := testFormats().ByPath("map.svg"); f == nil || f.Name != "svg" {
		t.Error("no format for .svg")
	}
}

func TestMeasureWrapsCyrillic(t *testing.T) {
	t.Parallel()
	w1, h := Measure("Ж", 14, false)
	w2, _ := Measure("ЖЖ", 14, false)
	if w1 <= 0 || h < 14 || w2 < 1.9*w1 {
		t.Errorf("Measure: Ж %v×%v, ЖЖ %v", w1, h, w2)
	}
}

// testFormats is the built-in set with this package's formats added, as
// main builds it.
func testFormats() *formats.Set {
	s := formats.Builtin()
	AddFormats(s)
	return s
}
