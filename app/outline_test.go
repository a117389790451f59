package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// TestOutlineBranchesSurviveEdits: the node IDs are made of the entities'
// short names, which stay the same for the document's life, so a branch
// the user closed stays closed when an edit rebuilds the tree, and a new
// document starts with every branch open.
func TestOutlineBranchesSurviveEdits(t *testing.T) {
	e := newTestEditor(t)
	var root argmap.ID
	for _, c := range e.Map().Claims {
		if uid := firstNode(e.outline, c.ID); uid != "" && len(e.outline.children(uid)) > 0 && e.outline.nodes[uid] != nil {
			root = c.ID
			break
		}
	}
	if root == argmap.NilID {
		t.Fatal("the demo map has no claim with premises in the outline")
	}
	uid := firstNode(e.outline, root)
	if !e.outline.tree.IsBranchOpen(uid) {
		t.Fatal("a new document's branches are not open")
	}
	e.outline.tree.CloseBranch(uid)
	builds := e.outline.builds
	if err := e.do(argmap.AddClaim(&argmap.Claim{ID: argmap.NewID(), Text: "A claim of its own"})); err != nil {
		t.Fatal(err)
	}
	if e.outline.builds == builds {
		t.Fatal("adding a claim did not rebuild the outline")
	}
	if got := firstNode(e.outline, root); got != uid {
		t.Fatalf("the claim's node is %q after the edit, was %q", got, uid)
	}
	if e.outline.tree.IsBranchOpen(uid) {
		t.Error("the closed branch opened again after an edit")
	}
	e.SetMap(demoMap(), "", nil)
	if uid := firstNode(e.outline, root); !e.outline.tree.IsBranchOpen(uid) {
		t.Error("a new document kept a closed branch")
	}
}

// firstNode is the uid of the first node showing id, "" when none does.
func firstNode(o *outline, id argmap.ID) string {
	uid, _ := o.firstUID(id)
	return uid
}

// TestOutlineShape pins the tree the outline shows: premises under the
// claim their argument supports or attacks, a linked co-premise marked
// "&", an undercutter's premises after the argument's, a claim met again
// marked "↗" as a leaf, lone claims and claims reached only through a
// cycle as roots of their own; every claim and argument has a first node.
func TestOutlineShape(t *testing.T) {
	e := newTestEditor(t)
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
	e.SetMap(m, "", nil)
	var got []string
	var walk func(uid string, depth int)
	walk = func(uid string, depth int) {
		for _, k := range e.outline.children(uid) {
			text, _ := e.outline.describe(e.outline.nodes[k])
			got = append(got, strings.Repeat(" ", depth)+text)
			if e.outline.tree.IsBranch(k) && !e.outline.tree.IsBranchOpen(k) {
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
		if uid, ok := e.outline.firstUID(c.ID); !ok || e.outline.nodes[uid].id != c.ID || e.outline.nodes[uid].repeat {
			t.Errorf("claim %q: first node %q, %v", c.Text, uid, ok)
		}
	}
	for _, ar := range m.Arguments {
		uid, ok := e.outline.firstUID(ar.ID)
		if !ok || e.outline.nodes[uid].id != ar.Premises[0] {
			t.Errorf("argument on %v: first node %q, %v, want its first premise's", ar.Target, uid, ok)
		}
	}
}
