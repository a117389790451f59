// Package widgets holds the small widgets and wordings that the editor's
// panels share (a section heading, a wrapping label, an item's name), so
// that a panel in a package of its own shows things as the others do
// without importing the editor.
package widgets

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
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

// TypedKey runs OnEscape on Escape and leaves every other key to the entry.
func (e *EscapeEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(k)
}
