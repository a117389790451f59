package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// buildMapFile saves a map built by fn in dir under name and returns its path.
func buildMapFile(t *testing.T, dir, name string, fn func(m *argmap.Map, id func() argmap.ID)) string {
	t.Helper()
	m := argmap.New(name)
	fn(m, argmap.DeterministicIDs(name))
	m.Reindex()
	path := filepath.Join(dir, name)
	if err := native.WriteFile(path, m); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := buildMapFile(t, dir, "good.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: "a"}
		b := &argmap.Claim{ID: id(), Text: "b"}
		m.Claims = []*argmap.Claim{a, b}
		m.Arguments = []*argmap.Argument{{ID: id(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Pro}}
	})
	warn := buildMapFile(t, dir, "warn.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: "alone"}
		b := &argmap.Claim{ID: id(), Text: "b"}
		c := &argmap.Claim{ID: id(), Text: "c"}
		m.Claims = []*argmap.Claim{a, b, c}
		m.Arguments = []*argmap.Argument{{ID: id(), Premises: []argmap.ID{c.ID}, Target: b.ID, Polarity: argmap.Pro}}
	})
	invalid := buildMapFile(t, dir, "invalid.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: ""}
		b := &argmap.Claim{ID: id(), Text: " "}
		m.Claims = []*argmap.Claim{a, b}
		m.Arguments = []*argmap.Argument{{ID: id(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Pro}}
	})
	broken := filepath.Join(dir, "broken.argmap.json")
	if err := os.WriteFile(broken, []byte(`{"format": "argmap", "version": 1, "map": {"claims": [{"id": 1}]}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.argmap.json")
	if err := os.WriteFile(newer, []byte(`{"format": "argmap", "version": 7, "map": {}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	goodBytes, _ := os.ReadFile(good)
	missing := filepath.Join(dir, "missing.json")
	out := filepath.Join(dir, "out.json")

	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		stdout   string // a substring; "=" prefix for the whole output
		stderr   string // a substring
		wantFile string // the file -o must have written, with goodBytes
	}{
		{name: "help", args: []string{"help"}, stdout: "  check", code: ExitOK},
		{name: "help lists export", args: []string{"help"}, stdout: "  export", code: ExitOK},
		{name: "help check", args: []string{"help", "check"}, stdout: "usage: argmap check FILE...", code: ExitOK},
		{name: "help unknown", args: []string{"help", "nope"}, stderr: `unknown subcommand "nope"`, code: ExitUsage},
		{name: "version", args: []string{"version"}, stdout: "argmap " + Version + " (file format version 3", code: ExitOK},
		{name: "version -h", args: []string{"version", "-h"}, stderr: "usage: argmap version", code: ExitOK},
		{name: "check -h", args: []string{"check", "-h"}, stderr: "usage: argmap check FILE...", code: ExitOK},
		{name: "check bad flag", args: []string{"check", "-x", good}, stderr: "flag provided but not defined: -x", code: ExitUsage},
		{name: "check nothing", args: []string{"check"}, stderr: "no file to check", code: ExitUsage},
		{name: "check good", args: []string{"check", good}, stdout: "=", code: ExitOK},
		{name: "check warning", args: []string{"check", warn}, stdout: warn + ": map.claims[0]: warning: orphan", code: ExitOK},
		{name: "check invalid", args: []string{"check", invalid}, stdout: invalid + ": map.claims[0].text: ", code: ExitFail},
		{name: "check lists every problem", args: []string{"check", invalid}, stdout: "\n" + invalid + ": map.claims[1].text: ", code: ExitFail},
		{name: "check broken", args: []string{"check", broken}, stdout: broken + ": map.claims[0].id (line 1, column 62): expected string, got number", code: ExitFail},
		{name: "check newer", args: []string{"check", newer}, stdout: "made by a newer Argmap (format version 7); this one reads up to 3", code: ExitFail},
		{name: "check missing", args: []string{"check", missing}, stdout: "missing.json", code: ExitFail},
		{name: "check many", args: []string{"check", good, broken, warn}, stdout: warn + ": map.claims[0]: warning", code: ExitFail},
		{name: "sample", args: []string{"sample"}, stdout: "=" + string(assets.SampleMap), code: ExitOK},
		{name: "sample extra", args: []string{"sample", "x"}, stderr: "sample takes no arguments", code: ExitUsage},
		{name: "export", args: []string{"export", "-f", "json", good}, stdout: "=" + string(goodBytes), code: ExitOK},
		{name: "export -o", args: []string{"export", "-f", "json", "-o", out, good}, stdout: "=", wantFile: out, code: ExitOK},
		{name: "export no format", args: []string{"export", good}, stderr: "-f FORMAT is required (one of json", code: ExitUsage},
		{name: "export unknown format", args: []string{"export", "-f", "docx", good}, stderr: `unknown format "docx"; known formats: json`, code: ExitUsage},
		{name: "export no file", args: []string{"export", "-f", "json"}, stderr: "expected one FILE, got 0", code: ExitUsage},
		{name: "export broken", args: []string{"export", "-f", "json", broken}, stderr: "map.claims[0].id", code: ExitFail},
		{name: "export -h", args: []string{"export", "-h"}, stderr: "-o string", code: ExitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := testProgram().Run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout.String(), stderr.String())
			}
			if whole, ok := strings.CutPrefix(tc.stdout, "="); ok {
				if stdout.String() != whole {
					t.Errorf("stdout:\n%s\nwant:\n%s", stdout.String(), whole)
				}
			} else if !strings.Contains(stdout.String(), tc.stdout) {
				t.Errorf("stdout:\n%s\nwant it to contain %q", stdout.String(), tc.stdout)
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr:\n%s\nwant it to contain %q", stderr.String(), tc.stderr)
			}
			if tc.wantFile != "" {
				if data, err := os.ReadFile(tc.wantFile); err != nil || !bytes.Equal(data, goodBytes) {
					t.Errorf("%s holds %q (%v), want the exported map", tc.wantFile, data, err)
				}
			}
		})
	}
}

// TestEveryCommandHasHelp checks that -h works on every subcommand,
// including those other files add: exit 0 or a usage exit, a usage line,
// and no panic.
func TestEveryCommandHasHelp(t *testing.T) {
	t.Parallel()
	for _, name := range testProgram().Names() {
		var stdout, stderr bytes.Buffer
		code := testProgram().Run([]string{name, "-h"}, strings.NewReader(""), &stdout, &stderr)
		if code != ExitOK && code != ExitUsage {
			t.Errorf("%s -h: exit code %d", name, code)
		}
		if !strings.Contains(stderr.String()+stdout.String(), "usage") {
			t.Errorf("%s -h prints no usage:\n%s%s", name, stdout.String(), stderr.String())
		}
		if testProgram().Lookup(name).Summary == "" {
			t.Errorf("%s has no summary for help", name)
		}
	}
}
