package sourceview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// SelectionChanged marks the passages of the selected claims and, unless
// the selection came from a click in the text (keep: the editor passes
// whether the pane was the source of the selection), scrolls the first
// into view. A claim anchored in another source switches the pane to it.
func (p *Pane) SelectionChanged(keep bool) {
	doc := p.h.Doc()
	if !p.shown || doc.Map() == nil {
		return
	}
	if !keep {
		for _, id := range doc.Selection() {
			if c := doc.Map().Claim(id); c != nil && c.Anchor != nil && c.Anchor.Source != p.cur && doc.Map().Source(c.Anchor.Source) != nil {
				p.cur = c.Anchor.Source
				p.Refresh() // calls back with keep = true
				break
			}
		}
	}
	var marks []anchor.Span
	for _, id := range doc.Selection() {
		if r, ok := p.results[id]; ok && r.Status != anchor.Broken {
			marks = append(marks, anchor.Span{Start: r.Offset, End: r.Offset + r.Length})
		}
	}
	p.text.setRanges(p.text.shades, marks)
	if !keep && len(marks) > 0 {
		p.scrollTo(marks[0])
	}
}

// Selection is the passage selected in the text (empty when none).
func (p *Pane) Selection() anchor.Span { return p.text.Selection() }

// scrollTo brings a passage into view, a third of the way down, unless it
// is in view already.
func (p *Pane) scrollTo(s anchor.Span) {
	top, bottom := p.text.YOf(s.Start), p.text.YOf(s.End)+p.text.lineHeight()
	h := p.scroll.Size().Height
	off := p.scroll.Offset.Y
	if top >= off && bottom <= off+h {
		return
	}
	y := max(top-h/3, 0)
	if limit := p.text.MinSize().Height - h; y > limit {
		y = max(limit, 0)
	}
	p.scroll.ScrollToOffset(fyne.NewPos(0, y))
}

// claimsAt returns the claims whose passage (in the shown source) holds
// the byte at offset.
func (p *Pane) claimsAt(offset int) []argmap.ID {
	var ids []argmap.ID
	for _, c := range p.h.Doc().Map().Claims {
		if r, ok := p.results[c.ID]; ok && r.Status != anchor.Broken && offset >= r.Offset && offset < r.Offset+r.Length {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// tappedText selects the claims anchored where the text was clicked.
func (p *Pane) tappedText(offset int) {
	p.updateButtons()
	p.h.SelectFrom(p.claimsAt(offset), p)
}

// textMenu is the context menu of the text.
func (p *Pane) textMenu(offset int, at fyne.Position) {
	sel := p.text.Selection()
	if sel.Len() == 0 || offset < sel.Start || offset > sel.End {
		if ids := p.claimsAt(offset); len(ids) > 0 {
			p.h.SelectFrom(ids, p)
		}
	}
	newClaim := fyne.NewMenuItem("New Claim from Selection", p.cmd.NewClaim)
	newClaim.Disabled = sel.Len() == 0
	copyItem := fyne.NewMenuItem("Copy", func() {
		p.cmd.App.Clipboard().SetContent(p.text.text[sel.Start:sel.End])
	})
	copyItem.Disabled = sel.Len() == 0
	suggestLabel := "Suggest Claims"
	if sel.Len() > 0 {
		suggestLabel = "Suggest Claims from Selection"
	}
	m := fyne.NewMenu("", newClaim, fyne.NewMenuItem(suggestLabel, p.cmd.Suggest), copyItem)
	if ids := p.claimsAt(offset); len(ids) > 0 {
		m.Items = append(m.Items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Select Claims Here", func() { p.h.SelectFrom(ids, p) }))
	}
	widget.ShowPopUpMenuAtPosition(m, p.cmd.Win.Canvas(), at)
}
