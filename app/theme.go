package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices, as kept in the preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// textScales are the text sizes Settings offers, as factors of Fyne's.
var textScales = []struct {
	name  string
	scale float64
}{{"Small", 0.9}, {"Normal", 1}, {"Large", 1.15}, {"Larger", 1.3}, {"Largest", 1.5}}

// appTheme wraps Fyne's default theme with the user's choice of variant
// (light, dark or the system's) and a text scale, and a placeholder colour
// dark enough to read: Fyne's light placeholder (#888 on #f3f3f3, 3.2:1)
// is too faint for the inspector's hints.
type appTheme struct {
	base    fyne.Theme
	variant string
	scale   float32
}

// newAppTheme is the theme for a variant choice and a text scale.
func newAppTheme(variant string, scale float32) *appTheme {
	if scale <= 0 {
		scale = 1
	}
	return &appTheme{base: theme.DefaultTheme(), variant: variant, scale: scale}
}

// placeholderLight is the light variant's placeholder: 5.9:1 on the input
// background, the dark variant's default (#b2b2b2 on #202023) being 8:1.
var placeholderLight = color.NRGBA{R: 0x5e, G: 0x5e, B: 0x5e, A: 0xff}

// The colour of low-importance text (the inspector's hints) and of
// disabled controls: Fyne's (#39393a on #171718, #e3e3e3 on white) cannot
// be read. These give 4.6:1 (light) and 5.9:1 (dark) on the background
// and stay well apart from the foreground, so disabled still looks so.
var (
	disabledLight = color.NRGBA{R: 0x75, G: 0x75, B: 0x75, A: 0xff}
	disabledDark  = color.NRGBA{R: 0x8e, G: 0x8e, B: 0x93, A: 0xff}
)

// The light variant's status colours, for the inspector's "IN: …",
// "OUT: …" and "UNDEC: …" lines and a private comment's mark (labels of
// success, danger and warning importance): Fyne's (#43f436, #f44336,
// #ff9800 on white: 1.5, 3.7 and 2.2:1) cannot be read there. These give
// 5.4, 5.6 and 4.7:1 on white; the warning stays orange, as the source
// pane tints the selected claim's passage with it (text on the tint:
// 7.9:1). The dark variant keeps Fyne's, which read on its background
// (12, 4.9 and 8.3:1).
var (
	successLight = color.NRGBA{R: 0x1e, G: 0x7b, B: 0x1e, A: 0xff}
	errorLight   = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
	warningLight = color.NRGBA{R: 0xb3, G: 0x5c, B: 0x00, A: 0xff}
)

// The outline of text fields and of unticked check boxes and radio
// buttons (Fyne's input border): Fyne's (#e3e3e3 on white, #39393a on
// #171718: 1.3 and 1.6:1) left an unticked box or an unchosen option of
// New Round and Settings all but invisible. These give 3.7:1 on both
// backgrounds and 3.3:1 on the fields' own, the 3:1 a control's edge needs.
var (
	inputBorderLight = color.NRGBA{R: 0x85, G: 0x85, B: 0x85, A: 0xff}
	inputBorderDark  = color.NRGBA{R: 0x72, G: 0x72, B: 0x77, A: 0xff}
)

// Fyne 2.7.1 draws a menu item's shortcut in the foreground colour at 95%
// alpha, but takes the low byte of the 16-bit alpha (widget/menu_item.go,
// shortcutColor): 0xffff×0.95 = 0xf332 gives an alpha of 0x32, so shortcuts
// showed at 20%. It derives the colour from ColorNameForeground, so the
// theme gives the foreground as a shortcutSafe colour: its 16-bit alpha,
// shortcutAlpha, is one whose 95% ends in the byte 0xf2 (95% of 0xff),
// while its top byte, what 8-bit drawing keeps, is still 0xff. Its colour
// channels are the 8-bit ones times 0x101, whose low byte is the channel
// itself. Were Fyne fixed, the shortcut would get 95% of an opaque colour.

// shortcutAlpha is 99.9% opaque; float32(shortcutAlpha)×0.95 = 0xf2f2.
const shortcutAlpha = 0xffbc

// shortcutSafe is an opaque 8-bit colour whose RGBA keeps Fyne's shortcut
// text readable (see shortcutAlpha).
type shortcutSafe struct{ R, G, B uint8 }

// RGBA implements color.Color.
func (c shortcutSafe) RGBA() (r, g, b, a uint32) {
	// Premultiplied: no channel above the alpha (0xff would be).
	ch := func(v uint8) uint32 { return min(uint32(v)*0x101, shortcutAlpha) }
	return ch(c.R), ch(c.G), ch(c.B), shortcutAlpha
}

// safeForShortcuts is c as a shortcutSafe colour, when it is opaque.
func safeForShortcuts(c color.Color) color.Color {
	n, ok := c.(color.NRGBA)
	if !ok || n.A != 0xff {
		return c
	}
	return shortcutSafe{n.R, n.G, n.B}
}

// Color implements fyne.Theme.
func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.variant {
	case themeLight:
		v = theme.VariantLight
	case themeDark:
		v = theme.VariantDark
	}
	switch {
	case n == theme.ColorNamePlaceHolder && v == theme.VariantLight:
		return placeholderLight
	case n == theme.ColorNameDisabled && v == theme.VariantLight:
		return disabledLight
	case n == theme.ColorNameDisabled:
		return disabledDark
	case n == theme.ColorNameInputBorder && v == theme.VariantLight:
		return inputBorderLight
	case n == theme.ColorNameInputBorder:
		return inputBorderDark
	case n == theme.ColorNameSuccess && v == theme.VariantLight:
		return successLight
	case n == theme.ColorNameError && v == theme.VariantLight:
		return errorLight
	case n == theme.ColorNameWarning && v == theme.VariantLight:
		return warningLight
	case n == theme.ColorNameForeground:
		return safeForShortcuts(t.base.Color(n, v))
	}
	return t.base.Color(n, v)
}

// Font implements fyne.Theme.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon implements fyne.Theme.
func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size implements fyne.Theme: text and the icons beside it scale.
func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	}
	return s
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := relLum(a), relLum(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func relLum(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(x uint32) float64 {
		v := float64(x) / 0xffff
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}
