package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"

	"github.com/argmap/argmap/argmap/scene"
)

// SVG returns the scene as a standalone SVG document, in map units, with
// the evaluation badges the scene carries and the arguments' marks mk
// (ArgMarks; nil for none but the + / − discs). Every text line is given the
// textLength measured with the bundled Noto Sans, so that a viewer that
// lacks the font and substitutes another one squeezes or stretches the
// line to that width: no text can spill out of its card. For viewers that
// ignore textLength (librsvg, hence rsvg-convert and GNOME's viewers), the
// fonts named after Noto Sans are ones narrower than it, common on Linux,
// macOS and Windows: with any of them the lines still fit; only the
// generic sans-serif (DejaVu Sans, wider) would spill.
func SVG(s *scene.Scene, mk Marks) []byte {
	var b bytes.Buffer
	f := frame(s, mk)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s %s %s %s" width="%s" height="%s" font-family="`+svgFonts+`">`+"\n",
		num(f.X), num(f.Y), num(f.W), num(f.H), num(f.W), num(f.H))
	fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H), hex(paper))
	_ = Draw(s, mk, (*svgSurface)(&b), scene.Rect{}) // it fails only with the fonts, which it does not need
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// svgFonts is the SVG's font list: Noto Sans, which the text was measured
// with, then fonts narrower than it (Liberation Sans and Arimo are
// Arial's metrics, DejaVu Sans Condensed is what a bare Debian has).
const svgFonts = "Noto Sans, Liberation Sans, Arimo, Arial, Helvetica, DejaVu Sans Condensed, sans-serif"

// svgSurface writes the drawing as SVG elements.
type svgSurface bytes.Buffer

func (v *svgSurface) b() *bytes.Buffer { return (*bytes.Buffer)(v) }

// Line writes a line element.
func (v *svgSurface) Line(a, b scene.Point, w float64, c color.NRGBA, dash Dash) {
	ds := ""
	if dash != Solid {
		ds = ` stroke-dasharray="` + num(dash.On) + " " + num(dash.Gap) + `"`
	}
	fmt.Fprintf(v.b(), `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"%s/>`+"\n",
		num(a.X), num(a.Y), num(b.X), num(b.Y), hex(c), num(w), ds)
}

// Poly writes a polygon element.
func (v *svgSurface) Poly(c color.NRGBA, pts ...scene.Point) {
	v.b().WriteString(`<polygon points="`)
	for i, p := range pts {
		if i > 0 {
			v.b().WriteByte(' ')
		}
		fmt.Fprintf(v.b(), "%s,%s", num(p.X), num(p.Y))
	}
	fmt.Fprintf(v.b(), `" fill="%s"/>`+"\n", hex(c))
}

// Circle writes a circle element.
func (v *svgSurface) Circle(ctr scene.Point, r float64, c color.NRGBA) {
	fmt.Fprintf(v.b(), `<circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", num(ctr.X), num(ctr.Y), num(r), hex(c))
}

// RoundRect writes a rect element; its stroke is centred on the border,
// so the rectangle is inset by half the stroke to keep it inside the box.
func (v *svgSurface) RoundRect(box scene.Rect, r float64, fill, stroke color.NRGBA, sw float64) {
	st := ""
	if sw > 0 {
		box, r = box.Inset(-sw/2), r-sw/4
		st = fmt.Sprintf(` stroke="%s" stroke-width="%s"`, hex(stroke), num(sw))
	}
	fmt.Fprintf(v.b(), `<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"%s/>`,
		num(box.X), num(box.Y), num(box.W), num(box.H), num(r), hex(fill), st)
}

// Text writes a text element with its baseline below q by the font's
// ascent, and its measured width as textLength.
func (v *svgSurface) Text(q scene.Point, size float64, bold bool, c color.NRGBA, s string, w float64) error {
	extra := ""
	if bold {
		extra = ` font-weight="bold"`
	}
	fmt.Fprintf(v.b(), `<text x="%s" y="%s" font-size="%s" fill="%s"%s textLength="%s" lengthAdjust="spacingAndGlyphs">`,
		num(q.X), num(q.Y+ascent(size, bold)), num(size), hex(c), extra, num(w))
	_ = xml.EscapeText(v.b(), []byte(s))
	v.b().WriteString("</text>")
	return nil
}

// Group opens or closes the g element of a card or an argument's marks.
func (v *svgSurface) Group(open bool) {
	if open {
		v.b().WriteString("<g>")
	} else {
		v.b().WriteString("</g>\n")
	}
}

// num formats a coordinate with at most two decimals, for small stable
// documents.
func num(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

func hex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
