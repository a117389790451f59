package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := testProgram().Run(args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

func TestGenThenLayout(t *testing.T) {
	t.Parallel()
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
	m, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Claims {
		c.Pos = argmap.Point{}
	}
	if data, err = native.Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(genPath, data, 0o644); err != nil {
		t.Fatal(err)
	}

	outPath := filepath.Join(dir, "laid.argmap.json")
	if code, _, errs := runCmd(t, "layout", "-o", outPath, genPath); code != ExitOK {
		t.Fatalf("layout: exit %d: %s", code, errs)
	}
	laid, err := native.ReadFile(outPath)
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
	t.Parallel()
	for _, args := range [][]string{
		{"layout"},
		{"layout", "-format", "svg", "x"},
		{"layout", "-aspect", "0", "x"},
		{"layout", "-aspect", "100", "x"},
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
	t.Parallel()
	for _, n := range testProgram().Names() {
		if n == "gen" {
			t.Error("gen is listed")
		}
	}
	if testProgram().Lookup("gen") == nil {
		t.Error("gen is not registered")
	}
}

// TestLayoutPlainWritesRoutes: `layout -format plain` writes each link as
// it is drawn: the points of its route as straight Bézier pieces (3k+1
// points), from the border of the premise's box to the border of the
// target's, bends and combs included, the same as layout.Draw's routes.
func TestLayoutPlainWritesRoutes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "bushy.argmap.json")
	ids := argmap.DeterministicIDs("bushy")
	m := argmap.New("bushy")
	root := &argmap.Claim{ID: ids(), Text: "root"}
	m.Claims = append(m.Claims, root)
	for i := 0; i < 6; i++ { // leaves enough for a comb
		c := &argmap.Claim{ID: ids(), Text: "leaf"}
		m.Claims = append(m.Claims, c)
		m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: root.ID, Polarity: argmap.Pro})
	}
	m.Reindex()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "layout", "-format", "plain", path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	type box struct{ x, y, w, h float64 }
	boxes := map[string]box{}
	edges := 0
	bent := 0
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) >= 6 && f[0] == "node":
			var b box
			for i, p := range []*float64{&b.x, &b.y, &b.w, &b.h} {
				*p = atof(t, f[2+i])
			}
			boxes[f[1]] = b
		case len(f) >= 4 && f[0] == "edge":
			edges++
			n := int(atof(t, f[3]))
			if n < 4 || (n-1)%3 != 0 || len(f) < 4+2*n {
				t.Fatalf("edge with %d points: %q", n, line)
			}
			var pts [][2]float64
			for k := 0; k < n; k += 3 {
				pts = append(pts, [2]float64{atof(t, f[4+2*k]), atof(t, f[5+2*k])})
			}
			if len(pts) > 2 {
				bent++
			}
			for _, end := range []struct {
				name string
				p    [2]float64
			}{{f[1], pts[0]}, {f[2], pts[len(pts)-1]}} {
				b := boxes[end.name]
				dx, dy := end.p[0]-b.x, end.p[1]-b.y
				onX := abs(abs(dx)-b.w/2) < 0.001 && abs(dy) <= b.h/2+0.001
				onY := abs(abs(dy)-b.h/2) < 0.001 && abs(dx) <= b.w/2+0.001
				if !onX && !onY {
					t.Errorf("edge %s → %s: end %v is not on the border of %s", f[1], f[2], end.p, end.name)
				}
			}
		}
	}
	if edges != 6 {
		t.Errorf("%d edge lines, want 6", edges)
	}
	if bent != 6 {
		t.Errorf("%d of 6 links of a comb drawn with bends, want all", bent)
	}
}

func atof(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return v
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// TestGenIsLaidOut: what `gen` writes opens as a map, not as a strip as
// wide as the tree's widest level (the generator's grid, kept with
// -layout=false for the benchmarks).
func TestGenIsLaidOut(t *testing.T) {
	t.Parallel()
	aspect := func(args ...string) float64 {
		t.Helper()
		path := filepath.Join(t.TempDir(), "g.argmap.json")
		if code, _, errs := runCmd(t, append(append([]string{"gen", "-n", "600"}, args...), "-o", path)...); code != ExitOK {
			t.Fatalf("gen %v: exit %d: %s", args, code, errs)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := native.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		minX, minY, maxX, maxY := m.Claims[0].Pos.X, m.Claims[0].Pos.Y, m.Claims[0].Pos.X, m.Claims[0].Pos.Y
		for _, c := range m.Claims {
			minX, minY, maxX, maxY = min(minX, c.Pos.X), min(minY, c.Pos.Y), max(maxX, c.Pos.X), max(maxY, c.Pos.Y)
		}
		return (maxX - minX) / (maxY - minY)
	}
	if a := aspect(); a > 4 {
		t.Errorf("gen: width:height %.1f, a strip", a)
	}
	if a := aspect("-layout=false"); a < 10 {
		t.Errorf("gen -layout=false: width:height %.1f, want the generator's wide grid", a)
	}
}
