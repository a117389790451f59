package cli

import (
	"github.com/argmap/argmap/assets"
)

var sampleCmd = &Command{
	Name:    "sample",
	Usage:   "sample",
	Summary: "write the embedded sample map (the article's reasoning) to standard output",
}

func init() {
	sampleCmd.Run = runSample
	Register(sampleCmd)
}

func runSample(env *Env) int {
	fs := NewFlagSet(env, sampleCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 0 {
		return UsageError(env, fs, "sample takes no arguments")
	}
	if _, err := env.Stdout.Write(assets.SampleMap); err != nil {
		env.Errorf("sample", "%v", err)
		return ExitFail
	}
	return ExitOK
}
