// Package atomicfile reads and writes the user's files safely: a save
// replaces a file so that the path always holds the old file or the whole
// new one (WriteFile), never follows a planted symbolic link without asking
// (LinkPolicy), and a read refuses what is not a regular file or is too
// big (ReadRegular). It knows nothing of maps: the native format's
// ReadFile and WriteFile (package argmap/native) and the app's saves use it.
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleTempAge is how old a temporary file of ours must be, besides not
// being locked by a writer, before a save next to it removes it: a save in
// progress in another process is never that slow to lock its file.
const staleTempAge = time.Minute

// LinkPolicy says what WriteFileLink does when the path it writes is
// a symbolic link.
type LinkPolicy int

const (
	// LinkSafe writes through a link only when every link on the way is
	// the user's own and the file it reaches lies in the link's folder or
	// below; any other link is refused with a *LinkError, so that a link
	// planted in a shared folder cannot make a save replace another file.
	LinkSafe LinkPolicy = iota
	// LinkFollow writes through any link: the user was asked.
	LinkFollow
	// LinkReplace replaces the link itself by the file, never what it
	// points to (backups, and a user who chose so).
	LinkReplace
)

// LinkError is returned when a save would go through a symbolic link that
// LinkSafe does not follow without asking.
type LinkError struct {
	Path   string // the path saved to: the link
	Target string // where the link leads
	Reason string // why it is not followed: "it belongs to another user", ...
}

func (e *LinkError) Error() string {
	return fmt.Sprintf("%s is a symbolic link to %s, and %s: not written through (only your own links within their folder are)", e.Path, e.Target, e.Reason)
}

// WriteFile replaces the file at path with data so that the path
// always holds either the old file or the whole new one: it writes a
// temporary file in the same folder, syncs it, and renames it over the
// target. The new file keeps the old one's permissions (0644 for a new
// file) and, where the user may set them, its owner and group. A symbolic
// link is followed as LinkSafe says. Temporary files that earlier saves
// of the same file left behind when killed are removed. On any failure the
// old file is left intact, the temporary removed, and the error names the
// file saved, not the temporary.
func WriteFile(path string, data []byte) error {
	return WriteFileLink(path, data, LinkSafe)
}

// WriteFileLink is WriteFile with the given treatment of a
// symbolic link at path.
func WriteFileLink(path string, data []byte, link LinkPolicy) error {
	return writeFile(path, data, link, nil)
}

// writeFile is WriteFileLink calling beforeRename, when not nil, after the
// temporary file is written and synced, just before it replaces the
// target: tests pass one to simulate a crash at the worst moment (an
// argument, not a package variable, so that they can run in parallel).
func writeFile(path string, data []byte, link LinkPolicy, beforeRename func(tmp string) error) (err error) {
	target, err := SaveTarget(path, link)
	if err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	uid, gid := -1, -1
	stat := os.Stat
	if link == LinkReplace {
		stat = os.Lstat
	}
	st, err := stat(target)
	switch {
	case err == nil && st.Mode()&fs.ModeSymlink != 0:
		// A link replaced itself hands on nothing of what it points to.
	case err == nil:
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", target)
		}
		mode = st.Mode().Perm()
		uid, gid = fileOwner(st)
	case !errors.Is(err, fs.ErrNotExist):
		return targetErr("save", target, err)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return targetErr("save", target, err)
	}
	// Locked until closed, so that no other save takes it for a leftover.
	lockFile(tmp)
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	removeStaleTemps(dir, base, tmp.Name())
	if _, err = tmp.Write(data); err != nil {
		return targetErr("write", target, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return targetErr("save", target, err)
	}
	keepOwner(tmp, uid, gid)
	if err = tmp.Sync(); err != nil {
		return targetErr("write", target, err)
	}
	if beforeRename != nil {
		if err = beforeRename(tmp.Name()); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return targetErr("write", target, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return targetErr("replace", target, err)
	}
	// Make the rename itself durable; not every system can sync a folder.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// targetErr is err about the file saved: an error of the system names the
// temporary file it happened to, which means nothing to the user.
func targetErr(op, target string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return &fs.PathError{Op: op, Path: target, Err: err}
}

// SaveTarget returns the file that saving to path replaces: path itself,
// or, for a symbolic link followed under the policy, the file it leads to.
// A link the policy does not follow is a *LinkError.
func SaveTarget(path string, link LinkPolicy) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 || link == LinkReplace {
		return path, nil
	}
	p, notMine := path, false
	for range 40 {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			break // a link to a file still to be made
		}
		if err != nil {
			return "", targetErr("save", path, err)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			break
		}
		if !ownedByUser(fi) {
			notMine = true
		}
		to, err := os.Readlink(p)
		if err != nil {
			return "", targetErr("save", path, err)
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = filepath.Clean(to)
	}
	if fi, err := os.Lstat(p); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return "", &LinkError{Path: path, Target: p, Reason: "it leads through too many links"}
	}
	if link == LinkFollow {
		return p, nil
	}
	if notMine {
		return "", &LinkError{Path: path, Target: p, Reason: "the link belongs to another user"}
	}
	if !Within(filepath.Dir(path), p) {
		return "", &LinkError{Path: path, Target: p, Reason: "it leads out of its folder"}
	}
	return p, nil
}

// Within reports whether path lies in folder dir or below it, once the
// links in both are resolved.
func Within(dir, path string) bool {
	d, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return false
	}
	p, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return false
	}
	p = filepath.Join(p, filepath.Base(path))
	if d, err = filepath.Abs(d); err != nil {
		return false
	}
	if p, err = filepath.Abs(p); err != nil {
		return false
	}
	rel, err := filepath.Rel(d, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// removeStaleTemps removes the temporary files that saves of base killed
// before their rename left in dir: ours by name (".BASE.tmp" and digits),
// regular files of the user, older than staleTempAge, and not locked by a
// save in progress. keep is the temporary file of this save.
func removeStaleTemps(dir, base, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + ".tmp"
	for _, en := range entries {
		name := en.Name()
		digits := strings.TrimPrefix(name, prefix)
		if digits == name || digits == "" || strings.Trim(digits, "0123456789") != "" {
			continue
		}
		p := filepath.Join(dir, name)
		if p == keep {
			continue
		}
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() || !ownedByUser(fi) || time.Since(fi.ModTime()) < staleTempAge {
			continue
		}
		if unlocked(p) {
			os.Remove(p)
		}
	}
}
