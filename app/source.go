package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// sourceDoc is a source's text as last read from disk.
type sourceDoc struct {
	path    string // the file read (absolute)
	text    string
	err     error // why the text could not be read
	outside bool  // not read: the file lies outside the map's folder
	mod     time.Time
	size    int64
}

// sourcePath is where a source's file is: its Path as is when absolute,
// else relative to the folder of the map file at mapPath (the working
// folder for a map not yet saved).
func sourcePath(mapPath string, s *argmap.Source) string {
	p := filepath.FromSlash(s.Path)
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	dir := mapDir(mapPath)
	if abs, err := filepath.Abs(filepath.Join(dir, p)); err == nil {
		return abs
	}
	return filepath.Join(dir, p)
}

// storedPath is how a file the user picked is written into Source.Path:
// relative to the folder of the map file at mapPath when the map has a
// file (so that the map and its sources can move together), otherwise
// absolute.
func storedPath(mapPath, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	if mapPath != "" {
		if dir, err := filepath.Abs(filepath.Dir(mapPath)); err == nil {
			if rel, err := filepath.Rel(dir, abs); err == nil {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(abs)
}

// readSource reads a source text: a regular file, UTF-8, of at most
// argmap.MaxSourceSize bytes.
func readSource(path string) (string, os.FileInfo, error) {
	b, err := argmap.ReadSourceFile(path)
	if err != nil {
		return "", nil, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "", nil, err
	}
	return string(b), fi, nil
}

// mapDir is the folder the relative source paths of the map file at
// mapPath start from.
func mapDir(mapPath string) string {
	if mapPath == "" {
		return "."
	}
	return filepath.Dir(mapPath)
}

// mayRead reports whether the source pane may read the file at path: it
// lies in the map's folder or below, or the user chose it for this map
// (Attach Source…, Locate…). A map from someone else cannot make Argmap
// show ../../etc/passwd.
func (p *sourcePane) mayRead(path string) bool {
	if p.allowedFor != p.h.Doc().Path() {
		p.loadAllowed()
	}
	return argmap.PlaceSource(mapDir(p.h.Doc().Path()), path).Inside || p.allowed[realPath(path)]
}

// realPath is path absolute, its links followed.
func realPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	return path
}

// allowedKey is the preference that remembers, per map file, the source
// files outside its folder that the user chose for it.
func allowedKey(mapPath string) string {
	abs, err := filepath.Abs(mapPath)
	if err != nil {
		abs = mapPath
	}
	sum := sha256.Sum256([]byte(abs))
	return "source.allowed." + hex.EncodeToString(sum[:12])
}

// loadAllowed reads the files the user chose for the map now shown.
func (p *sourcePane) loadAllowed() {
	mapPath := p.h.Doc().Path()
	p.allowed, p.allowedFor = map[string]bool{}, mapPath
	if mapPath == "" {
		return
	}
	for _, f := range p.cmd.app.Preferences().StringList(allowedKey(mapPath)) {
		p.allowed[f] = true
	}
}

// allow remembers that the user chose the file at path for this map.
func (p *sourcePane) allow(path string) {
	if p.allowedFor != p.h.Doc().Path() {
		p.loadAllowed()
	}
	p.allowed[realPath(path)] = true
	p.storeAllowed()
}

// storeAllowed keeps the chosen files under the map's file.
func (p *sourcePane) storeAllowed() {
	mapPath := p.h.Doc().Path()
	if mapPath == "" || len(p.allowed) == 0 {
		return
	}
	list := make([]string, 0, len(p.allowed))
	for f := range p.allowed {
		list = append(list, f)
	}
	slices.Sort(list)
	p.cmd.app.Preferences().SetStringList(allowedKey(mapPath), list)
}

// locatedKey is the preference under which the file a source (known by its
// hash) was last found is remembered: the sample map is not saved, yet its
// article should be found again at the next start.
func locatedKey(s *argmap.Source) string { return "source.located." + s.Hash }

// loadSource returns the text of source s, read again when the file
// changed since it was last read (so edits made in another program show
// when the pane refreshes).
func (p *sourcePane) loadSource(s *argmap.Source) *sourceDoc {
	path := sourcePath(p.h.Doc().Path(), s)
	located := false // a file the user located (the sample's article)
	if path == "" || !fileExists(path) {
		if alt := p.cmd.app.Preferences().String(locatedKey(s)); s.Hash != "" && alt != "" && fileExists(alt) {
			path, located = alt, true
		}
	}
	old := p.docs[s.ID]
	if path == "" {
		d := &sourceDoc{err: errors.New("the source names no file")}
		p.docs[s.ID] = d
		return d
	}
	if _, err := os.Lstat(path); err == nil && !located && !p.mayRead(path) {
		d := &sourceDoc{path: path, outside: true, err: fmt.Errorf("%s lies outside the map's folder", path)}
		p.docs[s.ID] = d
		return d
	}
	fi, err := os.Stat(path)
	if old != nil && old.err == nil && old.path == path && err == nil && fi.ModTime().Equal(old.mod) && fi.Size() == old.size {
		return old
	}
	d := &sourceDoc{path: path}
	if d.text, fi, d.err = readSource(path); d.err == nil {
		d.mod, d.size = fi.ModTime(), fi.Size()
	}
	p.docs[s.ID] = d
	if old == nil || old.text != d.text {
		p.memo = map[argmap.Anchor]anchor.Result{}
	}
	return d
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// AttachSource attaches the text file at path to the map as a new source
// (one undoable edit) and shows it in the source pane. A file already
// attached is shown, not attached twice.
func (e *Editor) AttachSource(path string) error {
	text, _, err := readSource(path)
	if err != nil {
		err = fmt.Errorf("attach source: %w", err)
		e.showError(err)
		return err
	}
	for _, s := range e.doc.Map().Sources {
		if sameFile(sourcePath(e.doc.Path(), s), path) {
			e.src.show(s.ID)
			return nil
		}
	}
	s := &argmap.Source{ID: e.doc.Mint().ID(), Name: filepath.Base(path), Path: storedPath(e.doc.Path(), path), Hash: anchor.Hash(text)}
	e.src.allow(path)
	if err := e.do(argmap.AddSource(s)); err != nil {
		return err
	}
	e.status.message("Attached " + s.Name)
	e.src.show(s.ID)
	return nil
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// LocateSource points source id at the file at path (one undoable edit):
// the file moved, or, as for the sample map, it was never shipped with the
// map. The source's hash is kept, so that anchors report whether the text
// found is the one the map was made on.
func (e *Editor) LocateSource(id argmap.ID, path string) error {
	s := e.doc.Map().Source(id)
	if s == nil {
		return fmt.Errorf("locate source: no source %s", id)
	}
	text, _, err := readSource(path)
	if err != nil {
		err = fmt.Errorf("locate %s: %w", s.Name, err)
		e.showError(err)
		return err
	}
	stored := storedPath(e.doc.Path(), path)
	e.src.allow(path)
	if err := e.do(argmap.UpdateSource(id, "Locate Source", func(s *argmap.Source) { s.Path = stored })); err != nil {
		return err
	}
	if s.Hash != "" {
		if abs, err := filepath.Abs(path); err == nil {
			e.app.Preferences().SetString(locatedKey(s), abs)
		}
	}
	if s.Hash != "" && anchor.Hash(text) != s.Hash {
		e.status.message(s.Name + " differs from the text the map was made on: anchors are looked for again")
	} else {
		e.status.message("Located " + s.Name)
	}
	e.src.show(id)
	return nil
}

// newClaimFromSelection makes a claim of the passage selected in the source
// pane: its text starts as the passage (white space folded) and it is
// anchored there. One undo removes it.
func (e *Editor) newClaimFromSelection() {
	p := e.src
	s, d := p.current()
	sel := p.text.Selection()
	if s == nil || d == nil || d.err != nil {
		e.status.message("Attach or locate a source first (File › Attach Source…)")
		return
	}
	// Trim the white space a drag picks up at either end.
	for sel.Start < sel.End && strings.ContainsRune(" \t\r\n", rune(d.text[sel.Start])) {
		sel.Start++
	}
	for sel.End > sel.Start && strings.ContainsRune(" \t\r\n", rune(d.text[sel.End-1])) {
		sel.End--
	}
	if sel.Len() == 0 {
		e.status.message("Select a passage of the source first (drag, or double-click a sentence)")
		return
	}
	an := anchor.NewAnchor(s.ID, d.text, sel.Start, sel.Len())
	c := &argmap.Claim{ID: e.doc.Mint().ID(), Text: strings.Join(strings.Fields(an.Quote), " ")}
	c.Pos = e.freeSpot(e.view.ViewCenter(), nil)
	if e.do(argmap.Batch("New Claim from Selection", argmap.AddClaim(c), argmap.SetAnchor(c.ID, &an))) == nil {
		p.text.Select(anchor.Span{Start: sel.End, End: sel.End})
		p.updateButtons()
		e.startEditing(c.ID)
	}
}

// updateAnchors writes the places where moved passages were found back into
// their anchors, and the text's hash into the source, as one undoable edit.
func (p *sourcePane) updateAnchors() {
	s, d := p.current()
	if s == nil || d == nil || d.err != nil {
		return
	}
	var edits []argmap.Edit
	n := 0
	for _, c := range p.h.Doc().Map().Claims {
		r, ok := p.results[c.ID]
		if !ok || r.Status != anchor.Moved {
			continue
		}
		moved := r.Apply(d.text, *c.Anchor)
		edits = append(edits, argmap.SetAnchor(c.ID, &moved))
		n++
	}
	if h := anchor.Hash(d.text); h != s.Hash {
		edits = append(edits, argmap.UpdateSource(s.ID, "Update Source Hash", func(s *argmap.Source) { s.Hash = h }))
	}
	if len(edits) == 0 {
		p.h.Status("Every anchor is in place")
		return
	}
	if p.h.Do(argmap.Batch("Update Anchors", edits...)) == nil {
		p.h.Status(fmt.Sprintf("Updated %s", plural(n, "anchor", "anchors")))
	}
}

// reload reads the shown source's file again.
func (p *sourcePane) reload() {
	if s, _ := p.current(); s != nil {
		delete(p.docs, s.ID)
	}
	p.refresh()
}

// sourcesMoved runs when the map is saved to path, before e.doc.Path() changes:
// its source paths are already rebased to path's folder.
func (e *Editor) sourcesMoved(path string) {
	if e.src != nil {
		e.src.mapMoved(path)
	}
}

// mapMoved runs when the map is saved to path, before its document's path
// changes: the files the user chose for it, and those it could read in its
// old folder, stay readable under its new name.
func (p *sourcePane) mapMoved(path string) {
	doc := p.h.Doc()
	var files []string
	for _, s := range doc.Map().Sources {
		if f := sourcePath(path, s); f != "" && fileExists(f) {
			files = append(files, f)
		}
	}
	for _, f := range files {
		if p.mayRead(f) {
			p.allowed[realPath(f)] = true
		}
	}
	old := doc.Path()
	doc.SetPath(path)
	p.storeAllowed()
	doc.SetPath(old)
	p.allowedFor = path // the set now belongs to the new name
}

// mapReplaced forgets the files chosen for the old map: they are not the
// new one's, even when neither has a file name.
func (p *sourcePane) mapReplaced() { p.allowedFor = "\x00" }
