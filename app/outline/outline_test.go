package outline

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/app/widgets/widgetstest"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/gen"
)

// The tests use Fyne's test app, a process-wide global that each
// test.NewTempApp swaps in: they cannot run in parallel.

// host is the editor as far as the outline sees it: a real document whose
// changes refresh the outline, and the selections it makes.
type host struct {
	doc      *document.Document
	o        *Outline
	selected [][]argmap.ID
}

func (h *host) Doc() *document.Document { return h.doc }
func (h *host) Do(ed argmap.Edit) error { return h.doc.Do(ed) }
func (h *host) DoMerge(ed argmap.Edit, key string) error {
	return h.doc.DoMerge(ed, key)
}
func (h *host) SelectFrom(ids []argmap.ID, src any) {
	if src != h.o {
		panic("the outline selected without naming itself")
	}
	h.doc.Select(ids...)
	h.selected = append(h.selected, ids)
}
func (h *host) Status(string) {}

// newOutline shows m in an outline of a fake host, in a window, as the
// editor does on opening a map: Reset, then a refresh of everything.
func newOutline(t testing.TB, m *argmap.Map) *host {
	t.Helper()
	win := test.NewTempApp(t).NewWindow("outline")
	h := &host{doc: document.New(m, "", nil)}
	h.o = New(h)
	h.doc.Subscribe(func(c argmap.Change) { h.o.Refresh(c.Has(argmap.Structure)) })
	win.SetContent(h.o.Widget())
	win.Resize(fyne.NewSize(400, 800))
	h.o.Reset()
	h.o.Refresh(true)
	return h
}

// sample is a conclusion with a linked pair of premises, an objection
// and a premise shared by a second argument.
func sample(t *testing.T) (*argmap.Map, map[string]argmap.ID) {
	b := argmaptest.NewBuilder(t.Name(), "Sleep")
	ids := map[string]argmap.ID{}
	ids["main"] = b.Claim("Schools should start later.")
	ids["sleep"] = b.Claim("Teenagers need more sleep.\nStudies say so.")
	ids["clock"] = b.Claim("Their body clock runs late.")
	b.Pro(ids["main"], ids["sleep"], ids["clock"])
	ids["cost"] = b.Claim("Buses cost more.")
	b.Con(ids["main"], ids["cost"])
	ids["grades"] = b.Claim("Grades rise.")
	b.Pro(ids["grades"], ids["sleep"])
	return b.Map(), ids
}

// TestTreeShowsTheMap: each conclusion is a root, its arguments' premises
// under it (a linked co-premise marked "&", an objection too), and a claim
// reached again is a leaf marked "↗"; rows name claims by their first line.
func TestTreeShowsTheMap(t *testing.T) {
	m, ids := sample(t)
	h := newOutline(t, m)
	o := h.o
	row := func(uid string) string {
		text, _ := o.describe(o.nodes[uid])
		return text
	}
	var rows func(parent, indent string) []string
	rows = func(parent, indent string) []string {
		var out []string
		for _, uid := range o.children(parent) {
			out = append(out, indent+row(uid))
			out = append(out, rows(uid, indent+"  ")...)
		}
		return out
	}
	want := []string{
		"Schools should start later.",
		"  Teenagers need more sleep. …",
		"  & Their body clock runs late.",
		"  Buses cost more.",
		"Grades rise.",
		"  ↗ Teenagers need more sleep. …",
	}
	if got := rows("", ""); !slices.Equal(got, want) {
		t.Errorf("tree\n%q\nwant\n%q", got, want)
	}
	if uid := firstNode(o, ids["sleep"]); o.nodes[uid] == nil || o.nodes[uid].repeat {
		t.Errorf("the first node of the shared premise is %q, want its full row", uid)
	}
}

// firstNode is the uid of the first node showing id, "" when none does.
func firstNode(o *Outline, id argmap.ID) string {
	uid, _ := o.firstUID(id)
	return uid
}

// TestShape pins the tree the outline shows: premises under the claim
// their argument supports or attacks, a linked co-premise marked "&", an
// undercutter's premises after the argument's, a claim met again marked
// "↗" as a leaf, lone claims and claims reached only through a cycle as
// roots of their own; every claim and argument has a first node.
func TestShape(t *testing.T) {
	b := argmaptest.NewBuilder("outline", "shape")
	a, bb, c, d := b.Claim("A"), b.Claim("B"), b.Claim("C"), b.Claim("D")
	b.Pro(a, bb, c)
	b.Pro(bb, d)
	b.Con(c, d)
	arg := b.Arg(argmap.Pro, a, d)
	b.Con(arg.ID, b.Claim("U"))
	x, y := b.Claim("X"), b.Claim("Y")
	b.Pro(x, y)
	b.Pro(y, x)
	b.Claim("lonely")
	m := b.Map()
	o := newOutline(t, m).o
	var got []string
	var walk func(uid string, depth int)
	walk = func(uid string, depth int) {
		for _, k := range o.children(uid) {
			text, _ := o.describe(o.nodes[k])
			got = append(got, strings.Repeat(" ", depth)+text)
			if o.tree.IsBranch(k) && !o.tree.IsBranchOpen(k) {
				t.Errorf("branch %q is closed in a new document", text)
			}
			walk(k, depth+1)
		}
	}
	walk("", 0)
	want := []string{"A", " B", "  D", " & C", "  ↗ D", " ↗ D", " U", "lonely", "X", " Y", "  ↗ X"}
	if !slices.Equal(got, want) {
		t.Errorf("outline rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range m.Claims {
		if uid, ok := o.firstUID(c.ID); !ok || o.nodes[uid].id != c.ID || o.nodes[uid].repeat {
			t.Errorf("claim %q: first node %q, %v", c.Text, uid, ok)
		}
	}
	for _, ar := range m.Arguments {
		uid, ok := o.firstUID(ar.ID)
		if !ok || o.nodes[uid].id != ar.Premises[0] {
			t.Errorf("argument on %v: first node %q, %v, want its first premise's", ar.Target, uid, ok)
		}
	}
}

// TestSelection: choosing a row selects its claim in the other views, and
// a selection made elsewhere selects its first row.
func TestSelection(t *testing.T) {
	m, ids := sample(t)
	h := newOutline(t, m)
	o := h.o
	o.tree.Select(firstNode(o, ids["cost"]))
	if len(h.selected) != 1 || !slices.Equal(h.selected[0], []argmap.ID{ids["cost"]}) {
		t.Fatalf("choosing a row selected %v, want the objection", h.selected)
	}
	o.SelectIDs([]argmap.ID{ids["sleep"]})
	if o.selected != firstNode(o, ids["sleep"]) {
		t.Errorf("selected row %q, want the premise's first row %q", o.selected, firstNode(o, ids["sleep"]))
	}
	o.SelectIDs(nil)
	if o.selected != "" {
		t.Errorf("selected row %q after clearing the selection, want none", o.selected)
	}
}

// TestBranchesSurviveEdits: the node IDs are made of the entities' short
// names, which stay the same for the document's life, so a branch the user
// closed stays closed when an edit rebuilds the tree, and a new document
// starts with every branch open.
func TestBranchesSurviveEdits(t *testing.T) {
	m, ids := sample(t)
	h := newOutline(t, m)
	o := h.o
	uid := firstNode(o, ids["main"])
	if !o.tree.IsBranchOpen(uid) {
		t.Fatal("a new document's branches are not open")
	}
	o.tree.CloseBranch(uid)
	builds := o.builds
	if err := h.Do(argmap.AddClaim(&argmap.Claim{ID: argmap.NewID(), Text: "A claim of its own"})); err != nil {
		t.Fatal(err)
	}
	if o.builds == builds {
		t.Fatal("adding a claim did not rebuild the outline")
	}
	if got := firstNode(o, ids["main"]); got != uid {
		t.Fatalf("the claim's node is %q after the edit, was %q", got, uid)
	}
	if o.tree.IsBranchOpen(uid) {
		t.Error("the closed branch opened again after an edit")
	}
	h.doc.Reset(m, "", nil)
	o.Reset()
	if uid := firstNode(o, ids["main"]); !o.tree.IsBranchOpen(uid) {
		t.Error("a new document kept a closed branch")
	}
}

// TestNewMapBuildsOnce: showing a new map (Reset, then the refresh of
// everything that follows it) builds the tree once; it has every claim and
// follows a later change of structure, while typing only repaints.
func TestNewMapBuildsOnce(t *testing.T) {
	h := newOutline(t, argmap.New("empty"))
	o := h.o
	m := gen.Tree(200, 3)
	builds := o.builds
	h.doc.Reset(m, "", nil)
	o.Reset()
	o.Refresh(true)
	if got := o.builds - builds; got != 1 {
		t.Errorf("a new map built the outline %d times, want 1", got)
	}
	for _, c := range m.Claims {
		if _, ok := o.firstUID(c.ID); !ok {
			t.Fatalf("claim %v missing from the outline", c.ID)
		}
	}
	builds = o.builds
	if err := h.DoMerge(argmap.SetText(m.Claims[0].ID, "typed"), "text"); err != nil {
		t.Fatal(err)
	}
	if o.builds != builds {
		t.Error("typing into a claim rebuilt the outline")
	}
	c := &argmap.Claim{ID: argmap.NewID(), Text: "a new claim"}
	m.Claims = append(m.Claims, c)
	o.Refresh(true)
	if _, ok := o.firstUID(c.ID); !ok {
		t.Error("the outline did not follow a new claim")
	}
}

// TestMarksSuggestions: a suggested claim's row says so, and no longer
// once it is accepted.
func TestMarksSuggestions(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Suggested")
	id := b.Claim("Buses cost more.", argmaptest.With(func(c *argmap.Claim) { c.Proposal = &argmap.Proposal{By: "assistant"} }))
	h := newOutline(t, b.Map())
	o := h.o
	if text, _ := o.describe(o.nodes[firstNode(o, id)]); text != SuggestedMark+"Buses cost more." {
		t.Errorf("row %q, want it marked suggested", text)
	}
	if err := h.Do(argmap.Accept(id)); err != nil {
		t.Fatal(err)
	}
	if text, _ := o.describe(o.nodes[firstNode(o, id)]); text != "Buses cost more." {
		t.Errorf("row %q after accepting, want no mark", text)
	}
}

// TestDeepRowInView: selecting, from elsewhere, a claim at the end of a
// long chain shows its row's text within the panel, at a readable width,
// and a claim at the top brings the tree back. The tree indents every
// level, and it scrolled only up and down: the row lay right of the
// panel, and the rows round it looked blank.
func TestDeepRowInView(t *testing.T) {
	b := argmaptest.NewBuilder(t.Name(), "Chain")
	const n = 30
	ids := make([]argmap.ID, n)
	for i := range ids {
		ids[i] = b.Claim(fmt.Sprintf("Step %02d of the chain", i))
		if i > 0 {
			b.Pro(ids[i-1], ids[i])
		}
	}
	h := newOutline(t, b.Map())
	o := h.o
	for _, i := range []int{n - 1, n / 2, 0, n - 1} {
		o.SelectIDs([]argmap.ID{ids[i]})
		want := fmt.Sprintf("Step %02d", i)
		l := rowLabel(o.box, want)
		if l == nil {
			t.Fatalf("no row shows %q after selecting it", want)
		}
		d := fyne.CurrentApp().Driver()
		lx, bx := d.AbsolutePositionForObject(l).X, d.AbsolutePositionForObject(o.box).X
		if lx < bx || lx+rowText > bx+o.box.Size().Width {
			t.Errorf("%s: its text runs from x=%.0f, want it within the panel's %.0f…%.0f with %d to spare",
				want, lx, bx, bx+o.box.Size().Width, rowText)
		}
		if w := l.Size().Width; w < rowText {
			t.Errorf("%s: its text has %.0f wide, want at least %d", want, w, rowText)
		}
	}
}

// rowLabel finds the label drawn under o whose text holds s.
func rowLabel(o fyne.CanvasObject, s string) *widget.Label {
	l, _ := widgetstest.First(o, func(x fyne.CanvasObject) bool {
		l, ok := x.(*widget.Label)
		return ok && strings.Contains(l.Text, s)
	}).(*widget.Label)
	return l
}

// TestChildrenFollowEdits: the outline answers the tree's questions about
// a node from the node it looked up last (the tree asks twice per node per
// layout), and a rebuild forgets it: a node asked about just before a
// build gets its new children after it, even when no layout of the tree
// came between, and a node that is not there none.
func TestChildrenFollowEdits(t *testing.T) {
	m, ids := sample(t)
	h := newOutline(t, m)
	o := h.o
	main := firstNode(o, ids["main"])
	before := slices.Clone(o.children(main))
	if len(before) != 3 {
		t.Fatalf("children of the main claim = %q, want 3", before)
	}
	c := &argmap.Claim{ID: argmap.NewID(), Text: "Sport practice moves too."}
	ed := argmap.Batch("add a reason", argmap.AddClaim(c),
		argmap.AddArgument(&argmap.Argument{ID: argmap.NewID(), Target: ids["main"], Premises: []argmap.ID{c.ID}, Polarity: argmap.Pro}))
	if err := ed.Apply(h.doc.Map()); err != nil { // behind the document's back: no refresh, no layout
		t.Fatal(err)
	}
	o.build()
	after := o.children(main)
	if len(after) != 4 || !slices.Contains(after, firstNode(o, c.ID)) {
		t.Errorf("children of the main claim after the build = %q, want the 3 of before %q and the new reason's", after, before)
	}
	gone := main + "/nothing"
	if k := o.children(gone); k != nil {
		t.Errorf("children of a node that is not there = %q", k)
	}
	if k := o.children(main); len(k) != 4 {
		t.Errorf("children of the main claim after a miss = %q", k)
	}
}

// chain is a map of one line of reasons, n claims "Step 00 of the chain"…,
// each the reason for the one before: claim i is at depth i.
func chain(t *testing.T, n int) (*argmap.Map, []argmap.ID) {
	b := argmaptest.NewBuilder(t.Name(), "Chain")
	ids := make([]argmap.ID, n)
	for i := range ids {
		ids[i] = b.Claim(fmt.Sprintf("Step %02d of the chain", i))
		if i > 0 {
			b.Pro(ids[i-1], ids[i])
		}
	}
	return b.Map(), ids
}

// TestDeepRowsReadable: the rows of a long chain, with nothing selected,
// have their text within the panel at a readable width, however deep; a
// row deeper than depthCap says its level, one above it does not. Fyne's
// Tree indents every level: past ten levels the text lay right of the
// panel and the rows looked blank.
func TestDeepRowsReadable(t *testing.T) {
	m, _ := chain(t, 30)
	h := newOutline(t, m)
	o := h.o
	d := fyne.CurrentApp().Driver()
	bx, bw := d.AbsolutePositionForObject(o.box).X, o.box.Size().Width
	for _, tc := range []struct {
		step  int
		level string // the level the row says, "" for none
	}{{2, ""}, {int(o.depthCap), ""}, {int(o.depthCap) + 1, strconv.Itoa(int(o.depthCap) + 2)}, {15, "16"}, {17, "18"}} {
		want := fmt.Sprintf("Step %02d", tc.step)
		l := rowLabel(o.box, want)
		if l == nil {
			t.Fatalf("no row shows %q", want)
		}
		lx := d.AbsolutePositionForObject(l).X
		if lx < bx || lx+deepText > bx+bw {
			t.Errorf("%s: its text runs from x=%.0f, want it within the panel's %.0f…%.0f with %d to spare", want, lx, bx, bx+bw, deepText)
		}
		if got := rowLevel(o, firstNode(o, m.Claims[tc.step].ID)); got != tc.level {
			t.Errorf("%s: says level %q, want %q", want, got, tc.level)
		}
		if r := rowOf(o, firstNode(o, m.Claims[tc.step].ID)); tc.level != "" && r != nil {
			if x := d.AbsolutePositionForObject(r.level).X; x < bx || x+r.level.Size().Width > lx {
				t.Errorf("%s: its level is drawn at x=%.0f, want it in the panel, left of the text at %.0f", want, x, lx)
			}
		}
	}
}

// rowLevel is the level the row now showing node uid says, "" for none.
func rowLevel(o *Outline, uid string) string {
	r := rowOf(o, uid)
	switch {
	case r == nil:
		return "(no row)"
	case r.level.Visible():
		return r.level.Text
	}
	return ""
}

// shownRows is the text of the rows the tree shows, open branches
// followed, each indented by its depth in the tree.
func shownRows(o *Outline) []string {
	var got []string
	var walk func(uid string, depth int)
	walk = func(uid string, depth int) {
		if uid != "" {
			text, _ := o.describe(o.nodes[uid])
			got = append(got, strings.Repeat(" ", depth)+text)
			depth++
		}
		if uid == o.tree.Root || o.tree.IsBranchOpen(uid) {
			for _, k := range o.tree.ChildUIDs(uid) {
				walk(k, depth)
			}
		}
	}
	walk(o.tree.Root, 0)
	return got
}

// TestFocusOnBranch: focusing on a row's branch (the Focus button, the
// row's menu, Alt+Right) shows that branch alone, indented from its top,
// with a line saying where it sits; Up goes to its parent's branch, Whole
// map (Alt+Left from a root's) back to every root; a branch the user
// closed stays closed; a selection made elsewhere outside the branch
// shows the whole map again.
func TestFocusOnBranch(t *testing.T) {
	m, ids := chain(t, 12)
	h := newOutline(t, m)
	o := h.o
	other := &argmap.Claim{ID: argmap.NewID(), Text: "Another conclusion"}
	if err := h.Do(argmap.AddClaim(other)); err != nil {
		t.Fatal(err)
	}
	tree := o.holder.Objects[0].(*otree)
	step := func(i int) string { return fmt.Sprintf("Step %02d of the chain", i) }
	whole := shownRows(o)
	if len(whole) != 13 || whole[len(whole)-1] != "Another conclusion" {
		t.Fatalf("whole map rows %q", whole)
	}

	o.SelectIDs([]argmap.ID{ids[8]})
	if o.focusBtn.Disabled() {
		t.Fatal("Focus is disabled with a row with a branch selected")
	}
	test.Tap(o.focusBtn)
	want := []string{step(8), " " + step(9), "  " + step(10), "   " + step(11)}
	if got := shownRows(o); !slices.Equal(got, want) {
		t.Errorf("focused on step 8: rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !o.crumbs.Visible() || o.crumbsLevel.Text != "Level 9" || o.crumbsPath.Text != "in "+step(0)+" › … › "+step(6)+" › "+step(7) {
		t.Errorf("focused: the lines above say %q, %q (shown %v), want step 8's level and ancestors", o.crumbsLevel.Text, o.crumbsPath.Text, o.crumbs.Visible())
	}
	if got := rowLevel(o, firstNode(o, ids[11])); got != "" {
		t.Errorf("focused: step 11, 3 below the top, says level %q, want none", got)
	}

	test.Tap(o.up)
	if got := shownRows(o); len(got) != 5 || got[0] != step(7) {
		t.Errorf("up one level: rows %q, want step 7's branch", got)
	}
	test.Tap(o.wholeBtn)
	if got := shownRows(o); !slices.Equal(got, whole) || o.crumbs.Visible() {
		t.Errorf("whole map: rows %q (line above shown %v), want\n%q", got, o.crumbs.Visible(), whole)
	}

	// The row's menu, then Alt+Right on the selected row; a closed branch.
	o.tree.CloseBranch(firstNode(o, ids[4]))
	r := rowOf(o, firstNode(o, ids[2]))
	test.TapSecondary(r) // as the window does: through Fyne's interface
	tapMenu(t, r, "Focus on this branch")
	if got := shownRows(o); !slices.Equal(got, []string{step(2), " " + step(3), "  " + step(4)}) {
		t.Errorf("focused from the menu on step 2, step 4 closed: rows %q", got)
	}
	o.focusOn("")
	o.tree.OpenBranch(firstNode(o, ids[4]))
	o.SelectIDs([]argmap.ID{ids[1]})
	tree.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt})
	if o.hoist != firstNode(o, ids[1]) {
		t.Errorf("Alt+Right focused on %q, want step 1's node", o.hoist)
	}
	tree.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt})
	if o.hoist != firstNode(o, ids[0]) {
		t.Errorf("Alt+Left focused on %q, want step 0's node", o.hoist)
	}

	h.doc.Select(other.ID)
	o.SelectIDs([]argmap.ID{other.ID})
	if o.hoist != "" || o.selected != firstNode(o, other.ID) {
		t.Errorf("selecting a claim outside the branch: focus %q, selected %q, want the whole map and its row", o.hoist, o.selected)
	}
}

// TestShortcutsPassTheTree: the window's shortcuts still work while the
// tree has the focus (the tree takes Alt+Left and Alt+Right only).
func TestShortcutsPassTheTree(t *testing.T) {
	m, _ := sample(t)
	h := newOutline(t, m)
	tree := h.o.holder.Objects[0].(*otree)
	c := fyne.CurrentApp().Driver().CanvasForObject(tree)
	got := 0
	undo := &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	c.AddShortcut(undo, func(fyne.Shortcut) { got++ })
	c.Focus(tree)
	tree.TypedShortcut(undo)
	if got != 1 {
		t.Errorf("the window's shortcut ran %d times with the tree focused, want 1", got)
	}
}

// TestArrowsSelect: with the tree focused on a selected row, Down and Up
// select the next and previous rows (and the claim on the map), Right goes
// into a branch and Left back to its parent; Fyne's tree only moved a
// focus mark and the selection stayed put.
func TestArrowsSelect(t *testing.T) {
	m, ids := sample(t)
	h := newOutline(t, m)
	tree := h.o.holder.Objects[0].(*otree)
	uidOf := func(id argmap.ID) string {
		for _, u := range h.o.view("") {
			if h.o.nodes[u].id == id {
				return u
			}
		}
		t.Fatalf("%v is not a root", id)
		return ""
	}
	main := uidOf(ids["main"])
	h.o.tree.Select(main)
	fyne.CurrentApp().Driver().CanvasForObject(tree).Focus(tree)
	kids := h.o.view(main)
	press := func(k fyne.KeyName) { tree.TypedKey(&fyne.KeyEvent{Name: k}) }
	for _, step := range []struct {
		key  fyne.KeyName
		want string
	}{
		{fyne.KeyDown, kids[0]},
		{fyne.KeyDown, kids[1]},
		{fyne.KeyUp, kids[0]},
		{fyne.KeyLeft, main},
	} {
		press(step.key)
		if h.o.selected != step.want {
			t.Fatalf("after %s the outline selects %q, want %q", step.key, h.o.selected, step.want)
		}
		if got := h.doc.Selection(); len(got) != 1 || got[0] != h.o.nodes[step.want].id {
			t.Fatalf("after %s the map selects %v, want the row's claim", step.key, got)
		}
	}
}

// rowOf is the row widget the tree shows for node uid (rows the tree put
// aside, for reuse, are not drawn: the walk of the window skips them).
func rowOf(o *Outline, uid string) *row {
	r, _ := widgetstest.First(o.box, func(x fyne.CanvasObject) bool {
		r, ok := x.(*row)
		return ok && r.uid == uid
	}).(*row)
	return r
}

// tapMenu taps the item named label of the menu popped up over obj.
func tapMenu(t *testing.T, obj fyne.CanvasObject, label string) {
	t.Helper()
	top := fyne.CurrentApp().Driver().CanvasForObject(obj).Overlays().Top()
	if top == nil {
		t.Fatal("no menu popped up")
	}
	// The item is the innermost tappable over the label (the pop-up
	// itself is tappable: a tap dismisses it).
	var item fyne.CanvasObject
	widgetstest.Visit(top, func(x fyne.CanvasObject) bool {
		if _, ok := x.(fyne.Tappable); ok && widgetstest.First(x, func(y fyne.CanvasObject) bool {
			tx, ok := y.(*canvas.Text)
			return ok && tx.Text == label
		}) != nil {
			item = x
		}
		return true
	})
	if item == nil {
		t.Fatalf("the menu has no item %q", label)
	}
	test.Tap(item.(fyne.Tappable))
}

// TestIndentFollowsWidth: a wider pane indents more levels (the rows
// that were listed at one indent become branches again, open, but for
// one the user closed), a narrower one fewer, never under minCap, and a
// deep row's text stays in view.
func TestIndentFollowsWidth(t *testing.T) {
	m, ids := chain(t, 30)
	h := newOutline(t, m)
	o := h.o
	win := o.box // the window's content: its size is the pane's
	narrow := o.depthCap
	o.tree.CloseBranch(firstNode(o, ids[narrow+3]))
	win.Resize(fyne.NewSize(700, 800))
	wide := o.depthCap
	if wide <= narrow {
		t.Fatalf("widening the pane from 400 to 700 indents %d levels, was %d", wide, narrow)
	}
	for i := narrow + 1; i < wide; i++ {
		uid := firstNode(o, ids[i])
		if got := rowLevel(o, uid); i <= narrow+3 && got != "" { // the rest are in the closed branch
			t.Errorf("wide: step %d says level %q, want it indented", i, got)
		}
		if open := o.tree.IsBranchOpen(uid); open == (i == narrow+3) {
			t.Errorf("wide: step %d's branch open %v", i, open)
		}
	}
	win.Resize(fyne.NewSize(150, 800))
	if o.depthCap != minCap {
		t.Errorf("a pane 150 wide indents %d levels, want the least, %d", o.depthCap, minCap)
	}
	win.Resize(fyne.NewSize(400, 800))
	if o.depthCap != narrow {
		t.Errorf("back to 400 wide: %d levels, want %d again", o.depthCap, narrow)
	}
}
