package app

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/suggest"
)

const suggestFixture = "Fines for dog dirt must rise. Owners ignore the rules because nobody checks.\n\n" +
	"Granted, officers rarely catch anyone, but once owners pay they learn. That’s why the town must act.\n"

// suggestEditor is an editor on the demo map with suggestFixture attached.
func suggestEditor(t *testing.T) *Editor {
	t.Helper()
	e := newTestEditor(t)
	if err := e.AttachSource(writeSource(t, suggestFixture)); err != nil {
		t.Fatal(err)
	}
	return e
}

// newSince returns the claims and arguments added after the first nc
// claims and na arguments.
func newSince(m *argmap.Map, nc, na int) ([]*argmap.Claim, []*argmap.Argument) {
	return m.Claims[nc:], m.Arguments[na:]
}

// TestSuggestClaimsFromText: Suggest Claims on the whole text adds the
// suggester's proposals as pending suggestions anchored in the source, as
// one undo step, opens the Suggestions panel, leaves the evaluation of
// what was accepted as it was, and suggests nothing twice.
func TestSuggestClaimsFromText(t *testing.T) {
	e := suggestEditor(t)
	m := e.Map()
	if b := windowButton(e, "Suggest Claims"); b == nil || b.Disabled() {
		t.Fatal("Suggest Claims is disabled with the text shown")
	}
	before, nc, na, steps := acceptedLabels(e), len(m.Claims), len(m.Arguments), e.History().Len()
	want := suggest.Text(suggestFixture)
	e.suggestClaims()
	if e.History().Len() != steps+1 || e.History().UndoLabel() == "" {
		t.Fatalf("history grew by %d, want one step", e.History().Len()-steps)
	}
	claims, args := newSince(m, nc, na)
	if len(claims) != len(want.Claims) || len(args) != len(want.Relations) || len(args) == 0 {
		t.Fatalf("%d claims, %d arguments added; want %d, %d", len(claims), len(args), len(want.Claims), len(want.Relations))
	}
	src := m.Sources[0]
	seen := map[argmap.Point]bool{}
	for i, c := range claims {
		if !c.Pending() || c.Proposal.By != suggest.By {
			t.Errorf("claim %q is not pending from the suggester", c.Text)
		}
		if c.Anchor == nil || c.Anchor.Source != src.ID || c.Anchor.Offset != want.Claims[i].Offset {
			t.Errorf("claim %q anchored %+v", c.Text, c.Anchor)
		} else if res := anchor.Resolve(suggestFixture, *c.Anchor); res.Status != anchor.OK {
			t.Errorf("claim %q: anchor %v", c.Text, res.Status)
		}
		if seen[c.Pos] {
			t.Errorf("two suggested cards at %v", c.Pos)
		}
		seen[c.Pos] = true
	}
	for _, a := range args {
		if !a.Pending() {
			t.Errorf("argument %s is not pending", a.ID)
		}
	}
	if !menuItem(t, e, "View", "Suggestions").Checked {
		t.Error("the Suggestions panel did not open")
	}
	if !sameLabels(before, acceptedLabels(e)) {
		t.Error("pending suggestions changed the evaluation of the accepted map")
	}
	if msg := statusMessage(t, e); !strings.Contains(msg, "Suggested 6 claims and 4 arguments from the text") {
		t.Errorf("status %q", msg)
	}
	// Again: every passage is in the map now.
	e.suggestClaims()
	if len(m.Claims) != nc+len(claims) || e.History().Len() != steps+1 {
		t.Errorf("suggesting again added %d claims", len(m.Claims)-nc-len(claims))
	}
	if msg := statusMessage(t, e); msg != "No new claims to suggest in the text" {
		t.Errorf("status %q", msg)
	}
	e.undo()
	if len(m.Claims) != nc || len(m.Arguments) != na {
		t.Fatalf("undo left %d claims, %d arguments; want %d, %d", len(m.Claims), len(m.Arguments), nc, na)
	}
}

// TestSuggestClaimsFromSelection: with a passage selected, only its
// sentences are proposed; a passage already mapped is left out, with the
// relations to it, and accepting a suggestion makes it a claim of the map.
func TestSuggestClaimsFromSelection(t *testing.T) {
	e := suggestEditor(t)
	m := e.Map()
	start := strings.Index(suggestFixture, "Granted")
	end := strings.Index(suggestFixture, " That’s")
	mustSourceText(t, e).Select(anchor.Span{Start: start, End: end})
	nc, na := len(m.Claims), len(m.Arguments)
	e.suggestClaims()
	claims, args := newSince(m, nc, na)
	if len(claims) != 2 || len(args) != 1 || !strings.HasPrefix(claims[0].Text, "Granted") || args[0].Target != claims[0].ID {
		t.Fatalf("from the selection: %d claims (%v), %d arguments", len(claims), claims, len(args))
	}
	if !strings.Contains(statusMessage(t, e), "from the selection") {
		t.Errorf("status %q", statusMessage(t, e))
	}
	if err := e.do(argmap.Accept(claims[0].ID)); err != nil || m.Claim(claims[0].ID).Pending() {
		t.Fatalf("accepting a suggested claim failed: %v", err)
	}
	// The whole text now: the two passages in the map are not proposed
	// again, nor what only relates to them.
	mustSourceText(t, e).Select(anchor.Span{})
	nc2, na2 := len(m.Claims), len(m.Arguments)
	e.suggestClaims()
	more, moreArgs := newSince(m, nc2, na2)
	if len(more) != 4 {
		t.Fatalf("%d more claims, want the 4 not yet in the map", len(more))
	}
	for _, c := range more {
		if strings.HasPrefix(c.Text, "Granted") || strings.HasPrefix(c.Text, "Once") {
			t.Errorf("%q suggested twice", c.Text)
		}
	}
	for _, a := range moreArgs {
		if m.Claim(a.Target) == nil && m.Argument(a.Target) == nil {
			t.Errorf("argument %s aims at nothing", a.ID)
		}
	}
}

// TestSuggestClaimsSkipsMappedPassages: a passage the analyst made a
// claim of by hand, a little wider than the suggester's clause, is not
// suggested again.
func TestSuggestClaimsSkipsMappedPassages(t *testing.T) {
	e := suggestEditor(t)
	m := e.Map()
	start := strings.Index(suggestFixture, "Owners ignore")
	mustSourceText(t, e).Select(anchor.Span{Start: start, End: strings.Index(suggestFixture, " nobody")})
	e.newClaimFromSelection()
	mustSourceText(t, e).Select(anchor.Span{})
	nc := len(m.Claims)
	e.suggestClaims()
	for _, c := range m.Claims[nc:] {
		if strings.HasPrefix(c.Text, "Owners ignore") {
			t.Errorf("%q suggested though the map has it", c.Text)
		}
	}
	if len(m.Claims)-nc != len(suggest.Text(suggestFixture).Claims)-1 {
		t.Errorf("%d claims suggested, want all but one", len(m.Claims)-nc)
	}
}

// TestSuggestClaimsNeedsText: the Edit menu offers Suggest Claims; with
// no source the pane's button is off, and the command says what to do and
// changes nothing.
func TestSuggestClaimsNeedsText(t *testing.T) {
	e := newTestEditor(t)
	var edit []string
	for _, m := range e.win.MainMenu().Items {
		if m.Label == "Edit" {
			for _, it := range m.Items {
				edit = append(edit, it.Label)
			}
		}
	}
	if !strings.Contains(strings.Join(edit, "|"), "New Claim from Selection|Suggest Claims") {
		t.Errorf("the Edit menu lacks Suggest Claims after New Claim from Selection: %v", edit)
	}
	menuItem(t, e, "View", "Source Text").Action()
	if b := windowButton(e, "Suggest Claims"); b == nil || !b.Disabled() {
		t.Error("Suggest Claims is enabled with no text to suggest from")
	}
	n := len(e.Map().Claims)
	e.suggestClaims()
	if len(e.Map().Claims) != n || !strings.Contains(statusMessage(t, e), "Attach or locate a source first") {
		t.Errorf("without a source: %d claims added, status %q", len(e.Map().Claims)-n, statusMessage(t, e))
	}
}

// TestSuggestClaimsBounded: a text that would give more suggestions than
// a person can review at once is refused with a message, and nothing is
// added; a selection of it works.
func TestSuggestClaimsBounded(t *testing.T) {
	e := newTestEditor(t)
	long := strings.Repeat("Fines must rise because owners ignore the rules. ", maxSuggestions)
	if err := e.AttachSource(writeSource(t, long)); err != nil {
		t.Fatal(err)
	}
	n := len(e.Map().Claims)
	e.suggestClaims()
	if len(e.Map().Claims) != n || !strings.Contains(statusMessage(t, e), "more than can be reviewed at once") {
		t.Fatalf("%d claims added, status %q", len(e.Map().Claims)-n, statusMessage(t, e))
	}
	mustSourceText(t, e).Select(anchor.Span{Start: 0, End: 200})
	e.suggestClaims()
	if len(e.Map().Claims) == n {
		t.Errorf("nothing suggested from a selection: %q", statusMessage(t, e))
	}
}
