// Command startbench measures what a command-line start costs: the CPU time
// (user + system, from the kernel's accounting of the child) of `version`
// and of `check` on the sample map, median of runs, for
//
//   - argmap-cli, the light command line (built with CGO_ENABLED=0, as the
//     README builds it),
//   - argmap-cli-full, which it runs for the commands that draw, print or
//     serve,
//   - argmap, the editor's binary (with cgo, as it must be), and
//   - hello, a Go program that prints one line: the floor a Go process
//     costs on this machine, measured in the same run.
//
// The runs are interleaved (one of each in turn), so that a busy machine
// slows all of them alike. Usage, from the repository root:
//
//	go run ./scripts/startbench [-n 5] [-gui=false] [-base OLD-ARGMAP-CLI]
//
// -base names another build of the light command line (main's, say), run
// in the same rounds as "base", for a before and after. -inittrace lists
// instead what each package's initialiser costs in the light binary's
// `version` (GODEBUG=inittrace=1, the least of -n runs), ours marked;
// internal/godebug's share there is the trace's own (GODEBUG is set).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"
)

const hello = `package main

import "os"

func main() { os.Stdout.WriteString("hello\n") }
`

func main() {
	n := flag.Int("n", 5, "runs of each command (the median is printed)")
	gui := flag.Bool("gui", true, "measure the editor's binary too (its build needs cgo and Fyne's system packages)")
	base := flag.String("base", "", "another argmap-cli binary to measure in the same rounds (a before and after)")
	initTrace := flag.Bool("inittrace", false, "list the light binary's package initialisers and their cost instead")
	flag.Parse()
	if *base != "" {
		abs, err := filepath.Abs(*base)
		if err != nil {
			fail(err)
		}
		*base = abs
	}
	dir, err := os.MkdirTemp("", "startbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "hello.go"), []byte(hello), 0o644); err != nil {
		fail(err)
	}
	type bin struct {
		name, pkg string
		cgo       bool
	}
	bins := []bin{
		{"hello", filepath.Join(dir, "hello.go"), false},
		{"argmap-cli", "./cmd/argmap-cli", false},
		{"argmap-cli-full", "./cmd/argmap-cli-full", false},
	}
	if *gui {
		bins = append(bins, bin{"argmap", ".", true})
	}
	for _, b := range bins {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, b.name), b.pkg)
		if !b.cgo {
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			fail(fmt.Errorf("go build %s: %v\n%s", b.pkg, err, out))
		}
	}
	if *initTrace {
		inittrace(filepath.Join(dir, "argmap-cli"), []string{"version"}, *n, "github.com/argmap/argmap/")
		return
	}
	sample := filepath.Join(dir, "sample.argmap.json")
	out, err := exec.Command(filepath.Join(dir, "argmap-cli"), "sample").Output()
	if err != nil {
		fail(fmt.Errorf("argmap-cli sample: %v", err))
	}
	if err := os.WriteFile(sample, out, 0o644); err != nil {
		fail(err)
	}
	type run struct {
		bin  string
		args []string
		cpu  []time.Duration
	}
	runs := []*run{{bin: "hello"}}
	names := []string{}
	for _, b := range bins[1:] {
		names = append(names, b.name)
	}
	if *base != "" {
		names = append([]string{"base"}, names...)
	}
	for _, b := range names {
		for _, args := range [][]string{{"version"}, {"check", sample}} {
			runs = append(runs, &run{bin: b, args: args})
		}
	}
	for i := 0; i < *n; i++ {
		for _, r := range runs {
			path := filepath.Join(dir, r.bin)
			if r.bin == "base" {
				path = *base
			}
			cmd := exec.Command(path, r.args...)
			if err := cmd.Run(); err != nil {
				fail(fmt.Errorf("%s %v: %v", r.bin, r.args, err))
			}
			r.cpu = append(r.cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		}
	}
	median := func(d []time.Duration) float64 {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return float64(d[len(d)/2].Microseconds()) / 1000
	}
	floor := median(runs[0].cpu)
	fmt.Printf("%-16s %-8s %8s %8s   (CPU ms, median of %d; min)\n", "binary", "command", "median", "-hello", *n)
	for _, r := range runs {
		name := ""
		if len(r.args) > 0 {
			name = r.args[0]
		}
		m := median(r.cpu)
		fmt.Printf("%-16s %-8s %8.1f %8.1f   (%.1f)\n", r.bin, name, m, m-floor, float64(r.cpu[0].Microseconds())/1000)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "startbench:", err)
	os.Exit(1)
}
