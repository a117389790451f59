// Package widgets holds the small widgets and wordings that the editor's
// panels share (a section heading, a wrapping label, an item's name), so
// that a panel in a package of its own shows things as the others do
// without importing the editor.
package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// Heading is a bold section title (the inspector's "Tags", "Challenges").
func Heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// Wrapped is a label that wraps at word boundaries.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Low is a label of low importance: a hint, or "No tags." in an empty list.
func Low(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	return l
}

// Plural counts n things: "1 claim", "3 claims".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// ItemLabel names a claim of m by its first line, or an argument by what
// it does.
func ItemLabel(m *argmap.Map, id argmap.ID) string {
	if c := m.Claim(id); c != nil {
		return FirstLine(c.Text)
	}
	if a := m.Argument(id); a != nil {
		verb := "supports"
		if a.Polarity == argmap.Con {
			verb = "opposes"
		}
		return "The argument that " + verb + " “" + ItemLabel(m, a.Target) + "”"
	}
	return "(missing)"
}

// FirstLine is the first line of s, marked when cut, for one row.
func FirstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if s == "" {
		return "(empty)"
	}
	return s
}

// Shorten cuts s to at most n runes, marking the cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// EscapeEntry is a text field that runs OnEscape on Escape. Fyne's Entry
// ignores Escape and, having the keyboard, keeps it from the window: in a
// dialog whose field has the keyboard (Find, Answer) Escape did nothing.
type EscapeEntry struct {
	widget.Entry
	// OnEscape runs when Escape is pressed in the field (a dialog's Hide).
	OnEscape func()
	// OnEnter, when set, runs on Enter in a multi-line field, and
	// Shift+Enter breaks the line, as in the card's in-place editor
	// (Fyne's own multi-line Entry does the opposite, and Enter in the
	// Answer dialog only added a line).
	OnEnter func()
}

// NewEscapeEntry is a one-line EscapeEntry.
func NewEscapeEntry() *EscapeEntry {
	e := &EscapeEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewEscapeMultiLineEntry is a multi-line EscapeEntry.
func NewEscapeMultiLineEntry() *EscapeEntry {
	e := &EscapeEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewMultiLineEntry
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey runs OnEscape on Escape and OnEnter on Enter (not Shift+Enter),
// and leaves every other key to the entry.
func (e *EscapeEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && e.OnEscape != nil:
		e.OnEscape()
		return
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && e.OnEnter != nil && e.MultiLine && !shiftHeld():
		e.OnEnter()
		return
	}
	e.Entry.TypedKey(k)
}

// shiftHeld reports whether Shift is held (false where the driver cannot
// tell, as in tests).
func shiftHeld() bool {
	if a := fyne.CurrentApp(); a != nil {
		if d, ok := a.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
		}
	}
	return false
}

// TablesAsLists rewrites each Markdown table in md as a list, one item a
// row ("- **first cell** — Header: cell · Header: cell"): Fyne's RichText
// has no tables and showed them as raw pipes and dashes (the Decision
// Summary's table of sides). Other lines are kept as they are.
func TablesAsLists(md string) string {
	lines := strings.Split(md, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if i+1 >= len(lines) || !isTableRow(lines[i]) || !isTableRule(lines[i+1]) {
			out = append(out, lines[i])
			continue
		}
		head := tableCells(lines[i])
		i += 2
		for ; i < len(lines) && isTableRow(lines[i]); i++ {
			cells := tableCells(lines[i])
			if len(cells) == 0 {
				continue
			}
			item := "- **" + cells[0] + "**"
			var rest []string
			for j, c := range cells[1:] {
				if j+1 < len(head) && head[j+1] != "" {
					c = head[j+1] + ": " + c
				}
				rest = append(rest, c)
			}
			if len(rest) > 0 {
				item += " — " + strings.Join(rest, " · ")
			}
			out = append(out, item)
		}
		i-- // the loop's i++ moves to the line after the table
	}
	return strings.Join(out, "\n")
}

func isTableRow(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 1 && s[0] == '|' && s[len(s)-1] == '|'
}

func isTableRule(s string) bool {
	if !isTableRow(s) {
		return false
	}
	return strings.Trim(strings.TrimSpace(s), "|-: ") == ""
}

// tableCells splits a table row at its unescaped pipes ("\|" is a pipe
// inside a cell, kept escaped for the Markdown reader).
func tableCells(row string) []string {
	row = strings.TrimSpace(row)
	row = row[1 : len(row)-1]
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row):
			cur.WriteByte(row[i])
			cur.WriteByte(row[i+1])
			i++
		case row[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// OnWhat names what a challenge is on: a claim's text in quotes, or "the
// argument that supports “…”" (an argument's own label quoted again would
// read “The argument that supports “…””). The Open Challenges list and the
// inspector's Challenges section say it the same way.
func OnWhat(m *argmap.Map, target argmap.ID) string {
	if a := m.Argument(target); a != nil {
		verb := "supports"
		if a.Polarity == argmap.Con {
			verb = "opposes"
		}
		return "the argument that " + verb + " “" + Shorten(ItemLabel(m, a.Target), 80) + "”"
	}
	return "“" + Shorten(ItemLabel(m, target), 90) + "”"
}
