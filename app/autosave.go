package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	json "github.com/goccy/go-json"
	"github.com/google/uuid"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// autosaveInterval is how often a map with unsaved changes is written to
// its recovery file.
const autosaveInterval = 30 * time.Second

// recoveryFormat marks a recovery file, so that nothing else in the folder
// is taken for one.
const recoveryFormat = "argmap-recovery"

// recovery is the content of a recovery file: the map in the native format
// and what the restore offer shows about it.
type recovery struct {
	Format string    `json:"format"`
	Title  string    `json:"title"`
	Path   string    `json:"path"`   // the file the map belongs to; "" if never saved
	Source string    `json:"source"` // the name of the format it was read in; "" for a new map
	Claims int       `json:"claims"`
	Time   time.Time `json:"time"`
	PID    int       `json:"pid"` // the process that wrote it (kept for older versions; a process ID may be reused)
	// Lock names the lock file in the recovery folder that the editor
	// which wrote it holds while it runs: a recovery file whose lock is
	// not held belongs to an Argmap that stopped.
	Lock string `json:"lock,omitempty"`
	// Stamp is the state of Path when it was opened or last saved, so that
	// after a restore, Save still notices changes made on disk meanwhile.
	Stamp fileStamp       `json:"stamp"`
	Map   json.RawMessage `json:"map"`
}

// safety is the editor's state for never losing work: the autosave ticker,
// this document's recovery file, and the state of its file on disk.
type safety struct {
	dir     string // the recovery folder; "" turns autosave off
	key     string // this document's recovery file name in dir
	token   string // this editor's part of its recovery file names
	lock    *os.File
	lockErr error // why the lock could not be taken (autosave still runs)
	edits   int   // edits since the document was opened
	written int   // the value of edits when the recovery file was written
	stamp   fileStamp
	offered map[string]bool // recovery files offered since the start

	stop chan struct{}
	done sync.WaitGroup

	restore     *restoreOffer // the last restore offer, for tests
	diskPrompt  *diskPrompt   // the last changed-on-disk question, for tests
	linkPrompt  *linkPrompt   // the last symbolic-link question, for tests
	backupItem  *fyne.MenuItem
	lastBackup  string // the backup file the last save wrote, or ""
	autosaveErr error  // the last autosave failure, shown once
	// pathChosen, when set (by tests), sees each path a save dialog
	// returns before anything is written to it.
	pathChosen func(path string)
}

// recoveryDir is the folder of recovery files in the app's storage.
func recoveryDir(a fyne.App) string {
	root := a.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return ""
	}
	return filepath.Join(root.Path(), "recovery")
}

// initSafety sets up autosave for the editor; the ticker starts with
// startAutosave.
func (e *Editor) initSafety() {
	e.safe = &safety{dir: recoveryDir(e.app), offered: map[string]bool{}, token: uuid.NewString()[:8]}
	installLazyFileRepo()
}

// SetRecoveryDir sets the folder of recovery files (tests use a temporary
// one: the test app's storage is the system's temporary folder).
func (e *Editor) SetRecoveryDir(dir string) { e.safe.dir = dir }

// recoveryKey is the recovery file name of a document: one per file and
// editor (token), and one per new map. Two Argmaps on the same file, or a
// later one while an earlier one's autosave waits to be offered, never
// write or delete each other's.
func recoveryKey(path, token string) string {
	if path == "" {
		return "new-" + uuid.NewString() + ".json"
	}
	sum := sha256.Sum256([]byte(path))
	return "file-" + hex.EncodeToString(sum[:8]) + "-" + token + ".json"
}

// lockName is the name of the editor's lock file in the recovery folder.
func (s *safety) lockName() string { return "editor-" + s.token + ".lock" }

// takeLock creates and locks the editor's lock file, once: held until the
// editor closes or the process ends, however it ends.
func (s *safety) takeLock() {
	if s.lock != nil || s.lockErr != nil {
		return
	}
	f, err := os.OpenFile(filepath.Join(s.dir, s.lockName()), os.O_RDWR|os.O_CREATE, 0o600)
	if err == nil {
		if err = lockFile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		s.lockErr = err
		return
	}
	s.lock = f
}

// dropLock releases and removes the lock file: the editor closed cleanly.
func (s *safety) dropLock() {
	if s.lock != nil {
		os.Remove(s.lock.Name())
		s.lock.Close()
		s.lock = nil
	}
}

// editorRunning reports whether the editor holding the named lock file
// still runs. Without a lock name (a file of an older Argmap) it is taken
// as stopped: offering a recovery twice is better than losing it.
func (s *safety) editorRunning(lock string) bool {
	if lock == "" || lock != filepath.Base(lock) {
		return false
	}
	if lock == s.lockName() {
		return true
	}
	return isLocked(filepath.Join(s.dir, lock))
}

func (s *safety) file() string {
	if s.dir == "" || s.key == "" {
		return ""
	}
	return filepath.Join(s.dir, s.key)
}

// docReplacing runs before SetMap replaces the document: the user has saved
// or discarded the old one, so its recovery file goes.
func (e *Editor) docReplacing() {
	if e.safe != nil {
		e.clearRecovery()
	}
	if e.src != nil {
		e.src.MapReplaced()
	}
}

// docReplaced runs after SetMap: a new document, with its own recovery
// file name and the state of its file on disk.
func (e *Editor) docReplaced() {
	s := e.safe
	s.key = recoveryKey(e.doc.Path(), s.token)
	s.edits, s.written = 0, 0
	s.stamp = fileStamp{}
	if st, ok := e.takeOpened(); ok {
		s.stamp = st // OpenFile read it just now: no second read
	} else if e.doc.Path() != "" {
		s.stamp, _ = stampFile(e.doc.Path())
	}
	e.applyDimming()
}

// noteEdit runs after every edit, undo and redo.
func (e *Editor) noteEdit() {
	e.safe.edits++
	e.applyDimming()
}

// clearRecovery deletes the document's recovery file (its own, or the one
// it was restored from): after a save, a clean close, or a discard.
func (e *Editor) clearRecovery() {
	if f := e.safe.file(); f != "" {
		if err := os.Remove(f); err == nil || errors.Is(err, fs.ErrNotExist) {
			e.safe.written = e.safe.edits
		}
	}
}

// startAutosave starts the ticker that autosaves every interval. The ticker
// goroutine touches nothing of the editor: each tick runs on the UI
// goroutine through fyne.Do.
func (e *Editor) startAutosave(interval time.Duration) {
	e.stopAutosave()
	s := e.safe
	stop := make(chan struct{})
	s.stop = stop
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		every(interval, stop, e.autosaveTick)
	}()
}

// stopAutosave stops the ticker and waits for its last tick.
func (e *Editor) stopAutosave() {
	s := e.safe
	if s.stop != nil {
		close(s.stop)
		s.stop = nil
		s.done.Wait()
	}
}

// autosaveTick writes the recovery file when the map has changes that are
// neither saved nor autosaved yet, and deletes it when an undo brought the
// map back to its saved state.
func (e *Editor) autosaveTick() {
	s := e.safe
	f := s.file()
	if f == "" {
		return
	}
	if !e.doc.History().Dirty() {
		if s.written != s.edits {
			e.clearRecovery()
		}
		return
	}
	if s.written == s.edits {
		return
	}
	// The lock comes first: the recovery file names it.
	err := os.MkdirAll(s.dir, 0o700)
	if err == nil {
		s.takeLock()
	}
	var data []byte
	if err == nil {
		data, err = native.Encode(e.doc.Map())
	}
	if err == nil {
		title := strings.TrimSpace(e.doc.Map().Meta.Title)
		if title == "" {
			title = e.docName()
		}
		rec := recovery{
			Format: recoveryFormat, Title: title, Path: e.doc.Path(), Claims: len(e.doc.Map().Claims),
			Time: time.Now().UTC(), PID: os.Getpid(), Stamp: s.stamp, Map: data,
		}
		if s.lock != nil {
			rec.Lock = s.lockName()
		}
		if e.doc.Format() != nil {
			rec.Source = e.doc.Format().Name
		}
		var out []byte
		if out, err = json.Marshal(rec); err == nil {
			err = atomicfile.WriteFile(f, out)
		}
	}
	if err != nil {
		if s.autosaveErr == nil || s.autosaveErr.Error() != err.Error() {
			e.status.message("Autosave failed: " + err.Error())
		}
		s.autosaveErr = err
		return
	}
	s.autosaveErr = nil
	s.written = s.edits
}

// readRecovery reads a recovery file.
func readRecovery(path string) (*recovery, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rec recovery
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if rec.Format != recoveryFormat {
		return nil, fmt.Errorf("%s: not a recovery file", path)
	}
	return &rec, nil
}

// pendingRecoveries lists the recovery files left by an Argmap that did not
// close cleanly, newest first. Files of a running Argmap (another window
// of the user's: its lock file is locked) and those already offered are
// left out. Lock files of stopped Argmaps that no recovery file names are
// removed.
func (e *Editor) pendingRecoveries() []string {
	s := e.safe
	if s.dir == "" {
		return nil
	}
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil
	}
	type found struct {
		name string
		t    time.Time
	}
	var list []found
	named := map[string]bool{}
	for _, en := range entries {
		name := en.Name()
		if en.IsDir() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
			continue
		}
		rec, err := readRecovery(filepath.Join(s.dir, name))
		if err != nil {
			continue
		}
		named[rec.Lock] = true
		if s.offered[name] || name == s.key || s.editorRunning(rec.Lock) {
			continue
		}
		list = append(list, found{name, rec.Time})
	}
	for _, en := range entries {
		if name := en.Name(); strings.HasSuffix(name, ".lock") && !named[name] && !s.editorRunning(name) {
			os.Remove(filepath.Join(s.dir, name))
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].t.After(list[j].t) })
	out := make([]string, len(list))
	for i, f := range list {
		out[i] = f.name
	}
	return out
}
