package argmap

import (
	"fmt"
	"io"
	"path/filepath"
	"unicode/utf8"

	"github.com/argmap/argmap/internal/atomicfile"
)

// UpdateSource changes an attached source's name, path or hash with fn,
// under the given label: a user locating a moved file, or re-anchoring
// every claim on the text as it now reads. The ID does not change.
func UpdateSource(id ID, label string, fn func(*Source)) Edit {
	return &updateSource{id: id, label: label, fn: fn}
}

type updateSource struct {
	id            ID
	label         string
	fn            func(*Source)
	before, after Source
	applied       bool
}

func (e *updateSource) Label() string { return e.label }

func (e *updateSource) Apply(m *Map) error {
	s := m.Source(e.id)
	if s == nil {
		return fmt.Errorf("%s: %w", e.label, notFound("source", e.id))
	}
	e.before = *s
	if e.applied {
		*s = e.after
		return nil
	}
	e.fn(s)
	s.ID = e.id
	e.after, e.applied = *s, true
	return nil
}

func (e *updateSource) Revert(m *Map) { *m.Source(e.id) = e.before }

// MaxSourceSize is the largest source text read, in bytes: a source is an
// article or a report, and a bigger file is most likely not one.
const MaxSourceSize = 64 << 20

// ReadSourceFile reads a source text from the file at path. It refuses
// what is not a regular file (a device or a FIFO could block or never
// end), a file over MaxSourceSize, whatever it claims its size is, and
// text that is not UTF-8. Errors start with the path.
func ReadSourceFile(path string) ([]byte, error) {
	f, err := atomicfile.OpenNonBlocking(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s), so not read as a source text", path, atomicfile.KindOf(fi.Mode()))
	}
	if fi.Size() > MaxSourceSize {
		return nil, fmt.Errorf("%s: %d MB, larger than the %d MB a source text may have", path, fi.Size()>>20, MaxSourceSize>>20)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(b) > MaxSourceSize {
		return nil, fmt.Errorf("%s: larger than the %d MB a source text may have", path, MaxSourceSize>>20)
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%s: not UTF-8 text", path)
	}
	return b, nil
}

// SourcePlace is where a source's path leads from the folder of its map.
type SourcePlace struct {
	Path   string // the file, absolute
	Inside bool   // it lies in the map's folder or below, links resolved
}

// PlaceSource resolves a source's path (slash-separated, relative to the
// map's folder dir, or absolute) and says whether it stays in dir or its
// subfolders once symbolic links are followed: a map from someone else
// must not show ../../etc/passwd as its source without the user's say.
func PlaceSource(dir, p string) SourcePlace {
	p = filepath.FromSlash(p)
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return SourcePlace{Path: p, Inside: atomicfile.Within(dir, resolveLinks(p))}
}

// resolveLinks is path with its symbolic links followed, as far as they
// lead to something.
func resolveLinks(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		return r
	}
	if r, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		return filepath.Join(r, filepath.Base(path))
	}
	return path
}
