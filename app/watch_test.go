package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// watchedEditor opens the demo map from a file, and looks at the file once
// as the watcher's first tick does (it reads the base back).
func watchedEditor(t *testing.T) (*Editor, string) {
	t.Helper()
	e := newTestEditor(t)
	e.SetRecoveryDir(t.TempDir())
	path := filepath.Join(t.TempDir(), "school.argmap.json")
	if err := native.WriteFile(path, demoMap()); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	e.checkDisk()
	if e.baseMap() == nil {
		t.Fatal("no base after opening and a first look")
	}
	return e, path
}

// assistantProposes does what `argmap mcp` does: read the file, add a
// suggested claim (and, with change, an accepted edit too, as another
// program might), save it atomically. It returns the claim's ID.
func assistantProposes(t *testing.T, path, text string, change bool) argmap.ID {
	t.Helper()
	m, err := native.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := &argmap.Claim{ID: argmap.NewID(), Text: text}
	e := argmap.Propose(argmap.Proposal{By: "test-assistant", Time: time.Unix(1e9, 0).UTC()}, argmap.AddClaim(c))
	if err := e.Apply(m); err != nil {
		t.Fatal(err)
	}
	if change {
		m.Meta.Title = "Changed elsewhere"
	}
	if err := native.WriteFile(path, m); err != nil {
		t.Fatal(err)
	}
	// A later time, as a real save some seconds on would have.
	later := time.Now().Add(3 * time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	return c.ID
}

func TestWatchReloadsKeepingTheView(t *testing.T) {
	e, path := watchedEditor(t)
	shownView(t, e).SetZoom(0.5)
	centre := shownView(t, e).ViewCenter()
	sel := e.Map().Claims[1].ID
	e.Select([]argmap.ID{sel})
	id := assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk()
	if e.watch.prompt != nil {
		t.Fatal("asked, with nothing unsaved")
	}
	c := e.Map().Claim(id)
	if c == nil || !c.Pending() {
		t.Fatalf("the suggestion is not on the map: %+v", c)
	}
	if e.History().Dirty() {
		t.Error("a reload left the map marked changed")
	}
	if z := shownView(t, e).Zoom(); z < 0.49 || z > 0.51 {
		t.Errorf("zoom %v after the reload, want 0.5 kept", z)
	}
	if got := shownView(t, e).ViewCenter(); absf(got.X-centre.X) > 1 || absf(got.Y-centre.Y) > 1 {
		t.Errorf("view centre %v after the reload, want %v kept", got, centre)
	}
	if s := e.Selection(); len(s) != 1 || s[0] != sel {
		t.Errorf("selection %v after the reload, want %v kept", s, sel)
	}
	if msg := statusMessage(t, e); !strings.Contains(msg, "1 new suggestion from test-assistant") {
		t.Errorf("status %q", msg)
	}
	// Nothing more changed: the next look does nothing.
	m := e.Map()
	e.checkDisk()
	if e.Map() != m {
		t.Error("reloaded again without a change")
	}
}

// TestWatchWaitsWhileBusy: with a dialog open (Restore Unsaved Changes, a
// file chooser), the file is not reloaded under it; once it is closed, it is.
func TestWatchWaitsWhileBusy(t *testing.T) {
	e, path := watchedEditor(t)
	d := dialog.NewInformation("Busy", "A dialog", e.win)
	d.Show()
	id := assistantProposes(t, path, "A suggestion", false)
	e.checkDisk()
	if e.Map().Claim(id) != nil {
		t.Fatal("reloaded under an open dialog")
	}
	d.Hide()
	e.checkDisk()
	if e.Map().Claim(id) == nil {
		t.Error("not reloaded once the dialog was closed")
	}
}

func absf(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestWatchOwnSaveIsNoChange(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	if err := e.saveTo(path, atomicfile.LinkSafe, nil); err != nil {
		t.Fatal(err)
	}
	m := e.Map()
	e.checkDisk()
	if e.Map() != m || e.watch.prompt != nil {
		t.Error("the editor's own save was taken for a change on disk")
	}
}

// TestWatchBaseAfterSaveUndecoded: the first look after a save reads the
// file back as the base but keeps it undecoded (a big map's decode is
// done only when a change on disk needs it), and suggestions an assistant
// adds on top of the saved file are still told apart from other changes.
func TestWatchBaseAfterSaveUndecoded(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	if err := e.saveTo(path, atomicfile.LinkSafe, nil); err != nil {
		t.Fatal(err)
	}
	e.checkDisk() // the first look after the save: the base is read back
	if e.watch.base != nil || e.watch.baseData == nil || e.watch.baseHash != e.safe.stamp.Hash {
		t.Fatalf("after a save the base is not kept undecoded: decoded %v, bytes %d, hash matches %v",
			e.watch.base != nil, len(e.watch.baseData), e.watch.baseHash == e.safe.stamp.Hash)
	}
	edit(t, e, "Later starts cost money.")
	assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk()
	p := e.watch.prompt
	if p == nil {
		t.Fatal("no question with unsaved changes")
	}
	if p.add.Text != "Add 1 Suggestion" || !e.onlySuggestionsAdded(mustRead(t, path)) {
		t.Errorf("the change is not seen as only suggestions on top of the saved file (button %q)", p.add.Text)
	}
}

func TestWatchUnsavedAddsSuggestions(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk()
	p := e.watch.prompt
	if p == nil {
		t.Fatal("no question with unsaved changes")
	}
	if p.add.Text != "Add 1 Suggestion" {
		t.Errorf("button %q", p.add.Text)
	}
	test.Tap(p.add)
	if e.watch.prompt != nil {
		t.Error("the question stayed")
	}
	if msg := statusMessage(t, e); msg != "Added 1 new suggestion from test-assistant to your map" {
		t.Errorf("status %q", msg)
	}
	if c := e.Map().Claim(id); c == nil || !c.Pending() {
		t.Fatalf("the suggestion was not added: %+v", c)
	}
	if claimByText(t, e.Map(), "Pupils learn less when tired.") == nil || !e.History().Dirty() {
		t.Fatal("the user's unsaved edit was lost")
	}
	// The file was the user's base plus the suggestion: saving now
	// overwrites nothing of anyone's, so it does not ask.
	e.checkDisk()
	if e.watch.prompt != nil {
		t.Error("asked again about the same file")
	}
	if changedOnDisk(path, e.safe.stamp) {
		t.Error("saving would still ask although the editor holds everything on disk")
	}
	// One undo takes the suggestions away, and only them.
	e.undo()
	if e.Map().Claim(id) != nil {
		t.Error("undo left the suggestion")
	}
	if claimByText(t, e.Map(), "Pupils learn less when tired.") == nil {
		t.Error("undo took the user's edit too")
	}
}

// TestWatchReloadThenUnsaved: after a reload, the user edits and the
// assistant proposes again: that is still only suggestions on top of the
// file (the base is not the document the user went on editing).
func TestWatchReloadThenUnsaved(t *testing.T) {
	e, path := watchedEditor(t)
	assistantProposes(t, path, "First suggestion", false)
	e.checkDisk()
	if e.watch.prompt != nil || e.History().Dirty() {
		t.Fatal("the first suggestion was not reloaded")
	}
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Second suggestion", false)
	e.checkDisk()
	p := e.watch.prompt
	if p == nil {
		t.Fatal("no question with unsaved changes")
	}
	test.Tap(p.add)
	if e.Map().Claim(id) == nil || changedOnDisk(path, e.safe.stamp) {
		t.Error("the second suggestion was taken for more than suggestions")
	}
}

func TestWatchUnsavedReload(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk()
	test.Tap(e.watch.prompt.reload)
	if e.Map().Claim(id) == nil || e.History().Dirty() {
		t.Fatal("reload did not make the file the document")
	}
	for _, c := range e.Map().Claims {
		if c.Text == "Pupils learn less when tired." {
			t.Error("the discarded edit is still there")
		}
	}
}

func TestWatchUnsavedKeepMine(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk()
	test.Tap(e.watch.prompt.keep)
	if e.Map().Claim(id) != nil || !e.History().Dirty() {
		t.Fatal("keep mine changed the map")
	}
	e.checkDisk()
	if e.watch.prompt != nil {
		t.Error("asked again about the same change")
	}
	// Saving still asks before overwriting the file's new content.
	e.saveCheckedThen(nil)
	if e.safe.diskPrompt == nil {
		t.Fatal("saving over the changed file did not ask")
	}
	test.Tap(e.safe.diskPrompt.cancel)
	// A further change is asked about again.
	assistantProposes(t, path, "Another suggestion", false)
	e.checkDisk()
	if e.watch.prompt == nil {
		t.Error("a new change was not asked about")
	}
}

func TestWatchUnsavedOtherChanges(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Buses could start later too", true)
	e.checkDisk()
	p := e.watch.prompt
	if p == nil {
		t.Fatal("no question")
	}
	test.Tap(p.add)
	if c := e.Map().Claim(id); c == nil || !c.Pending() {
		t.Fatal("the suggestion was not added")
	}
	if e.Map().Meta.Title == "Changed elsewhere" {
		t.Error("adding the suggestions took the other change too")
	}
	// The file holds more than the suggestions: saving must still ask.
	if !changedOnDisk(path, e.safe.stamp) {
		t.Error("saving would overwrite the other change without asking")
	}
}

func TestNewSuggestionsSkipsWhatLostItsGround(t *testing.T) {
	ours := demoMap()
	disk := ours.Clone()
	target := disk.Claims[0].ID
	p := argmap.Proposal{By: "a"}
	obj, c, a := argmap.ObjectTo(argmap.Mint{}, disk, target, "No", "a", "")
	if err := argmap.Propose(p, obj).Apply(disk); err != nil {
		t.Fatal(err)
	}
	// ours deleted the target: the objection's argument and challenge have
	// no ground; its claim is still shown.
	if err := argmap.Remove(target).Apply(ours); err != nil {
		t.Fatal(err)
	}
	e, n := incomingSuggestions(ours, disk)
	if err := e.Apply(ours); err != nil {
		t.Fatal(err)
	}
	if n != 1 || ours.Claim(c) == nil || ours.Argument(a) != nil || len(ours.Challenges) != 0 {
		t.Errorf("added %d: claim %v argument %v challenges %d", n, ours.Claim(c) != nil, ours.Argument(a) != nil, len(ours.Challenges))
	}
	if err := argmap.Validate(ours).Err(); err != nil {
		t.Errorf("the merged map is invalid: %v", err)
	}
}

// TestSaveKeepsSuggestionsThatJustArrived: the user saves right after an
// assistant wrote suggestions, before the watch looked. The save keeps
// them (added to the map, undoable) instead of asking whether to
// overwrite the file, which would have dropped them.
func TestSaveKeepsSuggestionsThatJustArrived(t *testing.T) {
	e, path := watchedEditor(t)
	edit(t, e, "Pupils learn less when tired.")
	id := assistantProposes(t, path, "Buses could start later too", false)
	e.save()
	if e.safe.diskPrompt != nil {
		t.Fatal("the save asked about the file instead of keeping the suggestions")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	disk, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if c := disk.Claim(id); c == nil || !c.Pending() {
		t.Fatal("the saved file lost the assistant's suggestion")
	}
	if claimByText(t, disk, "Pupils learn less when tired.") == nil {
		t.Fatal("the saved file lost the user's edit")
	}
	if e.History().Dirty() {
		t.Error("still dirty after the save")
	}
}

// TestWatchBaseFromOpen: the base is the file as OpenFile read it, so
// suggestions written before the watcher's first look (which no longer
// reads the file back after an open) are still told apart from other
// changes, and the file is read once, not twice, to open it.
func TestWatchBaseFromOpen(t *testing.T) {
	e := newTestEditor(t)
	e.SetRecoveryDir(t.TempDir())
	path := filepath.Join(t.TempDir(), "school.argmap.json")
	if err := native.WriteFile(path, demoMap()); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	if e.watch.base != nil || e.watch.baseData == nil {
		t.Fatal("the base is not kept undecoded from the open")
	}
	edit(t, e, "Pupils learn less when tired.")
	assistantProposes(t, path, "Buses could start later too", false)
	e.checkDisk() // the first look, after the assistant's write
	p := e.watch.prompt
	if p == nil {
		t.Fatal("no question with unsaved changes")
	}
	if !e.onlySuggestionsAdded(mustRead(t, path)) {
		t.Error("the change is not seen as only suggestions on top of the opened file")
	}
	test.Tap(p.add)
	if changedOnDisk(path, e.safe.stamp) {
		t.Error("saving would still ask although the editor holds everything on disk")
	}
}

func mustRead(t *testing.T, path string) *argmap.Map {
	t.Helper()
	m, err := native.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
