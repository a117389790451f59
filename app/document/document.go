// Package document is the editor's document: the map, its undo history,
// the file it came from, the selection and the evaluation of the map as it
// is. Every edit goes through Do; after each edit, undo and redo the
// document brings its own derived state (roles, labels, the selection) in
// line with what the edit changed, then publishes the argmap.Change to its
// subscribers, which redraw only what the change needs.
//
// It imports no Fyne, so that it is tested without a window and the
// widgets around it (the canvas, the panels) depend on it, never the
// other way.
package document

import (
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/formats"
)

// Document is one open map. The zero value is not usable; call New.
type Document struct {
	m    *argmap.Map
	hist *argmap.History
	// path is the file the map came from ("" for a new map); format is the
	// format it was read in (nil for a new map). A map imported from
	// another format is saved through Save As, so that it never overwrites
	// a file holding more than Argmap writes back.
	path   string
	format *formats.Format

	sel    []argmap.ID
	roles  map[argmap.ID]argmap.Role
	evalOn bool
	ev     *eval.Evaluator // told of every change; evaluates again only what a change touched
	labels *eval.Labelling // the evaluation of the map as it is, or nil when off

	subs []func(argmap.Change)
	mint argmap.Mint // where new claims get their IDs and comments their times
}

// New returns a document holding m, read from path in format f (both
// empty for a new map), with the evaluation on.
func New(m *argmap.Map, path string, f *formats.Format) *Document {
	d := &Document{evalOn: true}
	d.Reset(m, path, f)
	return d
}

// Reset replaces the map with m, read from path in format f: a new
// history, saved at the start, nothing selected. It publishes nothing:
// whoever replaces the document redraws everything anyway.
func (d *Document) Reset(m *argmap.Map, path string, f *formats.Format) {
	d.m, d.path, d.format = m, path, f
	if d.ev == nil {
		d.ev = eval.New(m)
	} else {
		d.ev.Reset(m)
	}
	d.hist = argmap.NewHistory(m)
	d.hist.OnChange = d.changed
	d.sel = nil
	d.derive()
}

// Subscribe calls fn after every change to the map (edit, undo, redo),
// once the document's own state (roles, labels, selection) is current.
// Subscribers run in the order they subscribed.
func (d *Document) Subscribe(fn func(argmap.Change)) { d.subs = append(d.subs, fn) }

// changed brings the derived state in line with c, then publishes it.
func (d *Document) changed(c argmap.Change) {
	d.dropMissing()
	d.ev.Apply(c)
	// Roles and labels do not depend on texts, colours or positions:
	// typing and dragging skip them (they cost milliseconds on big maps).
	if c.Has(argmap.Logic) {
		d.derive()
	}
	for _, fn := range d.subs {
		fn(c)
	}
}

// derive recomputes the roles and brings the evaluation up to date. The
// evaluator labels again only what the changes since the last call
// touched, so it runs on the caller's goroutine, on the map itself, with
// no copy and no race.
func (d *Document) derive() {
	d.roles = d.m.Roles()
	if d.evalOn {
		d.labels = d.ev.Labels()
	} else {
		d.labels = nil
	}
}

// Refresh recomputes the roles and the evaluation, for a change made
// outside the history (a map changed in place, a setting). It publishes
// nothing: such a change is no edit (autosave must not count it), and
// whoever made it redraws what it needs.
func (d *Document) Refresh() {
	d.dropMissing()
	d.ev.Reset(d.m)
	d.derive()
}

// dropMissing drops selected IDs that an undo or a delete took away.
func (d *Document) dropMissing() {
	keep := d.sel[:0]
	for _, id := range d.sel {
		if d.Exists(id) {
			keep = append(keep, id)
		}
	}
	d.sel = keep
}

// Mint returns where the editor's new claims, arguments and challenges
// get their IDs and times (the zero Mint: random IDs, the system clock).
func (d *Document) Mint() argmap.Mint { return d.mint }

// SetMint sets where new IDs and times come from (tests: fixed ones, so
// that what they build compares with goldens).
func (d *Document) SetMint(m argmap.Mint) { d.mint = m }

// Map returns the map.
func (d *Document) Map() *argmap.Map { return d.m }

// History returns the undo history of the map.
func (d *Document) History() *argmap.History { return d.hist }

// Do runs an edit through the history.
func (d *Document) Do(ed argmap.Edit) error { return d.hist.Do(ed) }

// DoMerge runs an edit through the history, merged into the previous
// entry when it has the same non-empty key (typing into one field).
func (d *Document) DoMerge(ed argmap.Edit, key string) error { return d.hist.DoMerge(ed, key) }

// Path returns the file the map came from, or "" for a new map.
func (d *Document) Path() string { return d.path }

// Format returns the format the map was read in, or nil for a new map.
func (d *Document) Format() *formats.Format { return d.format }

// SetFile records that the map now lives in path, in format f (after Save
// As), keeping the history.
func (d *Document) SetFile(path string, f *formats.Format) { d.path, d.format = path, f }

// SetPath changes the file's path alone (source paths are resolved
// against it while a map is being saved elsewhere).
func (d *Document) SetPath(path string) { d.path = path }

// Dirty reports whether the map has changed since it was last saved.
func (d *Document) Dirty() bool { return d.hist.Dirty() }

// Name is the document's name for the title bar and dialogs: the file's
// name, else the map's title, else "Untitled".
func (d *Document) Name() string {
	if d.path != "" {
		return filepath.Base(d.path)
	}
	if t := strings.TrimSpace(d.m.Meta.Title); t != "" {
		return t
	}
	return "Untitled"
}

// Exists reports whether id is a claim or an argument of the map.
func (d *Document) Exists(id argmap.ID) bool {
	return d.m.Claim(id) != nil || d.m.Argument(id) != nil
}

// Selection returns the selected claims and arguments (a copy).
func (d *Document) Selection() []argmap.ID { return append([]argmap.ID(nil), d.sel...) }

// Select records ids as the selection. It publishes nothing: the editor
// mirrors a selection between its widgets itself, minding which one made it.
func (d *Document) Select(ids ...argmap.ID) { d.sel = append(d.sel[:0:0], ids...) }

// Single returns the one selected ID, if exactly one thing is selected.
func (d *Document) Single() (argmap.ID, bool) {
	if len(d.sel) != 1 {
		return argmap.NilID, false
	}
	return d.sel[0], true
}

// Roles returns the role of every claim and argument, as of the last
// change of logic. Callers must not change it.
func (d *Document) Roles() map[argmap.ID]argmap.Role { return d.roles }

// Labels returns the evaluation of the map as it is, or nil when the
// evaluation is off.
func (d *Document) Labels() *eval.Labelling { return d.labels }

// Evaluating reports whether the evaluation is on.
func (d *Document) Evaluating() bool { return d.evalOn }

// SetEvaluation turns the evaluation on or off (then Labels is nil).
// Like Refresh, it publishes nothing.
func (d *Document) SetEvaluation(on bool) {
	d.evalOn = on
	d.Refresh()
}

// Reason is the evaluation's reason for the label of id, or "" when the
// evaluation is off.
func (d *Document) Reason(id argmap.ID) string {
	if d.labels == nil {
		return ""
	}
	return d.labels.Reason(id)
}
