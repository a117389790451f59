package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

var anchorsCmd = &Command{
	Name:    "anchors",
	Usage:   "anchors [-source FILE] MAP",
	Summary: "check that each claim's source anchor still finds its passage (ok, moved, broken)",
}

// anchorReport is the status of one anchored claim.
type anchorReport struct {
	claim  *argmap.Claim
	result anchor.Result
	err    error // the source could not be read
}

func runAnchors(env *Env) int {
	fs := flag.NewFlagSet("anchors", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	source := fs.String("source", "", "check every anchor against this text file (default: each anchor's source, relative to the map's folder and only inside it)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: argmap anchors [-source FILE] MAP")
		fmt.Fprintln(env.Stderr, "MAP may be the word \"sample\": the embedded sample map, as if it lay in ./assets.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(env.Args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ExitUsage
	}
	m, dir, err := loadAnchored(env.Formats, fs.Arg(0))
	if err != nil {
		env.Errorf("anchors", "%v", err)
		return ExitFail
	}
	reports := checkAnchors(m, dir, *source, argmap.ReadSourceFile)
	return printAnchors(env.Stdout, env.Stderr, reports)
}

// loadAnchored loads the map at path and returns it with the folder that
// its sources' relative paths start from.
func loadAnchored(set *formats.Set, path string) (*argmap.Map, string, error) {
	if path == "sample" {
		if _, err := os.Stat(path); err != nil {
			m, err := loadSample()
			return m, "assets", err
		}
	}
	m, _, err := set.Load(path)
	return m, filepath.Dir(path), err
}

// checkAnchors resolves the anchor of every anchored claim, in map order,
// against override when it is set, otherwise against its source's file.
func checkAnchors(m *argmap.Map, dir, override string, read func(string) ([]byte, error)) []anchorReport {
	texts := map[string]string{}
	fails := map[string]error{}
	load := func(path string) (string, error) {
		if t, ok := texts[path]; ok {
			return t, nil
		}
		if err, ok := fails[path]; ok {
			return "", err
		}
		b, err := read(path)
		if err != nil {
			fails[path] = err
			return "", err
		}
		texts[path] = string(b)
		return texts[path], nil
	}
	var out []anchorReport
	for _, c := range m.Claims {
		a := c.Anchor
		if a == nil {
			continue
		}
		path := override
		if path == "" {
			s := m.Source(a.Source)
			if s == nil || s.Path == "" {
				out = append(out, anchorReport{claim: c, err: errors.New("the anchor names no source file; use -source")})
				continue
			}
			// A map from someone else must not make the check read
			// files out of its folder: those need -source.
			place := argmap.PlaceSource(dir, s.Path)
			if !place.Inside {
				out = append(out, anchorReport{claim: c, err: fmt.Errorf("the source %s lies outside the map's folder, so it is not read; name it with -source to check against it", s.Path)})
				continue
			}
			path = place.Path
		}
		text, err := load(path)
		if err != nil {
			out = append(out, anchorReport{claim: c, err: err})
			continue
		}
		out = append(out, anchorReport{claim: c, result: anchor.Resolve(text, *a)})
	}
	return out
}

// printAnchors prints one line per anchored claim and a summary, and
// returns the exit code: ExitFail when any anchor is broken or unreadable.
func printAnchors(stdout, stderr io.Writer, reports []anchorReport) int {
	var ok, moved, broken int
	for _, r := range reports {
		a := r.claim.Anchor
		text := clipLine(r.claim.Text, 72)
		switch {
		case r.err != nil:
			broken++
			fmt.Fprintf(stdout, "broken  %-9s %s\n", a.Paragraph, text)
			fmt.Fprintf(stderr, "argmap anchors: %s %q: %v\n", a.Paragraph, clipLine(r.claim.Text, 40), r.err)
		case r.result.Status == anchor.OK:
			ok++
			fmt.Fprintf(stdout, "ok      %-9s %s\n", a.Paragraph, text)
		case r.result.Status == anchor.Moved:
			moved++
			loc := a.Paragraph + "→" + r.result.Paragraph
			if a.Paragraph == r.result.Paragraph {
				loc = a.Paragraph
			}
			fmt.Fprintf(stdout, "moved   %-9s %s (%s, %d→%d)\n", loc, text, r.result.How, a.Offset, r.result.Offset)
		default:
			broken++
			fmt.Fprintf(stdout, "broken  %-9s %s (%s)\n", a.Paragraph, text, r.result.How)
		}
	}
	fmt.Fprintf(stdout, "%d anchors: %d ok, %d moved, %d broken\n", len(reports), ok, moved, broken)
	if broken > 0 {
		return ExitFail
	}
	return ExitOK
}

// clipLine shortens s to at most n characters on one line.
func clipLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// loadSample decodes the embedded sample map.
func loadSample() (*argmap.Map, error) {
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		return nil, fmt.Errorf("the embedded sample: %w", err)
	}
	return m, nil
}
