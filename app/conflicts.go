package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
)

// conflictsPanel lists the merge conflicts kept in the map (by `argmap
// merge` or a git merge driver) and resolves them one by one: show the card,
// keep ours, or take theirs. Each resolution is one undoable edit.
func (e *Editor) showConflicts() dialog.Dialog {
	cs := compare.Conflicts(e.doc.Map())
	if len(cs) == 0 {
		d := dialog.NewInformation("No Conflicts", "This map has no merge conflicts.", e.win)
		d.Show()
		return d
	}
	var d dialog.Dialog
	rows := container.NewVBox()
	for _, c := range cs {
		c := c
		what := e.describe(c.ID)
		label := widget.NewLabel(fmt.Sprintf("%s — %s\ntheirs: %s", what, c.Field, c.Theirs))
		label.Wrapping = fyne.TextWrapWord
		show := widget.NewButton("Show", func() { e.Select([]argmap.ID{c.ID}); e.view.Reveal(c.ID) })
		keep := widget.NewButton("Keep Ours", func() { e.resolveConflict(c, false); d.Hide(); e.showConflicts() })
		take := widget.NewButton("Take Theirs", func() { e.resolveConflict(c, true); d.Hide(); e.showConflicts() })
		if c.Field != "text" && c.Field != "assessment" && c.Field != "polarity" && c.Field != "scheme" {
			take.Disable()
		}
		rows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(show, keep, take), label))
		rows.Add(widget.NewSeparator())
	}
	scroll := container.NewVScroll(rows)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	d = dialog.NewCustom(fmt.Sprintf("%d Merge Conflict(s)", len(cs)), "Close", scroll, e.win)
	d.Show()
	return d
}

// describe names a claim or an argument for lists.
func (e *Editor) describe(id argmap.ID) string {
	if c := e.doc.Map().Claim(id); c != nil {
		return fmt.Sprintf("%q", clipText(c.Text, 60))
	}
	if a := e.doc.Map().Argument(id); a != nil {
		if t := e.doc.Map().Claim(a.Target); t != nil {
			return fmt.Sprintf("the %s argument to %q", a.Polarity, clipText(t.Text, 50))
		}
		return "an argument"
	}
	return id.String()[:8]
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func (e *Editor) resolveConflict(c compare.MapConflict, takeTheirs bool) {
	ed, err := compare.Resolve(e.doc.Map(), c, takeTheirs)
	if err != nil {
		e.showError(err)
		return
	}
	if e.do(ed) == nil {
		e.status.message(conflictsLeft(len(compare.Conflicts(e.doc.Map()))))
	}
}

// conflictsLeft is the status line after a conflict is resolved.
func conflictsLeft(n int) string {
	if n == 0 {
		return "All merge conflicts resolved"
	}
	return plural(n, "merge conflict", "merge conflicts") + " left"
}
