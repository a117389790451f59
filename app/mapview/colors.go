package mapview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// palette holds the theme-dependent colours of one render pass.
type palette struct {
	bg, fg, card, muted, sel color.NRGBA
	dark                     bool
}

func currentPalette(w fyne.Widget) palette {
	th := theme.Current()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	p := palette{
		bg:    nrgba(th.Color(theme.ColorNameBackground, v)),
		fg:    nrgba(th.Color(theme.ColorNameForeground, v)),
		muted: nrgba(th.Color(theme.ColorNamePlaceHolder, v)),
		sel:   nrgba(th.Color(theme.ColorNamePrimary, v)),
	}
	p.dark = lum(p.bg) < 0.5
	// Cards stand a little off the background: lighter on dark themes,
	// white on light ones.
	if p.dark {
		p.card = mix(p.bg, color.NRGBA{R: 255, G: 255, B: 255, A: 255}, 0.07)
	} else {
		p.card = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
	}
	return p
}

// tint returns the card fill for an accent colour: a wash of the accent
// over the card colour, strong enough to tell roles apart at a glance.
func (p palette) tint(accent color.NRGBA) color.NRGBA {
	if p.dark {
		return mix(p.card, accent, 0.16)
	}
	return mix(p.card, accent, 0.10)
}

var white = color.NRGBA{R: 255, G: 255, B: 255, A: 255}

func nrgba(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func mix(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{R: f(a.R, b.R), G: f(a.G, b.G), B: f(a.B, b.B), A: f(a.A, b.A)}
}

func lum(c color.NRGBA) float64 {
	return (0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)) / 255
}

// fade returns c made faint, for dimmed cards and edges.
func fade(c color.NRGBA, dim bool) color.NRGBA {
	if dim {
		c.A = uint8(float64(c.A) * 0.22)
	}
	return c
}
