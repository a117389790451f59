package argdown

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// Limits of @include, so that a hostile file cannot make the reader loop
// or read without end.
const (
	// MaxIncludeDepth is how deeply includes may nest.
	MaxIncludeDepth = 8
	// MaxIncludeBytes bounds the text of a file and all it includes.
	MaxIncludeBytes = 64 << 20
)

var includeRe = lazyregexp.New(`^@include\((.*)\)$`)

// DecodeFile reads the Argdown file at path, whose content is data, as
// Argdown's command line tool does: each @include(a.argdown, b.argdown)
// line is replaced by the text of the files it names. Names are relative
// to the including file and must stay inside the folder of the file read
// (or a folder below it, symbolic links resolved); each file is included once, as in
// Argdown (a second include of a file, which also breaks cycles, is
// skipped); nesting is at most MaxIncludeDepth deep and the whole text at
// most MaxIncludeBytes. An error in an included file names that file.
func DecodeFile(path string, data []byte) (*argmap.Map, error) {
	d, err := ParseFile(path, data)
	if err != nil {
		return nil, err
	}
	m, err := d.Map()
	if e, ok := err.(*Error); ok && d.place != nil {
		d.place(e)
	}
	return m, err
}

// ParseFile is Parse with the @include lines followed, as in DecodeFile.
func ParseFile(path string, data []byte) (*Document, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	x := &expander{done: map[string]bool{}}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	x.root = filepath.Dir(abs)
	x.done[abs] = true
	// Faults in included files name them relative to the file read.
	name := func(e *Error) {
		if e.File == abs {
			e.File = ""
		} else if rel, err := filepath.Rel(filepath.Dir(abs), e.File); err == nil && e.File != "" {
			e.File = filepath.ToSlash(rel)
		}
	}
	if err := x.expand(abs, data, 0); err != nil {
		if e, ok := err.(*Error); ok {
			name(e)
		}
		return nil, err
	}
	place := func(e *Error) {
		if e.Line >= 1 && e.Line <= len(x.origin) {
			o := x.origin[e.Line-1]
			e.Line, e.File = o.line, o.file
			name(e)
		}
	}
	d, err := Parse(x.out.Bytes())
	if e, ok := err.(*Error); ok {
		place(e)
		return nil, err
	}
	d.place = place
	return d, err
}

type origin struct {
	file string
	line int
}

type expander struct {
	out    bytes.Buffer
	origin []origin // the file and line of each output line
	done   map[string]bool
	root   string // the folder of the file read: no include leaves it
}

func (x *expander) expand(file string, data []byte, depth int) error {
	src := strings.TrimPrefix(string(data), "\uFEFF")
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	lines, err := splitLines([]byte(src))
	if err != nil {
		return locate(err, file)
	}
	raw := strings.Split(src, "\n")
	for i, l := range lines {
		m := includeRe.FindStringSubmatch(strings.TrimSpace(string(l.text)))
		if m == nil {
			if i < len(raw) {
				x.emit(raw[i], file, l.no)
			}
			continue
		}
		for _, name := range strings.Split(m[1], ",") {
			if err := x.include(file, strings.TrimSpace(name), l.no, depth); err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *expander) emit(line, file string, no int) {
	x.out.WriteString(line)
	x.out.WriteByte('\n')
	x.origin = append(x.origin, origin{file, no})
}

// include reads one named file into the output, or says why it cannot.
func (x *expander) include(from, name string, line, depth int) error {
	fail := func(format string, a ...any) error {
		e := errorf(line, 1, "@include(%s): %s", name, fmt.Sprintf(format, a...))
		e.File = from
		return e
	}
	name = strings.Trim(name, `"'`)
	if name == "" {
		return fail("no file named")
	}
	if filepath.IsAbs(name) {
		return fail("the name must be relative to the including file")
	}
	if depth+1 > MaxIncludeDepth {
		return fail("includes nest more than %d deep", MaxIncludeDepth)
	}
	dir := filepath.Dir(from)
	target, err := filepath.EvalSymlinks(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return fail("%v", unwrapPath(err))
	}
	if rel, err := filepath.Rel(x.root, target); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fail("the file lies outside the folder of the file opened")
	}
	if x.done[target] {
		return nil // each file once, as in Argdown; this also ends cycles
	}
	st, err := os.Stat(target)
	if err != nil {
		return fail("%v", unwrapPath(err))
	}
	if !st.Mode().IsRegular() {
		return fail("not a regular file")
	}
	if int64(x.out.Len())+st.Size() > MaxIncludeBytes {
		return fail("the text with its includes exceeds %d MB", MaxIncludeBytes>>20)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		return fail("%v", unwrapPath(err))
	}
	x.done[target] = true
	return x.expand(target, data, depth+1)
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func locate(err error, file string) error {
	if e, ok := err.(*Error); ok {
		e.File = file
	}
	return err
}
