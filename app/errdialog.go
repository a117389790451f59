package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
)

// newErrorDialog is the editor's error dialog: Fyne's dialog.NewError
// capitalises the message's first letter, which renames a file the
// message starts with ("notes/round.argmap.json: …" showed as
// "Notes/round…", another file on a case-sensitive disk). This one keeps
// the message as written, capitalising only a leading word that is not
// a file name (errorText).
func newErrorDialog(err error, win fyne.Window) dialog.Dialog {
	msg := widgets.Wrapped(errorText(err))
	icon := widget.NewIcon(theme.ErrorIcon())
	// The icon sits at the first line, not beside the middle of the text.
	d := dialog.NewCustom("Error", "OK", container.NewBorder(nil, nil, container.NewVBox(icon), nil, msg), win)
	// Wide enough for a path and a place (map.claims[31].anchor, line and
	// column) on two or three lines, not a column of single words.
	d.Resize(fyne.NewSize(560, 200))
	return d
}

// errorText is err's message for the error dialog: a lowercase first word
// ("open", "save") starts the sentence capitalised; a first word that is a
// path or a file name (it holds '/', '\\' or '.') is left as it is.
func errorText(err error) string {
	s := err.Error()
	word := s
	if i := strings.IndexAny(s, " :"); i >= 0 {
		word = s[:i]
	}
	if strings.ContainsAny(word, `/\.`) {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
