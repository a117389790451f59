package layout

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/google/uuid"
)

// TestCompareGraphviz lays out generated maps with this package and with
// Graphviz's dot and prints time and crossings of both. It runs only when
// LAYOUTBENCH is set (scripts/layoutbench.sh sets it):
//
//	LAYOUTBENCH_SIZES=1000,5000,20000  map sizes
//	LAYOUTBENCH_DOTMAX=5000            skip dot above this size (it takes minutes)
//	LAYOUTBENCH_SEED=1
func TestCompareGraphviz(t *testing.T) {
	if os.Getenv("LAYOUTBENCH") == "" {
		t.Skip("set LAYOUTBENCH=1 (or run scripts/layoutbench.sh) to compare with Graphviz")
	}
	sizes := envInts("LAYOUTBENCH_SIZES", []int{1000, 5000, 20000})
	dotMax := envInts("LAYOUTBENCH_DOTMAX", []int{5000})[0]
	seed := int64(envInts("LAYOUTBENCH_SEED", []int{1})[0])
	dotPath, dotErr := exec.LookPath("dot")
	var table bytes.Buffer
	fmt.Fprintf(&table, "| claims | links | ours wall | ours CPU | ours crossings | dot wall | dot CPU | dot crossings |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, n := range sizes {
		m := gen.Tree(n, seed)
		size := EstimateSize(m)
		links := Links(m)
		start, cpu0 := time.Now(), cpuTime(false)
		pos := Layout(m, size, Options{})
		ours, oursCPU := time.Since(start), cpuTime(false)-cpu0
		if bad := overlapping(m, pos, size); bad != "" {
			t.Errorf("n=%d: %s", n, bad)
		}
		oursX := Crossings(links, pos)
		dotTime, dotCPU, dotX := "skipped", "-", "-"
		if dotErr == nil && n <= dotMax {
			c0 := cpuTime(true)
			d, x, err := runDot(dotPath, m, size, links)
			if err != nil {
				t.Fatalf("n=%d: dot: %v", n, err)
			}
			dotTime, dotX = d.Round(time.Millisecond).String(), strconv.Itoa(x)
			dotCPU = (cpuTime(true) - c0).Round(time.Millisecond).String()
		}
		fmt.Fprintf(&table, "| %d | %d | %s | %s | %d | %s | %s | %s |\n", n, len(links), ours.Round(time.Millisecond),
			oursCPU.Round(time.Millisecond), oursX, dotTime, dotCPU, dotX)
	}
	t.Logf("seed %d\n%s", seed, table.String())
}

// runDot lays the map out with `dot -Tplain` and counts the crossings of
// straight lines between the centres it gives.
func runDot(dot string, m *argmap.Map, size SizeFunc, links []Link) (time.Duration, int, error) {
	in := DOT(m, size, Options{})
	cmd := exec.Command(dot, "-Tplain")
	cmd.Stdin = bytes.NewReader(in)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%v: %s", err, errb.String())
	}
	took := time.Since(start)
	pos, err := parsePlain(out.Bytes())
	if err != nil {
		return 0, 0, err
	}
	return took, Crossings(links, pos), nil
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
