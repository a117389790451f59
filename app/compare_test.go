package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/native"
)

func TestCompareViewListsChangesAndShowsThem(t *testing.T) {
	e := newTestEditor(t)
	other := e.Map().Clone()
	c := claimByText(t, e.Map(), "Teenagers")
	if err := argmap.SetText(c.ID, "Teenagers' sleep shifts later in puberty").Apply(other); err != nil {
		t.Fatal(err)
	}
	added := argmap.NewID()
	if err := argmap.AddClaim(&argmap.Claim{ID: added, Text: "Buses cost more"}).Apply(other); err != nil {
		t.Fatal(err)
	}
	cv := e.openCompare(other, "student.argmap.json")
	defer cv.win.Close()
	if len(cv.changes) != 2 {
		t.Fatalf("want 2 changes, got %v", cv.changes)
	}
	if !strings.Contains(cv.summary.Text, "1 added, 0 removed, 1 changed") {
		t.Errorf("summary %q", cv.summary.Text)
	}
	// Clicking the changed claim selects it in the editor.
	for i, ch := range cv.changes {
		if ch.Op == '~' {
			cv.list.Select(i)
		}
	}
	if sel := e.Selection(); len(sel) != 1 || sel[0] != c.ID {
		t.Fatalf("selection %v, want the changed claim", sel)
	}
	// The comparison follows edits of the editor's map.
	e.do(argmap.SetText(c.ID, "Teenagers' sleep shifts later in puberty"))
	cv.compute()
	if len(cv.changes) != 1 {
		t.Errorf("after the same edit, want 1 change, got %v", cv.changes)
	}
}

func TestResolveConflictsInTheApp(t *testing.T) {
	e := newTestEditor(t)
	base := e.Map()
	ours, theirs := base.Clone(), base.Clone()
	c := claimByText(t, base, "Teenagers")
	_ = argmap.SetText(c.ID, "ours").Apply(ours)
	_ = argmap.SetText(c.ID, "theirs").Apply(theirs)
	merged, cs := compare.Merge(base, ours, theirs)
	if len(cs) != 1 {
		t.Fatalf("conflicts %v", cs)
	}
	e.SetMap(merged, "", nil)
	e.showConflicts()
	mc := compare.Conflicts(e.Map())
	e.resolveConflict(mc[0], true)
	if got := e.Map().Claim(c.ID).Text; got != "theirs" {
		t.Fatalf("take theirs: text %q", got)
	}
	if len(compare.Conflicts(e.Map())) != 0 || e.History().UndoLabel() != "Take Theirs" {
		t.Fatalf("conflict not resolved as one undoable step: %v %q", compare.Conflicts(e.Map()), e.History().UndoLabel())
	}
	e.undo()
	if len(compare.Conflicts(e.Map())) != 1 {
		t.Fatal("undo brings the conflict back")
	}
}

// A teacher saves an exercise sheet; a student fills one claim in; the
// comparison finds it by ID.
func TestSaveExerciseAndCompare(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	model := filepath.Join(dir, "model.argmap.json")
	if err := e.SaveTo(model); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "sheet.argmap.json")
	if err := e.SaveExercise(sheet, compare.BlankClaims); err != nil {
		t.Fatal(err)
	}
	s, err := native.ReadFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Meta.Exercise || e.Map().Meta.Exercise {
		t.Fatal("the sheet is marked as an exercise, the model is not changed")
	}
	c := claimByText(t, e.Map(), "Teenagers")
	if s.Claim(c.ID).Text != compare.Blank {
		t.Fatalf("claim not blank on the sheet: %q", s.Claim(c.ID).Text)
	}
	_ = argmap.SetText(c.ID, "Teenagers' body clocks run late").Apply(s)
	cv := e.openCompare(s, "student")
	cv.win.Close()
	// The thesis (kept on the sheet) and the claim filled in are found;
	// the claims left blank are not.
	if g := cv.grade; len(g.Found) != 2 {
		t.Errorf("found %d claims, want the thesis and the one filled in", len(g.Found))
	}
}

func TestRebaseSources(t *testing.T) {
	m := argmap.New("x")
	m.Sources = []*argmap.Source{{ID: argmap.NewID(), Path: "texts/article.txt"}, {ID: argmap.NewID(), Path: "/abs/a.txt"}}
	rebaseSources(m, "/class/model.argmap.json", "/class/sheets/s.argmap.json")
	if m.Sources[0].Path != "../texts/article.txt" || m.Sources[1].Path != "/abs/a.txt" {
		t.Errorf("paths %q %q", m.Sources[0].Path, m.Sources[1].Path)
	}
}

// studentCopy is the editor's map as a student built apart would have it:
// new IDs, and the given claims reworded.
func studentCopy(m *argmap.Map, reword map[argmap.ID]string) *argmap.Map {
	ids := argmap.DeterministicIDs("student copy")
	s := m.Clone()
	re := map[argmap.ID]argmap.ID{}
	for _, c := range s.Claims {
		if t, ok := reword[c.ID]; ok {
			c.Text = t
		}
		re[c.ID] = ids()
		c.ID = re[c.ID]
	}
	for _, a := range s.Arguments {
		a.ID = ids()
		a.Target = re[a.Target]
		for i, p := range a.Premises {
			a.Premises[i] = re[p]
		}
	}
	s.Reindex()
	return s
}

// The Pairs tab lists every claim with its partner, flags the uncertain
// ones, and lets the teacher pair a claim with another or with none: the
// score follows.
func TestComparePairsAndOverride(t *testing.T) {
	e := newTestEditor(t)
	r2 := claimByText(t, e.Map(), "Pupils learn less")
	b1 := claimByText(t, e.Map(), "Most parents")
	other := studentCopy(e.Map(), map[argmap.ID]string{r2.ID: "Tired pupils do worse in class."})
	cv := e.openCompare(other, "student.argmap.json")
	defer cv.win.Close()
	row := func(id argmap.ID) int {
		for i, r := range cv.rows {
			if r.claim.ID == id {
				return i
			}
		}
		t.Fatalf("no row for %s", id)
		return -1
	}
	if len(cv.rows) != len(e.Map().Claims) {
		t.Fatalf("%d rows for %d claims", len(cv.rows), len(e.Map().Claims))
	}
	if word, _ := pairWord(cv.rows[row(r2.ID)]); word != "CHECK" {
		t.Errorf("the reworded claim paired by its place is %s, want CHECK", word)
	}
	if word, _ := pairWord(cv.rows[row(b1.ID)]); word != "SURE" {
		t.Errorf("the copied claim is %s, want SURE", word)
	}
	full := cv.grade.Score
	// The teacher decides b1 has no partner: the score drops.
	cv.pairs.Select(row(b1.ID))
	test.Tap(cv.unpair)
	if word, _ := pairWord(cv.rows[row(b1.ID)]); word != "NONE" || cv.grade.Score >= full {
		t.Fatalf("after No Partner: %s, score %.1f (was %.1f)", word, cv.grade.Score, full)
	}
	// Then pairs it again by hand, through the list of the other's claims.
	cv.pairs.Select(row(b1.ID))
	var opt string
	for _, o := range cv.partner.Options {
		if strings.Contains(o, "Most parents") {
			opt = o
		}
	}
	cv.partner.SetSelected(opt)
	if word, _ := pairWord(cv.rows[row(b1.ID)]); word != "TEACHER" || cv.grade.Score != full {
		t.Fatalf("after pairing by hand: %s, score %.1f (want %.1f)", word, cv.grade.Score, full)
	}
	if !strings.Contains(cv.summary.Text, "1 set by you") {
		t.Errorf("summary %q", cv.summary.Text)
	}
}

// TestCompareSummaryCountsInWords: the summary counts in English: "1 claim
// paired", never "1 claims paired".
func TestCompareSummaryCountsInWords(t *testing.T) {
	for _, tc := range []struct {
		name  string
		share int // how many of the model's claims the student's map shares
		want  string
	}{
		{"one", 1, "1 claim paired (1 by ID"},
		{"two", 2, "2 claims paired (2 by ID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEditor(t)
			other := argmap.New("student")
			for _, c := range e.Map().Claims[:tc.share] {
				if err := argmap.AddClaim(&argmap.Claim{ID: c.ID, Text: c.Text}).Apply(other); err != nil {
					t.Fatal(err)
				}
			}
			cv := e.openCompare(other, "student.argmap.json")
			defer cv.win.Close()
			if !strings.Contains(cv.summary.Text, tc.want) {
				t.Errorf("summary %q does not say %q", cv.summary.Text, tc.want)
			}
		})
	}
}

// TestComparePairsLegendNamesEveryMarker: the Pairs tab's legend explains
// every marker its rows show; NONE, the commonest in a first draft, was
// left out.
func TestComparePairsLegendNamesEveryMarker(t *testing.T) {
	e := newTestEditor(t)
	cv := e.openCompare(argmap.New("student"), "student.argmap.json")
	defer cv.win.Close()
	// The legend is the row that holds "set by you"; the tab is not shown
	// yet, so walk hidden objects too.
	var legend *fyne.Container
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		var kids []fyne.CanvasObject
		switch w := o.(type) {
		case *fyne.Container:
			kids = w.Objects
			for _, k := range kids {
				if l, ok := k.(*widget.Label); ok && l.Text == "set by you" {
					legend = w
				}
			}
		case *container.AppTabs:
			for i, it := range w.Items {
				if it.Text == "Pairs" {
					w.SelectIndex(i)
				}
			}
			kids = []fyne.CanvasObject{w.Selected().Content}
		case fyne.Widget:
			kids = test.WidgetRenderer(w).Objects()
		}
		for _, k := range kids {
			walk(k)
		}
	}
	walk(cv.win.Content())
	if legend == nil {
		t.Fatal("no Pairs legend")
	}
	words := map[string]bool{}
	var texts func(o fyne.CanvasObject)
	texts = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *canvas.Text:
			words[w.Text] = true
		case *fyne.Container:
			for _, k := range w.Objects {
				texts(k)
			}
		}
	}
	texts(legend)
	for _, want := range []string{"SURE", "CHECK", "OPPOSITE", "TEACHER", "NONE"} {
		if !words[want] {
			t.Errorf("the Pairs legend does not explain %s (it has %v)", want, words)
		}
	}
}
