package app

import (
	"fmt"
	"time"

	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/suggest"
)

// suggestClaims runs the built-in suggester (argmap/suggest) on the
// source text shown, the selection or, with none, the whole text: its
// claims and arguments go into the map as pending suggestions, anchored
// to their passages and tidied among themselves beside the map, as one
// undo step, and the Suggestions panel opens for a person to accept or
// reject them. Passages the map has already are not suggested again.
func (e *Editor) suggestClaims() {
	p := e.src
	s, d := p.current()
	if s == nil || d == nil || d.err != nil {
		e.status.message("Attach or locate a source first (File › Attach Source…)")
		return
	}
	off, n, where := 0, len(d.text), "the text"
	if sel := p.text.Selection(); sel.Len() > 0 {
		off, n, where = sel.Start, sel.Len(), "the selection"
	}
	mapped := map[[2]int]bool{}
	for _, c := range e.m.Claims {
		if c.Anchor != nil && c.Anchor.Source == s.ID {
			mapped[[2]int{c.Anchor.Offset, c.Anchor.Length}] = true
		}
	}
	r := suggest.Range(d.text, off, n).Without(func(c suggest.Claim) bool { return mapped[[2]int{c.Offset, c.Length}] })
	if len(r.Claims) == 0 {
		e.status.message("No new claims to suggest in " + where)
		return
	}
	ed, ids := r.Edit(s.ID, d.text, time.Now().UTC().Truncate(time.Second), e.freeSpot(e.view.ViewCenter(), nil))
	e.hist.Begin(suggest.EditLabel)
	ok := e.do(ed)
	if ok && len(ids) > 1 {
		e.do(layout.TidySelection(e.m, ids, e.cardSize, layout.Options{}))
	}
	e.hist.End()
	if !ok {
		return
	}
	e.sugg.setShown(true)
	e.Select(ids[:1])
	e.view.Reveal(ids[0])
	e.status.message(fmt.Sprintf("Suggested %s and %s from %s: accept or reject them in the Suggestions panel",
		plural(len(r.Claims), "claim", "claims"), plural(len(r.Relations), "argument", "arguments"), where))
}
