package argdown_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argdown"
	"github.com/argmap/argmap/argmap/internal/argdowncheck"
	"github.com/argmap/argmap/internal/shared"
)

// realParser returns Argdown's own parser, or skips the test with the
// reason it cannot run (.ci/run installs it; see scripts/argdown-check).
func realParser(t *testing.T) *argdowncheck.Tool {
	t.Helper()
	tool, err := argdowncheck.Available(".")
	if err != nil {
		t.Skip("Argdown's own parser is not available, conformance not checked: " + err.Error())
	}
	return tool
}

// compareWithReal reports every difference between Argmap's reading of
// data and Argdown's.
func compareWithReal(t *testing.T, d *argdown.Document, r argdowncheck.Result) {
	t.Helper()
	gs, gr := argdowncheck.DocView(d)
	ws, wr := argdowncheck.RealView(r)
	if msg := argdowncheck.Diff(gs, gr, ws, wr); msg != "" {
		t.Error(msg)
	}
}

// TestConformanceCorpus: for every Argdown file of the corpus, Argmap's
// import has the statements and relations that Argdown's own parser finds.
func TestConformanceCorpus(t *testing.T) {
	t.Parallel()
	tool := realParser(t)
	files, _ := filepath.Glob(filepath.Join(shared.Path(t, "corpus/argdown/source"), "*"))
	if len(files) == 0 {
		t.Fatal("no Argdown file in ../shared/corpus/argdown/source")
	}
	conformance(t, tool, files)
}

// TestConformanceIncludes (issue 14 item 6): the corpus files with
// @include, read with their includes by ParseFile, have the statements and
// relations Argdown finds once its command line tool's include step has
// replaced the includes.
func TestConformanceIncludes(t *testing.T) {
	t.Parallel()
	tool := realParser(t)
	all, _ := filepath.Glob(filepath.Join(shared.Path(t, "corpus/argdown/source"), "*"))
	var files []string
	for _, f := range all {
		if data, err := os.ReadFile(f); err == nil && strings.Contains(string(data), "@include(") {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatal("no Argdown file with @include in ../shared/corpus/argdown/source")
	}
	res, err := tool.ParseIncluding(files...)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, _ := os.ReadFile(f)
			d, err := argdown.ParseFile(f, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(res[i].Errors) > 0 {
				t.Fatalf("Argdown refuses the file with its includes: %v", res[i].Errors[0])
			}
			compareWithReal(t, d, res[i])
		})
	}
}

// TestConformanceOwn: the same for this package's own small files, one per
// case of issue 14 (own conclusion, list items, irregular dedent, PCS
// under a reference, contraries).
func TestConformanceOwn(t *testing.T) {
	t.Parallel()
	tool := realParser(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "conformance", "*.argdown"))
	if len(files) == 0 {
		t.Fatal("no files in testdata/conformance")
	}
	conformance(t, tool, files)
}

func conformance(t *testing.T, tool *argdowncheck.Tool, files []string) {
	res, err := tool.Parse(files...)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := argdown.Parse(data)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if _, err := d.Map(); err != nil {
				t.Fatalf("map: %v", err)
			}
			if len(res[i].Errors) > 0 {
				t.Logf("not compared: Argdown itself refuses the file: %v", res[i].Errors[0])
				return
			}
			compareWithReal(t, d, res[i])
		})
	}
}

// TestConformanceExportOwn: Argdown's own parser reads Argmap's export of
// texts that need escaping (issue 14 item 7), of duplicate arguments
// (item 8), of titles and data kept from an import (item 9) and of
// contraries and contradictions (item 5, written as "><") without an
// error, and finds the statements and relations Argmap finds.
func TestConformanceExportOwn(t *testing.T) {
	t.Parallel()
	tool := realParser(t)
	m := argmap.New("Escapes")
	var ids []argmap.ID
	for _, text := range []string{
		"snake_case words", "see https://x.org/a_b_c", "2*3 is six", "**Note: no end",
		"**bold** and _italic_ stay", "a [link](https://x.org/a_b) stays", "[not a link] here",
		"x _y", "a.b_c.d and :e_f: codes", "50% of #1 {not data} <no ref> // no comment /* none */",
	} {
		c := &argmap.Claim{ID: argmap.NewID(), Text: text}
		m.Claims = append(m.Claims, c)
		ids = append(ids, c.ID)
	}
	for i := 1; i < len(ids); i++ {
		for k := 0; k < 2; k++ { // each argument twice
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{ids[i]}, Target: ids[0], Polarity: argmap.Polarity([]string{"pro", "con"}[i%2])})
		}
	}
	m.Reindex()
	titled, err := argdown.Decode([]byte("[Main Thesis]: Taxes should rise. {credence: 0.8}\n  + [Why]: Schools need money. #money\n"))
	if err != nil {
		t.Fatal(err)
	}
	// Item 5: contraries and contradictions come back as "><".
	contraries, err := argdown.Decode([]byte("===\nmodel:\n    mode: strict\n===\n\n[A]: A is so.\n  - [B]: B is so.\n  >< [C]: C is so.\n  <- <D>: D attacks.\n\n[C]\n  - [E]: E is so.\n"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var files []string
	for i, mm := range []*argmap.Map{m, titled, contraries} {
		out, err := argdown.Encode(mm)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("%d.argdown", i))
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	res, err := tool.Parse(files...)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		data, _ := os.ReadFile(f)
		for _, e := range res[i].Errors {
			t.Errorf("%s: Argdown reports %v\n%s", f, e, data)
		}
		d, err := argdown.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		compareWithReal(t, d, res[i])
	}
	// The contrary A–B, the contradiction A–C and the contrary C–E: three
	// symmetric relations for Argdown too.
	n := 0
	for _, r := range res[2].Relations {
		if r.Type == "contradictory" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("Argdown finds %d contradictions in the export of contraries, want 3: %+v", n, res[2].Relations)
	}
}
