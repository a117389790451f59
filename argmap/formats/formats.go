// Package formats reads and writes argument maps in every format Argmap
// knows: the native .argmap.json and the formats of other tools. Each
// format is added from a file of this package (see Builtin), so a format is
// added without touching the others. Commands and the app load files through Load,
// which picks the format by extension and, failing that, by content.
package formats

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/internal/filekind"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

// Format is one file format.
type Format struct {
	Name  string   // short name for -f flags: "json", "aif", "argdown"
	Title string   // for menus and messages: "AIF-JSON"
	Exts  []string // lower-case extensions with the dot, longest first: ".argmap.json"
	// Sniff reports whether data looks like this format. May be nil.
	Sniff func(data []byte) bool
	// Decode reads a map. Nil for export-only formats. Errors name the place
	// of the fault (a JSON path or line:column).
	Decode func(data []byte) (*argmap.Map, error)
	// DecodeFile, where set, is used instead of Decode when the data came
	// from a file: it may read the files the file includes (Argdown's
	// @include), relative to it.
	DecodeFile func(path string, data []byte) (*argmap.Map, error)
	// Encode writes a map. Nil for import-only formats. Unless the format
	// KeepsPrivate, it never sees private comments: Register wraps it so
	// that it writes the map without them (see argmap.Map.WithoutPrivate),
	// nor without the suggestions not yet accepted (argmap.Map.Accepted).
	Encode func(m *argmap.Map) ([]byte, error)
	// KeepsPrivate marks the format of the teacher's own copy (the native
	// one, which Save writes), the only one whose Encode writes private
	// comments. Whoever hands out a native file (argmap export, an
	// exercise sheet) strips them with WithoutPrivate.
	KeepsPrivate bool
	// Warnings reads data again and lists every fault the import worked
	// around, each with its place (argmap check prints them). May be nil.
	Warnings func(data []byte) []string
	// DecodeReport, where set, is Decode that also says in one line what
	// the import read (aif.Report.Summary) and lists its Warnings, so that
	// Set.Import reads the file once. May be nil.
	DecodeReport func(data []byte) (m *argmap.Map, summary string, warnings []string, err error)
	// Looks says in a sentence what a file of the format looks like, for
	// the message about a file its extension claims that is none ("A
	// Kialo discussion export starts with …"). May be empty.
	Looks string
	// Priority orders sniffing: higher first. The native format is highest.
	Priority int
	// ReadsElsewhere marks a format this program knows but does not read,
	// because it leaves out the format's reader (see CAES): its Decode
	// fails with ErrReaderNotLinked, and the light command line hands a
	// command that names such a file to its full binary.
	ReadsElsewhere bool
}

// Set is a set of formats: what a program reads and writes. The program
// builds it explicitly (main adds CAES, and the pictures and PDF of
// internal/render and internal/pdf, to Builtin), so that the editor, the
// command line and their tests see exactly the formats they were given.
type Set struct {
	list []*Format // highest priority first
}

// NewSet returns a set of the given formats (see Add).
func NewSet(fs ...*Format) *Set {
	s := &Set{}
	for _, f := range fs {
		s.Add(f)
	}
	return s
}

// Builtin returns a new set of every format of the domain: the native
// one and the codecs of argmap/..., without pictures or PDF, nor CAES,
// whose reader each program adds or leaves out (see CAES).
func Builtin() *Set {
	s := &Set{}
	for _, add := range []func(*Set){
		addNative, addAif, addArgdown, addKialo, addAf, addMicrotexts,
		addFlowcsv, addDot, addCanvas, addMd, addEssay,
	} {
		add(s)
	}
	return s
}

// Add adds a format; a name given twice is a programming error.
func (s *Set) Add(f *Format) {
	for _, g := range s.list {
		if g.Name == f.Name {
			panic("formats: added twice: " + f.Name)
		}
	}
	g := *f // the caller's Format stays as it was
	if enc := g.Encode; enc != nil && !g.KeepsPrivate {
		// The one place where every export leaves out the teacher's
		// private comments: a format added later cannot forget it.
		// Nor do suggestions not yet accepted leave (see argmap.Map.Accepted).
		g.Encode = func(m *argmap.Map) ([]byte, error) { return enc(m.WithoutPrivate().Accepted()) }
	}
	s.list = append(s.list, &g)
	sort.SliceStable(s.list, func(i, j int) bool { return s.list[i].Priority > s.list[j].Priority })
}

// All lists the formats of the set, highest priority first.
func (s *Set) All() []*Format { return append([]*Format(nil), s.list...) }

// ByName returns the format with the given name, or nil.
func (s *Set) ByName(name string) *Format {
	for _, f := range s.list {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// ByPath returns the format whose extension the path has, or nil.
func (s *Set) ByPath(path string) *Format {
	p := strings.ToLower(filepath.Base(path))
	var best *Format
	bestLen := 0
	for _, f := range s.list {
		for _, e := range f.Exts {
			if strings.HasSuffix(p, e) && len(e) > bestLen {
				best, bestLen = f, len(e)
			}
		}
	}
	return best
}

// Detect picks the format of data read from path: by extension when a
// format with a decoder claims it, otherwise by content.
func (s *Set) Detect(path string, data []byte) *Format {
	if f := s.ByPath(path); f != nil && f.Decode != nil && (f.Sniff == nil || f.Sniff(data)) {
		return f
	}
	for _, f := range s.list {
		if f.Decode != nil && f.Sniff != nil && f.Sniff(data) {
			return f
		}
	}
	if f := s.ByPath(path); f != nil && f.Decode != nil {
		return f
	}
	return nil
}

// MaxFileSize is the largest file Load reads.
const MaxFileSize = native.MaxFileSize

// Load reads the map in the file at path, in whatever format of the set
// it is.
func (s *Set) Load(path string) (*argmap.Map, *Format, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	return s.Decode(path, data)
}

// ReadFile reads a file of at most MaxFileSize bytes, refusing what is not
// a regular file (see atomicfile.ReadRegular). Errors start with the path.
func ReadFile(path string) ([]byte, error) {
	return atomicfile.ReadRegular(path, MaxFileSize)
}

// Decode reads a map from data that came from path (the path only guides
// the choice of format).
func (s *Set) Decode(path string, data []byte) (*argmap.Map, *Format, error) {
	im, err := s.decode(path, data, false)
	return im.Map, im.Format, err
}

// Import is what Set.Import read from a file: the map, its format and
// what the importer said of it.
type Import struct {
	Map    *argmap.Map
	Format *Format
	// Summary is the importer's own line on what it read ("AIF-JSON
	// (AIFdb): 150 claims, …"), or "" where it has none.
	Summary string
	// Warnings list every fault the import worked around, each with its
	// place (Format.Warnings); the map's own problems are not among them
	// (argmap.Validate).
	Warnings []string
}

// Import is Decode that also returns the importer's summary and warnings
// (for the app's status line), reading the file once where the format
// has a DecodeReport. On error only Format may be set.
func (s *Set) Import(path string, data []byte) (Import, error) { return s.decode(path, data, true) }

// decode is Decode, and Import when report is set.
func (s *Set) decode(path string, data []byte, report bool) (Import, error) {
	var im Import
	m, f, err := s.decodeWith(path, data, func(f *Format, data []byte) (*argmap.Map, error) {
		if report && f.DecodeReport != nil {
			m, summary, warnings, err := f.DecodeReport(data)
			im.Summary, im.Warnings = summary, warnings
			return m, err
		}
		var m *argmap.Map
		var err error
		if f.DecodeFile != nil {
			m, err = f.DecodeFile(path, data)
		} else {
			m, err = f.Decode(data)
		}
		if err == nil && report && f.Warnings != nil {
			im.Warnings = f.Warnings(data)
		}
		return m, err
	})
	if err != nil {
		return Import{Format: f}, err
	}
	im.Map, im.Format = m, f
	return im, nil
}

// decodeWith is Decode with the format's decoder called by dec.
func (s *Set) decodeWith(path string, data []byte, dec func(*Format, []byte) (*argmap.Map, error)) (*argmap.Map, *Format, error) {
	// Editors may start UTF-8 text with a byte order mark; no format gives
	// it a meaning, so it is skipped here for every one of them.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	// Some Windows editors write UTF-16: read it as the UTF-8 it stands for.
	if text, ok, err := filekind.UTF16(data); ok {
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, &argmap.DecodeError{Kind: argmap.KindSyntax, Message: err.Error()})
		}
		data = text
	}
	// A file that is no text at all (a picture, a PDF, a Word document,
	// an archive) is named for what it is, before any decoder reports
	// its first byte as invalid UTF-8.
	if kind := filekind.Describe(data); kind != "" {
		return nil, nil, fmt.Errorf("%s: %w", path, &argmap.DecodeError{Kind: argmap.KindFormat,
			Message: "not a map: it looks like " + kind + "; " + s.opens()})
	}
	f := s.Detect(path, data)
	if f == nil {
		msg := "not a map in any format Argmap reads; "
		if g := s.ByPath(path); g != nil && g.Encode != nil {
			// A .dot or .svg: the user may take Export for a round trip.
			msg = "Argmap writes " + g.Title + " files but does not read them; "
		}
		return nil, nil, fmt.Errorf("%s: %w", path, &argmap.DecodeError{Kind: argmap.KindFormat, Message: msg + s.opens()})
	}
	m, err := dec(f, data)
	if err != nil && f.Looks != "" && f.Sniff != nil && !f.Sniff(data) {
		// Chosen by its extension alone (a shopping list saved as .txt):
		// the file is not one of these at all, which the decoder's
		// complaint about its first line does not say.
		return nil, f, notThisFormat(path, f, data, err)
	}
	if err == nil && f.Priority < nativePriority && strings.TrimSpace(m.Meta.Title) == "" {
		// A file that names no title (AIF, ICCMA, an Argdown file without
		// front matter) is known to its user by its name: the map takes
		// it, as the window does. A native map's title is its own.
		m.Meta.Title = fileTitle(path, f.Exts...)
	}
	if err == nil {
		// Every importer meets the native format's limits (text length,
		// counts, UTF-8, coordinates), whatever it checks itself.
		err = argmap.CheckLimits(m)
	}
	if err == nil && f.Name != "json" {
		// Nor does any importer hand the app a broken map (a dangling
		// reference, an argument that concludes one of its premises). A
		// native file may load with such problems, so that the user can
		// fix them (argmap check lists them); its decoder refuses the
		// structural ones itself.
		if ps := argmap.Validate(m); ps.HasErrors() {
			return nil, f, &InvalidError{Path: path, Format: f, Problems: ps}
		}
	}
	if err != nil {
		if f.Priority >= nativePriority {
			return nil, f, fmt.Errorf("%s: %w", path, err)
		}
		return nil, f, fmt.Errorf("%s: %s: %w", path, f.Title, err)
	}
	return m, f, nil
}

// notThisFormat is the error of a file that its extension gives to f but
// that does not look like one (f.Sniff) and failed to decode with err:
// "shop.txt: not a Kialo discussion file: line 1: …. A Kialo discussion
// export starts with …". Where err names no line, or spreads over
// several (a JSON or YAML library's complaint about prose), the place is
// the file's first line that is not blank, with its start.
func notThisFormat(path string, f *Format, data []byte, err error) error {
	var de *argmap.DecodeError
	if msg := err.Error(); strings.Contains(msg, "\n") || !errors.As(err, &de) || de.Line == 0 {
		n, text := firstLine(data)
		de = &argmap.DecodeError{Kind: argmap.KindFormat, Line: n, Message: fmt.Sprintf("found %q", text)}
		if n == 0 {
			de.Message = "it is empty"
		}
		err = de
	}
	return fmt.Errorf("%s: not %s file: %w. %s", path, article(f.Title), err, f.Looks)
}

// firstLine is the number (from 1) of the first line of data that is not
// blank and its start (40 characters at most), or 0 when there is none in
// the first 64 KB.
func firstLine(data []byte) (int, string) {
	data = data[:min(len(data), 64<<10)]
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if t := strings.TrimSpace(strings.ToValidUTF8(string(line), "\uFFFD")); t != "" {
			if r := []rune(t); len(r) > 40 {
				t = string(r[:40]) + "…"
			}
			return n, t
		}
	}
	return 0, ""
}

// article is title with "a" or "an" before it, by its first letter
// ("an AIF-JSON", "a Kialo discussion").
func article(title string) string {
	if title != "" && strings.ContainsRune("AEIOUaeiou", rune(title[0])) {
		return "an " + title
	}
	return "a " + title
}

// fileTitle is the title of a map read from path whose format names none:
// the file's name without the first of exts it ends in (compared without
// case), or else without its last extension; "" for standard input ("-")
// or no name.
func fileTitle(path string, exts ...string) string {
	base := filepath.Base(path)
	if path == "" || path == "-" || base == "." || base == string(filepath.Separator) {
		return ""
	}
	cut := false
	for _, x := range exts {
		if len(base) > len(x) && strings.EqualFold(base[len(base)-len(x):], x) {
			base, cut = base[:len(base)-len(x)], true
			break
		}
	}
	// A file found by its content may have another extension.
	if x := filepath.Ext(base); !cut && len(x) > 1 && len(x) < len(base) {
		base = base[:len(base)-len(x)]
	}
	// A name need not be UTF-8; the title must be (argmap.CheckLimits).
	return strings.TrimSpace(strings.ToValidUTF8(base, "\uFFFD"))
}

// opens says what the set reads, for a message about a file it cannot:
// "Argmap opens .argmap.json maps, and AIF-JSON, Argdown, … files".
func (s *Set) opens() string {
	var native string
	var others []string
	for _, f := range s.list {
		switch {
		case f.Decode == nil:
		case f.Priority >= nativePriority && len(f.Exts) > 0:
			native = f.Exts[0] + " maps"
		default:
			others = append(others, f.Title)
		}
	}
	switch {
	case native == "":
		return "Argmap opens " + strings.Join(others, ", ") + " files"
	case len(others) == 0:
		return "Argmap opens " + native
	}
	return "Argmap opens " + native + ", and " + strings.Join(others, ", ") + " files"
}

// nativePriority is the priority of Argmap's own format, whose errors need
// no name of the format: they read "FILE: place: message".
const nativePriority = 100

// InvalidError is a file that decoded into a map that does not validate.
// Its message lists every error as "PATH: place: message", one per line.
type InvalidError struct {
	Path     string
	Format   *Format
	Problems argmap.Problems // all of them, warnings included
}

func (e *InvalidError) Error() string {
	var b strings.Builder
	for _, p := range e.Problems {
		if p.Severity != argmap.SeverityError {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Path + ": " + p.String())
	}
	return b.String()
}
