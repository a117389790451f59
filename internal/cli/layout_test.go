package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

func TestGenThenLayout(t *testing.T) {
	dir := t.TempDir()
	genPath := filepath.Join(dir, "g.argmap.json")
	if code, _, errs := runCmd(t, "gen", "-n", "120", "-seed", "4", "-o", genPath); code != ExitOK {
		t.Fatalf("gen: exit %d: %s", code, errs)
	}
	// An import has no positions: zero them, as an importer leaves them.
	data, err := os.ReadFile(genPath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := argmap.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Claims {
		c.Pos = argmap.Point{}
	}
	if data, err = argmap.Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(genPath, data, 0o644); err != nil {
		t.Fatal(err)
	}

	outPath := filepath.Join(dir, "laid.argmap.json")
	if code, _, errs := runCmd(t, "layout", "-o", outPath, genPath); code != ExitOK {
		t.Fatalf("layout: exit %d: %s", code, errs)
	}
	laid, err := argmap.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if layout.NeedsLayout(laid) {
		t.Fatal("the laid-out map still has no positions")
	}
	if len(laid.Claims) != 120 {
		t.Fatalf("%d claims, want 120", len(laid.Claims))
	}

	code, out, errs := runCmd(t, "layout", "-format", "plain", genPath)
	if code != ExitOK {
		t.Fatalf("layout -format plain: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "graph 1 ") || lines[len(lines)-1] != "stop" {
		t.Fatalf("not Graphviz plain: first %q, last %q", lines[0], lines[len(lines)-1])
	}
	nodes := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "node ") {
			nodes++
		}
	}
	if nodes != 120 {
		t.Errorf("%d node lines, want 120", nodes)
	}
}

func TestLayoutUsage(t *testing.T) {
	for _, args := range [][]string{
		{"layout"},
		{"layout", "-format", "svg", "x"},
		{"gen", "extra"},
		{"gen", "-n", "0"},
	} {
		if code, _, _ := runCmd(t, args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	if code, _, errs := runCmd(t, "layout", filepath.Join(t.TempDir(), "missing.json")); code != ExitFail || errs == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

func TestGenIsHidden(t *testing.T) {
	for _, n := range Names() {
		if n == "gen" {
			t.Error("gen is listed")
		}
	}
	if Lookup("gen") == nil {
		t.Error("gen is not registered")
	}
}
