package app

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/outline"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/native"
)

// suggestionsEditor is the demo map with suggestions pending, the panel
// shown: an objection to a reason, proposed by "assistant" (accepted, it
// brings the main claim down), and two reasons from "suggester".
func suggestionsEditor(t *testing.T) (*Editor, map[string]argmap.ID) {
	t.Helper()
	e := newTestEditor(t)
	m := e.Map()
	ids := map[string]argmap.ID{
		"r2": claimByText(t, m, "Pupils learn less").ID,
		"o1": claimByText(t, m, "A later start").ID,
		"b1": claimByText(t, m, "Most parents").ID,
	}
	propose := func(name string, p argmap.Proposal, e2 argmap.Edit, claim, arg argmap.ID) {
		t.Helper()
		if err := e.do(argmap.Propose(p, e2)); err != nil {
			t.Fatalf("propose %s: %v", name, err)
		}
		ids[name], ids[name+"/arg"] = claim, arg
	}
	ed, c, a := argmap.ObjectTo(argmap.Mint{}, m, ids["r2"], "Studies of later starts found no gain in marks.", "assistant", "")
	propose("obj", argmap.Proposal{By: "assistant", Note: "from ¶3"}, ed, c, a)
	ed, c, a = argmap.SupportClaim(nil, m, ids["b1"], "Surveys show most parents leave by 8.")
	propose("s1", argmap.Proposal{By: "suggester"}, ed, c, a)
	ed, c, a = argmap.SupportClaim(nil, m, ids["o1"], "Childcare is arranged around school hours.")
	propose("s2", argmap.Proposal{By: "suggester"}, ed, c, a)
	if it := menuItem(t, e, "View", "Suggestions"); !it.Checked {
		it.Action() // as the user opens the panel
	}
	return e, ids
}

// acceptedLabels is the app's evaluation of every accepted claim and argument.
func acceptedLabels(e *Editor) map[argmap.ID]eval.Label {
	out := map[argmap.ID]eval.Label{}
	for _, c := range e.Map().Claims {
		if !c.Pending() {
			out[c.ID] = e.doc.Labels().Claim(c.ID)
		}
	}
	for _, a := range e.Map().Arguments {
		if !a.Pending() {
			out[a.ID] = e.doc.Labels().Argument(a.ID)
		}
	}
	return out
}

func sameLabels(a, b map[argmap.ID]eval.Label) bool {
	if len(a) != len(b) {
		return false
	}
	for id, x := range a {
		if b[id] != x {
			return false
		}
	}
	return true
}

// suggRow renders row i of the panel the way its list does, so that a test
// taps the real buttons.
func suggRow(t *testing.T, p *suggestions, i int) (title, text, quote string, accept, edit, reject *widget.Button) {
	t.Helper()
	if i >= len(p.rows) {
		t.Fatalf("row %d of %d", i, len(p.rows))
	}
	o := p.list.CreateItem()
	p.list.UpdateItem(i, o)
	box := o.(*fyne.Container)
	btns := box.Objects[3].(*fyne.Container).Objects
	return box.Objects[0].(*widget.Label).Text, box.Objects[1].(*widget.Label).Text, box.Objects[2].(*widget.Label).Text,
		btns[0].(*widget.Button), btns[1].(*widget.Button), btns[2].(*widget.Button)
}

// rowOf is the index of the row whose claim is id.
func rowOf(t *testing.T, p *suggestions, id argmap.ID) int {
	t.Helper()
	for i, r := range p.rows {
		if r.claim == id || r.id == id {
			return i
		}
	}
	t.Fatalf("no row for %v", id)
	return -1
}

func encoded(t *testing.T, m *argmap.Map) []byte {
	t.Helper()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestSuggestionsPanelRows(t *testing.T) {
	e, ids := suggestionsEditor(t)
	p := e.sugg
	if len(p.rows) != 3 {
		t.Fatalf("%d rows, want 3 (a suggested reason or objection is one row)", len(p.rows))
	}
	if got := p.head.Text; got != "3 suggestions pending" {
		t.Errorf("head %q", got)
	}
	if got := statusCounts(t, e); !strings.Contains(got, " · 3 suggestions pending") || pendingRows(e.Map()) != len(p.rows) {
		t.Errorf("status bar %q, %d rows", got, pendingRows(e.Map()))
	}
	title, text, quote, _, edit, _ := suggRow(t, p, rowOf(t, p, ids["obj"]))
	if !strings.HasPrefix(title, "assistant · OBJECTION against «Pupils learn less") {
		t.Errorf("title %q", title)
	}
	if text != "Studies of later starts found no gain in marks." || quote != "no source passage" || edit.Disabled() {
		t.Errorf("text %q, quote %q, edit disabled %v", text, quote, edit.Disabled())
	}
	if n := len(p.sources.Objects); n != 2 {
		t.Errorf("%d source rows, want assistant and suggester", n)
	}
	// Selecting a row selects its card.
	p.list.Select(rowOf(t, p, ids["s1"]))
	if sel := e.Selection(); len(sel) != 1 || sel[0] != ids["s1"] {
		t.Errorf("selection %v, want the suggested claim", sel)
	}
	// The View menu and the toolbar toggle it.
	if !p.menuItem.Checked {
		t.Error("the View menu's item is not checked")
	}
	test.Tap(toolbarButton(t, e, "Suggestions"))
	if p.shown {
		t.Error("still shown after a tap on the toolbar's button")
	}
}

// TestSuggestionsPanelActions: each action of the panel, its effect, its
// one undo step, and the evaluation, unchanged until the objection is
// accepted.
func TestSuggestionsPanelActions(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(t *testing.T, e *Editor, ids map[string]argmap.ID)
		// check the map after the action
		check func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID)
		// labelsChange: the action changes the evaluation
		labelsChange bool
	}{
		{"accept", func(t *testing.T, e *Editor, ids map[string]argmap.ID) {
			_, _, _, acc, _, _ := suggRow(t, e.sugg, rowOf(t, e.sugg, ids["obj"]))
			test.Tap(acc)
		}, func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID) {
			if m.Claim(ids["obj"]).Pending() || m.Argument(ids["obj/arg"]).Pending() || len(m.PendingBy("assistant")) != 0 {
				t.Error("the objection is still pending")
			}
		}, true},
		{"edit then accept", func(t *testing.T, e *Editor, ids map[string]argmap.ID) {
			_, _, _, _, edit, _ := suggRow(t, e.sugg, rowOf(t, e.sugg, ids["obj"]))
			test.Tap(edit)
			if e.sugg.editEntry == nil || e.sugg.editEntry.Text != "Studies of later starts found no gain in marks." {
				t.Fatal("no edit dialog with the claim's text")
			}
			e.sugg.editEntry.SetText("  Two studies found no gain in marks. ")
			e.sugg.editDone(true)
		}, func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID) {
			c := m.Claim(ids["obj"])
			if c.Pending() || m.Argument(ids["obj/arg"]).Pending() || c.Text != "Two studies found no gain in marks." {
				t.Errorf("objection %q pending %v", c.Text, c.Pending())
			}
		}, true},
		{"reject", func(t *testing.T, e *Editor, ids map[string]argmap.ID) {
			_, _, _, _, _, rej := suggRow(t, e.sugg, rowOf(t, e.sugg, ids["obj"]))
			test.Tap(rej)
		}, func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID) {
			if m.Claim(ids["obj"]) != nil || m.Argument(ids["obj/arg"]) != nil || len(m.Challenges) != 0 {
				t.Error("the rejected objection (claim, argument, challenge) is still on the map")
			}
			if len(m.PendingBy("suggester")) != 4 {
				t.Error("rejecting one suggestion took others")
			}
		}, false},
		{"reject all from one source", func(t *testing.T, e *Editor, ids map[string]argmap.ID) {
			var rej *widget.Button
			for _, o := range e.sugg.sources.Objects {
				row := o.(*fyne.Container)
				var label *widget.Label
				var btns *fyne.Container
				for _, x := range row.Objects {
					switch x := x.(type) {
					case *widget.Label:
						label = x
					case *fyne.Container:
						btns = x
					}
				}
				if strings.HasPrefix(label.Text, "suggester") {
					rej = btns.Objects[1].(*widget.Button)
				}
			}
			if rej == nil || rej.Text != "Reject all" {
				t.Fatal("no Reject all for the suggester")
			}
			test.Tap(rej)
		}, func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID) {
			if m.Claim(ids["s1"]) != nil || m.Claim(ids["s2"]) != nil || len(m.PendingBy("suggester")) != 0 {
				t.Error("the suggester's suggestions are still on the map")
			}
			if len(m.PendingBy("assistant")) != 3 {
				t.Error("reject all from one source took another's")
			}
		}, false},
		{"accept all from one source", func(t *testing.T, e *Editor, ids map[string]argmap.ID) {
			e.sugg.acceptAll("suggester")
		}, func(t *testing.T, m *argmap.Map, ids map[string]argmap.ID) {
			if m.Claim(ids["s1"]).Pending() || m.Claim(ids["s2"]).Pending() || len(m.PendingBy("assistant")) != 3 {
				t.Error("accept all from the suggester: wrong items accepted")
			}
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, ids := suggestionsEditor(t)
			m := e.Map()
			// The pending suggestions changed no label of the demo map.
			plain := newTestEditor(t)
			if !sameLabels(acceptedLabels(plain), acceptedLabels(e)) {
				t.Fatal("pending suggestions changed the evaluation")
			}
			if e.doc.Labels().Claim(ids["obj"]) != eval.Unlabelled {
				t.Error("a pending claim is labelled")
			}
			before, labels := encoded(t, m), acceptedLabels(e)
			steps := e.doc.History().Len()
			tc.act(t, e, ids)
			if msg := shownError(e); msg != "" {
				t.Fatal(msg)
			}
			tc.check(t, m, ids)
			if e.doc.History().Len() != steps+1 {
				t.Errorf("%d undo steps, want one", e.doc.History().Len()-steps)
			}
			after := acceptedLabels(e)
			delete(after, ids["obj"])
			delete(after, ids["obj/arg"])
			for _, k := range []string{"s1", "s2"} {
				delete(after, ids[k])
				delete(after, ids[k+"/arg"])
			}
			if changed := !sameLabels(labels, after); changed != tc.labelsChange {
				t.Errorf("the evaluation changed: %v, want %v", changed, tc.labelsChange)
			}
			if tc.labelsChange && e.doc.Labels().Claim(claimByText(t, m, "Secondary schools").ID) != eval.Out {
				t.Error("the accepted objection did not bring the main claim down")
			}
			// The panel follows the map.
			if got := len(m.Pending()); got == 0 && len(e.sugg.rows) != 0 || got > 0 && len(e.sugg.rows) == 0 {
				t.Errorf("%d rows for %d pending", len(e.sugg.rows), got)
			}
			e.undo()
			if got := encoded(t, m); !bytes.Equal(got, before) {
				t.Errorf("undo did not restore the map:\n%s", got)
			}
			if !sameLabels(acceptedLabels(e), labels) || len(e.sugg.rows) != 3 {
				t.Errorf("after undo: labels restored %v, %d rows", sameLabels(acceptedLabels(e), labels), len(e.sugg.rows))
			}
		})
	}
}

// TestSuggestionsPanelPassage: a suggested claim anchored in the map's
// source shows its passage, read from the source file.
func TestSuggestionsPanelPassage(t *testing.T) {
	e, ids := suggestionsEditor(t)
	dir := t.TempDir()
	text := "Intro. Studies of later starts found no gain in marks, one report says. End."
	path := dir + "/article.txt"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.AttachSource(path); err != nil {
		t.Fatal(err)
	}
	src := e.Map().Sources[0].ID
	off := strings.Index(text, "Studies")
	an := &argmap.Anchor{Source: src, Paragraph: "¶1", Offset: off, Length: len("Studies of later starts found no gain in marks")}
	if err := e.do(argmap.SetAnchor(ids["obj"], an)); err != nil {
		t.Fatal(err)
	}
	_, _, quote, _, _, _ := suggRow(t, e.sugg, rowOf(t, e.sugg, ids["obj"]))
	if quote != "¶1 ❝Studies of later starts found no gain in marks❞" {
		t.Errorf("passage %q", quote)
	}
}

// TestSuggestionInInspector: the inspector of a suggested claim says who
// suggested it and why, and accepts it; an accepted claim's says nothing.
func TestSuggestionInInspector(t *testing.T) {
	e, ids := suggestionsEditor(t)
	e.Select([]argmap.ID{ids["obj"]})
	if !showsClaim(t, e) {
		t.Fatalf("inspector shows %q, want the claim", inspectorLabels(t, e))
	}
	if l, ok := inspectorLabel(t, e, "Suggested by"); l != "Suggested by assistant: from ¶3" {
		t.Errorf("inspector says %q (shown %v), want who suggested it", l, ok)
	}
	test.Tap(inspectorButton(t, e, "Accept"))
	if e.Map().Claim(ids["obj"]).Pending() {
		t.Fatal("the inspector's Accept did not accept")
	}
	if l, ok := inspectorLabel(t, e, "Suggested by"); !showsClaim(t, e) || ok {
		t.Errorf("the accepted claim's inspector still shows a suggestion: %q", l)
	}
	e.Select([]argmap.ID{ids["s1/arg"]})
	if _, ok := inspectorLabel(t, e, "Suggested by"); !ok {
		t.Error("no suggestion box in the suggested argument's inspector")
	}
}

// TestSuggestionsPanelOpensWithSuggestions: a map opened (or reloaded)
// with suggestions pending opens the panel; one without leaves it as it is.
func TestSuggestionsPanelOpensWithSuggestions(t *testing.T) {
	e := newTestEditor(t)
	shown := func() bool { return menuItem(t, e, "View", "Suggestions").Checked }
	if shown() {
		t.Fatal("the panel is open on a map without suggestions")
	}
	m := demoMap()
	m.Claims[1].Proposal = &argmap.Proposal{By: "suggester"}
	e.SetMap(m, "", nil)
	if !shown() || len(e.sugg.rows) != 1 {
		t.Fatalf("shown %v with %d rows on a map with a suggestion", shown(), len(e.sugg.rows))
	}
	menuItem(t, e, "View", "Suggestions").Action() // the user closes it
	e.SetMap(demoMap(), "", nil)
	if shown() {
		t.Error("the panel opened on a map without suggestions")
	}
}

// TestOutlineMarksSuggestions: the outline's row of a suggested claim says
// so, and no longer once it is accepted.
func TestOutlineMarksSuggestions(t *testing.T) {
	e, ids := suggestionsEditor(t)
	const text = "Studies of later starts found no gain in marks."
	e.Select([]argmap.ID{ids["obj"]}) // opens its branch in the outline
	if r := outlineRowStarting(t, e, outline.SuggestedMark+text); r.text != outline.SuggestedMark+text {
		t.Errorf("outline row %q, want the claim marked suggested", r.text)
	}
	e.sugg.accept(ids["obj/arg"])
	if r := outlineRowStarting(t, e, text); r.text != text {
		t.Errorf("outline row %q after accept, want no mark", r.text)
	}
}
