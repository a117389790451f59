package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// newSafeEditor is a test editor whose recovery files go to a folder of
// the test's own (the test app's storage is the system's temporary folder).
func newSafeEditor(t *testing.T, dir string) *Editor {
	t.Helper()
	e := newTestEditor(t)
	e.SetRecoveryDir(dir)
	e.SetMap(demoMap(), "", nil) // a document with a recovery name in dir
	return e
}

// edit changes the map through the history.
func edit(t *testing.T, e *Editor, text string) {
	t.Helper()
	c := e.Map().Claims[2] // "Pupils learn less…" in the demo map
	if err := e.do(argmap.SetText(c.ID, text)); err != nil {
		t.Fatalf("edit failed: %v", err)
	}
}

// crash makes an editor stop as a killed process would: its lock goes,
// its files stay.
func crash(e *Editor) {
	e.stopAutosave()
	if e.safe.lock != nil {
		e.safe.lock.Close()
		e.safe.lock = nil
	}
}

func recoveryFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	return files
}

func TestAutosaveWritesRecoveryUntilSaved(t *testing.T) {
	dir := t.TempDir()
	e := newSafeEditor(t, dir)
	e.autosaveTick()
	if f := recoveryFiles(t, dir); len(f) != 0 {
		t.Fatalf("a map without changes was autosaved: %v", f)
	}
	edit(t, e, "Pupils learn less when tired.")
	e.autosaveTick()
	files := recoveryFiles(t, dir)
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one", files)
	}
	rec, err := readRecovery(files[0])
	if err != nil {
		t.Fatal(err)
	}
	m, err := native.Decode(rec.Map)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Claims != 5 || len(m.Claims) != 5 || claimByText(t, m, "Pupils learn").Text != "Pupils learn less when tired." {
		t.Fatalf("the recovery file does not hold the edited map: %d claims", rec.Claims)
	}
	// Saving deletes it; the next edit makes a new one under the file's name.
	path := filepath.Join(t.TempDir(), "m.argmap.json")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	if f := recoveryFiles(t, dir); len(f) != 0 {
		t.Fatalf("recovery files after save: %v", f)
	}
	edit(t, e, "Pupils learn less.")
	e.autosaveTick()
	files = recoveryFiles(t, dir)
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one", files)
	}
	if rec, _ := readRecovery(files[0]); rec == nil || rec.Path != path {
		t.Fatalf("recovery file does not name the map's file %s: %+v", path, rec)
	}
	// Undo back to the saved state: nothing left to recover.
	e.undo()
	e.autosaveTick()
	if f := recoveryFiles(t, dir); len(f) != 0 {
		t.Fatalf("recovery files after undoing to the saved state: %v", f)
	}
	// Discarding the changes on close deletes it too.
	edit(t, e, "Pupils learn less, again.")
	e.autosaveTick()
	e.requestClose()
	test.Tap(e.confirm.discard)
	if f := recoveryFiles(t, dir); len(f) != 0 {
		t.Fatalf("recovery files after a close that discards: %v", f)
	}
}

func TestAutosaveTicker(t *testing.T) {
	dir := t.TempDir()
	e := newSafeEditor(t, dir)
	edit(t, e, "Pupils learn less when tired.")
	e.startAutosave(5 * time.Millisecond)
	// Only the file system is looked at while the ticker runs: the editor
	// belongs to the ticks (run through fyne.Do).
	deadline := time.Now().Add(10 * time.Second)
	for len(recoveryFiles(t, dir)) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	e.stopAutosave()
	if len(recoveryFiles(t, dir)) != 1 {
		t.Fatal("the ticker did not autosave the changed map")
	}
}

func TestRestoreOfferAfterCrash(t *testing.T) {
	dir := t.TempDir()
	// A first run edits a saved map, autosaves, and dies.
	crashed := newSafeEditor(t, dir)
	path := filepath.Join(t.TempDir(), "school.argmap.json")
	if err := crashed.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	edit(t, crashed, "Pupils learn less when tired.")
	crashed.addClaimAt(argmap.Point{X: 500, Y: 500})
	crashed.autosaveTick()
	crash(crashed)
	if len(recoveryFiles(t, dir)) != 1 {
		t.Fatal("no recovery file")
	}
	for _, choice := range []string{"discard", "restore"} {
		if choice == "restore" {
			crashed.safe.written = 0
			crashed.autosaveTick()
			crash(crashed)
		}
		e := newTestEditor(t)
		e.SetRecoveryDir(dir)
		e.OfferRecovery()
		o := e.safe.restore
		if o == nil {
			t.Fatalf("%s: no restore offer at start-up", choice)
		}
		for _, want := range []string{"Should the school day start later?", path, "Claims:  6", "Autosaved:"} {
			if !strings.Contains(o.text, want) {
				t.Errorf("%s: the offer does not show %q:\n%s", choice, want, o.text)
			}
		}
		if choice == "discard" {
			test.Tap(o.discard)
			if f := recoveryFiles(t, dir); len(f) != 0 {
				t.Fatalf("discard left %v", f)
			}
			if len(e.Map().Claims) != 5 || e.History().Dirty() {
				t.Fatal("discard changed the map")
			}
			if msg := statusMessage(t, e); !strings.HasPrefix(msg, "Discarded the changes to") {
				t.Errorf("status after discarding %q, want it said", msg)
			}
			continue
		}
		test.Tap(o.restore)
		if len(e.Map().Claims) != 6 || e.Path() != path || !e.History().Dirty() {
			t.Fatalf("restored %d claims from %q, dirty %v; want 6 from %s, unsaved", len(e.Map().Claims), e.Path(), e.History().Dirty(), path)
		}
		if !strings.HasPrefix(e.Title(), "• school.argmap.json") {
			t.Errorf("title %q does not show unsaved changes", e.Title())
		}
		// Saving the restored map clears the recovery file.
		e.save()
		if f := recoveryFiles(t, dir); len(f) != 0 {
			t.Fatalf("recovery files after saving the restored map: %v", f)
		}
		m, err := native.ReadFile(path)
		if err != nil || len(m.Claims) != 6 {
			t.Fatalf("saved restored map: %v", err)
		}
	}
}

func TestSaveAsksWhenFileChangedOnDisk(t *testing.T) {
	e := newSafeEditor(t, t.TempDir())
	path := filepath.Join(t.TempDir(), "m.argmap.json")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	// Unchanged on disk: no question.
	edit(t, e, "Mine.")
	e.save()
	if e.safe.diskPrompt != nil {
		t.Fatal("asked although the file did not change")
	}
	// Another program writes the file.
	other := argmap.New("Theirs")
	if err := native.WriteFile(path, other); err != nil {
		t.Fatal(err)
	}
	edit(t, e, "Mine again.")
	e.save()
	p := e.safe.diskPrompt
	if p == nil {
		t.Fatal("Save did not ask about the file changed on disk")
	}
	test.Tap(p.cancel)
	if m, _ := native.ReadFile(path); m == nil || m.Meta.Title != "Theirs" {
		t.Fatal("Cancel overwrote the file")
	}
	if !e.History().Dirty() {
		t.Fatal("Cancel marked the map saved")
	}
	e.save()
	test.Tap(e.safe.diskPrompt.overwrite)
	if m, _ := native.ReadFile(path); m == nil || m.Meta.Title == "Theirs" || len(m.Claims) != 5 {
		t.Fatal("Overwrite did not write our map")
	}
	// The file touched but not changed is no conflict.
	e.safe.diskPrompt = nil
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	edit(t, e, "Mine, once more.")
	e.save()
	if e.safe.diskPrompt != nil {
		t.Fatal("asked although only the file's time changed")
	}
}

func TestSaveKeepsBackup(t *testing.T) {
	e := newSafeEditor(t, t.TempDir())
	path := filepath.Join(t.TempDir(), "m.argmap.json")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	if _, err := os.Stat(path + "~"); err == nil {
		t.Fatal("a backup of a file that did not exist")
	}
	edit(t, e, "Second version.")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path + "~"); string(got) != string(first) {
		t.Fatalf("FILE~ does not hold the previous version")
	}
	// Turned off in the File menu: the backup stays as it was.
	e.safe.backupItem.Action()
	if e.keepBackup() || e.safe.backupItem.Checked {
		t.Fatal("the menu item did not turn the backup off")
	}
	edit(t, e, "Third version.")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path + "~"); string(got) != string(first) {
		t.Fatalf("FILE~ was replaced with the backup off")
	}
}

// TestBackupOnlyOfAPreviousVersion: the first save of a new file, or a save
// over an empty one, keeps no FILE~ (it would be an empty file standing for
// a previous version that never was).
func TestBackupOnlyOfAPreviousVersion(t *testing.T) {
	e := newSafeEditor(t, t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "new.argmap.json")
	if err := e.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.argmap.json")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.SaveTo(empty); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, empty} {
		if _, err := os.Lstat(p + "~"); err == nil {
			t.Errorf("%s~ was written with nothing to keep", filepath.Base(p))
		}
	}
}

// TestSaveDoesNotFollowAPlantedLink: in a shared folder another user has
// put report.argmap.json as a link to a file of the user's elsewhere, and
// report.argmap.json~ as a link to another: Save asks before writing
// through the first, never writes through the second, and its errors name
// the file saved.
func TestSaveDoesNotFollowAPlantedLink(t *testing.T) {
	e := newSafeEditor(t, t.TempDir())
	root := t.TempDir()
	shared, home := filepath.Join(root, "shared"), filepath.Join(root, "home")
	_ = os.MkdirAll(shared, 0o777)
	_ = os.MkdirAll(home, 0o755)
	thesis := filepath.Join(home, "thesis.txt")
	notes := filepath.Join(home, "notes.txt")
	for _, p := range []string{thesis, notes} {
		if err := os.WriteFile(p, []byte("the user's own "+filepath.Base(p)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report := filepath.Join(shared, "report.argmap.json")
	if err := os.Symlink(thesis, report); err != nil {
		t.Fatalf("no symbolic links here: %v", err)
	}
	untouched := func(when string) {
		t.Helper()
		for _, p := range []string{thesis, notes} {
			if got, _ := os.ReadFile(p); string(got) != "the user's own "+filepath.Base(p) {
				t.Fatalf("%s: %s was overwritten: %q", when, filepath.Base(p), got)
			}
		}
	}
	var le *atomicfile.LinkError
	if err := e.SaveTo(report); !errors.As(err, &le) || e.safe.linkPrompt == nil {
		t.Fatalf("save through a link out of its folder = %v, want the question asked", err)
	}
	if !strings.Contains(e.safe.linkPrompt.text, thesis) {
		t.Errorf("the question %q does not name where the link leads", e.safe.linkPrompt.text)
	}
	test.Tap(e.safe.linkPrompt.stop)
	untouched("after Cancel")
	if e.Path() == report {
		t.Error("Cancel saved the map")
	}

	// Replace Link puts the map in place of the link.
	e.safe.linkPrompt = nil
	_ = e.SaveTo(report)
	if e.safe.linkPrompt == nil {
		t.Fatal("no question the second time")
	}
	test.Tap(e.safe.linkPrompt.replace)
	untouched("after Replace Link")
	if fi, err := os.Lstat(report); err != nil || !fi.Mode().IsRegular() || e.Path() != report {
		t.Fatalf("Replace Link left %v (%v), path %q", fi, err, e.Path())
	}

	// The backup never goes through a link: report.argmap.json~ is one.
	if err := os.Symlink(notes, report+"~"); err != nil {
		t.Fatal(err)
	}
	edit(t, e, "Pupils learn less when tired.")
	if err := e.SaveTo(report); err != nil {
		t.Fatal(err)
	}
	untouched("after a save with a linked backup")
	if fi, err := os.Lstat(report + "~"); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("the backup is %v (%v), want a file of its own", fi, err)
	}

	// A failed save names the file, not its temporary file.
	bad := filepath.Join(root, "gone", "m.argmap.json")
	err := e.SaveTo(bad)
	if err == nil || !strings.Contains(err.Error(), bad) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("save error %v, want one naming %s", err, bad)
	}
}

// TestRecoveryOfAStoppedEditorIsOffered: whether the Argmap that wrote a
// recovery file still runs is told by its lock, not by its process ID,
// which after a reboot or in a container belongs to another process. A
// running editor's files are left to it, and an Argmap that opens the same
// file never deletes a recovery file it was not offered.
func TestRecoveryOfAStoppedEditorIsOffered(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(t.TempDir(), "school.argmap.json")
	first := newSafeEditor(t, dir)
	if err := first.SaveTo(path); err != nil {
		t.Fatal(err)
	}
	edit(t, first, "Pupils learn less when tired.")
	first.autosaveTick()
	files := recoveryFiles(t, dir)
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one", files)
	}
	// Its process ID now names a live process that is no Argmap (1 is
	// always alive); the editor itself still runs.
	rec, _ := readRecovery(files[0])
	rec.PID = 1
	out, _ := json.Marshal(rec)
	if err := os.WriteFile(files[0], out, 0o600); err != nil {
		t.Fatal(err)
	}

	// While it runs, another editor does not offer its file, and opening
	// the same map, editing, autosaving and closing leaves the file alone.
	second := newTestEditor(t)
	second.SetRecoveryDir(dir)
	if p := second.pendingRecoveries(); len(p) != 0 {
		t.Fatalf("a running editor's recovery file is offered: %v", p)
	}
	if err := second.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	edit(t, second, "Pupils learn less, says the second window.")
	second.autosaveTick()
	second.requestClose()
	test.Tap(second.confirm.discard)
	if _, err := os.Stat(files[0]); err != nil {
		t.Fatalf("closing another editor on the same file deleted the first one's recovery file: %v", err)
	}

	// The first editor stops; its process ID stays alive. The next start
	// offers its changes.
	crash(first)
	third := newTestEditor(t)
	third.SetRecoveryDir(dir)
	if p := third.pendingRecoveries(); len(p) != 1 || p[0] != filepath.Base(files[0]) {
		t.Fatalf("pending recoveries %v, want %s (its process ID is alive, its editor is not)", p, filepath.Base(files[0]))
	}
	// Opening the same file and quitting before the offer is answered
	// keeps it too.
	if err := third.OpenFile(path); err != nil {
		t.Fatal(err)
	}
	third.closing()
	if _, err := os.Stat(files[0]); err != nil {
		t.Fatalf("a recovery file never offered was deleted: %v", err)
	}
}
