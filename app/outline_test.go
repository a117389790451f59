package app

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestOutlineBranchesSurviveEdits: the node IDs are made of the entities'
// short names, which stay the same for the document's life, so a branch
// the user closed stays closed when an edit rebuilds the tree, and a new
// document starts with every branch open.
func TestOutlineBranchesSurviveEdits(t *testing.T) {
	e := newTestEditor(t)
	var root argmap.ID
	for _, c := range e.Map().Claims {
		if uid := e.outline.first[c.ID]; uid != "" && len(e.outline.kids[uid]) > 0 && e.outline.nodes[uid] != nil {
			root = c.ID
			break
		}
	}
	if root == argmap.NilID {
		t.Fatal("the demo map has no claim with premises in the outline")
	}
	uid := e.outline.first[root]
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
	if got := e.outline.first[root]; got != uid {
		t.Fatalf("the claim's node is %q after the edit, was %q", got, uid)
	}
	if e.outline.tree.IsBranchOpen(uid) {
		t.Error("the closed branch opened again after an edit")
	}
	e.SetMap(demoMap(), "", nil)
	if uid := e.outline.first[root]; !e.outline.tree.IsBranchOpen(uid) {
		t.Error("a new document kept a closed branch")
	}
}
