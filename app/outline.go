package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// outline is the map as a tree: each conclusion, under it the arguments
// on it, under those their premises and undercutters, and so on. An
// argument with one premise and no undercutter is shown as its premise
// alone, to keep the tree short. A claim reached a second time (a premise
// shared by two arguments) appears again as a leaf marked "↗". Node IDs are
// paths of entity IDs, so the open branches survive edits.
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
	arg    bool            // an argument node
	pol    argmap.Polarity // polarity of the argument that links it to its parent
	repeat bool            // shown in full elsewhere
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
	var addClaim func(parent string, id argmap.ID, pol argmap.Polarity)
	var addArg func(parent string, a *argmap.Argument)
	add := func(parent string, n *onode) (string, bool) {
		uid := parent + "/" + n.id.String()
		o.nodes[uid] = n
		o.kids[parent] = append(o.kids[parent], uid)
		if _, seen := o.first[n.id]; seen {
			n.repeat = true
			return uid, false
		}
		o.first[n.id] = uid
		return uid, true
	}
	addClaim = func(parent string, id argmap.ID, pol argmap.Polarity) {
		uid, fresh := add(parent, &onode{id: id, pol: pol})
		if !fresh {
			return
		}
		for _, a := range to[id] {
			addArg(uid, a)
		}
	}
	addArg = func(parent string, a *argmap.Argument) {
		if len(a.Premises) == 1 && len(to[a.ID]) == 0 {
			// Shown as its premise; the argument is reached through it.
			if _, seen := o.first[a.ID]; !seen {
				o.first[a.ID] = parent + "/" + a.Premises[0].String()
			}
			addClaim(parent, a.Premises[0], a.Polarity)
			return
		}
		uid, fresh := add(parent, &onode{id: a.ID, arg: true, pol: a.Polarity})
		if !fresh {
			return
		}
		for _, p := range a.Premises {
			addClaim(uid, p, a.Polarity)
		}
		for _, u := range to[a.ID] {
			addArg(uid, u)
		}
	}
	for _, c := range m.Claims {
		if !premise[c.ID] {
			addClaim("", c.ID, "")
		}
	}
	// Claims only reachable through a cycle of premises get a root of
	// their own so that every claim is in the outline.
	for _, c := range m.Claims {
		if _, ok := o.first[c.ID]; !ok {
			addClaim("", c.ID, "")
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
	if n.arg {
		a := m.Argument(n.id)
		if a == nil {
			return "", color.Transparent
		}
		kind := "Linked reason"
		col := theme.Color(theme.ColorNameSuccess)
		if a.Polarity == argmap.Con {
			kind, col = "Linked objection", theme.Color(theme.ColorNameError)
			if m.Argument(a.Target) != nil {
				kind = "Undercutter"
			}
		}
		text := fmt.Sprintf("%s (%d premises)", kind, len(a.Premises))
		if a.Scheme != "" {
			text += " · " + a.Scheme
		}
		return text, col
	}
	c := m.Claim(n.id)
	if c == nil {
		return "", color.Transparent
	}
	text := firstLine(c.Text)
	if n.repeat {
		text = "↗ " + text
	}
	return text, roleColor(o.e.roles[n.id])
}

// roleColor is the theme colour that marks a role in the outline and the
// inspector; theme colours keep their contrast in light and dark themes.
func roleColor(r argmap.Role) color.Color {
	switch r {
	case argmap.RoleMain, argmap.RoleConclusion:
		return theme.Color(theme.ColorNamePrimary)
	case argmap.RolePremise:
		return theme.Color(theme.ColorNameSuccess)
	case argmap.RoleObjection:
		return theme.Color(theme.ColorNameError)
	case argmap.RoleRebuttal:
		return theme.Color(theme.ColorNameWarning)
	case argmap.RoleUndercutter:
		return color.NRGBA{R: 0x9c, G: 0x5c, B: 0xd6, A: 0xff}
	}
	return theme.Color(theme.ColorNameDisabled)
}

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
