package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/native"
)

// Watching the file: an assistant working through `argmap mcp FILE` saves
// its suggestions into the file the editor has open. The editor looks at
// the file's size and time every watchInterval (a stat, nothing more, unless
// they moved) and, when someone else changed it, shows the new suggestions:
// with no unsaved changes it reads the file again and keeps the view; with
// unsaved changes it asks, offering to add just the new suggestions to the
// user's map (one undoable step) or to reload — never losing the user's
// work without being told.

// watchInterval is how often the editor looks at its file.
const watchInterval = 2 * time.Second

// watchState is what the watcher knows.
type watchState struct {
	stop chan struct{}
	// base is the file as last opened or saved (decoded), read back once
	// after each save, so that a change on disk can be told apart from
	// suggestions added on top of it; baseHash is its stamp's hash.
	// baseData is the base still encoded, as OpenFile read it or the
	// look after a save read it back: decoded
	// by baseMap only when a change on disk needs comparing, so that
	// opening a big map neither reads nor decodes it twice.
	base     *argmap.Map
	baseData []byte
	baseHash string
	// opened is the file OpenFile just read, for docReplaced to stamp
	// without reading it again.
	opened *openedFile
	// asked is the hash of the changed file the user was last asked about
	// and chose to keep their version over: not asked again until it
	// changes once more.
	asked string
	// prompt is the open question, for tests.
	prompt *watchPrompt
}

// openedFile is a file as OpenFile read it: its stamp (from the bytes
// read) and the bytes.
type openedFile struct {
	path  string
	stamp fileStamp
	data  []byte
}

// readOpened reads the file at path for OpenFile and stamps it from the
// bytes read. The time is taken before the read: a write in between then
// shows as a change at the next look rather than hiding behind a new time.
func readOpened(path string) (*openedFile, error) {
	st, statErr := os.Stat(path)
	data, err := formats.ReadFile(path)
	if err != nil {
		return nil, err // its message names the path, as Load's does
	}
	if statErr != nil {
		return nil, statErr
	}
	s := fileStamp{Known: true, Size: int64(len(data)), ModTime: st.ModTime(), Hash: hashOf(data)}
	return &openedFile{path: path, stamp: s, data: data}, nil
}

// takeOpened returns the stamp of the file OpenFile just read when it is
// the document's, and makes its bytes the watch's base; ok is false when
// the document came from elsewhere (a reload, a restore, the sample).
func (e *Editor) takeOpened() (s fileStamp, ok bool) {
	o := e.watch.opened
	e.watch.opened = nil
	if o == nil || o.path != e.doc.Path() {
		return fileStamp{}, false
	}
	if e.doc.Format() == e.nativeFormat() {
		e.watch.base, e.watch.baseData, e.watch.baseHash = nil, o.data, o.stamp.Hash
	}
	return o.stamp, true
}

// baseMap returns the base, decoding it first when it is still the bytes
// OpenFile read (nil when there is none or it does not decode).
func (e *Editor) baseMap() *argmap.Map {
	if e.watch.base == nil && e.watch.baseData != nil {
		m, err := native.Decode(e.watch.baseData)
		e.watch.baseData = nil
		if err != nil {
			e.watch.baseHash = ""
			return nil
		}
		e.watch.base = m
	}
	return e.watch.base
}

// setBase makes m (with the file hash) the base.
func (e *Editor) setBase(m *argmap.Map, hash string) {
	e.watch.base, e.watch.baseData, e.watch.baseHash = m, nil, hash
}

// watchPrompt is the question asked when the file changed on disk while
// the map has unsaved changes, kept so that tests can press its buttons.
type watchPrompt struct {
	add, reload, keep *widget.Button
	d                 dialog.Dialog
}

// startWatch starts looking at the file every interval. The ticker
// goroutine touches nothing of the editor: each look runs on the UI
// goroutine through fyne.Do.
func (e *Editor) startWatch(interval time.Duration) {
	e.stopWatch()
	stop := make(chan struct{})
	e.watch.stop = stop
	go every(interval, stop, e.checkDisk)
}

// stopWatch stops looking at the file.
func (e *Editor) stopWatch() {
	if e.watch.stop != nil {
		close(e.watch.stop)
		e.watch.stop = nil
	}
}

// checkDisk looks whether the file changed on disk since the editor opened
// or saved it, and if so shows what came in.
func (e *Editor) checkDisk() {
	s := e.safe.stamp
	if e.doc.Path() == "" || !s.Known || e.doc.Format() != e.nativeFormat() || e.busy() {
		return
	}
	st, err := os.Stat(e.doc.Path())
	if err != nil || (st.Size() == s.Size && st.ModTime().Equal(s.ModTime)) {
		e.noteBase(s)
		return
	}
	data, err := formats.ReadFile(e.doc.Path())
	if err != nil {
		return // gone or unreadable for now: saving puts it back
	}
	hash := hashOf(data)
	if hash == s.Hash {
		e.safe.stamp.ModTime = st.ModTime() // touched, not changed
		return
	}
	if hash == e.watch.asked {
		return
	}
	disk, err := native.Decode(data)
	if err != nil {
		return // half written by a tool that does not write atomically: look again later
	}
	now := fileStamp{Known: true, Size: int64(len(data)), ModTime: st.ModTime(), Hash: hash}
	e.diskChanged(disk, now)
}

// busy reports whether the user is in the middle of something a reload
// must not pull from under them: a dialog or menu is open (this question,
// Restore Unsaved Changes, a file chooser) or a card's text is being
// edited. The file is looked at again once they are done.
func (e *Editor) busy() bool {
	return e.watch.prompt != nil || e.win.Canvas().Overlays().Top() != nil || e.view.Editing()
}

// noteBase reads the file back once after it was saved, while it is
// still what the editor wrote, as the base that later changes on disk are
// compared with. It keeps the bytes, as takeOpened does: baseMap decodes
// them only when a change on disk needs comparing, so that the watcher's
// first look after a save of a big map costs a read and a hash, not a
// decode (about 40 ms of CPU at 20,000 claims, BenchmarkDecode) and a
// second map in memory.
func (e *Editor) noteBase(s fileStamp) {
	if e.watch.baseHash == s.Hash {
		return
	}
	data, err := formats.ReadFile(e.doc.Path())
	if err != nil {
		return
	}
	if hashOf(data) != s.Hash {
		return // already changed again: no base this time
	}
	e.watch.base, e.watch.baseData, e.watch.baseHash = nil, data, s.Hash
}

// diskChanged shows the map now on disk: reloaded when the editor has
// nothing unsaved, otherwise asked about.
func (e *Editor) diskChanged(disk *argmap.Map, now fileStamp) {
	add, n := incomingSuggestions(e.doc.Map(), disk)
	name := filepath.Base(e.doc.Path())
	if !e.doc.History().Dirty() {
		e.reloadKeepingView(disk, now)
		if n > 0 {
			e.status.message(fmt.Sprintf("%s changed on disk: %s", name, describeSuggestions(disk, n)))
		} else {
			e.status.message(name + " changed on disk: reloaded")
		}
		return
	}
	only := e.onlySuggestionsAdded(disk)
	var msg string
	switch {
	case n > 0 && only:
		msg = fmt.Sprintf("“%s” was changed on disk: %s.\n\nYou have unsaved changes. Add the new suggestions to your map (you can undo it), or reload the file and lose your changes?", name, describeSuggestions(disk, n))
	case n > 0:
		msg = fmt.Sprintf("“%s” was changed on disk: %s, and more.\n\nYou have unsaved changes. Add just the new suggestions to your map (saving will still ask before overwriting the rest), or reload the file and lose your changes?", name, describeSuggestions(disk, n))
	default:
		msg = fmt.Sprintf("“%s” was changed on disk by another program.\n\nYou have unsaved changes. Reload the file and lose them, or keep your version (saving will ask before overwriting)?", name)
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("File Changed on Disk", label, e.win)
	p := &watchPrompt{d: d}
	done := func() { d.Hide(); e.watch.prompt = nil }
	p.add = widget.NewButton("Add "+plural(n, "Suggestion", "Suggestions"), func() {
		done()
		ok := e.do(add) == nil
		if ok {
			e.status.message("Added " + describeSuggestions(disk, n) + " to your map")
		}
		if ok && only {
			// The file is the user's base plus these suggestions: what
			// the editor now holds covers it.
			e.safe.stamp = now
			e.setBase(disk, now.Hash)
		} else {
			e.watch.asked = now.Hash
		}
	})
	p.add.Importance = widget.HighImportance
	p.reload = widget.NewButton("Reload (Discard My Changes)", func() {
		done()
		e.reloadKeepingView(disk, now)
	})
	p.reload.Importance = widget.DangerImportance
	p.keep = widget.NewButton("Keep Mine", func() {
		done()
		e.watch.asked = now.Hash
	})
	buttons := []fyne.CanvasObject{p.keep, p.reload}
	if n > 0 {
		buttons = append(buttons, p.add)
	}
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(560, 240))
	e.watch.prompt = p
	d.Show()
}

// reloadKeepingView makes the map on disk the document, with the zoom,
// the centre of the view and the selection as they were.
func (e *Editor) reloadKeepingView(disk *argmap.Map, now fileStamp) {
	zoom, centre := e.view.Zoom(), e.view.ViewCenter()
	sel := e.doc.Selection()
	e.SetMap(disk, e.doc.Path(), e.doc.Format())
	e.view.SetZoom(zoom)
	e.view.CenterOn(centre)
	var keep []argmap.ID
	for _, id := range sel {
		if e.exists(id) {
			keep = append(keep, id)
		}
	}
	e.Select(keep)
	// The base is a copy: disk is now the document, which the user edits.
	e.safe.stamp, e.watch.asked = now, ""
	e.setBase(disk.Clone(), now.Hash)
}

// keepIncomingSuggestions runs when a save finds the file changed on disk
// before the watch has looked (a save within its interval of an
// assistant's write): if the change is only suggestions added to the
// file as last opened or saved, it adds them to the map (one undo step),
// so that saving writes the user's work and the assistant's together and
// overwrites nothing. It reports whether it did.
func (e *Editor) keepIncomingSuggestions() bool {
	if e.doc.Path() == "" || e.doc.Format() != e.nativeFormat() {
		return false
	}
	data, err := formats.ReadFile(e.doc.Path())
	if err != nil {
		return false
	}
	if hashOf(data) == e.watch.asked {
		return false // the user was asked about this file and kept theirs
	}
	disk, err := native.Decode(data)
	if err != nil || !e.onlySuggestionsAdded(disk) {
		return false
	}
	add, n := incomingSuggestions(e.doc.Map(), disk)
	if n > 0 && e.do(add) != nil {
		return false
	}
	if n > 0 {
		e.status.message("Kept " + describeSuggestions(disk, n) + " that arrived while you worked")
	}
	return true
}

// onlySuggestionsAdded reports whether the map on disk is the base (the
// file as last opened or saved) with suggestions added and nothing else
// changed: what `argmap mcp` does.
func (e *Editor) onlySuggestionsAdded(disk *argmap.Map) bool {
	if e.watch.baseHash != e.safe.stamp.Hash {
		return false
	}
	base := e.baseMap()
	if base == nil {
		return false
	}
	a, err1 := native.Encode(base.Accepted())
	b, err2 := native.Encode(disk.Accepted())
	return err1 == nil && err2 == nil && bytes.Equal(a, b)
}

// incomingSuggestions makes the edit that adds to ours the pending claims,
// arguments and challenges of disk that ours lacks, and counts them. An
// item resting on something ours no longer has (the user deleted the claim
// an assistant objected to) is left out.
func incomingSuggestions(ours, disk *argmap.Map) (argmap.Edit, int) {
	known := func(id argmap.ID) bool { return ours.Claim(id) != nil || ours.Argument(id) != nil }
	added := map[argmap.ID]bool{}
	have := func(id argmap.ID) bool { return known(id) || added[id] }
	var edits []argmap.Edit
	for _, c := range disk.Claims {
		if c.Pending() && !known(c.ID) {
			edits = append(edits, argmap.AddClaim(c.Clone()))
			added[c.ID] = true
		}
	}
	// Arguments in passes: an undercutter may come before the argument it
	// undercuts.
	left := []*argmap.Argument{}
	for _, a := range disk.Arguments {
		if a.Pending() && !known(a.ID) {
			left = append(left, a)
		}
	}
	for progress := true; progress && len(left) > 0; {
		progress = false
		rest := left[:0]
		for _, a := range left {
			ok := have(a.Target)
			for _, p := range a.Premises {
				ok = ok && (ours.Claim(p) != nil || added[p])
			}
			if !ok {
				rest = append(rest, a)
				continue
			}
			edits = append(edits, argmap.AddArgument(a.Clone()))
			added[a.ID], progress = true, true
		}
		left = rest
	}
	for _, ch := range disk.Challenges {
		if ch.Pending() && ours.Challenge(ch.ID) == nil && have(ch.Target) && (ch.Argument == argmap.NilID || have(ch.Argument)) {
			c := *ch
			c.Proposal = &argmap.Proposal{}
			*c.Proposal = *ch.Proposal
			edits = append(edits, argmap.AddChallenge(&c))
			added[ch.ID] = true
		}
	}
	// A suggested premise whose argument was left out stays: a lone
	// suggested claim is still worth showing.
	return argmap.Batch("Add Suggestions from Disk", edits...), len(added)
}

// describeSuggestions says how many suggestions came and who made the
// suggestions on disk.
func describeSuggestions(disk *argmap.Map, n int) string {
	by := disk.ProposalSources()
	s := plural(n, "new suggestion", "new suggestions")
	if len(by) > 0 {
		s += " from " + strings.Join(by, ", ")
	}
	return s
}

// every calls f on the UI goroutine at each interval until stop is closed,
// and not after: a tick already queued when stop closes does nothing.
func every(interval time.Duration, stop <-chan struct{}, f func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			fyne.Do(func() {
				select {
				case <-stop:
				default:
					f()
				}
			})
		}
	}
}
