package cli

import (
	"github.com/argmap/argmap/argmap/layout"
	"path/filepath"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/suggest"
)

var suggestCmd = &Command{
	Name:    "suggest",
	Usage:   "suggest [-o OUT] TEXT",
	Summary: "propose claims and arguments from a text file, offline, as a map of pending suggestions anchored in the text",
}

func runSuggest(env *Env) int {
	fs := NewFlagSet(env, suggestCmd)
	out := fs.String("o", "", "write the map to this file (replaced atomically) instead of standard output")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 1 {
		return UsageError(env, fs, "suggest takes one text file")
	}
	path := fs.Arg(0)
	data, err := argmap.ReadSourceFile(path)
	if err != nil {
		env.Errorf("suggest", "%v", err)
		return ExitFail
	}
	m := suggestMap(env.Mint.IDs, path, *out, string(data), env.Mint.Now().UTC().Truncate(time.Second))
	if err := argmap.CheckLimits(m); err != nil {
		env.Errorf("suggest", "%s: %v", path, err)
		return ExitFail
	}
	if layout.NeedsLayout(m) {
		// Cards measured in the pictures' fonts: a heavy part.
		if code, handed := env.NeedsHeavy(); handed {
			return code
		}
	}
	if err := layOutImport(m, env.Heavy.Measure); err != nil {
		env.Errorf("suggest", "%s: %v", path, err)
		return ExitFail
	}
	enc, err := native.Encode(m)
	if err != nil {
		env.Errorf("suggest", "%s: %v", path, err)
		return ExitFail
	}
	return writeOut(env, "suggest", *out, enc)
}

// suggestMap is the map of the suggester's proposals for text, read from
// path: the text attached as its source, by a path relative to the folder
// of out (the current folder when out is empty) where there is one.
func suggestMap(ids argmap.IDSource, path, out, text string, at time.Time) *argmap.Map {
	name := filepath.Base(path)
	m := argmap.New(strings.TrimSuffix(name, filepath.Ext(name)))
	m.Meta.Source = "claims suggested from " + name
	m.Meta.Created, m.Meta.Modified = at, at
	src := &argmap.Source{ID: ids.New(), Name: name, Path: sourcePath(path, out), Hash: anchor.Hash(text)}
	m.Sources = []*argmap.Source{src}
	m.Claims, m.Arguments = suggest.Text(text).Map(ids, src.ID, text, at)
	m.Reindex()
	return m
}

// sourcePath is path as the map at out should record it: relative to
// out's folder, slash-separated, or absolute where no relative path
// leads there.
func sourcePath(path, out string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	dir := "."
	if out != "" {
		dir = filepath.Dir(out)
	}
	if d, err := filepath.Abs(dir); err == nil {
		if rel, err := filepath.Rel(d, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}
