package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Preference keys of View › Settings.
const (
	prefTheme     = "theme.variant"
	prefTextScale = "theme.textScale"
)

// themeChoices are the Theme options as Settings shows them.
var themeChoices = []struct{ key, label string }{
	{themeSystem, "As the system"}, {themeLight, "Light"}, {themeDark, "Dark"},
}

// applyTheme sets the app's theme from the preferences.
func (e *Editor) applyTheme() {
	p := e.app.Preferences()
	v := p.StringWithFallback(prefTheme, themeSystem)
	s := p.FloatWithFallback(prefTextScale, 1)
	e.app.Settings().SetTheme(newAppTheme(v, float32(s)))
	if e.view != nil {
		e.view.Refresh()
	}
}

// setThemeChoice keeps a variant and a text scale and applies them.
func (e *Editor) setThemeChoice(variant string, scale float64) {
	p := e.app.Preferences()
	p.SetString(prefTheme, variant)
	p.SetFloat(prefTextScale, scale)
	e.applyTheme()
}

// showSettings opens View › Settings: the theme and the text size, kept
// in the preferences and applied at once.
func (e *Editor) showSettings() {
	p := e.app.Preferences()
	cur := p.StringWithFallback(prefTheme, themeSystem)
	scale := p.FloatWithFallback(prefTextScale, 1)

	var labels []string
	for _, c := range themeChoices {
		labels = append(labels, c.label)
	}
	variant := widget.NewRadioGroup(labels, nil)
	variant.Horizontal = true
	for _, c := range themeChoices {
		if c.key == cur {
			variant.Selected = c.label
		}
	}
	var sizes []string
	for _, s := range textScales {
		sizes = append(sizes, s.name)
	}
	size := widget.NewSelect(sizes, nil)
	for _, s := range textScales {
		if s.scale == scale {
			size.Selected = s.name
		}
	}
	if size.Selected == "" {
		size.Selected = "Normal"
	}
	apply := func() {
		v, sc := themeSystem, 1.0
		for _, c := range themeChoices {
			if c.label == variant.Selected {
				v = c.key
			}
		}
		for _, s := range textScales {
			if s.name == size.Selected {
				sc = s.scale
			}
		}
		e.setThemeChoice(v, sc)
	}
	variant.OnChanged = func(string) { apply() }
	size.OnChanged = func(string) { apply() }
	form := widget.NewForm(
		widget.NewFormItem("Theme", variant),
		widget.NewFormItem("Text size", size),
	)
	d := dialog.NewCustom("Settings", "Close", form, e.win)
	d.Resize(fyne.NewSize(520, 220))
	e.settings = &settingsForm{variant: variant, size: size}
	d.Show()
}

// settingsForm is the open Settings window's fields, for tests.
type settingsForm struct {
	variant *widget.RadioGroup
	size    *widget.Select
}
