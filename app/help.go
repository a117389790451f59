package app

import (
	"fmt"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap/native"
)

// appVersion is Argmap's version, as in FyneApp.toml (a test holds them
// together): `go build` does not read that file's metadata.
const appVersion = "0.1.0"

// boundKey is a key the editor binds outside the menus, with what it does:
// Help › Keyboard Shortcuts lists these same tables, so it cannot drift
// from what is bound.
type boundKey struct {
	keys []fyne.KeyName
	mods fyne.KeyModifier
	help string
	run  func(e *Editor)
}

// secondKeys are shortcuts a menu item cannot show beside its own:
// bound on the window's canvas by addShortcuts.
var secondKeys = []boundKey{
	{keys: []fyne.KeyName{fyne.KeyY}, mods: mod, help: "Redo", run: func(e *Editor) { e.redo() }},
	{keys: []fyne.KeyName{fyne.KeyEqual}, mods: modShift, help: "Zoom in", run: func(e *Editor) { e.view.ZoomIn() }},
	{keys: []fyne.KeyName{fyne.KeyPlus}, mods: mod, help: "Zoom in", run: func(e *Editor) { e.view.ZoomIn() }},
}

// plainKeys are the keys without a modifier that the editor takes when no
// text field has the keyboard (typedKey).
var plainKeys = []boundKey{
	{keys: []fyne.KeyName{fyne.KeyDelete, fyne.KeyBackspace}, help: "Delete the selection", run: (*Editor).deleteSelection},
	{keys: []fyne.KeyName{fyne.KeyF2}, help: "Edit the selected claim's text in place", run: (*Editor).editText},
	{keys: []fyne.KeyName{fyne.KeyF5}, help: "Present the map step by step", run: (*Editor).startPresenting},
	// F1 is help in every desktop application; not over a presentation.
	{keys: []fyne.KeyName{fyne.KeyF1}, help: "Help › Quick Start", run: func(e *Editor) {
		if e.pres == nil {
			e.showQuickStart()
		}
	}},
	{keys: []fyne.KeyName{fyne.KeyEscape}, help: "Close the dialog shown, else clear the selection", run: func(e *Editor) { e.Select(nil) }},
}

// canvasKeys are the keys the canvas (mapview.View.HandleKey) acts on; a
// test holds this list to what HandleKey takes.
var canvasKeys = []boundKey{
	{keys: []fyne.KeyName{fyne.KeyUp}, help: "Select the conclusion the selected card supports or attacks"},
	{keys: []fyne.KeyName{fyne.KeyDown}, help: "Select its first premise"},
	{keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}, help: "Select the previous, next premise of the same conclusion (where there is none: the nearest card that way)"},
	{keys: []fyne.KeyName{fyne.KeyTab}, help: "Select the next card, row by row (Shift+Tab: the previous)"},
	{keys: []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter}, help: "Edit the selected claim's text (Enter commits, Shift+Enter breaks the line, Esc cancels)"},
	{keys: []fyne.KeyName{fyne.KeyEscape}, help: "Clear the selection"},
}

// keyLabel writes a key as a user reads it.
func keyLabel(k fyne.KeyName) string {
	switch k {
	case fyne.KeyEqual:
		return "="
	case fyne.KeyMinus:
		return "-"
	case fyne.KeyPlus:
		return "+"
	case fyne.KeyReturn:
		return "Return"
	case fyne.KeyBackspace:
		return "Backspace"
	case fyne.KeySpace:
		return "Space"
	case fyne.KeyPageDown:
		return "Page Down"
	case fyne.KeyPageUp:
		return "Page Up"
	}
	return string(k)
}

// modLabel writes modifiers as a prefix such as "Ctrl+Shift+".
func modLabel(m fyne.KeyModifier) string {
	var b strings.Builder
	if m&fyne.KeyModifierShortcutDefault != 0 {
		if fyne.KeyModifierShortcutDefault == fyne.KeyModifierSuper {
			b.WriteString("Cmd+")
		} else {
			b.WriteString("Ctrl+")
		}
	}
	if m&fyne.KeyModifierAlt != 0 {
		b.WriteString("Alt+")
	}
	if m&fyne.KeyModifierShift != 0 {
		b.WriteString("Shift+")
	}
	return b.String()
}

// shortcutLabel writes a shortcut as a user reads it ("Ctrl+Shift+O").
func shortcutLabel(sc fyne.Shortcut) string {
	if ks, ok := sc.(fyne.KeyboardShortcut); ok {
		return modLabel(ks.Mod()) + keyLabel(ks.Key())
	}
	return sc.ShortcutName()
}

// keysLabel writes a boundKey's keys ("Delete or Backspace").
func (b boundKey) keysLabel() string {
	var ks []string
	for _, k := range b.keys {
		ks = append(ks, modLabel(b.mods)+keyLabel(k))
	}
	return strings.Join(ks, " or ")
}

// keyRow is one row of Help › Keyboard Shortcuts.
type keyRow struct{ group, keys, action string }

// keyRows lists every key the editor binds: the menus' shortcuts (walked
// from the main menu itself), the second keys, the plain keys, the
// canvas's keys and the presentation's keys.
func (e *Editor) keyRows() []keyRow {
	var rows []keyRow
	var walk func(path string, items []*fyne.MenuItem)
	walk = func(path string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator {
				continue
			}
			if it.Shortcut != nil {
				rows = append(rows, keyRow{"Menus", shortcutLabel(it.Shortcut), path + strings.TrimSuffix(it.Label, "…")})
			}
			if it.ChildMenu != nil {
				walk(path+it.Label+" › ", it.ChildMenu.Items)
			}
		}
	}
	if e.menus.main != nil {
		for _, m := range e.menus.main.Items {
			walk(m.Label+" › ", m.Items)
		}
	}
	for _, t := range []struct {
		group string
		keys  []boundKey
	}{{"Also", secondKeys}, {"When no text field has the keyboard", plainKeys}, {"On the map", canvasKeys}, {"Presenting (F5)", presentKeys}, {"Flowing a round (View › Flow)", flowKeys}} {
		for _, b := range t.keys {
			rows = append(rows, keyRow{t.group, b.keysLabel(), b.help})
		}
	}
	return rows
}

// addShortcuts binds the second keys on the window's canvas.
func (mm *menus) addShortcuts(c fyne.Canvas) {
	e := mm.e
	// Not while presenting: nothing may change the map then.
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) {
		if e.pres == nil && !e.overlayShown() {
			e.redo()
		}
	})
	for _, b := range secondKeys {
		for _, k := range b.keys {
			c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: b.mods}, func(fyne.Shortcut) {
				if e.pres == nil && !e.overlayShown() {
					b.run(e)
				}
			})
		}
	}
}

// showKeys opens Help › Keyboard Shortcuts, made from keyRows.
func (e *Editor) showKeys() {
	var cells []fyne.CanvasObject
	group := ""
	for _, r := range e.keyRows() {
		if r.group != group {
			group = r.group
			cells = append(cells, widget.NewLabelWithStyle(group, fyne.TextAlignLeading, fyne.TextStyle{Bold: true, Italic: true}), layout.NewSpacer())
		}
		k := widget.NewLabelWithStyle(r.keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		a := widget.NewLabel(r.action)
		a.Wrapping = fyne.TextWrapWord
		cells = append(cells, k, a)
	}
	body := container.NewVScroll(container.New(layout.NewFormLayout(), cells...))
	body.SetMinSize(fyne.NewSize(760, 560))
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", body, e.win)
	d.Show()
}

// quickStart is Help › Quick Start: how to begin, then what the map's
// marks, the outline and the challenges mean.
const quickStart = `## Start
Double-click empty space to add a claim. Select it, then Ctrl+R adds a reason and Ctrl+Shift+O an objection; type, and press Enter. Drag a card's top handle onto another card to connect them. Right-click a card for everything it can do. F5 presents the map step by step; Help › Keyboard Shortcuts lists every key.

## Cards
Each card is a **claim**. The small capitals on it say its part: **MAIN CONCLUSION** (blue, bold: what the map argues for), **REASON** (green), **OBJECTION** (red), **REBUTTAL** (orange: an answer to an objection), **UNDERCUTTER** (purple: doubts a step, not a claim).

## Arrows
An arrow runs from a reason to what it supports (green, with a **+**) or from an objection to what it attacks (red, with a **−**). Cards joined at one junction are **co-premises**: they support only together. An arrow that ends on another arrow **undercuts** the step. A dashed, faint arrow does not apply (its premises do not stand, or a critical question is open).

## What stands
View › Show What Stands (Ctrl+Shift+E) puts a badge on every card: **IN** (stands), **OUT** (defeated), **UNDEC** (left open, as in a cycle of attacks). Accept or reject a claim in the inspector to say what you grant.

## Labels and marks
A small label on a junction names the argument's **scheme** (such as Expert Opinion); a **?** marker is a critical question asked of it (filled while open). A coloured stripe is a colour you gave the card.

## Outline
View › Outline lists the map as a tree: under each claim its reasons and objections, under those their own. A row starting with **&** is a co-premise: it supports only together with the row above it. Rows deeper than the pane has room to indent stay at one indent, each with its level as a small number at the left.

## Challenges
Challenge › Object (Ctrl+J) adds an objection and keeps it as an open challenge, with who raised it and when, until it is answered. Select an argument that has a scheme for Challenge › Ask Critical Question…; while open, the question counts against the step. Challenge › Open Challenges (Ctrl+K) lists what is still unanswered.`

// showQuickStart opens Help › Quick Start.
func (e *Editor) showQuickStart() {
	rt := widget.NewRichTextFromMarkdown(quickStart)
	rt.Wrapping = fyne.TextWrapWord
	body := container.NewVScroll(rt)
	body.SetMinSize(fyne.NewSize(720, 620)) // how to begin comes first; the rest scrolls
	d := dialog.NewCustom("Quick Start", "Close", body, e.win)
	d.Show()
}

// aboutText is what Help › About says.
func aboutText() string {
	build := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		build = bi.GoVersion
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				build += ", commit " + s.Value[:7]
			}
		}
	}
	return fmt.Sprintf("Argmap %s\nArgument maps: build, challenge, evaluate and present them, offline.\n\nFile format: %s, version %d\nBuilt with %s", appVersion, native.FormatName, native.FormatVersion, build)
}

// showAbout opens Help › About.
func (e *Editor) showAbout() {
	d := dialog.NewCustom("About Argmap", "Close", wrapped(aboutText()), e.win)
	d.Resize(fyne.NewSize(480, 240))
	d.Show()
}
