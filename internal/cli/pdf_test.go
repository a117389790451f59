package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestPDFOutputs: export -f pdf (with its paper, essay and outline flags),
// exercise and compare write PDFs when asked, by flag or by the .pdf of
// -o, and refuse the pdf flags elsewhere with a message naming them.
func TestPDFOutputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	model := buildMapFile(t, dir, "model.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: "Ağaç dikmeliyiz"}
		b := &argmap.Claim{ID: id(), Text: "Деревья дают тень"}
		m.Claims = []*argmap.Claim{a, b}
		m.Arguments = []*argmap.Argument{{ID: id(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Pro}}
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name   string
		args   []string
		file   string // the PDF it must write; "" for standard output
		code   int
		stderr string
	}{
		{name: "export", args: []string{"export", "-f", "pdf", "-o", p("m.pdf"), model}, file: p("m.pdf")},
		{name: "export letter essay", args: []string{"export", "-f", "pdf", "-paper", "letter", "-essay", model}},
		{name: "export map only", args: []string{"export", "-f", "pdf", "-no-outline", "-o", p("only.pdf"), model}, file: p("only.pdf")},
		{name: "export bad paper", args: []string{"export", "-f", "pdf", "-paper", "a3", model}, code: ExitUsage, stderr: `-paper "a3": a4 or letter`},
		{name: "pdf flag elsewhere", args: []string{"export", "-f", "svg", "-essay", model}, code: ExitUsage, stderr: "for -f pdf only"},
		{name: "exercise by name", args: []string{"exercise", "-o", p("sheet.pdf"), model}, file: p("sheet.pdf")},
		{name: "exercise by flag", args: []string{"exercise", "-format", "pdf", model}},
		{name: "exercise bad format", args: []string{"exercise", "-format", "docx", model}, code: ExitUsage, stderr: "-format json or pdf"},
		{name: "compare by name", args: []string{"compare", "-o", p("report.pdf"), model, model}, file: p("report.pdf")},
		{name: "compare by flag", args: []string{"compare", "-report", "pdf", model, model}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := testProgram().Run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.code || !strings.Contains(stderr.String(), tc.stderr) {
				t.Fatalf("exit %d, stderr %q; want %d and %q", code, stderr.String(), tc.code, tc.stderr)
			}
			if tc.code != ExitOK {
				return
			}
			data := stdout.Bytes()
			if tc.file != "" {
				var err error
				if data, err = os.ReadFile(tc.file); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("%%EOF")) {
				t.Errorf("not a PDF: %q", data[:min(len(data), 40)])
			}
		})
	}
	// Without pdf asked for, the sheet and the report stay as they were.
	var out bytes.Buffer
	if testProgram().Run([]string{"exercise", model}, strings.NewReader(""), &out, &out) != ExitOK || !bytes.HasPrefix(bytes.TrimSpace(out.Bytes()), []byte("{")) {
		t.Errorf("exercise without -format: %q", out.String()[:min(out.Len(), 60)])
	}
	out.Reset()
	if testProgram().Run([]string{"compare", model, model}, strings.NewReader(""), &out, &out) != ExitOK || !strings.HasPrefix(out.String(), "# Comparison") {
		t.Errorf("compare without -report: %q", out.String()[:min(out.Len(), 60)])
	}
}
