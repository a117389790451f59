package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/opentype"

	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/formats"
)

// TestExportsShowEvaluation: the SVG and PNG formats draw the grounded
// evaluation's badges, as the canvas does with the evaluation on (they
// used to leave them out).
func TestExportsShowEvaluation(t *testing.T) {
	t.Parallel()
	m, _ := tiny(t)
	st := Status(m)
	want := map[string]int{}
	for _, c := range m.Claims {
		switch st.Label(c.ID) {
		case eval.In:
			want["IN"]++
		case eval.Out:
			want["OUT"]++
		case eval.Undec:
			want["?"]++
		}
	}
	if want["IN"] == 0 || want["OUT"] == 0 {
		t.Fatalf("fixture evaluation %v lacks IN or OUT", want)
	}
	out, err := testFormats().ByName("svg").Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	for s, n := range want {
		if got := bytes.Count(out, []byte(">"+s+"</text>")); got != n {
			t.Errorf("SVG has %d %q badges, want %d", got, s, n)
		}
	}
	// The PNG is drawn from the same scene: with the badges it differs
	// from the picture without them.
	with, err := testFormats().ByName("png").Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	without, err := PNG(Scene(m, nil), nil, ExportScale)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(with, without) {
		t.Error("the PNG export shows no badges")
	}
}

// fallbackWidth measures s with Go Mono, the worst a viewer without Noto
// Sans might substitute (some fall back to a monospace font): far wider
// than Noto Sans for most text.
func fallbackWidth(t *testing.T, s string, size float64, bold bool) float64 {
	t.Helper()
	src := gomono.TTF
	if bold {
		src = gomonobold.TTF
	}
	f, err := opentype.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72})
	if err != nil {
		t.Fatal(err)
	}
	return toFloat(font.MeasureString(fc, s))
}

// TestSVGTextHoldsWithFallbackFont: every text line of the SVG stays
// inside its card (or badge) when the viewer draws it with another font:
// the line's width is the textLength it declares, or else what the
// fallback font makes of it.
func TestSVGTextHoldsWithFallbackFont(t *testing.T) {
	t.Parallel()
	m, _ := tiny(t)
	out := SVG(Scene(m, Status(m)), nil)
	d := xml.NewDecoder(bytes.NewReader(out))
	attr := func(se xml.StartElement, name string) (float64, bool) {
		for _, a := range se.Attr {
			if a.Name.Local == name {
				v, err := strconv.ParseFloat(a.Value, 64)
				return v, err == nil
			}
		}
		return 0, false
	}
	type box struct{ x0, y0, x1, y1 float64 }
	var boxes []box // the card's and its badge's, innermost last
	lines := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "g":
			boxes = nil
		case "rect":
			x, _ := attr(se, "x")
			y, _ := attr(se, "y")
			w, _ := attr(se, "width")
			h, _ := attr(se, "height")
			sw, _ := attr(se, "stroke-width")
			boxes = append(boxes, box{x - sw/2, y - sw/2, x + w + sw/2, y + h + sw/2})
		case "text":
			var s string
			if err := d.DecodeElement(&s, &se); err != nil {
				t.Fatal(err)
			}
			x, _ := attr(se, "x")
			size, _ := attr(se, "font-size")
			bold := false
			for _, a := range se.Attr {
				bold = bold || a.Name.Local == "font-weight" && a.Value == "bold"
			}
			w, held := attr(se, "textLength")
			if !held {
				w = fallbackWidth(t, s, size, bold)
			}
			y, _ := attr(se, "y")
			var in *box
			for i := range boxes {
				if b := &boxes[i]; x >= b.x0 && x < b.x1 && y > b.y0 && y <= b.y1 {
					in = b
				}
			}
			lines++
			if in == nil {
				t.Errorf("%q at %v,%v is in no box", s, x, y)
			} else if x+w > in.x1+0.01 {
				t.Errorf("%q ends at %.1f, beyond its box at %.1f (held: %v)", s, x+w, in.x1, held)
			}
		}
	}
	if lines < 10 {
		t.Errorf("only %d text lines checked", lines)
	}
}

// TestPNGOfABigMapFits: the PNG format exports a map too big for
// ExportScale at a smaller scale rather than refusing it.
func TestPNGOfABigMapFits(t *testing.T) {
	t.Parallel()
	const limit = 1 << 20 // as big a map, for a sixty-fourth of MaxPixels' cost
	m, _ := tiny(t)
	m.Claims[3].Pos.X = 5000 // 10,000 px wide at scale 2
	m.Claims[3].Pos.Y = 375
	s := Scene(m, nil)
	if _, err := pngWithin(s, nil, ExportScale, limit); err == nil {
		t.Fatal("the fixture is not too big at ExportScale")
	}
	k := fitScale(s, nil, ExportScale, limit)
	if !(k < ExportScale) || k <= 0 {
		t.Fatalf("scale %v", k)
	}
	small := formats.Builtin()
	addFormats(small, limit)
	if _, err := small.ByName("png").Encode(m); err != nil {
		t.Errorf("png export of a big map: %v", err)
	}
	if fitScale(Scene(m, nil), nil, 0.01, limit) != 0.01 {
		t.Error("a scale that fits was changed")
	}
}
