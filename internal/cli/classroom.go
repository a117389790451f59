package cli

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

var (
	diffCmd     = &Command{Name: "diff", Usage: "diff A B", Summary: "list the claims and arguments B adds, removes and changes (exit 1 when different)"}
	compareCmd  = &Command{Name: "compare", Usage: "compare [-report md|pdf] [-o OUT] MODEL STUDENT|DIR...", Summary: "grade student maps (or a folder of them: a class) against a model answer"}
	mergeCmd    = &Command{Name: "merge", Usage: "merge [-o OUT] BASE OURS THEIRS", Summary: "three-way merge of two people's changes (exit 1 while conflicts remain; a git merge driver)"}
	exerciseCmd = &Command{Name: "exercise", Usage: "exercise [-mode blank|hide] [-format json|pdf] [-o OUT] MAP", Summary: "make an exercise sheet from a model map"}
)

// loadMaps loads maps in any format; it reports the first failure.
func (env *Env) loadMaps(name string, paths ...string) ([]*argmap.Map, bool) {
	out := make([]*argmap.Map, len(paths))
	for i, p := range paths {
		m, _, err := env.Formats.Load(p)
		if err != nil {
			env.Errorf(name, "%v", err)
			return nil, false
		}
		out[i] = m
	}
	return out, true
}

// writeOut writes data to path atomically, or to stdout when path is "".
func (env *Env) writeOutput(path string, data []byte) error {
	if path == "" {
		_, err := env.Stdout.Write(data)
		return err
	}
	return atomicfile.WriteFile(path, data)
}

func runDiff(env *Env) int {
	fs := NewFlagSet(env, diffCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 2 {
		return UsageError(env, fs, "expected two maps, got %d", fs.NArg())
	}
	ms, ok := env.loadMaps("diff", fs.Arg(0), fs.Arg(1))
	if !ok {
		return ExitUsage
	}
	changes := compare.Diff(ms[0], ms[1])
	for _, c := range changes {
		fmt.Fprintln(env.Stdout, c)
	}
	if len(changes) > 0 {
		return ExitFail
	}
	return ExitOK
}

func runCompare(env *Env) int {
	fs := NewFlagSet(env, compareCmd)
	report := fs.String("report", "", "report format: md, or pdf to print and file (default: pdf when OUT ends in .pdf, else md)")
	out := fs.String("o", "", "write the report here (atomically) instead of standard output")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	*report = outFormat(*report, *out, "md")
	if fs.NArg() < 2 || *report != "md" && *report != "pdf" {
		return UsageError(env, fs, "expected -report md or pdf, a model and at least one student map or folder")
	}
	if *report == "pdf" {
		if code, handed := env.NeedsHeavy(); handed {
			return code
		}
	}
	ms, ok := env.loadMaps("compare", fs.Arg(0))
	if !ok {
		return ExitUsage
	}
	model := ms[0]
	paths, err := studentPaths(env.Formats, fs.Arg(0), fs.Args()[1:])
	if err != nil {
		env.Errorf("compare", "%v", err)
		return ExitUsage
	}
	if len(paths) == 0 {
		env.Errorf("compare", "no student maps in %s", strings.Join(fs.Args()[1:], " "))
		return ExitUsage
	}
	var grades []compare.Grade
	failed := 0
	for _, p := range paths {
		m, _, err := env.Formats.Load(p)
		if err != nil {
			// One unreadable file does not stop the class report.
			env.Errorf("compare", "%v: not graded", err)
			failed++
			continue
		}
		grades = append(grades, compare.Assess(model, m, studentName(env.Formats, p)))
	}
	var md bytes.Buffer
	err = compare.WriteReport(&md, model, grades)
	data := md.Bytes()
	if err == nil && *report == "pdf" {
		data, err = env.Heavy.PDFMarkdown("Comparison with "+cmp.Or(model.Meta.Title, "the model map"), data, PDFOptions{})
	}
	if err == nil {
		err = env.writeOutput(*out, data)
	}
	if err != nil {
		env.Errorf("compare", "%v", err)
		return ExitFail
	}
	if failed > 0 {
		return ExitFail
	}
	return ExitOK
}

// outFormat is the format asked for, or pdf when the output file ends in
// .pdf, or else def.
func outFormat(asked, out, def string) string {
	switch {
	case asked != "":
		return asked
	case strings.EqualFold(filepath.Ext(out), ".pdf"):
		return "pdf"
	}
	return def
}

// studentPaths expands folders into the maps they hold (files in a format
// Argmap reads, sorted by name, hidden files, backups and the model left
// out); files are taken as given.
func studentPaths(set *formats.Set, model string, args []string) ([]string, error) {
	self, _ := filepath.Abs(model)
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		es, err := os.ReadDir(a)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			n := e.Name()
			if !e.Type().IsRegular() || strings.HasPrefix(n, ".") || strings.HasSuffix(n, "~") {
				continue
			}
			if f := set.ByPath(n); f == nil || f.Decode == nil {
				continue
			}
			p := filepath.Join(a, n)
			if abs, _ := filepath.Abs(p); abs == self {
				continue
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// studentName is a file's name without its map extension.
func studentName(set *formats.Set, path string) string {
	n := filepath.Base(path)
	if f := set.ByPath(n); f != nil {
		for _, e := range f.Exts {
			if strings.HasSuffix(strings.ToLower(n), e) {
				return n[:len(n)-len(e)]
			}
		}
	}
	return strings.TrimSuffix(n, filepath.Ext(n))
}

func runMerge(env *Env) int {
	fs := NewFlagSet(env, mergeCmd)
	out := fs.String("o", "", "write the merged map here (atomically) instead of standard output")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 3 {
		return UsageError(env, fs, "expected BASE OURS THEIRS, got %d maps", fs.NArg())
	}
	// git hands an empty file as the base of an add/add conflict: no common
	// ancestor.
	var base *argmap.Map
	if data, err := os.ReadFile(fs.Arg(0)); err == nil && len(bytes.TrimSpace(data)) == 0 {
		base = argmap.New("")
	}
	paths := fs.Args()
	if base != nil {
		paths = paths[1:]
	}
	ms, ok := env.loadMaps("merge", paths...)
	if !ok {
		return ExitUsage
	}
	if base != nil {
		ms = append([]*argmap.Map{base}, ms...)
	}
	m, conflicts := compare.Merge(ms[0], ms[1], ms[2])
	// Merge keeps the result valid whenever ours is; a broken ours (a native
	// file may load with problems) is not written over anything.
	if err := argmap.CheckLimits(m); err != nil {
		env.Errorf("merge", "the merged map would not be valid (%v): nothing written; fix %s first", err, fs.Arg(1))
		return ExitFail
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		env.Errorf("merge", "the merged map would not be valid: nothing written; fix %s first:\n%v", fs.Arg(1), ps.Err())
		return ExitFail
	}
	data, err := native.Encode(m)
	if err != nil {
		env.Errorf("merge", "%v", err)
		return ExitUsage
	}
	if err := env.writeOutput(*out, data); err != nil {
		env.Errorf("merge", "%v", err)
		return ExitUsage
	}
	for _, c := range conflicts {
		fmt.Fprintf(env.Stderr, "conflict: %s\n", c)
	}
	if len(conflicts) > 0 {
		fmt.Fprintf(env.Stderr, "argmap merge: %d conflict(s) kept in the map, tagged #%s\n", len(conflicts), compare.ConflictTag)
		return ExitFail
	}
	return ExitOK
}

func runExercise(env *Env) int {
	fs := NewFlagSet(env, exerciseCmd)
	mode := fs.String("mode", "blank", "blank: keep the structure with blank claims; hide: keep only the conclusions")
	format := fs.String("format", "", "json: a map to open in Argmap, or pdf: a sheet to print (default: pdf when OUT ends in .pdf, else json)")
	out := fs.String("o", "", "write the sheet here (atomically) instead of standard output")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	*format = outFormat(*format, *out, "json")
	if fs.NArg() != 1 || (*mode != "blank" && *mode != "hide") || *format != "json" && *format != "pdf" {
		return UsageError(env, fs, "expected -mode blank or hide, -format json or pdf, and one map")
	}
	if *format == "pdf" {
		if code, handed := env.NeedsHeavy(); handed {
			return code
		}
	}
	ms, ok := env.loadMaps("exercise", fs.Arg(0))
	if !ok {
		return ExitUsage
	}
	em := compare.BlankClaims
	if *mode == "hide" {
		em = compare.HideClaims
	}
	sheet := compare.Exercise(ms[0], em)
	var data []byte
	var err error
	if *format == "pdf" {
		// A sheet to fill in: the evaluation and the outline would give
		// the answers away.
		data, err = env.Heavy.PDFMap(sheet, PDFOptions{NoEvaluation: true, NoOutline: true, Title: docName(fs.Arg(0))})
	} else {
		data, err = native.Encode(sheet)
	}
	if err == nil {
		err = env.writeOutput(*out, data)
	}
	if err != nil {
		env.Errorf("exercise", "%v", err)
		return ExitFail
	}
	return ExitOK
}
