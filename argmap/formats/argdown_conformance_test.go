package formats

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argdown"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/internal/argdowncheck"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
	"github.com/argmap/argmap/internal/shared"
)

// exportCase is a map whose Argdown export the real parser checks.
type exportCase struct {
	name string
	m    *argmap.Map
}

// exportCases: the sample, the small fixture, a generated map and every
// map of the shared corpus that Argmap reads.
func exportCases(t *testing.T) []exportCase {
	t.Helper()
	sample, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	cases := []exportCase{{"sample", sample}, {"fixture small", argmaptest.Small()}, {"generated", gen.Tree(300, 7)}}
	root, ok := shared.Optional(t, "corpus")
	if !ok {
		return cases // only the sample, the fixture and the generated map
	}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".md") {
			return nil
		}
		m, f, err := Load(path)
		if err != nil || f.Name == "json" {
			return nil // not a map Argmap reads (solutions, schemas, other tools' files)
		}
		rel, _ := filepath.Rel(root, path)
		cases = append(cases, exportCase{rel, m})
		return nil
	})
	return cases
}

// TestArgdownExportConformance: Argdown's own parser reads Argmap's Argdown
// export of every map without an error or warning and finds the
// statements and relations Argmap finds in it, and Argmap reads the export
// back to as many claims and arguments as the map had.
func TestArgdownExportConformance(t *testing.T) {
	t.Parallel()
	tool, err := argdowncheck.Available(".")
	if err != nil {
		t.Skip("Argdown's own parser is not available, conformance not checked: " + err.Error())
	}
	cases := exportCases(t)
	dir := t.TempDir()
	var files []string
	for i, c := range cases {
		data, err := argdown.Encode(c.m)
		if err != nil {
			t.Fatalf("%s: encode: %v", c.name, err)
		}
		p := filepath.Join(dir, fmt.Sprintf("%03d.argdown", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	res, err := tool.Parse(files...)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, _ := os.ReadFile(files[i])
			r := res[i]
			for _, e := range r.Errors {
				t.Errorf("Argdown reports %v\n  line: %s", e, lineOf(data, e.Line))
			}
			for _, w := range r.Warnings {
				t.Errorf("Argdown warns: %s", w)
			}
			d, err := argdown.Parse(data)
			if err != nil {
				t.Fatalf("Argmap cannot parse its own export: %v", err)
			}
			gs, gr := argdowncheck.DocView(d)
			ws, wr := argdowncheck.RealView(r)
			if msg := argdowncheck.Diff(gs, gr, ws, wr); msg != "" {
				t.Error(msg)
			}
			back, err := d.Map()
			if err != nil {
				t.Fatalf("Argmap cannot read its own export: %v", err)
			}
			if len(back.Claims) != len(c.m.Claims) || len(back.Arguments) != len(c.m.Arguments) {
				t.Errorf("read back %d claims and %d arguments, the map has %d and %d",
					len(back.Claims), len(back.Arguments), len(c.m.Claims), len(c.m.Arguments))
			}
		})
	}
}

func lineOf(data []byte, n int) string {
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	l := lines[n-1]
	if len(l) > 200 {
		l = l[:200] + "…"
	}
	return l
}
