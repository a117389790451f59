package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets/widgetstest"
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

// TestMenuShortcutsReadable: Fyne 2.7.1 drew a menu item's shortcut at an
// alpha of 0x32 (20%) whatever the theme (see shortcutAlpha); with the
// app's theme the shortcut is drawn at 95% of the foreground, in its
// colour, and the item's label stays opaque.
func TestMenuShortcutsReadable(t *testing.T) {
	for _, v := range []string{themeLight, themeDark} {
		t.Run(v, func(t *testing.T) {
			a := test.NewTempApp(t)
			th := newAppTheme(v, 1)
			a.Settings().SetTheme(th)
			item := fyne.NewMenuItem("Save", func() {})
			item.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
			menu := widget.NewMenu(fyne.NewMenu("File", item))
			w := a.NewWindow("menu")
			w.SetContent(menu)
			w.Resize(fyne.NewSize(300, 100))
			fg := color.NRGBAModel.Convert(th.Color(theme.ColorNameForeground, theme.VariantLight)).(color.NRGBA)
			var texts []*canvas.Text
			widgetstest.Visit(w.Canvas().Content(), func(o fyne.CanvasObject) bool {
				if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
					texts = append(texts, tx)
				}
				return true
			})
			sawShortcut := false
			for _, tx := range texts {
				c := color.NRGBAModel.Convert(tx.Color).(color.NRGBA)
				if tx.Text != "Save" {
					sawShortcut = true
				}
				if c.A < 0xf0 || absDiff(c.R, fg.R) > 2 {
					t.Errorf("menu text %q drawn as %v, want the foreground %v at 95%% or more", tx.Text, c, fg)
				}
			}
			if !sawShortcut {
				t.Fatalf("no shortcut text in the menu item (texts %d)", len(texts))
			}
		})
	}
}

func absDiff(a, b uint8) uint8 {
	if a > b {
		return a - b
	}
	return b - a
}
