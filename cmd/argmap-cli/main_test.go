package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build builds the package pkg of this module as dir/name, without cgo as
// the README builds the command line.
func build(t *testing.T, dir, name, pkg string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to build the binaries:", err)
	}
	bin := filepath.Join(dir, name)
	cmd := exec.Command(goTool, "build", "-o", bin, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return bin
}

// TestHandsOverToFull runs the built argmap-cli: what needs no heavy part
// runs in it, what draws or prints runs in argmap-cli-full beside it, and
// without that one the command says what is missing and how to build it.
func TestHandsOverToFull(t *testing.T) {
	dir, alone := t.TempDir(), t.TempDir()
	light := build(t, dir, "argmap-cli", ".")
	build(t, dir, "argmap-cli-full", "../argmap-cli-full")
	lone := filepath.Join(alone, "argmap-cli")
	if data, err := os.ReadFile(light); err != nil || os.WriteFile(lone, data, 0o755) != nil {
		t.Fatal("copying argmap-cli:", err)
	}
	sample := filepath.Join(dir, "sample.argmap.json")
	out, err := exec.Command(light, "sample").Output()
	if err != nil || os.WriteFile(sample, out, 0o644) != nil {
		t.Fatalf("argmap-cli sample: %v", err)
	}
	// A CAES file: argmap-cli knows it but leaves out the YAML reader, so
	// argmap-cli-full reads it.
	caes := filepath.Join(dir, "tweety.yml")
	noExt := filepath.Join(dir, "tweety")
	notCAES := filepath.Join(dir, "config.yaml")
	tweety := "statements:\n  flies: Tweety flies\n  bird: Tweety is a bird\narguments:\n  a1:\n    premises: [bird]\n    conclusion: flies\nassumptions: [bird]\n"
	if os.WriteFile(caes, []byte(tweety), 0o644) != nil || os.WriteFile(noExt, []byte(tweety), 0o644) != nil ||
		os.WriteFile(notCAES, []byte("port: 8080\n"), 0o644) != nil {
		t.Fatal("writing the CAES files")
	}
	for _, tc := range []struct {
		bin    string
		args   []string
		code   int
		stdout string // a prefix
		stderr string // a part
	}{
		{light, []string{"version"}, 0, "argmap ", ""},
		{light, []string{"check", sample}, 0, "", ""},
		{light, []string{"export", "-f", "dot", sample}, 0, "// India", ""},
		{light, []string{"export", "-f", "svg", sample}, 0, "<svg", ""},
		{light, []string{"export", "-f=pdf", sample}, 0, "%PDF", ""},
		{light, []string{"export", "-h"}, 0, "", "pdf"},
		{light, []string{"export", "-f", "nope", sample}, 2, "", "unknown format"},
		{light, []string{"eval", caes}, 0, "", ""},
		{light, []string{"export", "-f", "argdown", caes}, 0, "", ""},
		{light, []string{"eval", noExt}, 0, "", ""},
		{light, []string{"check", notCAES}, 1, notCAES + ": not a Carneades CAES YAML file: line 1", ""},
		{lone, []string{"check", sample}, 0, "", ""},
		{lone, []string{"eval", caes}, 1, "", "needs argmap-cli-full"},
		{lone, []string{"export", "-f", "dot", sample}, 0, "// India", ""},
		{lone, []string{"export", "-f", "svg", sample}, 1, "", "needs argmap-cli-full"},
		{lone, []string{"mcp", sample}, 1, "", "CGO_ENABLED=0 go build -o bin/ ./cmd/..."},
	} {
		cmd := exec.Command(tc.bin, tc.args...)
		// Not on PATH either.
		cmd.Env = append(os.Environ(), "PATH="+alone)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %q: %v", tc.bin, tc.args, err)
		}
		name := filepath.Base(filepath.Dir(tc.bin)) + "/" + filepath.Base(tc.bin)
		if code != tc.code || !strings.HasPrefix(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("%s %q: exit %d, stdout %.60q, stderr %q; want exit %d, stdout from %q, stderr with %q",
				name, tc.args, code, stdout.String(), stderr.String(), tc.code, tc.stdout, tc.stderr)
		}
	}
}
