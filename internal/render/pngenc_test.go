package render

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/assets"
)

// TestPNGBandsMatchWhole: the PNG export, drawn and encoded band by band
// of rows (any band height, down to one row), decodes with the standard
// decoder to the picture drawn whole, marks, dashes, badges and text cut
// by the bands included: every pixel within 2 levels of 255 (a shape cut
// by a band is rasterised from another origin, and float32 rounds its
// edge's coverage a level apart).
func TestPNGBandsMatchWhole(t *testing.T) {
	t.Parallel()
	k := marked(t)
	sample, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		scale float64
		band  int // pixels a band
		small bool
	}{
		{"marked, one row a band", 1, 1, true},
		{"marked, 7 rows", 2, 7 * 2400, true},
		{"marked, one band", 2, bandPixels, true},
		{"sample, 37-row bands", 0.5, 37 * 3200, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := sample
			if tc.small {
				m = k.m
			}
			st := Status(m)
			s, mk := Scene(m, st), ArgMarks(m, st)
			want, err := Image(s, mk, tc.scale)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := encodePNG(&b, s, mk, tc.scale, MaxPixels, tc.band); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&b)
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds() != want.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), want.Bounds())
			}
			if diff := firstDiff(got, want); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// firstDiff names the first pixel where got differs from want by more
// than 2 levels in a channel, and how many do.
func firstDiff(got image.Image, want *image.RGBA) string {
	n, first := 0, ""
	r := want.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			gr, gg, gb, _ := got.At(x, y).RGBA()
			i := want.PixOffset(x, y)
			if max(far(gr>>8, want.Pix[i]), far(gg>>8, want.Pix[i+1]), far(gb>>8, want.Pix[i+2])) > 2 {
				if n == 0 {
					first = fmt.Sprintf("(%d, %d): %02x%02x%02x, want %02x%02x%02x", x, y, gr>>8, gg>>8, gb>>8, want.Pix[i], want.Pix[i+1], want.Pix[i+2])
				}
				n++
			}
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d pixels differ, the first at %s", n, first)
}

func far(a uint32, b uint8) int { return abs(int(a) - int(b)) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// TestTextAsDrawer: the painter's cached glyphs draw a line as
// font.Drawer draws it (within 2 levels: a glyph cached at another place
// is rasterised from another float32 origin), at sub-pixel positions,
// for the second line drawn from the cache as for the first.
func TestTextAsDrawer(t *testing.T) {
	t.Parallel()
	const line = "Ağaç kökleri — Деревья · Ποια; ¶12 AVAVA fi"
	for _, tc := range []struct {
		x, y  float64
		size  float64
		bold  bool
		scale float64
	}{
		{3, 4, 14, false, 1}, {3.3, 4.7, 14, false, 2}, {10.55, 30.1, 10, true, 1.3}, {0.9, 0.2, 9, false, 0.4},
	} {
		w, h := 900, 120
		p := &painter{img: image.NewRGBA(image.Rect(0, 0, w, h)), k: tc.scale}
		want := image.NewRGBA(image.Rect(0, 0, w, h))
		fc, err := loadFonts().newFace(tc.size*tc.scale, tc.bold)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range []scene.Point{{X: tc.x, Y: tc.y}, {X: tc.x + 0.25, Y: tc.y + 40/tc.scale}} {
			if err := p.Text(q, tc.size, tc.bold, ink, line, 0); err != nil {
				t.Fatal(err)
			}
			d := font.Drawer{Dst: want, Src: image.NewUniform(ink), Face: fc,
				Dot: fixed.Point26_6{X: fixed.Int26_6(float32(q.X*tc.scale) * 64), Y: fixed.Int26_6(float32(q.Y*tc.scale)*64) + fc.Metrics().Ascent}}
			d.DrawString(line)
			if diff := firstDiff(p.img, want); diff != "" {
				t.Errorf("%+v, line %d: %s", tc, i+1, diff)
			}
		}
	}
}
