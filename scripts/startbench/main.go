// Command startbench measures what a command-line start costs: the CPU time
// (user + system, from the kernel's accounting of the child) of
// `argmap version` and `argmap check` on the sample map, for the editor's
// binary (`argmap`, which links Fyne) and for the command-line binary
// (`argmap-cli`), median of runs. Usage, from the repository root:
//
//	go run ./scripts/startbench [-n 5]
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

func main() {
	n := flag.Int("n", 5, "runs of each command (the median is printed)")
	flag.Parse()
	dir, err := os.MkdirTemp("", "startbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	bins := []struct{ name, pkg string }{{"argmap", "."}, {"argmap-cli", "./cmd/argmap-cli"}}
	for _, b := range bins {
		if out, err := exec.Command("go", "build", "-o", filepath.Join(dir, b.name), b.pkg).CombinedOutput(); err != nil {
			fail(fmt.Errorf("go build %s: %v\n%s", b.pkg, err, out))
		}
	}
	sample := filepath.Join(dir, "sample.argmap.json")
	out, err := exec.Command(filepath.Join(dir, "argmap-cli"), "sample").Output()
	if err != nil {
		fail(fmt.Errorf("argmap-cli sample: %v", err))
	}
	if err := os.WriteFile(sample, out, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%-12s %-8s %s\n", "binary", "command", fmt.Sprintf("CPU ms (median of %d)", *n))
	for _, b := range bins {
		for _, args := range [][]string{{"version"}, {"check", sample}} {
			var cpu []time.Duration
			for i := 0; i < *n; i++ {
				cmd := exec.Command(filepath.Join(dir, b.name), args...)
				if err := cmd.Run(); err != nil {
					fail(fmt.Errorf("%s %v: %v", b.name, args, err))
				}
				cpu = append(cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			}
			sort.Slice(cpu, func(i, j int) bool { return cpu[i] < cpu[j] })
			fmt.Printf("%-12s %-8s %.1f\n", b.name, args[0], float64(cpu[len(cpu)/2].Microseconds())/1000)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "startbench:", err)
	os.Exit(1)
}
