package inspector

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowLayout lays objects out left to right at their minimum size and
// wraps to a new row when the width runs out (for tag chips).
type flowLayout struct{ width float32 }

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	pad := theme.Padding()
	x, y, rowH := float32(0), float32(0), float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if x > 0 && x+s.Width > size.Width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(s)
		x += s.Width + pad
		if s.Height > rowH {
			rowH = s.Height
		}
	}
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	width := f.width
	var w, x, y, rowH float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if s.Width > w {
			w = s.Width
		}
		if width > 0 && x > 0 && x+s.Width > width {
			x, y, rowH = 0, y+rowH+pad, 0
		}
		x += s.Width + pad
		if s.Height > rowH {
			rowH = s.Height
		}
	}
	return fyne.NewSize(w, y+rowH)
}

// palette is the choice of card colours: the role's default, then eight
// colours mid-way in lightness so that the canvas can tint cards with them
// in light and dark themes alike.
var palette = []struct{ name, hex string }{
	{"Default", ""},
	{"Red", "#e05252"},
	{"Orange", "#e0903a"},
	{"Yellow", "#d9c23c"},
	{"Green", "#4caf64"},
	{"Teal", "#3aa8a0"},
	{"Blue", "#4a86d9"},
	{"Purple", "#9066d0"},
	{"Grey", "#8a8a8a"},
}

// parseHex reads "#rrggbb"; ok is false for anything else.
func parseHex(s string) (c color.NRGBA, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return c, false
	}
	v := [3]uint8{}
	for i := 0; i < 3; i++ {
		var n uint8
		for _, ch := range s[1+2*i : 3+2*i] {
			n <<= 4
			switch {
			case ch >= '0' && ch <= '9':
				n |= uint8(ch - '0')
			case ch >= 'a' && ch <= 'f':
				n |= uint8(ch-'a') + 10
			case ch >= 'A' && ch <= 'F':
				n |= uint8(ch-'A') + 10
			default:
				return c, false
			}
		}
		v[i] = n
	}
	return color.NRGBA{R: v[0], G: v[1], B: v[2], A: 0xff}, true
}

// swatch is a small tappable colour square; the chosen one has a ring.
type swatch struct {
	widget.BaseWidget
	hex      string
	name     string
	selected bool
	onTap    func(hex string)
}

func newSwatch(name, hex string, onTap func(string)) *swatch {
	s := &swatch{name: name, hex: hex, onTap: onTap}
	s.ExtendBaseWidget(s)
	return s
}

// Tapped chooses the swatch's colour.
func (s *swatch) Tapped(*fyne.PointEvent) {
	if s.onTap != nil {
		s.onTap(s.hex)
	}
}

// CreateRenderer draws the square and, when selected, a ring around it.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	fill := canvas.NewRectangle(color.Transparent)
	fill.CornerRadius = 4
	ring := canvas.NewRectangle(color.Transparent)
	ring.CornerRadius = 6
	ring.StrokeWidth = 2
	slash := canvas.NewLine(theme.Color(theme.ColorNameForeground))
	r := &swatchRenderer{s: s, fill: fill, ring: ring, slash: slash}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s          *swatch
	fill, ring *canvas.Rectangle
	slash      *canvas.Line
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	r.ring.Resize(size)
	r.fill.Move(fyne.NewPos(4, 4))
	r.fill.Resize(size.SubtractWidthHeight(8, 8))
	r.slash.Position1 = fyne.NewPos(size.Width-6, 6)
	r.slash.Position2 = fyne.NewPos(6, size.Height-6)
}

func (r *swatchRenderer) MinSize() fyne.Size { return fyne.NewSize(28, 28) }

func (r *swatchRenderer) Refresh() {
	if c, ok := parseHex(r.s.hex); ok {
		r.fill.FillColor = c
		r.fill.StrokeWidth = 0
		r.slash.Hidden = true
	} else {
		// The default colour: an outlined square with a slash.
		r.fill.FillColor = color.Transparent
		r.fill.StrokeColor = theme.Color(theme.ColorNameForeground)
		r.fill.StrokeWidth = 1
		r.slash.StrokeColor = theme.Color(theme.ColorNameForeground)
		r.slash.Hidden = false
	}
	r.ring.StrokeColor = color.Transparent
	if r.s.selected {
		r.ring.StrokeColor = theme.Color(theme.ColorNamePrimary)
	}
	r.fill.Refresh()
	r.ring.Refresh()
	r.slash.Refresh()
}

func (r *swatchRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.ring, r.fill, r.slash}
}

func (r *swatchRenderer) Destroy() {}
