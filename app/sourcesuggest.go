package app

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/suggest"
)

// suggestClaims runs the built-in suggester (argmap/suggest) on the
// source text shown, the selection or, with none, the whole text: its
// claims and arguments go into the map as pending suggestions, anchored
// to their passages and tidied among themselves beside the map, as one
// undo step, and the Suggestions panel opens for a person to accept or
// reject them. Passages the map has already (by half their length, either
// way) are not suggested again.
func (e *Editor) suggestClaims() {
	s, d := e.src.Current()
	if s == nil || d == nil || d.Err != nil {
		e.status.message("Attach or locate a source first (File › Attach Source…)")
		return
	}
	off, n, where := 0, len(d.Text), "the text"
	if sel := e.src.Selection(); sel.Len() > 0 {
		off, n, where = sel.Start, sel.Len(), "the selection"
	}
	if n > maxSuggestBytes {
		e.status.message(fmt.Sprintf("The text has %d KB, more than can be reviewed at once: select a passage and Suggest Claims on it", n>>10))
		return
	}
	mapped := mappedSpans(e.doc.Map(), s.ID)
	r := suggest.Range(d.Text, off, n).Without(mapped.has)
	if len(r.Claims) == 0 {
		e.status.message("No new claims to suggest in " + where)
		return
	}
	if len(r.Claims) > maxSuggestions {
		e.status.message(fmt.Sprintf("The %s would give %d suggestions, more than can be reviewed at once: select a passage and Suggest Claims on it",
			strings.TrimPrefix(where, "the "), len(r.Claims)))
		return
	}
	ed, ids := r.Edit(e.doc.Mint().IDs, s.ID, d.Text, e.doc.Mint().Now().UTC().Truncate(time.Second), e.freeSpot(e.view.ViewCenter(), nil))
	e.doc.History().Begin(suggest.EditLabel)
	ok := e.do(ed) == nil
	if ok && len(ids) > 1 {
		e.do(layout.TidySelection(e.doc.Map(), ids, e.cardSize, layout.Options{}))
	}
	e.doc.History().End()
	if !ok {
		return
	}
	e.sugg.setShown(true)
	e.Select(ids[:1])
	e.view.Reveal(ids[0])
	e.status.message(fmt.Sprintf("Suggested %s and %s from %s: accept or reject them in the Suggestions panel",
		plural(len(r.Claims), "claim", "claims"), plural(len(r.Relations), "argument", "arguments"), where))
}

// Suggest Claims proposes at most maxSuggestions claims, from at most
// maxSuggestBytes of text, at once: a person reviews each one, and a book
// in one go would bury the map (and the window, while it is laid out).
const (
	maxSuggestions  = 1000
	maxSuggestBytes = 1 << 20
)

// spans are the passages of a source that claims are anchored to, by
// offset.
type spans []suggest.Span

func mappedSpans(m *argmap.Map, source argmap.ID) spans {
	var out spans
	for _, c := range m.Claims {
		if c.Anchor != nil && c.Anchor.Source == source && c.Anchor.Length > 0 {
			out = append(out, suggest.Span{Offset: c.Anchor.Offset, Length: c.Anchor.Length})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out
}

// has reports whether a mapped passage and the claim's overlap by half of
// each (suggest.Mutual): the claim is in the map already, though its
// passage was drawn a little wider or narrower. Such a passage starts at
// most twice the claim's length before it, so only those are looked at.
func (ss spans) has(c suggest.Claim) bool {
	p := suggest.Span{Offset: c.Offset, Length: c.Length}
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Offset >= c.Offset-2*c.Length })
	for ; i < len(ss) && ss[i].Offset < c.Offset+c.Length; i++ {
		if suggest.Mutual.Matches(p, ss[i]) {
			return true
		}
	}
	return false
}
