package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
)

// initCost is what one package's initialiser cost, as GODEBUG=inittrace=1
// prints it: the least clock time over the runs (a busy machine only
// adds), and the bytes and allocations (the same every run).
type initCost struct {
	pkg    string
	ms     float64
	bytes  int
	allocs int
}

// inittrace runs bin with args n times under GODEBUG=inittrace=1 and
// prints each package's initialiser, costliest first, marking the
// module's own (prefix), with the sums.
func inittrace(bin string, args []string, n int, prefix string) {
	costs := map[string]*initCost{}
	for range n {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			fail(fmt.Errorf("%s %v: %v", bin, args, err))
		}
		for _, line := range strings.Split(stderr.String(), "\n") {
			c, ok := parseInit(line)
			if !ok {
				continue
			}
			if old := costs[c.pkg]; old == nil || c.ms < old.ms {
				costs[c.pkg] = &c
			}
		}
	}
	list := make([]*initCost, 0, len(costs))
	var all, ours float64
	for _, c := range costs {
		list = append(list, c)
		all += c.ms
		if strings.HasPrefix(c.pkg, prefix) {
			ours += c.ms
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ms > list[j].ms })
	fmt.Printf("package initialisers of %s %s, least of %d runs: %.3f ms in %d packages, ours %.3f ms\n",
		"argmap-cli", strings.Join(args, " "), n, all, len(list), ours)
	for _, c := range list {
		mark := " "
		if strings.HasPrefix(c.pkg, prefix) {
			mark = "*"
		}
		fmt.Printf("%s %7.3f ms %8d B %5d allocs  %s\n", mark, c.ms, c.bytes, c.allocs, c.pkg)
	}
}

// parseInit reads a line such as
// "init regexp @2.5 ms, 0.012 ms clock, 2344 bytes, 6 allocs".
func parseInit(line string) (initCost, bool) {
	f := strings.Fields(line)
	if len(f) != 11 || f[0] != "init" || f[6] != "clock," {
		return initCost{}, false
	}
	ms, err1 := strconv.ParseFloat(f[4], 64)
	b, err2 := strconv.Atoi(f[7])
	a, err3 := strconv.Atoi(f[9])
	if err1 != nil || err2 != nil || err3 != nil {
		return initCost{}, false
	}
	return initCost{pkg: f[1], ms: ms, bytes: b, allocs: a}, true
}
