// Package suggest proposes claims and the relations between them from a
// text, offline and without a model: the text's own sentences and
// clauses, split at discourse markers, become claims, and the markers
// ("because", "therefore", "however", "although", …) say which claim
// supports or attacks which. Every proposal is anchored to its passage by
// byte offset and length, so that the usual re-anchoring (argmap/anchor)
// finds it again after the text changes.
//
// It reads the text once and does a bounded amount of work per byte, so a
// 10,000-word text takes milliseconds (see the benchmark). How good the
// proposals are is measured against the annotated arg-microtexts in the
// tests (see the README, "Suggested claims").
package suggest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// Claim is a proposed claim: a passage of the text.
type Claim struct {
	Offset, Length int    // the passage, in bytes of the whole text
	Text           string // what the card says: the passage without its opening marker
	Marker         string // the discourse marker that opens the passage, as written, or ""
	Kind           Kind   // what the marker says about it
	// Main: the claim the text argues for, as the markers tell.
	Main bool
	// Opponent: the author grants it to the other side ("Granted, …"):
	// it attacks what the text argues for.
	Opponent bool
}

// Relation is a proposed argument: claim From supports (Attack false) or
// attacks claim To; or, where Undercut is set, attacks the inference of
// relation To (an undercutter: "Granted X; but Y": Y attacks X's attack).
type Relation struct {
	From, To int // indexes into Result.Claims (Result.Relations for an undercut)
	Attack   bool
	Undercut bool
	// Why names the marker the relation was read from, "" for the default
	// (a reason for the main claim).
	Why string
}

// Result is what Text proposes.
type Result struct {
	Claims    []Claim
	Relations []Relation
}

// Text proposes claims and relations for the whole text.
func Text(text string) *Result { return Range(text, 0, len(text)) }

// Range proposes claims and relations for the length bytes of text at
// offset (a selection), clamped to the text and widened to whole
// characters; offsets in the result are still in the whole text.
func Range(text string, offset, length int) *Result {
	offset = min(max(offset, 0), len(text))
	end := min(offset+min(max(length, 0), len(text)), len(text))
	for offset > 0 && offset < len(text) && !utf8.RuneStart(text[offset]) {
		offset--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	var units []unit
	var buf []int32
	for i, s := range sentences(text, offset, end) {
		var us []unit
		us, buf = clauses(text, s, i, buf)
		units = append(units, us...)
	}
	r := &Result{Claims: make([]Claim, len(units))}
	for i, u := range units {
		r.Claims[i] = Claim{Offset: u.start, Length: u.end - u.start, Marker: u.marker, Kind: u.kind, Text: cardText(text, u)}
	}
	relate(r, units)
	return r
}

// cardText is the passage as a card shows it: without its opening marker
// and a trailing comma or semicolon, starting with a capital.
func cardText(text string, u unit) string {
	s := text[u.start:u.end]
	if u.marker != "" && u.kind != Concession {
		rest := strings.TrimLeft(text[u.markerEnd:u.end], " ,;:")
		if words(rest) >= 2 {
			s = rest
		}
	}
	s = strings.TrimRight(s, " ,;:-–—")
	s = strings.Join(strings.Fields(s), " ")
	if r, n := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	if utf8.RuneCountInString(s) > MaxCardText {
		// A passage with no stop for pages: the card shows its start, the
		// anchor keeps all of it.
		s = string([]rune(s)[:MaxCardText-1]) + "…"
	}
	return s
}

// MaxCardText is the most characters a proposed claim's text has.
const MaxCardText = 1000

// By is the Proposal.By of what the suggester proposes.
const By = "suggester"

// Map turns the proposals into claims and arguments anchored in text, the
// text of the source with the given ID (NilID: anchors without a source),
// every one of them proposed (Proposal.By is By, at the time given, the
// note saying which marker it was read from). Claims come in text order,
// then arguments in the order of Relations. Their IDs come from ids.
func (r *Result) Map(ids argmap.IDSource, source argmap.ID, text string, at time.Time) ([]*argmap.Claim, []*argmap.Argument) {
	claims := make([]*argmap.Claim, len(r.Claims))
	for i, c := range r.Claims {
		an := anchor.NewAnchor(source, text, c.Offset, c.Length)
		claims[i] = &argmap.Claim{ID: ids.New(), Text: c.Text, Anchor: &an, Proposal: proposal(at, claimNote(c))}
		if c.Main {
			claims[i].Tags = []string{MainTag}
		}
	}
	args := make([]*argmap.Argument, len(r.Relations))
	for i, rel := range r.Relations {
		args[i] = &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{claims[rel.From].ID}, Polarity: argmap.Pro,
			Proposal: proposal(at, relationNote(rel))}
		if rel.Attack {
			args[i].Polarity = argmap.Con
		}
	}
	for i, rel := range r.Relations {
		if rel.Undercut {
			args[i].Target = args[rel.To].ID
		} else {
			args[i].Target = claims[rel.To].ID
		}
	}
	return claims, args
}

func proposal(at time.Time, note string) *argmap.Proposal {
	return &argmap.Proposal{By: By, Time: at, Note: note}
}

func claimNote(c Claim) string {
	switch {
	case c.Main:
		return "the main claim of its paragraph"
	case c.Opponent:
		return "conceded to the other side"
	}
	return ""
}

func relationNote(r Relation) string {
	if r.Why == "" {
		return "one more reason for the main claim"
	}
	return "read from \u201c" + strings.ToLower(strings.Join(strings.Fields(r.Why), " ")) + "\u201d"
}

// Edit is the edit that adds the proposals to a map, anchored in the text
// of its source (NilID: none), as one undoable step of suggestions, and
// the IDs of the claims it adds. Claims are placed in a column down from
// pos, in text order, for a layout to tidy. Their IDs come from mint.
func (r *Result) Edit(mint argmap.IDSource, source argmap.ID, text string, at time.Time, pos argmap.Point) (argmap.Edit, []argmap.ID) {
	claims, args := r.Map(mint, source, text, at)
	edits := make([]argmap.Edit, 0, len(claims)+len(args))
	ids := make([]argmap.ID, len(claims))
	for i, c := range claims {
		c.Pos = argmap.Point{X: pos.X, Y: pos.Y + float64(i)*cardSpacing}
		edits = append(edits, argmap.AddClaim(c))
		ids[i] = c.ID
	}
	for _, a := range args {
		edits = append(edits, argmap.AddArgument(a))
	}
	return argmap.Batch(EditLabel, edits...), ids
}

// Without returns the proposals without the claims drop picks (passages
// the map has already, say) and without the relations from or to them,
// or undercutting a relation left out.
func (r *Result) Without(drop func(Claim) bool) *Result {
	out := &Result{}
	claimAt := make([]int, len(r.Claims))
	for i, c := range r.Claims {
		claimAt[i] = -1
		if !drop(c) {
			claimAt[i] = len(out.Claims)
			out.Claims = append(out.Claims, c)
		}
	}
	// An undercut aims at a relation before it (see relateParagraph), so
	// one pass in order knows where each target went.
	relAt := make([]int, len(r.Relations))
	for i, rel := range r.Relations {
		relAt[i] = -1
		to := -1
		switch {
		case rel.Undercut && rel.To < i:
			to = relAt[rel.To]
		case !rel.Undercut:
			to = claimAt[rel.To]
		}
		if claimAt[rel.From] < 0 || to < 0 {
			continue
		}
		rel.From, rel.To = claimAt[rel.From], to
		relAt[i] = len(out.Relations)
		out.Relations = append(out.Relations, rel)
	}
	return out
}

// EditLabel names the edit of Edit in the history ("Undo Suggest Claims").
const EditLabel = "Suggest Claims"

// cardSpacing is the vertical distance between suggested cards before a
// layout.
const cardSpacing = 120

// MainTag marks the proposed claim that the text argues for.
const MainTag = "main-claim"
