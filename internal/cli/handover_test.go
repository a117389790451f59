package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/formats"
)

// TestLightHandsOver runs a light program (no heavy parts) whose full
// binary is a script that prints its arguments: the command lines that
// need a heavy part reach it whole, with their exit code back; the others
// run in the light program; a missing full binary is named.
func TestLightHandsOver(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in full binary is a shell script")
	}
	dir := t.TempDir()
	script := "#!/bin/sh\necho \"full: $*\"\nexit 3\n"
	if err := os.WriteFile(filepath.Join(dir, "fake-full"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	sample := filepath.Join(dir, "s.argmap.json")
	var out bytes.Buffer
	set := formats.Builtin()
	set.Add(formats.CAES(nil)) // known, read by the full binary
	light := &Program{Commands: Commands(), Formats: set, Full: "fake-full"}
	if code := light.Run([]string{"sample"}, nil, &out, &out); code != ExitOK || os.WriteFile(sample, out.Bytes(), 0o644) != nil {
		t.Fatalf("sample: exit %d", code)
	}
	argdown := filepath.Join(dir, "a.argdown")
	text := filepath.Join(dir, "a.txt")
	if os.WriteFile(argdown, []byte("[A]: Cities should ban cars.\n  <+ <B>: Cars pollute.\n"), 0o644) != nil ||
		os.WriteFile(text, []byte("Cities should ban cars, because cars pollute the air.\n"), 0o644) != nil {
		t.Fatal("writing the inputs")
	}
	caes := filepath.Join(dir, "t.caes.yml")
	caesTxt := filepath.Join(dir, "t")
	tweety := []byte("statements:\n  flies: Tweety flies\n  bird: Tweety is a bird\narguments:\n  a1:\n    premises: [bird]\n    conclusion: flies\n")
	if os.WriteFile(caes, tweety, 0o644) != nil || os.WriteFile(caesTxt, tweety, 0o644) != nil {
		t.Fatal("writing the CAES inputs")
	}
	for _, tc := range []struct {
		full   string // the full binary's name
		args   []string
		code   int
		stdout string // a part
		stderr string // a part
	}{
		{"fake-full", []string{"mcp", sample}, 3, "full: mcp " + sample, ""},
		{"fake-full", []string{"export", "-f", "svg", sample}, 3, "full: export -f svg", ""},
		{"fake-full", []string{"export", "-h"}, 3, "full: export -h", ""},
		{"fake-full", []string{"exercise", "-format", "pdf", sample}, 3, "full: exercise -format pdf", ""},
		{"fake-full", []string{"exercise", sample}, ExitOK, "{", ""},
		{"fake-full", []string{"export", "-f", "md", sample}, ExitOK, "# ", ""},
		{"fake-full", []string{"check", sample}, ExitOK, "", ""},
		// An import is laid out with cards measured in the pictures' fonts.
		{"fake-full", []string{"export", "-f", "json", argdown}, 3, "full: export -f json " + argdown, ""},
		{"fake-full", []string{"suggest", text}, 3, "full: suggest " + text, ""},
		{"fake-full", []string{"check", argdown}, ExitOK, "", ""},
		{"fake-full", []string{"mcp"}, ExitUsage, "", "expected one FILE"},
		// A file this program knows but does not read, by its extension or
		// its content; the whole command line goes, nothing printed here.
		{"fake-full", []string{"check", sample, caes}, 3, "full: check " + sample + " " + caes, ""},
		{"fake-full", []string{"eval", caesTxt}, 3, "full: eval " + caesTxt, ""},
		{"fake-full", []string{"eval", "-json", caes}, 3, "full: eval -json " + caes, ""},
		// A name that is no file is the command's to report.
		{"fake-full", []string{"check", filepath.Join(dir, "gone.yml")}, ExitFail, "gone.yml", ""},
		{"no-such-full", []string{"check", caes}, ExitFail, "", "needs no-such-full"},
		{"no-such-full", []string{"mcp", sample}, ExitFail, "", "needs no-such-full"},
		{"", []string{"mcp", sample}, ExitFail, "", "names no binary"},
	} {
		light.Full = tc.full
		var stdout, stderr bytes.Buffer
		code := light.Run(tc.args, strings.NewReader(""), &stdout, &stderr)
		if code != tc.code || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("%s %q: exit %d, stdout %.80q, stderr %q; want exit %d, %q, %q",
				tc.full, tc.args, code, stdout.String(), stderr.String(), tc.code, tc.stdout, tc.stderr)
		}
	}
}
