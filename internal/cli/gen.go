package cli

import (
	"flag"
	"fmt"

	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/native"
)

var genCmd = &Command{
	Name:    "gen",
	Usage:   "gen [-n CLAIMS] [-seed S] [-o OUT]",
	Summary: "write a generated tree-like map (for benchmarks and screenshots)",
	Hidden:  true,
}

func runGen(env *Env) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	n := fs.Int("n", 200, "number of claims")
	seed := fs.Int64("seed", 1, "seed: the same seed gives the same map")
	out := fs.String("o", "", "write to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: argmap gen [-n CLAIMS] [-seed S] [-o OUT]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(env.Args); err != nil {
		return ExitUsage
	}
	if fs.NArg() != 0 || *n < 1 || *n > 1_000_000 {
		fs.Usage()
		return ExitUsage
	}
	data, err := native.Encode(gen.Tree(*n, *seed))
	if err != nil {
		env.Errorf("gen", "%v", err)
		return ExitFail
	}
	return writeOut(env, "gen", *out, data)
}
