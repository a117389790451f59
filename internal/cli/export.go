package cli

import (
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/scene"
	"github.com/argmap/argmap/internal/atomicfile"
)

var exportCmd = &Command{
	Name:    "export",
	Usage:   "export -f FORMAT [-private] [-o OUT] FILE",
	Summary: "write the map in FILE (any format Argmap reads) in FORMAT, to OUT (saved atomically) or standard output; private (rubric) comments are left out",
}

// writable lists the names of the formats that can be written.
func writable(set *formats.Set) string {
	var names []string
	for _, f := range set.All() {
		if f.Encode != nil {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

func runExport(env *Env) int {
	if env.Heavy == nil && (wantsHelp(env.Args) || !lightExport(env.Formats, env.Args)) {
		// The formats the full binary adds belong in the usage too.
		code, _ := env.NeedsHeavy()
		return code
	}
	fs := NewFlagSet(env, exportCmd)
	format := fs.String("f", "", "the format to write: "+writable(env.Formats))
	out := fs.String("o", "", "the file to write (default: standard output)")
	private := fs.Bool("private", false, "keep the teacher's private comments (json only; other formats never hold them)")
	paper := fs.String("paper", "a4", "pdf: the paper, a4 or letter")
	withEssay := fs.Bool("essay", false, "pdf: add the essay plan after the outline")
	noOutline := fs.Bool("no-outline", false, "pdf: the map only, without the outline and its open challenges")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if *format == "" {
		return UsageError(env, fs, "-f FORMAT is required (one of %s)", writable(env.Formats))
	}
	f := env.Formats.ByName(*format)
	if f == nil || f.Encode == nil {
		return UsageError(env, fs, "unknown format %q; known formats: %s", *format, writable(env.Formats))
	}
	if *private && !f.KeepsPrivate {
		return UsageError(env, fs, "-private works with -f json only: %s never holds private comments", f.Title)
	}
	if fs.NArg() != 1 {
		return UsageError(env, fs, "expected one FILE, got %d", fs.NArg())
	}
	pdfOpt := PDFOptions{Paper: *paper, Essay: *withEssay, NoOutline: *noOutline}
	if f.Name != "pdf" && (pdfOpt != PDFOptions{Paper: "a4"}) {
		return UsageError(env, fs, "-paper, -essay and -no-outline are for -f pdf only")
	}
	if *paper != "a4" && *paper != "letter" {
		return UsageError(env, fs, "-paper %q: a4 or letter", *paper)
	}
	m, from, err := env.Formats.Load(fs.Arg(0))
	if err != nil {
		env.Errorf("export", "%v", err)
		return ExitFail
	}
	if from.Name != "json" && layout.NeedsLayout(m) {
		// A native map is written back as it is; an import is laid out
		// with cards measured in the pictures' fonts.
		if code, handed := env.NeedsHeavy(); handed {
			return code
		}
		if err := layOutImport(m, env.Heavy.Measure); err != nil {
			env.Errorf("export", "%s: %v", fs.Arg(0), err)
			return ExitFail
		}
	}
	if !*private {
		// An export goes to someone else (a student): the teacher's
		// private comments stay in the teacher's file. The other formats
		// leave them out themselves (see formats.Format.KeepsPrivate).
		m = m.WithoutPrivate()
	}
	var data []byte
	if f.Name == "pdf" {
		pdfOpt.Title = docName(fs.Arg(0))
		data, err = env.Heavy.PDFMap(m.WithoutPrivate(), pdfOpt)
	} else {
		data, err = f.Encode(m)
	}
	if err != nil {
		env.Errorf("export", "%s: %v", f.Title, err)
		return ExitFail
	}
	if *out == "" {
		if _, err := env.Stdout.Write(data); err != nil {
			env.Errorf("export", "%v", err)
			return ExitFail
		}
		return ExitOK
	}
	if err := atomicfile.WriteFile(*out, data); err != nil {
		env.Errorf("export", "%v", err)
		return ExitFail
	}
	return ExitOK
}

// lightExport reports whether an export with these arguments can run in
// a light binary: its -f format is one of set's and not the PDF (the
// pictures and the PDF are not in a light binary's set). It reads the
// arguments roughly: whatever it misreads goes to the full binary, which
// reads them properly.
func lightExport(set *formats.Set, args []string) bool {
	for i, a := range args {
		name, ok := "", false
		switch {
		case (a == "-f" || a == "--f") && i+1 < len(args):
			name, ok = args[i+1], true
		case strings.HasPrefix(a, "-f="), strings.HasPrefix(a, "--f="):
			_, name, _ = strings.Cut(a, "=")
			ok = true
		}
		if ok {
			f := set.ByName(name)
			return f != nil && f.Encode != nil && name != "pdf"
		}
	}
	return true // no -f: the usage error needs nothing heavy either
}

// wantsHelp reports whether args ask for a command's usage.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help", "--h":
			return true
		case "--":
			return false
		}
	}
	return false
}

// docName is a file's name without its folder and extensions: the title
// of a PDF of a map that has none.
func docName(path string) string {
	n := filepath.Base(path)
	if i := strings.IndexByte(n, '.'); i > 0 {
		n = n[:i]
	}
	return n
}

// layOutImport lays out a map read from a format without positions (AIF
// from AIFdb, Argdown, Kialo, AF), as the app does when it opens one, with
// cards measured as the pictures draw them: a picture of one pile of cards at
// the origin helps nobody. A map too big for the full layout gets
// placement.LayOut's grid, with cards of estimated sizes: measuring them all
// would cost more than the grid.
func layOutImport(m *argmap.Map, measure scene.Measure) error {
	if !layout.NeedsLayout(m) {
		return nil
	}
	if len(m.Claims) > placement.MaxFullLayout || len(m.Arguments) > placement.MaxFullLayout {
		return placement.LayOut(m, nil)
	}
	s := scene.Build(m, measure, scene.Options{})
	size := make(map[argmap.ID][2]float64, len(s.Cards))
	for _, c := range s.Cards {
		size[c.ID] = [2]float64{c.Box.W, c.Box.H}
	}
	return placement.LayOut(m, func(id argmap.ID) (float64, float64) {
		wh := size[id]
		return wh[0], wh[1]
	})
}
