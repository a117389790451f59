// Package outline is the editor's outline: the map as a tree of claims,
// beside the canvas. It sees the editor through a panel.Host only, so it
// builds and tests without the editor.
package outline

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
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
	h     panel.Host
	tree  *widget.Tree
	box   fyne.CanvasObject
	nodes map[string]*onode
	first map[argmap.ID]string // the first node showing an entity
	kids  map[string][]string
	// selected is the node selected in the tree, or "".
	selected string
	// shown is what each row painted since the last full refresh shows
	// (rows are reused as the tree scrolls; stale entries only cost a check).
	shown map[string]string
	// rows maps each row widget to the node it shows now, so that a changed
	// text repaints its row without a walk of the whole tree.
	rows map[*fyne.Container]string
	// fresh: the tree was just built for a new document, so the refresh
	// that follows need not build it again (a tenth of opening a big map).
	fresh bool
	// builds counts build calls, for tests.
	builds int
	// tok gives each entity a short name for the node IDs, the same for
	// the document's life (so open branches survive edits): a path of
	// 36-character IDs made the keys long to build and to hash.
	tok map[argmap.ID]string
}

type onode struct {
	id     argmap.ID
	linked bool // a co-premise after the first of its argument
	repeat bool // shown in full elsewhere
}

// New builds the outline of h's document; Reset fills it.
func New(h panel.Host) *Outline {
	o := &Outline{h: h}
	o.tree = widget.NewTree(
		func(uid widget.TreeNodeID) []widget.TreeNodeID { return o.kids[uid] },
		func(uid widget.TreeNodeID) bool { return len(o.kids[uid]) > 0 },
		func(bool) fyne.CanvasObject {
			bar := canvas.NewRectangle(color.Transparent)
			bar.SetMinSize(fyne.NewSize(4, 18))
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, bar, nil, l)
		},
		o.updateNode,
	)
	o.tree.OnSelected = func(uid widget.TreeNodeID) {
		o.selected = uid
		if n := o.nodes[uid]; n != nil {
			o.h.SelectFrom([]argmap.ID{n.id}, o)
		}
	}
	title := widget.NewLabelWithStyle("Outline", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	o.box = container.NewBorder(title, nil, nil, nil, o.tree)
	return o
}

// Widget is the outline's widget, for the editor's window.
func (o *Outline) Widget() fyne.CanvasObject { return o.box }

// Reset forgets open branches and selection for a new document.
func (o *Outline) Reset() {
	o.selected = ""
	o.tok = nil
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
		old := o.kids
		o.build()
		if !sameKids(old, o.kids) {
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

// sameKids reports whether two tree structures are equal.
func sameKids(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
	}
	return true
}

// rowKey is what a row shows, to tell whether it needs repainting.
func rowKey(text string, col color.Color) string {
	r, g, b, a := col.RGBA()
	return fmt.Sprintf("%s|%x%x%x%x", text, r, g, b, a)
}

// build computes the nodes of the tree.
func (o *Outline) build() {
	o.builds++
	m := o.h.Doc().Map()
	// Sized up front: growing these maps was a third of the build at
	// 20,000 claims.
	nc, na := len(m.Claims), len(m.Arguments)
	o.nodes = make(map[string]*onode, nc+nc/8)
	o.first = make(map[argmap.ID]string, nc+na)
	o.kids = make(map[string][]string, nc/2+1)
	to := make(map[argmap.ID][]*argmap.Argument, na)
	premise := make(map[argmap.ID]bool, nc)
	if o.tok == nil {
		o.tok = make(map[argmap.ID]string, nc)
	}
	tok := func(id argmap.ID) string {
		t, ok := o.tok[id]
		if !ok {
			t = strconv.FormatInt(int64(len(o.tok)), 36)
			o.tok[id] = t
		}
		return t
	}
	for _, a := range m.Arguments {
		to[a.Target] = append(to[a.Target], a)
		for _, p := range a.Premises {
			premise[p] = true
		}
	}
	var addClaim func(parent, uid string, id argmap.ID, linked bool)
	var addArgs func(parent string, target argmap.ID)
	// addClaim is given the node's uid, parent + "/" + id: the first
	// premise of an argument needs it too, and making it once saves a
	// third of building the outline of a big map.
	addClaim = func(parent, uid string, id argmap.ID, linked bool) {
		n := &onode{id: id, linked: linked}
		o.nodes[uid] = n
		o.kids[parent] = append(o.kids[parent], uid)
		if _, seen := o.first[id]; seen {
			n.repeat = true
			return
		}
		o.first[id] = uid
		addArgs(uid, id)
	}
	// The arguments on a claim are not rows of their own: their premises
	// are listed under the claim, a linked co-premise marked "&", and the
	// undercutters of each argument follow its premises.
	addArgs = func(parent string, target argmap.ID) {
		for _, a := range to[target] {
			for i, p := range a.Premises {
				uid := parent + "/" + tok(p)
				if i == 0 {
					if _, seen := o.first[a.ID]; !seen {
						o.first[a.ID] = uid
					}
				}
				addClaim(parent, uid, p, i > 0)
			}
			addArgs(parent, a.ID)
		}
	}
	for _, c := range m.Claims {
		if !premise[c.ID] {
			addClaim("", "/"+tok(c.ID), c.ID, false)
		}
	}
	// Claims only reachable through a cycle of premises get a root of
	// their own so that every claim is in the outline.
	for _, c := range m.Claims {
		if _, ok := o.first[c.ID]; !ok {
			addClaim("", "/"+tok(c.ID), c.ID, false)
		}
	}
}

// updateNode fills a row of the tree.
func (o *Outline) updateNode(uid widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
	n := o.nodes[uid]
	box := obj.(*fyne.Container)
	l := box.Objects[0].(*widget.Label)
	bar := box.Objects[1].(*canvas.Rectangle)
	if n == nil {
		l.SetText("")
		return
	}
	text, col := o.describe(n)
	if o.shown == nil {
		o.shown = map[string]string{}
		o.rows = map[*fyne.Container]string{}
	}
	o.shown[uid] = rowKey(text, col)
	o.rows[box] = uid
	if l.Text != text {
		l.SetText(text)
	}
	if bar.FillColor != col {
		bar.FillColor = col
		bar.Refresh()
	}
}

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
		uid, ok = o.first[ids[0]]
	}
	if !ok {
		o.selected = ""
		o.tree.UnselectAll()
		return
	}
	o.selected = uid
	for i := 1; i < len(uid); i++ {
		if uid[i] == '/' {
			if !o.tree.IsBranchOpen(uid[:i]) {
				o.tree.OpenBranch(uid[:i])
			}
		}
	}
	o.tree.Select(uid)
	o.tree.ScrollTo(uid)
}
