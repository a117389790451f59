// Package outline is the editor's outline: the map as a tree of claims,
// beside the canvas. It sees the editor through a panel.Host only, so it
// builds and tests without the editor.
package outline

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// SuggestedMark starts the row of a suggested claim (not accepted yet).
const SuggestedMark = "(suggested) "

// Outline is the map as a tree: each conclusion, under it the premises of
// the arguments on it (reasons, objections, undercutters, coloured by role;
// a linked co-premise marked "&"), under those their own, and so on. A claim
// reached a second time (a premise shared by two arguments) appears again
// as a leaf marked "↗". Node IDs are paths of the entities' short names
// (tok), so the open branches survive edits.
type Outline struct {
	h    panel.Host
	tree *widget.Tree
	box  fyne.CanvasObject
	// holder holds the tree, shifted left by side to show the selected
	// row's depth (showDepth).
	holder *fyne.Container
	side   *sideways
	// nodes are the tree's nodes but its root, by uid, each with the uids
	// of its children; roots are the root's children. One map for both
	// (it was three: nodes, kids and each entity's first node) keeps the
	// build and the tree's walks of every open node cheap on a big map.
	nodes map[string]*onode
	roots []string
	// firstAt is, per token (see tok), the uid of the first node showing
	// that entity ("" when none does): for an argument, its first premise.
	firstAt []string
	// selected is the node selected in the tree, or "".
	selected string
	// shown is what each row painted since the last full refresh shows
	// (rows are reused as the tree scrolls; stale entries only cost a check).
	shown map[string]string
	// rows maps each row widget to the node it shows now, so that a changed
	// text repaints its row without a walk of the whole tree.
	rows map[*row]string
	// fresh: the tree was just built for a new document, so the refresh
	// that follows need not build it again (a tenth of opening a big map).
	fresh bool
	// builds counts build calls, for tests.
	builds int
	// tok numbers each entity (claim or argument) for the document's life,
	// so that the node IDs, paths of the numbers in base 36 (tokName),
	// stay the same across edits and the open branches survive them: a
	// path of 36-character IDs made the keys long to build and to hash.
	tok     map[argmap.ID]int32
	tokName []string
	// lastUID and lastNode are the node children last looked up: Fyne's
	// Tree asks whether a node is a branch and then for its children, for
	// every open node at every layout of the tree (a dozen times while a
	// big map's window opens), so the second lookup is this compare.
	lastUID  string
	lastNode *onode
	// hoist is the node whose branch the outline shows alone ("Focus on
	// this branch"), "" for the whole map; base is its depth.
	hoist string
	base  int32
	// crumbs says, while hoisted, where the branch sits in the map, with
	// the buttons back out; focusBtn hoists the selected row.
	crumbs                  *fyne.Container
	crumbsLevel, crumbsPath *widget.Label
	focusBtn, wholeBtn, up  *widget.Button
	// closed holds the branches the user closed, which a hoist leaves
	// closed while it opens the rest of the branch.
	closed map[string]bool
	// depthCap is the deepest level (counted from 0 at the top of what is
	// shown) that the outline indents further: the rows below a node at
	// this depth are all listed under it at one indent, in order, each
	// with its level. It is as deep as the pane's width leaves a deep row
	// deepText of text (fitDepth), at least minCap.
	depthCap int32
	// flat is, per node at the deepest indented level (depthCap), its
	// descendants in order, shown at one indent (see view); viewUID and
	// viewKids are the last answer of view, for the same reason as lastUID.
	flat     map[string][]string
	viewOK   bool
	viewUID  string
	viewKids []string
}

// Fyne's Tree indents every level by an icon and a padding (24 units) and
// the outline pane is narrow (about 300 units in a window 1600 wide): past
// ten levels a row's text lay out of view, and the rows looked blank. So
// the outline indents only as deep as leaves a deep row deepText of text:
// four levels in that pane (a conclusion, its reasons, their objections,
// the rebuttals), more as the pane widens; deeper rows say their level.
const (
	deepText = 150
	// minCap is the fewest levels indented, however narrow the pane (the
	// selected row is then moved into view, showDepth).
	minCap = 2
	// startCap is depthCap until the pane has a width.
	startCap = 3
)

type onode struct {
	id     argmap.ID
	linked bool  // a co-premise after the first of its argument
	repeat bool  // shown in full elsewhere
	depth  int32 // 0 for a root
	kids   []string
}

// New builds the outline of h's document; Reset fills it.
func New(h panel.Host) *Outline {
	o := &Outline{h: h, depthCap: startCap}
	t := &otree{o: o}
	t.ChildUIDs = o.view
	t.IsBranch = func(uid widget.TreeNodeID) bool { return len(o.view(uid)) > 0 }
	t.CreateNode = func(bool) fyne.CanvasObject {
		bar := canvas.NewRectangle(color.Transparent)
		bar.SetMinSize(fyne.NewSize(barWidth, 18))
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		// The tree sizes every row to its widest need: without a
		// floor the deepest rows of a long chain got a bare "…".
		floor := canvas.NewRectangle(color.Transparent)
		floor.SetMinSize(fyne.NewSize(rowText, 0))
		level := canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
		level.TextSize = theme.CaptionTextSize()
		level.Alignment = fyne.TextAlignTrailing
		level.Hide()
		r := &row{o: o, box: container.NewBorder(nil, nil, bar, nil, l, floor), level: level}
		r.ExtendBaseWidget(r)
		return r
	}
	t.UpdateNode = o.updateNode
	t.ExtendBaseWidget(t)
	o.tree = &t.Tree
	o.tree.OnSelected = func(uid widget.TreeNodeID) {
		o.selected = uid
		o.syncFocusButton()
		if n := o.nodes[uid]; n != nil {
			o.h.SelectFrom([]argmap.ID{n.id}, o)
		}
	}
	o.tree.OnBranchClosed = func(uid widget.TreeNodeID) {
		if o.closed == nil {
			o.closed = map[string]bool{}
		}
		o.closed[uid] = true
	}
	o.tree.OnBranchOpened = func(uid widget.TreeNodeID) { delete(o.closed, uid) }
	title := widget.NewLabelWithStyle("Outline", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	o.focusBtn = widget.NewButtonWithIcon("Focus", theme.ZoomInIcon(), func() { o.focusOn(o.selected) })
	o.focusBtn.Importance = widget.LowImportance
	o.focusBtn.Disable()
	// The path gets a line of its own: the pane is narrow.
	o.crumbsLevel, o.crumbsPath = widget.NewLabel(""), widget.NewLabel("")
	o.crumbsLevel.Truncation = fyne.TextTruncateEllipsis
	o.crumbsPath.Truncation = fyne.TextTruncateEllipsis
	o.wholeBtn = widget.NewButtonWithIcon("Whole map", theme.HomeIcon(), func() { o.focusOn("") })
	o.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), o.focusUp)
	o.crumbs = container.NewVBox(container.NewBorder(nil, nil, container.NewHBox(o.wholeBtn, o.up), nil, o.crumbsLevel), o.crumbsPath)
	o.crumbs.Hide()
	o.side = &sideways{o: o}
	o.holder = container.New(o.side, t)
	top := container.NewVBox(container.NewBorder(nil, nil, title, o.focusBtn), o.crumbs)
	o.box = container.NewBorder(top, nil, nil, nil, o.holder)
	return o
}

// otree is the outline's tree with its keyboard shortcuts: Alt+Right
// focuses on the selected row's branch, Alt+Left goes up one level, as in
// outliners. Other shortcuts go on to the window, which would not see
// them while the tree has the focus.
type otree struct {
	widget.Tree
	o *Outline
}

// TypedShortcut hoists and goes up, or hands the shortcut to the window.
func (t *otree) TypedShortcut(s fyne.Shortcut) {
	if c, ok := s.(*desktop.CustomShortcut); ok && c.Modifier == fyne.KeyModifierAlt {
		switch c.KeyName {
		case fyne.KeyRight:
			t.o.focusOn(t.o.selected)
			return
		case fyne.KeyLeft:
			t.o.focusUp()
			return
		}
	}
	if c, ok := fyne.CurrentApp().Driver().CanvasForObject(t).(interface{ TypedShortcut(fyne.Shortcut) }); ok {
		c.TypedShortcut(s)
	}
}

// TypedKey moves the selection with the arrow keys, as outliners do: Up
// and Down select the row above and below, Left closes a branch or selects
// its parent, Right opens one or selects its first child. Fyne's Tree moved
// only a faint focus mark, and Space selected the row under it, so a user
// who clicked a row and pressed Down saw the map's selection stay put.
func (t *otree) TypedKey(ev *fyne.KeyEvent) {
	t.Tree.TypedKey(ev)
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight:
		// Space selects the row the tree's focus is on, where the move
		// above put it.
		t.Tree.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	}
}

// row is a row of the tree: its content, a deep row's level, and a
// context menu to focus on its branch.
type row struct {
	widget.BaseWidget
	o   *Outline
	box *fyne.Container
	// level is a deep row's level, drawn left of the row, in the room the
	// tree leaves for a branch's arrow (deep rows are leaves of the tree).
	level *canvas.Text
	uid   string
}

// CreateRenderer shows the row's content and its level.
func (r *row) CreateRenderer() fyne.WidgetRenderer { return &rowRenderer{r} }

type rowRenderer struct{ r *row }

func (rr *rowRenderer) Layout(size fyne.Size) {
	rr.r.box.Resize(size)
	th := rr.r.o.tree.Theme()
	pad, icon := th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInlineIcon)
	h := rr.r.level.MinSize().Height
	rr.r.level.Move(fyne.NewPos(-icon-pad, (size.Height-h)/2))
	rr.r.level.Resize(fyne.NewSize(icon, h))
}

func (rr *rowRenderer) MinSize() fyne.Size { return rr.r.box.MinSize() }
func (rr *rowRenderer) Refresh()           { rr.r.box.Refresh(); rr.r.level.Refresh() }
func (rr *rowRenderer) Destroy()           {}
func (rr *rowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.r.box, rr.r.level}
}

// The row takes both clicks itself: named SecondaryTapped, its menu
// method was not Fyne's, so a right-click on a row opened nothing; and a
// row that takes right-clicks is what the window finds under the mouse for
// a left click too, so it must select as the tree's own node did.
var (
	_ fyne.Tappable          = (*row)(nil)
	_ fyne.SecondaryTappable = (*row)(nil)
)

// Tapped selects the row and gives the tree the keyboard, as a click on
// Fyne's own tree node does.
func (r *row) Tapped(*fyne.PointEvent) {
	if r.uid == "" {
		return
	}
	r.o.tree.Select(r.uid)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		if f, ok := r.o.holder.Objects[0].(fyne.Focusable); ok && c.Focused() != f {
			c.Focus(f)
		}
	}
}

// TappedSecondary opens the row's menu: focus on its branch, back out.
func (r *row) TappedSecondary(ev *fyne.PointEvent) {
	o, uid := r.o, r.uid
	focus := fyne.NewMenuItem("Focus on this branch", func() { o.focusOn(uid) })
	focus.Disabled = !o.canFocus(uid)
	items := []*fyne.MenuItem{focus}
	if o.hoist != "" {
		items = append(items, fyne.NewMenuItem("Up one level", o.focusUp), fyne.NewMenuItem("Show the whole map", func() { o.focusOn("") }))
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, ev.AbsolutePosition)
	}
}

// view is what the tree shows under node uid: its children, or, for a
// node at depthCap, all its descendants in order (see depthCap); nodes
// below that show as leaves.
func (o *Outline) view(uid widget.TreeNodeID) []widget.TreeNodeID {
	if uid == "" {
		return o.roots
	}
	if o.viewOK && uid == o.viewUID {
		return o.viewKids
	}
	var kids []string
	if n := o.nodes[uid]; n != nil {
		switch d := n.depth - o.base; {
		case d < o.depthCap:
			kids = n.kids
		case d == o.depthCap && len(n.kids) > 0:
			if o.flat == nil {
				o.flat = map[string][]string{}
			}
			kids = o.flat[uid]
			if kids == nil {
				kids = o.descendants(n, nil)
				o.flat[uid] = kids
			}
		}
	}
	o.viewOK, o.viewUID, o.viewKids = true, uid, kids
	return kids
}

// descendants appends the uids under n, in the outline's order.
func (o *Outline) descendants(n *onode, out []string) []string {
	for _, k := range n.kids {
		out = append(out, k)
		out = o.descendants(o.nodes[k], out)
	}
	return out
}

// canFocus reports whether node uid has a branch to focus on.
func (o *Outline) canFocus(uid string) bool {
	n := o.nodes[uid]
	return n != nil && len(n.kids) > 0 && uid != o.hoist
}

// syncFocusButton enables the Focus button when the selected row has a
// branch.
func (o *Outline) syncFocusButton() {
	if o.canFocus(o.selected) {
		o.focusBtn.Enable()
	} else {
		o.focusBtn.Disable()
	}
}

// focusOn shows node uid's branch alone, as the tree's root, its rows
// indented from there, with a line above saying where it sits in the map
// and buttons back out; "" shows the whole map again. The branch's rows
// open, but for those the user closed.
func (o *Outline) focusOn(uid string) {
	if uid != "" && !o.canFocus(uid) {
		return
	}
	o.hoist, o.base = uid, 0
	if uid != "" {
		o.base = o.nodes[uid].depth
	}
	o.flat, o.viewOK = nil, false
	o.tree.Root = uid
	o.side.shift = 0
	if uid == "" {
		o.crumbs.Hide()
		o.tree.Refresh()
	} else {
		o.crumbsLevel.SetText(fmt.Sprintf("Level %d", o.nodes[uid].depth+1))
		o.crumbsPath.SetText(o.path(uid))
		o.crumbsPath.Hidden = o.crumbsPath.Text == ""
		o.crumbs.Show()
		o.reopen()
	}
	o.box.Refresh()
	o.syncFocusButton()
	o.tree.ScrollToTop()
	if o.selected != "" && o.within(o.selected) {
		o.tree.ScrollTo(o.selected)
		o.showDepth(o.selected)
	}
}

// reopen opens the branches shown (from the tree's root) but for those
// the user closed: the rows that were listed under a node at depthCap
// become branches the tree never opened, when the branch in focus or
// depthCap changes.
func (o *Outline) reopen() {
	o.tree.OpenAllBranches()
	for c := range o.closed {
		if o.within(c) {
			o.tree.CloseBranch(c)
		}
	}
}

// fitDepth sets depthCap for a pane w wide, so that a deep row keeps
// deepText of text; see showDepth for the room before a row's text.
func (o *Outline) fitDepth(w float32) {
	if w <= 0 {
		return
	}
	th := o.tree.Theme()
	pad, icon := th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInlineIcon)
	c := max(int32((w-4*pad-icon-barWidth-deepText)/(icon+pad))-1, minCap)
	if c == o.depthCap {
		return
	}
	o.depthCap = c
	o.flat, o.viewOK = nil, false
	if o.nodes != nil {
		o.reopen()
	}
}

// focusUp focuses on the parent of the branch in focus, or the whole map.
func (o *Outline) focusUp() {
	if o.hoist == "" {
		return
	}
	if i := strings.LastIndexByte(o.hoist, '/'); i > 0 {
		o.focusOn(o.hoist[:i])
		return
	}
	o.focusOn("")
}

// within reports whether node uid is shown while hoisted.
func (o *Outline) within(uid string) bool {
	return o.hoist == "" || uid == o.hoist || strings.HasPrefix(uid, o.hoist+"/")
}

// path names where node uid sits: its ancestors from the top, the middle
// ones left out when there are many; "" for a root.
func (o *Outline) path(uid string) string {
	var names []string
	for i := 1; i < len(uid); i++ {
		if uid[i] == '/' {
			if n := o.nodes[uid[:i]]; n != nil {
				text, _ := o.describe(n)
				if r := []rune(text); len(r) > 24 {
					text = string(r[:23]) + "…"
				}
				names = append(names, text)
			}
		}
	}
	if len(names) > 3 {
		names = append([]string{names[0], "…"}, names[len(names)-2:]...)
	}
	if len(names) == 0 {
		return ""
	}
	return "in " + strings.Join(names, " › ")
}

// Widget is the outline's widget, for the editor's window.
func (o *Outline) Widget() fyne.CanvasObject { return o.box }

// children returns the uids of the children of node uid ("" is the root).
func (o *Outline) children(uid widget.TreeNodeID) []widget.TreeNodeID {
	if uid == "" {
		return o.roots
	}
	if uid != o.lastUID || o.lastNode == nil {
		o.lastUID, o.lastNode = uid, o.nodes[uid]
	}
	if n := o.lastNode; n != nil {
		return n.kids
	}
	return nil
}

// firstUID returns the uid of the first node showing entity id (for an
// argument, its first premise's), and whether there is one.
func (o *Outline) firstUID(id argmap.ID) (string, bool) {
	t, ok := o.tok[id]
	if !ok || int(t) >= len(o.firstAt) || o.firstAt[t] == "" {
		return "", false
	}
	return o.firstAt[t], true
}

// Reset forgets open branches, focus and selection for a new document.
func (o *Outline) Reset() {
	o.selected = ""
	o.closed = nil
	if o.hoist != "" {
		o.hoist, o.base, o.tree.Root = "", 0, ""
		o.crumbs.Hide()
	}
	o.syncFocusButton()
	o.tok, o.tokName = nil, nil
	o.tree.UnselectAll()
	o.build()
	o.fresh = true
	o.tree.OpenAllBranches()
}

// Refresh brings the tree in line with the map: it rebuilds it when the
// structure may have changed (structure: the edit changed the map's
// logic). When only texts or roles changed (typing, an assessment), it
// repaints just the rows that show them: a full refresh reshapes the text
// of every visible row, which costs milliseconds per keystroke.
func (o *Outline) Refresh(structure bool) {
	fresh := o.fresh
	o.fresh = false
	if (structure && !fresh) || o.nodes == nil {
		oldNodes, oldRoots := o.nodes, o.roots
		o.build()
		if o.hoist != "" && !o.canFocus(o.hoist) && o.nodes[o.hoist] == nil {
			o.focusOn("") // the branch went
		}
		if !sameTree(oldNodes, oldRoots, o.nodes, o.roots) {
			o.tree.Refresh()
			return
		}
	}
	for obj, uid := range o.rows {
		if n := o.nodes[uid]; n != nil {
			text, col := o.describe(n)
			if rowKey(text, col) != o.shown[uid] {
				o.updateNode(uid, false, obj)
			}
		}
	}
}

// sameTree reports whether two tree structures are equal.
func sameTree(an map[string]*onode, ar []string, bn map[string]*onode, br []string) bool {
	if len(an) != len(bn) || !slices.Equal(ar, br) {
		return false
	}
	for uid, b := range bn {
		a, ok := an[uid]
		if !ok || !slices.Equal(a.kids, b.kids) {
			return false
		}
	}
	return true
}

// rowKey is what a row shows, to tell whether it needs repainting.
func rowKey(text string, col color.Color) string {
	r, g, b, a := col.RGBA()
	return fmt.Sprintf("%s|%x%x%x%x", text, r, g, b, a)
}

// token returns the number of entity id, numbering it when it is new.
func (o *Outline) token(id argmap.ID) int32 {
	t, ok := o.tok[id]
	if !ok {
		t = int32(len(o.tokName))
		o.tok[id] = t
		o.tokName = append(o.tokName, "")
	}
	return t
}

// name is token t in base 36, made when first needed.
func (o *Outline) name(t int32) string {
	if o.tokName[t] == "" {
		o.tokName[t] = strconv.FormatInt(int64(t), 36)
	}
	return o.tokName[t]
}

// build computes the nodes of the tree. The entities are numbered first,
// so that the walk works on slices indexed by number (the arguments on
// each target, which claims are premises, each entity's first node)
// instead of maps by ID: a fifth of opening a big map was this build.
func (o *Outline) build() {
	o.builds++
	m := o.h.Doc().Map()
	nc, na := len(m.Claims), len(m.Arguments)
	if o.tok == nil {
		o.tok = make(map[argmap.ID]int32, nc+na)
	}
	claimTok := make([]int32, nc)
	for i, c := range m.Claims {
		claimTok[i] = o.token(c.ID)
	}
	// The arguments on each target, in the map's order, as runs of one
	// array (start[t] to start[t+1]); premises and targets that are no
	// claim or argument of the map get numbers too, and simply no node.
	argTok := make([]int32, na)
	targetTok := make([]int32, na)
	for j, a := range m.Arguments {
		argTok[j] = o.token(a.ID)
		targetTok[j] = o.token(a.Target)
		for _, p := range a.Premises {
			o.token(p)
		}
	}
	nt := len(o.tokName)
	start := make([]int32, nt+1)
	for _, t := range targetTok {
		start[t+1]++
	}
	for t := range nt {
		start[t+1] += start[t]
	}
	on := make([]int32, na)
	fill := slices.Clone(start[:nt])
	premise := make([]bool, nt)
	for j, a := range m.Arguments {
		t := targetTok[j]
		on[fill[t]] = int32(j)
		fill[t]++
		for _, p := range a.Premises {
			premise[o.tok[p]] = true
		}
	}
	o.nodes = make(map[string]*onode, nc+nc/8)
	o.lastUID, o.lastNode = "", nil // of the old nodes
	o.flat, o.viewOK = nil, false
	o.roots = nil
	o.firstAt = make([]string, nt)
	var addClaim func(parent *onode, uid string, id argmap.ID, t int32, linked bool)
	var addArgs func(parent *onode, puid string, target int32)
	// addClaim is given the node's uid, parent's + "/" + its name: the
	// first premise of an argument needs it too.
	addClaim = func(parent *onode, uid string, id argmap.ID, t int32, linked bool) {
		n := &onode{id: id, linked: linked}
		o.nodes[uid] = n
		if parent == nil {
			o.roots = append(o.roots, uid)
		} else {
			n.depth = parent.depth + 1
			parent.kids = append(parent.kids, uid)
		}
		if o.firstAt[t] != "" {
			n.repeat = true
			return
		}
		o.firstAt[t] = uid
		addArgs(n, uid, t)
	}
	// The arguments on a claim are not rows of their own: their premises
	// are listed under the claim, a linked co-premise marked "&", and the
	// undercutters of each argument follow its premises.
	addArgs = func(parent *onode, puid string, target int32) {
		for _, j := range on[start[target]:start[target+1]] {
			a := m.Arguments[j]
			for i, p := range a.Premises {
				pt := o.tok[p]
				uid := puid + "/" + o.name(pt)
				if i == 0 && o.firstAt[argTok[j]] == "" {
					o.firstAt[argTok[j]] = uid
				}
				addClaim(parent, uid, p, pt, i > 0)
			}
			addArgs(parent, puid, argTok[j])
		}
	}
	for i, c := range m.Claims {
		if t := claimTok[i]; !premise[t] {
			addClaim(nil, "/"+o.name(t), c.ID, t, false)
		}
	}
	// Claims only reachable through a cycle of premises get a root of
	// their own so that every claim is in the outline.
	for i, c := range m.Claims {
		if t := claimTok[i]; o.firstAt[t] == "" {
			addClaim(nil, "/"+o.name(t), c.ID, t, false)
		}
	}
}

// updateNode fills a row of the tree.
func (o *Outline) updateNode(uid widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
	n := o.nodes[uid]
	r := obj.(*row)
	r.uid = uid
	box := r.box
	l := box.Objects[0].(*widget.Label)
	bar, level := box.Objects[2].(*canvas.Rectangle), r.level
	if n == nil {
		l.SetText("")
		return
	}
	// A row below depthCap says its level, as the indent no longer does.
	if d := n.depth - o.base; d > o.depthCap {
		if t := levelMark(n.depth); level.Text != t || !level.Visible() {
			level.Text = t
			level.Show()
			level.Refresh()
		}
	} else if level.Visible() {
		level.Hide()
	}
	text, col := o.describe(n)
	if o.shown == nil {
		o.shown = map[string]string{}
		o.rows = map[*row]string{}
	}
	o.shown[uid] = rowKey(text, col)
	o.rows[r] = uid
	if l.Text != text {
		l.SetText(text)
	}
	if bar.FillColor != col {
		bar.FillColor = col
		bar.Refresh()
	}
}

// levelMark is the mark of a row at depth d below depthCap: its level.
func levelMark(d int32) string { return strconv.Itoa(int(d) + 1) }

// describe is a node's row text and the colour of its role.
func (o *Outline) describe(n *onode) (string, color.Color) {
	m := o.h.Doc().Map()
	c := m.Claim(n.id)
	if c == nil {
		return "", color.Transparent
	}
	text := widgets.FirstLine(c.Text)
	if n.linked {
		text = "& " + text
	}
	if n.repeat {
		text = "↗ " + text
	}
	if c.Proposal != nil {
		text = SuggestedMark + text // not accepted yet
	}
	return text, scene.RoleColor(o.h.Doc().Roles()[n.id])
}

// SelectIDs selects the node of the first of ids in the tree, opening its
// branch, or clears the tree's selection.
func (o *Outline) SelectIDs(ids []argmap.ID) {
	uid, ok := "", false
	if len(ids) > 0 {
		uid, ok = o.firstUID(ids[0])
	}
	if !ok {
		o.selected = ""
		o.tree.UnselectAll()
		o.syncFocusButton()
		return
	}
	o.selected = uid
	if !o.within(uid) {
		o.focusOn("") // the row is outside the branch in focus
	}
	for i := 1; i < len(uid); i++ {
		if uid[i] == '/' {
			if !o.tree.IsBranchOpen(uid[:i]) {
				o.tree.OpenBranch(uid[:i])
			}
		}
	}
	o.tree.Select(uid)
	o.tree.ScrollTo(uid)
	o.showDepth(uid)
	o.syncFocusButton()
}

// rowText is the width of text a row always has room for, and the outline
// keeps in view for the selected row.
const rowText = 180

// barWidth is the width of the bar in a row that shows the claim's role.
const barWidth = 4

// showDepth moves the tree sideways so that row uid's text is in view.
// Fyne's Tree indents each level by an icon's width and scrolls only up
// and down to a row: the selected row of a long chain (a card far down a
// big map) lay right of the panel, with the rows round it blank there.
// The tree has no sideways scroll to call, so the outline shifts the
// whole tree left by what the row needs (sideways), keeping its
// scrollbars at the panel's edges.
func (o *Outline) showDepth(uid string) {
	n := o.nodes[uid]
	if n == nil {
		return
	}
	th := o.tree.Theme()
	pad, icon := th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInlineIcon)
	d := min(n.depth-o.base, o.depthCap+1)
	indent := float32(d) * (icon + pad)
	// The row's text starts after padding, the branch arrow, padding, the
	// role's bar and padding; the tree's scroll bar takes about a padding
	// at the right.
	need := indent + 4*pad + icon + barWidth + rowText - o.holder.Size().Width
	shift := max(0, min(need, indent))
	if shift != o.side.shift {
		o.side.shift = shift
		o.holder.Refresh()
	}
}

// sideways lays out the tree shifted left by shift, as much wider, so that
// its right edge and scroll bar stay where the panel ends; it tells the
// outline the pane's width (fitDepth).
type sideways struct {
	o     *Outline
	shift float32
}

func (s *sideways) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s.o.fitDepth(size.Width)
	for _, o := range objs {
		o.Move(fyne.NewPos(-s.shift, 0))
		o.Resize(fyne.NewSize(size.Width+s.shift, size.Height))
	}
}

func (s *sideways) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}
