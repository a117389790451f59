package cli

import (
	"fmt"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

var releaseCmd = &Command{
	Name:    "release",
	Usage:   "release [-o OUT] FILE",
	Summary: "make every private (rubric) comment of a native map public, writing it to OUT (saved atomically; may be FILE) or standard output",
}

// runRelease is Edit › Release Private Comments for a class of files: a
// teacher grades privately, then releases every student's comments at once.
func runRelease(env *Env) int {
	fs := NewFlagSet(env, releaseCmd)
	out := fs.String("o", "", "the file to write (default: standard output)")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 1 {
		return UsageError(env, fs, "expected one FILE, got %d", fs.NArg())
	}
	m, from, err := env.Formats.Load(fs.Arg(0))
	if err != nil {
		env.Errorf("release", "%v", err)
		return ExitFail
	}
	if !from.KeepsPrivate {
		env.Errorf("release", "%s: a %s file holds no private comments; only Argmap maps do", fs.Arg(0), from.Title)
		return ExitFail
	}
	n := 0
	for _, c := range m.Claims {
		n += countPrivate(c.Comments)
	}
	for _, a := range m.Arguments {
		n += countPrivate(a.Comments)
	}
	if e := argmap.ReleasePrivate(m); e != nil {
		if err := e.Apply(m); err != nil {
			env.Errorf("release", "%v", err)
			return ExitFail
		}
	}
	data, err := native.Encode(m)
	if err == nil {
		err = env.writeOutput(*out, data)
	}
	if err != nil {
		env.Errorf("release", "%v", err)
		return ExitFail
	}
	fmt.Fprintf(env.Stderr, "argmap release: %d private comment(s) released\n", n)
	return ExitOK
}

func countPrivate(cs []argmap.Comment) int {
	n := 0
	for _, c := range cs {
		if c.Private {
			n++
		}
	}
	return n
}
