package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// outline is the map as a tree: each conclusion, under it the premises of
// the arguments on it (reasons, objections, undercutters, coloured by role;
// a linked co-premise marked "&"), under those their own, and so on. A claim
// reached a second time (a premise shared by two arguments) appears again
// as a leaf marked "↗". Node IDs are paths of entity IDs, so the open
// branches survive edits.
type outline struct {
	e     *Editor
	tree  *widget.Tree
	box   fyne.CanvasObject
	nodes map[string]*onode
	first map[argmap.ID]string // the first node showing an entity
	kids  map[string][]string
	// selected is the node selected in the tree, or "".
	selected string
}

type onode struct {
	id     argmap.ID
	linked bool // a co-premise after the first of its argument
	repeat bool // shown in full elsewhere
}

func newOutline(e *Editor) *outline {
	o := &outline{e: e}
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
			o.e.selectFrom([]argmap.ID{n.id}, o)
		}
	}
	title := widget.NewLabelWithStyle("Outline", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	o.box = container.NewBorder(title, nil, nil, nil, o.tree)
	return o
}

func (o *outline) widget() fyne.CanvasObject { return o.box }

// reset forgets open branches and selection for a new document.
func (o *outline) reset() {
	o.selected = ""
	o.tree.UnselectAll()
	o.build()
	o.tree.OpenAllBranches()
}

// refresh rebuilds the tree from the map.
func (o *outline) refresh() {
	o.build()
	o.tree.Refresh()
}

// build computes the nodes of the tree.
func (o *outline) build() {
	m := o.e.m
	o.nodes = map[string]*onode{}
	o.first = map[argmap.ID]string{}
	o.kids = map[string][]string{}
	to := map[argmap.ID][]*argmap.Argument{}
	premise := map[argmap.ID]bool{}
	for _, a := range m.Arguments {
		to[a.Target] = append(to[a.Target], a)
		for _, p := range a.Premises {
			premise[p] = true
		}
	}
	var addClaim func(parent string, id argmap.ID, linked bool)
	var addArgs func(parent string, target argmap.ID)
	addClaim = func(parent string, id argmap.ID, linked bool) {
		uid := parent + "/" + id.String()
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
				if i == 0 {
					if _, seen := o.first[a.ID]; !seen {
						o.first[a.ID] = parent + "/" + p.String()
					}
				}
				addClaim(parent, p, i > 0)
			}
			addArgs(parent, a.ID)
		}
	}
	for _, c := range m.Claims {
		if !premise[c.ID] {
			addClaim("", c.ID, false)
		}
	}
	// Claims only reachable through a cycle of premises get a root of
	// their own so that every claim is in the outline.
	for _, c := range m.Claims {
		if _, ok := o.first[c.ID]; !ok {
			addClaim("", c.ID, false)
		}
	}
}

// updateNode fills a row of the tree.
func (o *outline) updateNode(uid widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
	n := o.nodes[uid]
	box := obj.(*fyne.Container)
	l := box.Objects[0].(*widget.Label)
	bar := box.Objects[1].(*canvas.Rectangle)
	if n == nil {
		l.SetText("")
		return
	}
	text, col := o.describe(n)
	l.SetText(text)
	bar.FillColor = col
	bar.Refresh()
}

// describe is a node's row text and the colour of its role.
func (o *outline) describe(n *onode) (string, color.Color) {
	m := o.e.m
	c := m.Claim(n.id)
	if c == nil {
		return "", color.Transparent
	}
	text := firstLine(c.Text)
	if n.linked {
		text = "& " + text
	}
	if n.repeat {
		text = "↗ " + text
	}
	return text, roleColor(o.e.roles[n.id])
}

// roleColor is the colour that marks a role, the same as on the canvas's
// cards (chosen there to read on light and dark themes).
func roleColor(r argmap.Role) color.Color { return scene.RoleColor(r) }

// firstLine is the first line of s, shortened for one row.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if s == "" {
		return "(empty)"
	}
	return s
}

// selectIDs selects the node of the first of ids in the tree, opening its
// branch, or clears the tree's selection.
func (o *outline) selectIDs(ids []argmap.ID) {
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
			o.tree.OpenBranch(uid[:i])
		}
	}
	o.tree.Select(uid)
	o.tree.ScrollTo(uid)
}
