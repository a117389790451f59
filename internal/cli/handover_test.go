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
	light := &Program{Commands: Commands(), Formats: formats.Builtin(), Full: "fake-full"}
	if code := light.Run([]string{"sample"}, nil, &out, &out); code != ExitOK || os.WriteFile(sample, out.Bytes(), 0o644) != nil {
		t.Fatalf("sample: exit %d", code)
	}
	argdown := filepath.Join(dir, "a.argdown")
	text := filepath.Join(dir, "a.txt")
	if os.WriteFile(argdown, []byte("[A]: Cities should ban cars.\n  <+ <B>: Cars pollute.\n"), 0o644) != nil ||
		os.WriteFile(text, []byte("Cities should ban cars, because cars pollute the air.\n"), 0o644) != nil {
		t.Fatal("writing the inputs")
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
