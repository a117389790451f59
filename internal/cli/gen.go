package cli

import (
	"flag"
	"fmt"

	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
)

var genCmd = &Command{
	Name:    "gen",
	Usage:   "gen [-n CLAIMS] [-seed S] [-layout=false] [-o OUT]",
	Summary: "write a generated tree-like map (for benchmarks and screenshots)",
	Hidden:  true,
}

func runGen(env *Env) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	n := fs.Int("n", 200, "number of claims")
	seed := fs.Int64("seed", 1, "seed: the same seed gives the same map")
	tidy := fs.Bool("layout", true, "lay the map out as `argmap layout` does; false keeps the generator's coarse grid by depth (a strip as wide as the widest level), which the benchmarks use")
	out := fs.String("o", "", "write to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: argmap gen [-n CLAIMS] [-seed S] [-layout=false] [-o OUT]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(env.Args); err != nil {
		return ExitUsage
	}
	if fs.NArg() != 0 || *n < 1 || *n > 1_000_000 {
		fs.Usage()
		return ExitUsage
	}
	m := gen.Tree(*n, *seed)
	if *tidy {
		// What a user opens should show as a map, not as a strip 200,000
		// points wide at 2,000 claims.
		edit, _ := layout.TidyRoutes(m, layout.EstimateSize(m), layout.Options{})
		if err := edit.Apply(m); err != nil {
			env.Errorf("gen", "%v", err)
			return ExitFail
		}
	}
	data, err := native.Encode(m)
	if err != nil {
		env.Errorf("gen", "%v", err)
		return ExitFail
	}
	return writeOut(env, "gen", *out, data)
}
