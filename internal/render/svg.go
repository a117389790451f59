package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"

	"github.com/argmap/argmap/argmap/scene"
)

// SVG returns the scene as a standalone SVG document, in map units.
func SVG(s *scene.Scene) []byte {
	var b bytes.Buffer
	f := frame(s)
	o := s.Options()
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s %s %s %s" width="%s" height="%s" font-family="Noto Sans, sans-serif">`+"\n",
		num(f.X), num(f.Y), num(f.W), num(f.H), num(f.W), num(f.H))
	fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H), hex(paper))
	for i := range s.Edges {
		e := &s.Edges[i]
		col := hex(fade(scene.EdgeColor(e.Kind), e.Dimmed))
		dash := ""
		if e.Kind == scene.EdgeUndercut {
			dash = ` stroke-dasharray="7 5"`
		}
		fmt.Fprintf(&b, `<g stroke="%s" stroke-width="2" fill="none"%s>`, col, dash)
		for k, sg := range e.Segs {
			bx, by := sg.B.X, sg.B.Y
			if k == len(e.Segs)-1 { // stop at the arrowhead's base
				bx, by = bx-e.Dir.X*headSize, by-e.Dir.Y*headSize
			}
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, num(sg.A.X), num(sg.A.Y), num(bx), num(by))
		}
		b.WriteString("</g>\n")
		h := head(e.Tip, e.Dir, headSize)
		fmt.Fprintf(&b, `<polygon points="%s,%s %s,%s %s,%s" fill="%s"/>`+"\n",
			num(h[0].X), num(h[0].Y), num(h[1].X), num(h[1].Y), num(h[2].X), num(h[2].Y), col)
		if e.Joined {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4" fill="%s"/>`+"\n", num(e.Junction.X), num(e.Junction.Y), col)
		}
	}
	for i := range s.Cards {
		c := &s.Cards[i]
		x, y := c.Box.X, c.Box.Y
		sw := 1.5
		if c.Bold {
			sw = 2.4
		}
		fmt.Fprintf(&b, `<g><rect x="%s" y="%s" width="%s" height="%s" rx="6" fill="%s" stroke="%s" stroke-width="%s"/>`,
			num(x), num(y), num(c.Box.W), num(c.Box.H), hex(fade(mix(paper, c.Accent, 0.10), c.Dimmed)), hex(fade(c.Accent, c.Dimmed)), num(sw))
		text(&b, x+c.Label.X, y+c.Label.Y, o.LabelSize, true, fade(c.RoleColor, c.Dimmed), c.Label.S, "")
		if c.Status != scene.NoStatus {
			bd := c.Badge
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"/>`,
				num(x+bd.X), num(y+bd.Y), num(bd.W), num(bd.H), num(bd.H/2), hex(fade(scene.StatusColor(c.Status), c.Dimmed)))
			text(&b, x+bd.X+bd.W/2, y+bd.Y+2, o.LabelSize, true, white, scene.StatusText(c.Status), "middle")
		}
		for _, l := range c.Lines {
			text(&b, x+l.X, y+l.Y, o.TextSize, c.Bold, fade(ink, c.Dimmed), l.S, "")
		}
		if c.Marks.S != "" {
			text(&b, x+c.Marks.X, y+c.Marks.Y, o.LabelSize, false, fade(muted, c.Dimmed), c.Marks.S, "")
		}
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// text writes one line with its top at y (SVG places the baseline).
func text(b *bytes.Buffer, x, y, size float64, bold bool, c color.NRGBA, s, anchor string) {
	if s == "" {
		return
	}
	extra := ""
	if bold {
		extra += ` font-weight="bold"`
	}
	if anchor != "" {
		extra += ` text-anchor="` + anchor + `"`
	}
	fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s" fill="%s"%s>`, num(x), num(y+ascent(size, bold)), num(size), hex(c), extra)
	_ = xml.EscapeText(b, []byte(s))
	b.WriteString("</text>")
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
