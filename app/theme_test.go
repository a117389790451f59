package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestStatusColoursReadable: the colours of the inspector's "IN: …",
// "OUT: …" and "UNDEC: …" lines and of a private comment's mark (labels of
// success, danger and warning importance) read on the background in both
// variants (WCAG AA, 4.5:1); Fyne's light ones gave 1.5, 3.7 and 2.2:1 on
// white.
func TestStatusColoursReadable(t *testing.T) {
	for _, v := range []string{themeLight, themeDark} {
		th := newAppTheme(v, 1)
		back := th.Color(theme.ColorNameBackground, theme.VariantLight)
		for _, n := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameError, theme.ColorNameWarning} {
			if c := contrast(th.Color(n, theme.VariantLight), back); c < 4.5 {
				t.Errorf("%s: %s text %.1f:1 on the background, want 4.5:1 or more", v, n, c)
			}
		}
	}
}

// TestControlOutlinesVisible: an unticked check box, an unchosen radio
// button and a text field show their edge (3:1 against the background and
// the field's own, WCAG's figure for a control's boundary); Fyne's input
// border gave 1.3:1 (light) and 1.6:1 (dark).
func TestControlOutlinesVisible(t *testing.T) {
	for _, v := range []string{themeLight, themeDark} {
		th := newAppTheme(v, 1)
		edge := th.Color(theme.ColorNameInputBorder, theme.VariantLight)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground} {
			if c := contrast(edge, th.Color(bg, theme.VariantLight)); c < 3 {
				t.Errorf("%s: input border %.1f:1 on %s, want 3:1 or more", v, c, bg)
			}
		}
	}
}
