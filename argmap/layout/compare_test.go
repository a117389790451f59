package layout

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/google/uuid"
)

// TestCompareGraphviz lays out generated maps and the corpus maps of 20
// claims or more with this package and with Graphviz's dot (on DOT's
// output: the same boxes and gaps) and prints, for both, the width:height,
// the crossings of the links as drawn (our routes; dot's splines, sampled)
// and the CPU time. It runs only when LAYOUTBENCH is set
// (scripts/layoutbench.sh sets it):
//
//	LAYOUTBENCH_SIZES=1000,5000   generated map sizes
//	LAYOUTBENCH_DOTMAX=5000       skip dot above this size (it takes minutes)
//	LAYOUTBENCH_SEED=1
//	LAYOUTBENCH_CORPUS=1          the corpus maps too
//	LAYOUTBENCH_CACHE=DIR         keep dot's output there and reuse it
//
// Where dot is at least as good as ours on a generated map, the test fails.
func TestCompareGraphviz(t *testing.T) {
	t.Parallel()
	if os.Getenv("LAYOUTBENCH") == "" {
		t.Skip("set LAYOUTBENCH=1 (or run scripts/layoutbench.sh) to compare with Graphviz")
	}
	sizes := envInts("LAYOUTBENCH_SIZES", []int{1000, 5000})
	dotMax := envInts("LAYOUTBENCH_DOTMAX", []int{5000})[0]
	seed := int64(envInts("LAYOUTBENCH_SEED", []int{1})[0])
	dotPath, dotErr := exec.LookPath("dot")
	type entry struct {
		name string
		m    *argmap.Map
		gen  bool
	}
	var maps []entry
	for _, n := range sizes {
		maps = append(maps, entry{fmt.Sprintf("gen -n %d -seed %d", n, seed), gen.Tree(n, seed), true})
	}
	if os.Getenv("LAYOUTBENCH_CORPUS") != "" {
		for _, path := range corpusMaps(t) {
			if m, _, err := loadMap(path); err == nil && len(m.Claims) >= 20 {
				maps = append(maps, entry{strings.TrimPrefix(path, "../../../shared/corpus/"), m, false})
			}
		}
	}
	var table bytes.Buffer
	fmt.Fprintf(&table, "| map | claims | links | ours aspect | ours crossings | ours CPU | dot aspect | dot crossings | dot CPU |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, e := range maps {
		m := e.m
		size := EstimateSize(m)
		cpu0 := cpuTime(false)
		d := Draw(m, size, Options{})
		oursCPU := cpuTime(false) - cpu0
		if bad := overlapping(m, d.Pos, size); bad != "" {
			t.Errorf("%s: %s", e.name, bad)
		}
		oursA, _, _ := aspectOf(m, d.Pos, size)
		oursX := CrossingsOf(d.Routes)
		dotA, dotX, dotCPU := "-", "-", "skipped"
		if dotErr == nil && len(m.Claims) <= dotMax {
			c0 := cpuTime(true)
			out, cached, err := runDot(dotPath, m, size, e.name)
			if err != nil {
				t.Fatalf("%s: dot: %v", e.name, err)
			}
			pos, routes, err := parsePlainDrawing(out)
			if err != nil {
				t.Fatalf("%s: dot output: %v", e.name, err)
			}
			a, _, _ := aspectOf(m, pos, size)
			x := CrossingsOf(routes)
			dotA, dotX = fmt.Sprintf("%.2f", a), strconv.Itoa(x)
			dotCPU = (cpuTime(true) - c0).Round(time.Millisecond).String()
			if cached != "" {
				dotCPU = cached
			}
			if e.gen && oursX > x {
				t.Errorf("%s: %d crossings, dot %d", e.name, oursX, x)
			}
		}
		fmt.Fprintf(&table, "| %s | %d | %d | %.2f | %d | %s | %s | %s | %s |\n", e.name, len(m.Claims), len(d.Routes), oursA, oursX,
			oursCPU.Round(time.Millisecond), dotA, dotX, dotCPU)
	}
	t.Logf("seed %d\n%s", seed, table.String())
}

// runDot lays the map out with `dot -Tplain` and returns its output; with
// LAYOUTBENCH_CACHE set, a saved output for the same input is reused
// (cached then says the CPU time it took).
func runDot(dot string, m *argmap.Map, size SizeFunc, name string) (out []byte, cached string, err error) {
	in := DOT(m, size, Options{})
	dir := os.Getenv("LAYOUTBENCH_CACHE")
	key := ""
	if dir != "" {
		key = filepath.Join(dir, fmt.Sprintf("%x", sha256.Sum256(in)))
		if data, err := os.ReadFile(key + ".plain"); err == nil {
			took, _ := os.ReadFile(key + ".cpu")
			return data, strings.TrimSpace(string(took)) + " (saved)", nil
		}
	}
	cmd := exec.Command(dot, "-Tplain")
	cmd.Stdin = bytes.NewReader(in)
	var outb, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outb, &errb
	c0 := cpuTime(true)
	if err := cmd.Run(); err != nil {
		return nil, "", fmt.Errorf("%v: %s", err, errb.String())
	}
	if key != "" {
		_ = os.WriteFile(key+".plain", outb.Bytes(), 0o644)
		_ = os.WriteFile(key+".cpu", []byte((cpuTime(true) - c0).Round(time.Millisecond).String()), 0o644)
	}
	return outb.Bytes(), "", nil
}

// parsePlainDrawing reads Graphviz plain output: node centres (map units, y
// down) and each edge as drawn, its B-spline sampled into a polyline.
func parsePlainDrawing(data []byte) (map[argmap.ID]argmap.Point, []Route, error) {
	pos, err := parsePlain(data)
	if err != nil {
		return nil, nil, err
	}
	var routes []Route
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || f[0] != "edge" {
			continue
		}
		from, err1 := uuid.Parse(strings.Trim(f[1], `"`))
		to, err2 := uuid.Parse(strings.Trim(f[2], `"`))
		n, err3 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || err3 != nil || len(f) < 4+2*n {
			return nil, nil, fmt.Errorf("bad edge line %q", sc.Text())
		}
		ctl := make([]argmap.Point, n)
		for k := range ctl {
			x, _ := strconv.ParseFloat(f[4+2*k], 64)
			y, _ := strconv.ParseFloat(f[5+2*k], 64)
			ctl[k] = argmap.Point{X: x * pointsPerInch, Y: -y * pointsPerInch}
		}
		pts := []argmap.Point{ctl[0]}
		for k := 0; k+3 < len(ctl); k += 3 {
			p0, p1, p2, p3 := ctl[k], ctl[k+1], ctl[k+2], ctl[k+3]
			for s := 1; s <= 8; s++ {
				u := float64(s) / 8
				a, b, c, d := (1-u)*(1-u)*(1-u), 3*u*(1-u)*(1-u), 3*u*u*(1-u), u*u*u
				pts = append(pts, argmap.Point{X: a*p0.X + b*p1.X + c*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
			}
		}
		routes = append(routes, Route{Link: Link{From: from, To: to}, Points: pts})
	}
	return pos, routes, sc.Err()
}

// dotPositions lays the map out with dot, in map units with y down.
func dotPositions(m *argmap.Map, size SizeFunc) (map[argmap.ID]argmap.Point, error) {
	cmd := exec.Command("dot", "-Tplain")
	cmd.Stdin = bytes.NewReader(DOT(m, size, Options{}))
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	return parsePlain(out)
}

// parsePlain reads the node centres of Graphviz plain output, in points.
func parsePlain(data []byte) (map[argmap.ID]argmap.Point, error) {
	pos := map[argmap.ID]argmap.Point{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || f[0] != "node" {
			continue
		}
		id, err := uuid.Parse(strings.Trim(f[1], `"`))
		if err != nil {
			return nil, fmt.Errorf("node %s: %v", f[1], err)
		}
		x, err1 := strconv.ParseFloat(f[2], 64)
		y, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("node %s: bad position", f[1])
		}
		pos[id] = argmap.Point{X: x * pointsPerInch, Y: -y * pointsPerInch}
	}
	return pos, sc.Err()
}

func envInts(name string, def []int) []int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	var out []int
	for _, s := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err == nil {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return def
	}
	return out
}

// overlapping names the first two cards that overlap, or returns "".
func overlapping(m *argmap.Map, pos map[argmap.ID]argmap.Point, size SizeFunc) string {
	p := newPlacer(-1e-6)
	for _, c := range m.Claims {
		w, h := size(c.ID)
		at := pos[c.ID]
		if hit := p.hits(p.box(at, positive(w), positive(h)), nil); len(hit) > 0 {
			return fmt.Sprintf("claim %q at %v overlaps another card", c.Text, at)
		}
		p.add(at, positive(w), positive(h))
	}
	return ""
}
