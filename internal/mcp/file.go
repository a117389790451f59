package mcp

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// stamp is what the server knows of the file on disk when it last read or
// wrote it, to tell whether someone else (the app, an editor) changed it
// since.
type stamp struct {
	size int64
	mod  time.Time
	sum  [sha256.Size]byte
}

// doc is the map file the server works on: the map as last read or
// written, the history its edits go through, and the stamp of the file.
type doc struct {
	path   string
	set    *formats.Set    // the formats it reads and exports
	format *formats.Format // the format the file is in; only "json" is written
	m      *argmap.Map
	h      *argmap.History
	// ev keeps the grounded labelling of m in step with the edits of h
	// (as app/document does), so that evaluate and outline, called after
	// every proposal, label again only what the edits touched.
	ev *eval.Evaluator
	st stamp
	// beforeWrite, if set, runs between building a change and checking
	// the file once more before writing it: tests save the file there as
	// the user would at the worst moment. A field, not a package
	// variable, so that tests of other servers running in parallel do
	// not run it (a race, and the save landing on the wrong server's turn).
	beforeWrite func()
}

// errNotNative refuses a change to a file of another tool's format: writing
// it back would lose what that format cannot hold.
var errNotNative = errors.New("this map is not in Argmap's native format, so the server only reads it; convert it (argmap export -f json -o MAP.argmap.json FILE) and serve that file to propose changes")

// load reads the file at path (any format Argmap reads).
func load(set *formats.Set, path string) (*doc, error) {
	d := &doc{path: path, set: set}
	if err := d.read(); err != nil {
		return nil, err
	}
	return d, nil
}

// read reads the file again, replacing the map and its history.
func (d *doc) read() error {
	fi, err := os.Stat(d.path)
	if err != nil {
		return err
	}
	data, err := formats.ReadFile(d.path)
	if err != nil {
		return err
	}
	m, f, err := d.set.Decode(d.path, data)
	if err != nil {
		return err
	}
	d.format, d.m, d.h = f, m, argmap.NewHistory(m)
	if d.ev == nil {
		d.ev = eval.New(m)
	} else {
		d.ev.Reset(m)
	}
	d.h.OnChange = d.ev.Apply
	d.st = stamp{size: int64(len(data)), mod: fi.ModTime(), sum: sha256.Sum256(data)}
	return nil
}

// changed reports whether the file on disk differs from what the server
// last read or wrote: the size and time first, the content when they moved
// (a touch that leaves the bytes alone is no change).
func (d *doc) changed() (bool, error) {
	fi, err := os.Stat(d.path)
	if err != nil {
		return false, err
	}
	if fi.Size() == d.st.size && fi.ModTime().Equal(d.st.mod) {
		return false, nil
	}
	data, err := formats.ReadFile(d.path)
	if err != nil {
		return false, err
	}
	if sha256.Sum256(data) == d.st.sum {
		d.st.mod = fi.ModTime() // the same bytes: remember the new time
		return false, nil
	}
	return true, nil
}

// fresh makes the map the one on disk: when the file changed since it was
// read (the user saved in the app), it is read again, so that every tool
// answers about, and every change builds on, the user's latest work.
func (d *doc) fresh() error {
	ch, err := d.changed()
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if !ch {
		return nil
	}
	if err := d.read(); err != nil {
		return fmt.Errorf("%s changed on disk and no longer reads: %w", d.path, err)
	}
	return nil
}

// maxTries bounds how often change starts again when the file changes on
// disk between reading it and writing it.
const maxTries = 5

// change applies the edit that build makes on the latest map through the
// history and saves the map atomically. The edit may only add suggestions
// (see keepsPending): the server never accepts anything. The file is read
// again first if it changed on disk, and checked once more just before the
// write: if it changed in between, the edit is undone and built again on
// the new file, so that nobody's work is lost. saved is called with the map
// and the size of the file once it is written. When build, the edit or the
// save fails, the map and the file stay as they were.
func (d *doc) change(build func(m *argmap.Map) (argmap.Edit, error), saved func(m *argmap.Map, size int)) error {
	for try := 0; try < maxTries; try++ {
		if err := d.fresh(); err != nil {
			return err
		}
		if d.format == nil || d.format.Name != "json" {
			return errNotNative
		}
		e, err := build(d.m)
		if err != nil {
			return err
		}
		before := accepted(d.m)
		if err := d.h.Do(e); err != nil {
			return err
		}
		data, err := d.encode()
		if err == nil {
			err = keepsPending(before, d.m, data)
		}
		if err != nil {
			d.h.Undo()
			return err
		}
		if d.beforeWrite != nil {
			d.beforeWrite()
		}
		if ch, err := d.changed(); err != nil || ch {
			d.h.Undo()
			if err != nil {
				return fmt.Errorf("%s: %w", d.path, err)
			}
			continue
		}
		if err := atomicfile.WriteFile(d.path, data); err != nil {
			d.h.Undo()
			return err
		}
		d.st = stamp{size: int64(len(data)), sum: sha256.Sum256(data)}
		if fi, err := os.Stat(d.path); err == nil && fi.Size() == d.st.size {
			d.st.mod = fi.ModTime()
		}
		saved(d.m, len(data))
		return nil
	}
	return fmt.Errorf("%s keeps changing on disk; nothing was written, try again", d.path)
}

// encode checks the map against the limits every file meets and encodes it.
func (d *doc) encode() ([]byte, error) {
	if err := argmap.CheckLimits(d.m); err != nil {
		return nil, err
	}
	data, err := native.Encode(d.m)
	if err != nil {
		return nil, err
	}
	if len(data) > native.MaxFileSize {
		return nil, fmt.Errorf("the map would take %d bytes; the limit is %d", len(data), native.MaxFileSize)
	}
	return bytes.Clone(data), nil
}
