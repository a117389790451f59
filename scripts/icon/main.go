// Command icon draws Argmap's app icon, assets/icon.png: three claim cards
// on a dark-blue rounded square, a green arrow of support and a red arrow
// of attack pointing at the top card. Run it from the repository root:
//
//	go run ./scripts/icon
package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"

	"golang.org/x/image/vector"
)

const size = 512

// fill paints the path that build draws onto dst in colour c, anti-aliased.
func fill(dst *image.RGBA, c color.RGBA, build func(z *vector.Rasterizer)) {
	z := vector.NewRasterizer(size, size)
	build(z)
	z.Draw(dst, dst.Bounds(), image.NewUniform(c), image.Point{})
}

// roundRect adds a rounded rectangle to z.
func roundRect(z *vector.Rasterizer, x0, y0, x1, y1, r float32) {
	const k = 0.5523 // control distance of a quarter circle drawn as a cubic
	z.MoveTo(x0+r, y0)
	z.LineTo(x1-r, y0)
	z.CubeTo(x1-r+r*k, y0, x1, y0+r-r*k, x1, y0+r)
	z.LineTo(x1, y1-r)
	z.CubeTo(x1, y1-r+r*k, x1-r+r*k, y1, x1-r, y1)
	z.LineTo(x0+r, y1)
	z.CubeTo(x0+r-r*k, y1, x0, y1-r+r*k, x0, y1-r)
	z.LineTo(x0, y0+r)
	z.CubeTo(x0, y0+r-r*k, x0+r-r*k, y0, x0+r, y0)
	z.ClosePath()
}

// arrow adds a thick line from (x0,y0) to (x1,y1) ending in an arrowhead.
func arrow(z *vector.Rasterizer, x0, y0, x1, y1, w, head float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	ux, uy := dx/l, dy/l
	nx, ny := -uy, ux
	bx, by := x1-ux*head, y1-uy*head // base of the head
	z.MoveTo(x0+nx*w/2, y0+ny*w/2)
	z.LineTo(bx+nx*w/2, by+ny*w/2)
	z.LineTo(bx+nx*head*0.75, by+ny*head*0.75)
	z.LineTo(x1, y1)
	z.LineTo(bx-nx*head*0.75, by-ny*head*0.75)
	z.LineTo(bx-nx*w/2, by-ny*w/2)
	z.LineTo(x0-nx*w/2, y0-ny*w/2)
	z.ClosePath()
}

// card draws a claim card with an accent border and three lines of "text".
func card(img *image.RGBA, x0, y0, x1, y1 float32, accent color.RGBA) {
	fill(img, accent, func(z *vector.Rasterizer) { roundRect(z, x0, y0, x1, y1, 22) })
	fill(img, color.RGBA{0xf7, 0xf9, 0xfc, 0xff}, func(z *vector.Rasterizer) { roundRect(z, x0+9, y0+9, x1-9, y1-9, 14) })
	line := color.RGBA{0x9a, 0xa7, 0xbd, 0xff}
	w := x1 - x0 - 60
	for i, frac := range []float32{1, 0.82, 0.55} {
		y := y0 + 30 + float32(i)*22
		if y+10 > y1-24 {
			break
		}
		fill(img, line, func(z *vector.Rasterizer) { roundRect(z, x0+30, y, x0+30+w*frac, y+10, 5) })
	}
}

func main() {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	draw.Draw(img, img.Bounds(), image.Transparent, image.Point{}, draw.Src)
	// Background: a dark-blue rounded square, lighter at the top.
	grad := image.NewRGBA(img.Bounds())
	for y := 0; y < size; y++ {
		t := float64(y) / size
		c := color.RGBA{uint8(0x24 - 0x12*t), uint8(0x3b - 0x1e*t), uint8(0x7c - 0x3a*t), 0xff}
		draw.Draw(grad, image.Rect(0, y, size, y+1), image.NewUniform(c), image.Point{}, draw.Src)
	}
	bg := vector.NewRasterizer(size, size)
	roundRect(bg, 16, 16, 496, 496, 96)
	bg.Draw(img, img.Bounds(), grad, image.Point{})
	green := color.RGBA{0x3c, 0xc8, 0x6e, 0xff}
	red := color.RGBA{0xf0, 0x4c, 0x4c, 0xff}
	blue := color.RGBA{0x6e, 0xa8, 0xff, 0xff}
	// Arrows first, so the cards cover their tails.
	fill(img, green, func(z *vector.Rasterizer) { arrow(z, 150, 330, 218, 212, 20, 46) })
	fill(img, red, func(z *vector.Rasterizer) { arrow(z, 362, 330, 294, 212, 20, 46) })
	card(img, 126, 76, 386, 196, blue)  // the main claim
	card(img, 44, 330, 250, 440, green) // a reason
	card(img, 262, 330, 468, 440, red)  // an objection
	f, err := os.Create("assets/icon.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
