package app

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	aoutline "github.com/argmap/argmap/argmap/outline"
)

// presentMap is a thesis T with reasons R1 (itself supported by S1) and
// R2; an objection O1 to T answered by B1; an objection O2 to R1; and an
// undercut U of R2's step.
func presentMap() (*argmap.Map, map[argmap.ID]string) {
	m := argmap.New("present")
	names := map[argmap.ID]string{}
	claim := func(n string, x, y float64) argmap.ID {
		c := &argmap.Claim{ID: argmap.NewID(), Text: n + " text", Pos: argmap.Point{X: x, Y: y}}
		m.Claims = append(m.Claims, c)
		names[c.ID] = n
		return c.ID
	}
	arg := func(pol argmap.Polarity, target argmap.ID, premise argmap.ID) argmap.ID {
		a := &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{premise}, Target: target, Polarity: pol}
		m.Arguments = append(m.Arguments, a)
		names[a.ID] = "a" + names[premise]
		return a.ID
	}
	t := claim("T", 0, 0)
	r1, r2, o1 := claim("R1", -300, 200), claim("R2", 0, 200), claim("O1", 300, 200)
	s1, b1, o2, u := claim("S1", -450, 400), claim("B1", 300, 400), claim("O2", -150, 400), claim("U", 150, 400)
	arg(argmap.Pro, t, r1)
	ar2 := arg(argmap.Pro, t, r2)
	arg(argmap.Con, t, o1)
	arg(argmap.Pro, r1, s1)
	arg(argmap.Con, o1, b1)
	arg(argmap.Con, r1, o2)
	arg(argmap.Con, ar2, u)
	m.Reindex()
	return m, names
}

// The presentation shows the thesis, then each reason with its support,
// then the objections, each followed by its replies.
func TestPresentStepOrder(t *testing.T) {
	m, names := presentMap()
	var got []string
	for _, s := range presentSteps(aoutline.Build(m)) {
		var ns []string
		for _, id := range s {
			ns = append(ns, names[id])
		}
		got = append(got, strings.Join(ns, " "))
	}
	want := []string{"T", "aR1 R1 aS1 S1", "aR2 R2", "aO1 O1", "aB1 B1", "aO2 O2", "aU U"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("steps\n got %q\nwant %q", got, want)
	}
}

// Space and the arrows step through the map, E shows and hides what
// stands, Escape puts the editor back as it was.
func TestPresentKeysAndEscape(t *testing.T) {
	e := newTestEditor(t)
	m, names := presentMap()
	e.SetMap(m, "", nil)
	content := e.win.Content()
	evalOn := e.doc.Evaluating()
	e.typedKey(&fyne.KeyEvent{Name: fyne.KeyF5})
	p := e.pres
	if p == nil || !e.win.FullScreen() || e.win.MainMenu() != nil {
		t.Fatalf("F5: presenting %v, full screen %v, menu %v; want full screen without a menu", p != nil, e.win.FullScreen(), e.win.MainMenu())
	}
	if e.win.Canvas().Focused() != p {
		t.Errorf("the presentation does not have the keyboard (%T has)", e.win.Canvas().Focused())
	}
	shown := func() string {
		var ns []string
		for _, c := range m.Claims {
			if p.revealed()[c.ID] {
				ns = append(ns, names[c.ID])
			}
		}
		return strings.Join(ns, " ")
	}
	for _, st := range []struct {
		key  fyne.KeyName
		want string
	}{
		{"", "T"},
		{fyne.KeySpace, "T R1 S1"},
		{fyne.KeyRight, "T R1 R2 S1"},
		{fyne.KeyLeft, "T R1 S1"},
		{fyne.KeyEnd, "T R1 R2 O1 S1 B1 O2 U"},
		{fyne.KeySpace, "T R1 R2 O1 S1 B1 O2 U"}, // no step past the last
		{fyne.KeyHome, "T"},
		{fyne.KeyUp, "T"},
	} {
		if st.key != "" {
			p.TypedKey(&fyne.KeyEvent{Name: st.key})
		}
		if got := shown(); got != st.want {
			t.Errorf("after %q: shown %q, want %q", st.key, got, st.want)
		}
		if z := shownView(t, e).Zoom(); 14*z < 24 {
			t.Errorf("after %q: zoom %.2f gives %.0f px text, want 24 or more", st.key, z, 14*z)
		}
	}
	on := e.doc.Evaluating()
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyE})
	if e.doc.Evaluating() == on || !strings.Contains(p.caption.Text, "E") {
		t.Errorf("E left the evaluation %v", e.doc.Evaluating())
	}
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.pres != nil || e.win.FullScreen() || e.win.Content() != content || e.win.MainMenu() != e.menus.main {
		t.Errorf("Escape: presenting %v, full screen %v, content restored %v, menu restored %v",
			e.pres != nil, e.win.FullScreen(), e.win.Content() == content, e.win.MainMenu() == e.menus.main)
	}
	if e.doc.Evaluating() != evalOn {
		t.Errorf("evaluation %v after the presentation, want %v as before", e.doc.Evaluating(), evalOn)
	}
	if len(m.Claims) != 8 || e.History().Len() != 0 {
		t.Errorf("presenting changed the map: %d claims, %d edits", len(m.Claims), e.History().Len())
	}
}

// A click in the presentation reveals the next step and edits nothing.
func TestPresentClickSteps(t *testing.T) {
	e := newTestEditor(t)
	e.startPresenting()
	test.Tap(e.pres)
	if e.pres.at != 1 {
		t.Errorf("after a click at step %d, want 1", e.pres.at)
	}
	test.TapSecondary(e.pres)
	if e.pres.at != 0 {
		t.Errorf("after a right-click at step %d, want 0", e.pres.at)
	}
	e.stopPresenting()
}

// allKeys are the key names a keyboard sends.
var allKeys = func() []fyne.KeyName {
	ks := []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn, fyne.KeyTab, fyne.KeyBackspace, fyne.KeyInsert, fyne.KeyDelete,
		fyne.KeyRight, fyne.KeyLeft, fyne.KeyDown, fyne.KeyUp, fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd,
		fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6, fyne.KeyF7, fyne.KeyF8, fyne.KeyF9,
		fyne.KeyF10, fyne.KeyF11, fyne.KeyF12, fyne.KeyEnter, fyne.KeySpace, fyne.KeyApostrophe, fyne.KeyComma,
		fyne.KeyMinus, fyne.KeyPeriod, fyne.KeySlash, fyne.KeyBackslash, fyne.KeyLeftBracket, fyne.KeyRightBracket,
		fyne.KeySemicolon, fyne.KeyEqual, fyne.KeyAsterisk, fyne.KeyPlus, fyne.KeyBackTick}
	for c := '0'; c <= '9'; c++ {
		ks = append(ks, fyne.KeyName(string(c)))
	}
	for c := 'A'; c <= 'Z'; c++ {
		ks = append(ks, fyne.KeyName(string(c)))
	}
	return ks
}()

// Help › Keyboard Shortcuts lists every key the editor binds: every menu
// item's shortcut, every second key, every plain key, every key the
// canvas takes, and the presentation's keys.
func TestKeyboardShortcutsListEveryBoundKey(t *testing.T) {
	e := newTestEditor(t)
	rows := e.keyRows()
	listed := map[string]bool{}
	for _, r := range rows {
		for _, k := range strings.Split(r.keys, " or ") {
			listed[k] = true
		}
	}
	var want []string
	var walk func([]*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil {
				want = append(want, shortcutLabel(it.Shortcut))
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range e.win.MainMenu().Items {
		walk(m.Items)
	}
	for _, tab := range [][]boundKey{secondKeys, plainKeys, presentKeys, canvasKeys} {
		for _, b := range tab {
			for _, k := range b.keys {
				want = append(want, modLabel(b.mods)+keyLabel(k))
			}
		}
	}
	// The canvas's keys: whatever HandleKey takes must be in canvasKeys.
	inCanvas := map[fyne.KeyName]bool{}
	for _, b := range canvasKeys {
		for _, k := range b.keys {
			inCanvas[k] = true
		}
	}
	for _, k := range allKeys {
		if shownView(t, e).HandleKey(k, 0) && !inCanvas[k] {
			t.Errorf("the canvas takes %s, which canvasKeys does not list", k)
		}
		shownView(t, e).CloseEditor()
	}
	for _, w := range want {
		if !listed[w] {
			t.Errorf("bound key %q is not in Help › Keyboard Shortcuts", w)
		}
	}
	for _, must := range []string{"Ctrl+Shift+O", "Ctrl+J", "F5", "Space", "Escape", "Ctrl+Y"} {
		if !listed[must] {
			t.Errorf("%s missing from the shortcuts", must)
		}
	}
	e.showKeys()
	if e.win.Canvas().Overlays().Top() == nil {
		t.Error("Keyboard Shortcuts opened no window")
	}
}

// About says the version (the one in FyneApp.toml) and the file format's.
func TestAbout(t *testing.T) {
	b, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	v := regexp.MustCompile(`(?m)^Version = "([^"]+)"`).FindSubmatch(b)
	if v == nil || string(v[1]) != appVersion {
		t.Errorf("FyneApp.toml version %q, appVersion %q", v, appVersion)
	}
	a := aboutText()
	if !strings.Contains(a, "Argmap "+appVersion) || !strings.Contains(a, fmt.Sprintf("version %d", native.FormatVersion)) {
		t.Errorf("About says %q", a)
	}
	e := newTestEditor(t)
	e.showAbout()
	e.showQuickStart()
	if !strings.Contains(quickStart, "UNDEC") || !strings.Contains(quickStart, "co-premises") {
		t.Error("Quick Start does not explain the labels and co-premises")
	}
}

// Settings keeps the theme and the text size in the preferences, applies
// them at once, and a new editor on the same app starts with them.
func TestSettingsPersistAndApply(t *testing.T) {
	e := newTestEditor(t)
	e.showSettings()
	s := e.settings
	s.variant.SetSelected("Dark")
	s.size.SetSelected("Large")
	p := e.app.Preferences()
	if p.String(prefTheme) != themeDark || p.Float(prefTextScale) != 1.15 {
		t.Errorf("preferences %q %v, want dark, 1.15", p.String(prefTheme), p.Float(prefTextScale))
	}
	check := func(when string, dark bool, scale float32) {
		t.Helper()
		th := e.app.Settings().Theme()
		bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
		if isDark := relLum(bg) < 0.2; isDark != dark {
			t.Errorf("%s: background %v, dark %v, want %v", when, bg, isDark, dark)
		}
		if got, want := th.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText)*scale; got != want {
			t.Errorf("%s: text size %v, want %v", when, got, want)
		}
	}
	check("after choosing", true, 1.15)
	e.app.Settings().SetTheme(theme.DefaultTheme())
	w := e.app.NewWindow("again")
	NewEditor(e.app, w, testFormats())
	check("in a new editor", true, 1.15)
	s.variant.SetSelected("Light")
	s.size.SetSelected("Normal")
	check("back to light", false, 1)
}

// The inspector's placeholder text is readable in both variants (WCAG AA,
// 4.5:1, against the input background).
func TestPlaceholderReadable(t *testing.T) {
	for _, v := range []string{themeLight, themeDark} {
		th := newAppTheme(v, 1)
		ph := th.Color(theme.ColorNamePlaceHolder, theme.VariantLight)
		bg := th.Color(theme.ColorNameInputBackground, theme.VariantLight)
		if c := contrast(ph, bg); c < 4.5 {
			t.Errorf("%s: placeholder contrast %.1f:1, want 4.5:1 or more", v, c)
		}
		// The inspector's hints are low-importance labels, drawn in the
		// disabled colour.
		hint := th.Color(theme.ColorNameDisabled, theme.VariantLight)
		back := th.Color(theme.ColorNameBackground, theme.VariantLight)
		if c := contrast(hint, back); c < 4.5 {
			t.Errorf("%s: hint contrast %.1f:1, want 4.5:1 or more", v, c)
		}
		fg := th.Color(theme.ColorNameForeground, theme.VariantLight)
		if c := contrast(hint, fg); c < 1.4 {
			t.Errorf("%s: disabled text %.1f:1 from the foreground: too close to tell apart", v, c)
		}
	}
}
