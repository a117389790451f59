// Command openbench measures the editor's start to its window against a
// peer: a minimal Fyne program with the same kinds of widgets in a window of
// the same size (peer.go), which is what Fyne and the GL driver cost on this
// machine on their own. It runs, interleaved so that a busy machine slows
// all alike,
//
//   - peer: the minimal Fyne program,
//   - sample: the editor on its sample map (no file named),
//   - 20k: the editor on a generated map of 20,000 claims (argmap-cli gen,
//     laid out),
//
// each under ARGMAP_START_PROFILE, which prints the CPU time (user +
// system) from the process's start to the shown window; and prints the
// medians and what the editor costs beyond the peer (app − peer). With
// -base BIN it also runs another build of the editor (main's, say) on the
// same maps in the same rounds, for a before and after.
//
// It needs a display (DISPLAY; Xvfb will do) and cgo for the editor's
// build. Usage, from the repository root:
//
//	Xvfb :92 -screen 0 1600x1000x24 & DISPLAY=:92 go run ./scripts/openbench [-n 5] [-claims 20000] [-base OLD-BINARY] [-keep DIR]
//
// -keep DIR keeps the profiles there (peer-N.prof, sample-N.prof,
// 20k-N.prof), for `go tool pprof -top`.
//
// With -idle SPAN it measures instead what each window costs doing
// nothing: every run waits -wait (5s) once its window is up, for the
// start's leftovers to finish, then takes the CPU time of SPAN under
// ARGMAP_IDLE_PROFILE (app/idleprofile.go; the peer does the same), and
// the table gives milliseconds of CPU per second of idling. -noprof
// measures without the CPU profile, whose own sampling costs a little.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"
)

func main() {
	asPeer := flag.String("peer", "", "run as the peer, writing its CPU profile to this file (used by the bench itself)")
	n := flag.Int("n", 5, "rounds (the median is printed)")
	claims := flag.Int("claims", 20000, "claims of the generated map")
	base := flag.String("base", "", "another editor binary to run on the same maps, for a before and after")
	keep := flag.String("keep", "", "a folder to keep the CPU profiles in")
	stay := flag.Bool("stay", false, "with -peer: keep the peer's window open, to look at it")
	idle := flag.Duration("idle", 0, "measure this span of an idle window instead of the start (CPU ms per second)")
	wait := flag.Duration("wait", 5*time.Second, "with -idle: how long to wait once the window is up before measuring")
	noProf := flag.Bool("noprof", false, "with -idle: measure without a CPU profile")
	flag.Parse()
	if *asPeer != "" {
		if *idle > 0 {
			peerIdle(*asPeer, *wait, *idle)
			return
		}
		peer(*asPeer, *stay)
		return
	}
	if *n < 1 || *claims < 1 {
		fail(fmt.Errorf("-n and -claims must be at least 1"))
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		fail(fmt.Errorf("no display: run under one, e.g. Xvfb :92 -screen 0 1600x1000x24 & DISPLAY=:92 go run ./scripts/openbench"))
	}
	dir, err := os.MkdirTemp("", "openbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	profDir := *keep
	if profDir == "" {
		profDir = dir
	} else if err := os.MkdirAll(profDir, 0o755); err != nil {
		fail(err)
	}
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	app := filepath.Join(dir, "argmap")
	cli := filepath.Join(dir, "argmap-cli")
	build(app, ".", true)
	build(cli, "./cmd/argmap-cli", false)
	big := filepath.Join(dir, fmt.Sprintf("gen%d.argmap.json", *claims))
	if out, err := exec.Command(cli, "gen", "-n", strconv.Itoa(*claims), "-o", big).CombinedOutput(); err != nil {
		fail(fmt.Errorf("argmap-cli gen: %v\n%s", err, out))
	}
	home := filepath.Join(dir, "home") // no preferences, recent files or recovery of the user's
	if err := os.MkdirAll(home, 0o755); err != nil {
		fail(err)
	}

	type run struct {
		name string
		bin  string
		args []string
		cpu  []float64
	}
	bigName := fmt.Sprintf("%dk", *claims/1000)
	runs := []*run{
		{name: "peer", bin: self},
		{name: "sample", bin: app},
		{name: bigName, bin: app, args: []string{big}},
	}
	if *base != "" {
		runs = append(runs,
			&run{name: "base sample", bin: *base},
			&run{name: "base " + bigName, bin: *base, args: []string{big}})
	}
	for i := range *n {
		for _, r := range runs {
			prof := filepath.Join(profDir, fmt.Sprintf("%s-%d.prof", filepath.Base(r.name), i))
			if *idle > 0 && *noProf {
				prof = "-"
			}
			if r.name == "peer" {
				r.args = []string{"-peer", prof}
				if *idle > 0 {
					r.args = append(r.args, "-idle", idle.String(), "-wait", wait.String())
				}
			}
			cmd := exec.Command(r.bin, r.args...)
			cmd.Env = append(os.Environ(), "HOME="+home, "LANG=C.UTF-8")
			if *idle > 0 {
				cmd.Env = append(cmd.Env, "ARGMAP_IDLE_PROFILE="+prof, "ARGMAP_IDLE_WAIT="+wait.String(), "ARGMAP_IDLE_SPAN="+idle.String())
			} else {
				cmd.Env = append(cmd.Env, "ARGMAP_START_PROFILE="+prof)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				fail(fmt.Errorf("%s: %v\n%s", r.name, err, stderr.Bytes()))
			}
			ms, err := startCPU(stderr.Bytes(), *idle > 0)
			if err != nil {
				fail(fmt.Errorf("%s: %v", r.name, err))
			}
			r.cpu = append(r.cpu, ms)
		}
	}
	floor := median(runs[0].cpu)
	if *idle > 0 {
		fmt.Printf("idle window, CPU ms per second (user + system) over %v after %v, %d interleaved rounds\n", *idle, *wait, *n)
	} else {
		fmt.Printf("start to window, CPU ms (user + system), %d interleaved rounds\n", *n)
	}
	fmt.Printf("%-14s %8s %8s %8s %12s\n", "run", "median", "min", "max", "app − peer")
	for _, r := range runs {
		m := median(r.cpu)
		lo, hi := r.cpu[0], r.cpu[len(r.cpu)-1]
		prec := 0
		if *idle > 0 {
			prec = 1
		}
		d := fmt.Sprintf("%.*f", prec, m-floor)
		if r.name == "peer" {
			d = ""
		}
		fmt.Printf("%-14s %8.*f %8.*f %8.*f %12s\n", r.name, prec, m, prec, lo, prec, hi, d)
	}
}

func build(out, pkg string, cgo bool) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	if !cgo {
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		fail(fmt.Errorf("go build %s: %v\n%s", pkg, err, b))
	}
}

var (
	startLine = regexp.MustCompile(`start to window: ([0-9.]+) ms CPU`)
	idleLine  = regexp.MustCompile(`idle: ([0-9.]+) ms CPU per second`)
)

// startCPU finds the start-to-window figure (or with idle, the idle one)
// in what a run printed.
func startCPU(stderr []byte, idle bool) (float64, error) {
	re, what := startLine, "start to window"
	if idle {
		re, what = idleLine, "idle"
	}
	m := re.FindSubmatch(stderr)
	if m == nil {
		return 0, fmt.Errorf("no %q line in its output:\n%s", what, stderr)
	}
	return strconv.ParseFloat(string(m[1]), 64)
}

// median sorts d and returns its middle value.
func median(d []float64) float64 {
	sort.Float64s(d)
	return d[len(d)/2]
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "openbench:", err)
	os.Exit(1)
}
