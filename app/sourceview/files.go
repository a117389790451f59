package sourceview

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

	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// Doc is a source's text as last read from disk.
type Doc struct {
	Path    string // the file read (absolute)
	Text    string
	Err     error // why the text could not be read
	Outside bool  // not read: the file lies outside the map's folder
	mod     time.Time
	size    int64
}

// Path is where a source's file is: its Path as is when absolute,
// else relative to the folder of the map file at mapPath (the working
// folder for a map not yet saved).
func Path(mapPath string, s *argmap.Source) string {
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

// StoredPath is how a file the user picked is written into Source.Path:
// relative to the folder of the map file at mapPath when the map has a
// file (so that the map and its sources can move together), otherwise
// absolute.
func StoredPath(mapPath, path string) string {
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

// Read reads the source text at path: a regular file, UTF-8, of at most
// argmap.MaxSourceSize bytes.
func Read(path string) (string, error) {
	text, _, err := readSource(path)
	return text, err
}

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
func (p *Pane) mayRead(path string) bool {
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
func (p *Pane) loadAllowed() {
	mapPath := p.h.Doc().Path()
	p.allowed, p.allowedFor = map[string]bool{}, mapPath
	if mapPath == "" {
		return
	}
	for _, f := range p.cmd.App.Preferences().StringList(allowedKey(mapPath)) {
		p.allowed[f] = true
	}
}

// Allow remembers that the user chose the file at path for this map
// (Attach Source…, Locate…): the pane reads it though it lies outside the
// map's folder.
func (p *Pane) Allow(path string) {
	if p.allowedFor != p.h.Doc().Path() {
		p.loadAllowed()
	}
	p.allowed[realPath(path)] = true
	p.storeAllowed()
}

// storeAllowed keeps the chosen files under the map's file.
func (p *Pane) storeAllowed() {
	mapPath := p.h.Doc().Path()
	if mapPath == "" || len(p.allowed) == 0 {
		return
	}
	list := make([]string, 0, len(p.allowed))
	for f := range p.allowed {
		list = append(list, f)
	}
	slices.Sort(list)
	p.cmd.App.Preferences().SetStringList(allowedKey(mapPath), list)
}

// locatedKey is the preference under which the file a source (known by its
// hash) was last found is remembered: the sample map is not saved, yet its
// article should be found again at the next start.
func locatedKey(s *argmap.Source) string { return "source.located." + s.Hash }

// Located remembers that the text of s, which has a hash, was found at
// path: a map not saved (the sample) finds it there at the next start.
func (p *Pane) Located(s *argmap.Source, path string) {
	if s.Hash == "" {
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		p.cmd.App.Preferences().SetString(locatedKey(s), abs)
	}
}

// Load returns the text of source s, read again when the file changed
// since it was last read (so edits made in another program show when the
// pane refreshes).
func (p *Pane) Load(s *argmap.Source) *Doc {
	path := Path(p.h.Doc().Path(), s)
	located := false // a file the user located (the sample's article)
	// The file the user located for s is taken where the map's path finds
	// none, and also where it finds one the pane may not read (outside the
	// map's folder, not chosen): the sample's ../../shared/… from some
	// working folders, which asked to Locate… again at every start.
	if path == "" || !fileExists(path) || !p.mayRead(path) {
		if alt := p.cmd.App.Preferences().String(locatedKey(s)); s.Hash != "" && alt != "" && fileExists(alt) {
			path, located = alt, true
		}
	}
	old := p.docs[s.ID]
	if path == "" {
		d := &Doc{Err: errors.New("the source names no file")}
		p.docs[s.ID] = d
		return d
	}
	if _, err := os.Lstat(path); err == nil && !located && !p.mayRead(path) {
		d := &Doc{Path: path, Outside: true, Err: fmt.Errorf("%s lies outside the map's folder", path)}
		p.docs[s.ID] = d
		return d
	}
	fi, err := os.Stat(path)
	if old != nil && old.Err == nil && old.Path == path && err == nil && fi.ModTime().Equal(old.mod) && fi.Size() == old.size {
		return old
	}
	d := &Doc{Path: path}
	if d.Text, fi, d.Err = readSource(path); d.Err == nil {
		d.mod, d.size = fi.ModTime(), fi.Size()
	}
	p.docs[s.ID] = d
	if old == nil || old.Text != d.Text {
		p.memo = map[argmap.Anchor]anchor.Result{}
	}
	return d
}

func fileExists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// SameFile reports whether the files at a and b are one file.
func SameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// NewClaim makes a claim of the passage selected in the text, as one
// undoable edit: its text starts as the passage (white space folded), it
// is anchored there and placed at spot(). It returns the claim's ID, or
// false (with a word in the status line) when there is no passage.
func (p *Pane) NewClaim(spot func() argmap.Point) (argmap.ID, bool) {
	s, d := p.Current()
	sel := p.text.Selection()
	if s == nil || d == nil || d.Err != nil {
		p.h.Status("Attach or locate a source first (File › Attach Source…)")
		return argmap.NilID, false
	}
	// Trim the white space a drag picks up at either end.
	for sel.Start < sel.End && strings.ContainsRune(" \t\r\n", rune(d.Text[sel.Start])) {
		sel.Start++
	}
	for sel.End > sel.Start && strings.ContainsRune(" \t\r\n", rune(d.Text[sel.End-1])) {
		sel.End--
	}
	if sel.Len() == 0 {
		p.h.Status("Select a passage of the source first (drag, or double-click a sentence)")
		return argmap.NilID, false
	}
	doc := p.h.Doc()
	an := anchor.NewAnchor(s.ID, d.Text, sel.Start, sel.Len())
	c := &argmap.Claim{ID: doc.Mint().ID(), Text: strings.Join(strings.Fields(an.Quote), " ")}
	c.Pos = spot()
	if p.h.Do(argmap.Batch("New Claim from Selection", argmap.AddClaim(c), argmap.SetAnchor(c.ID, &an))) != nil {
		return argmap.NilID, false
	}
	p.text.Select(anchor.Span{Start: sel.End, End: sel.End})
	p.updateButtons()
	return c.ID, true
}

// UpdateAnchors writes the places where moved passages were found back into
// their anchors, and the text's hash into the source, as one undoable edit.
func (p *Pane) UpdateAnchors() {
	s, d := p.Current()
	if s == nil || d == nil || d.Err != nil {
		return
	}
	var edits []argmap.Edit
	n := 0
	for _, c := range p.h.Doc().Map().Claims {
		r, ok := p.results[c.ID]
		if !ok || r.Status != anchor.Moved {
			continue
		}
		moved := r.Apply(d.Text, *c.Anchor)
		edits = append(edits, argmap.SetAnchor(c.ID, &moved))
		n++
	}
	if h := anchor.Hash(d.Text); h != s.Hash {
		edits = append(edits, argmap.UpdateSource(s.ID, "Update Source Hash", func(s *argmap.Source) { s.Hash = h }))
	}
	if len(edits) == 0 {
		p.h.Status("Every anchor is in place")
		return
	}
	if p.h.Do(argmap.Batch("Update Anchors", edits...)) == nil {
		p.h.Status(fmt.Sprintf("Updated %s", widgets.Plural(n, "anchor", "anchors")))
	}
}

// Reload reads the shown source's file again.
func (p *Pane) Reload() {
	if s, _ := p.Current(); s != nil {
		delete(p.docs, s.ID)
	}
	p.Refresh()
}

// MapMoved runs when the map is saved to path, before its document's path
// changes (its source paths are already rebased to path's folder): the
// files the user chose for it, and those it could read in its old folder,
// stay readable under its new name.
func (p *Pane) MapMoved(path string) {
	doc := p.h.Doc()
	var files []string
	for _, s := range doc.Map().Sources {
		if f := Path(path, s); f != "" && fileExists(f) {
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

// MapReplaced forgets the files chosen for the old map: they are not the
// new one's, even when neither has a file name.
func (p *Pane) MapReplaced() { p.allowedFor = "\x00" }
