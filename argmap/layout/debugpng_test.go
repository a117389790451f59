package layout

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// TestDebugPNG draws a laid-out generated map to LAYOUTPNG (a PNG path) for
// a look by eye; LAYOUTPNG_N sets the size. Skipped unless LAYOUTPNG is set.
func TestDebugPNG(t *testing.T) {
	t.Parallel()
	path := os.Getenv("LAYOUTPNG")
	if path == "" {
		t.Skip("set LAYOUTPNG=out.png to draw a layout")
	}
	n, _ := strconv.Atoi(os.Getenv("LAYOUTPNG_N"))
	if n == 0 {
		n = 60
	}
	m := gen.Tree(n, 1)
	if f := os.Getenv("LAYOUTPNG_FILE"); f != "" {
		var err error
		if m, _, err = loadMap(f); err != nil {
			t.Fatal(err)
		}
		for _, c := range m.Claims {
			c.Pinned = false
		}
	}
	size := EstimateSize(m)
	d := Draw(m, size, Options{})
	pos := d.Pos
	if os.Getenv("LAYOUTPNG_DOT") != "" {
		var err error
		if pos, err = dotPositions(m, size); err != nil {
			t.Fatal(err)
		}
		d.Routes = nil
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, c := range m.Claims {
		w, h := size(c.ID)
		p := pos[c.ID]
		x0, y0 = min(x0, p.X-w/2), min(y0, p.Y-h/2)
		x1, y1 = max(x1, p.X+w/2), max(y1, p.Y+h/2)
	}
	if f, err := strconv.ParseFloat(os.Getenv("LAYOUTPNG_CROP"), 64); err == nil {
		x1 = x0 + (x1-x0)*f
	}
	scale := min(1.0, 2400/(x1-x0))
	// LAYOUTPNG_VIEW=x,y,w,h (fractions of the drawing) and LAYOUTPNG_SCALE
	// (pixels per map unit) show a part.
	if v := strings.Split(os.Getenv("LAYOUTPNG_VIEW"), ","); len(v) == 4 {
		f := make([]float64, 4)
		for i := range f {
			f[i], _ = strconv.ParseFloat(v[i], 64)
		}
		w, h := x1-x0, y1-y0
		x0, y0, x1, y1 = x0+f[0]*w, y0+f[1]*h, x0+(f[0]+f[2])*w, y0+(f[1]+f[3])*h
	}
	if v, err := strconv.ParseFloat(os.Getenv("LAYOUTPNG_SCALE"), 64); err == nil {
		scale = v
	}
	img := image.NewRGBA(image.Rect(0, 0, int((x1-x0)*scale)+1, int((y1-y0)*scale)+1))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	tr := func(p argmap.Point) (int, int) { return int((p.X - x0) * scale), int((p.Y - y0) * scale) }
	drawLinks := func() {
		for i, l := range Links(m) {
			col := color.RGBA{0, 120, 0, 255}
			if l.Kind != LinkPro {
				col = color.RGBA{200, 0, 0, 255}
			}
			pts := []argmap.Point{pos[l.From], pos[l.To]}
			if d.Routes != nil {
				pts = d.Routes[i].Points
			}
			for k := 0; k+1 < len(pts); k++ {
				a, b := tr(pts[k])
				e, f := tr(pts[k+1])
				steps := max(abs(e-a), abs(f-b), 1)
				for s := 0; s <= steps; s++ {
					img.Set(a+(e-a)*s/steps, b+(f-b)*s/steps, col)
				}
			}
			// A small square at the target end: the arrow.
			if n := len(pts); n >= 2 {
				e, f := tr(pts[n-1])
				for dx := -2; dx <= 2; dx++ {
					for dy := -2; dy <= 2; dy++ {
						img.Set(e+dx, f+dy, col)
					}
				}
			}
		}
	}
	for _, c := range m.Claims {
		w, h := size(c.ID)
		p := pos[c.ID]
		a, b := tr(argmap.Point{X: p.X - w/2, Y: p.Y - h/2})
		e, f := tr(argmap.Point{X: p.X + w/2, Y: p.Y + h/2})
		if e < 0 || a > img.Bounds().Dx() || f < 0 || b > img.Bounds().Dy() {
			continue
		}
		for x := a; x <= e; x++ {
			for y := b; y <= f; y++ {
				c := color.RGBA{220, 225, 240, 255}
				if x == a || x == e || y == b || y == f {
					c = color.RGBA{90, 90, 120, 255}
				}
				img.Set(x, y, c)
			}
		}
	}
	drawLinks()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, img); err != nil {
		t.Fatal(err)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
