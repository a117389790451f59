package cli

import (
	"github.com/argmap/argmap/assets"
)

var sampleCmd = &Command{
	Name:    "sample",
	Usage:   "sample [-round]",
	Summary: "write the embedded sample map (the article's reasoning), or with -round the sample debate round, to standard output",
}

func runSample(env *Env) int {
	fs := NewFlagSet(env, sampleCmd)
	round := fs.Bool("round", false, "the sample debate round (British Parliamentary, decided by a dropped argument) instead")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 0 {
		return UsageError(env, fs, "sample takes no arguments")
	}
	data := assets.SampleMap
	if *round {
		data = assets.SampleRound
	}
	if _, err := env.Stdout.Write(data); err != nil {
		env.Errorf("sample", "%v", err)
		return ExitFail
	}
	return ExitOK
}
