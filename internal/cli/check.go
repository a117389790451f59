package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
)

var checkCmd = &Command{
	Name:    "check",
	Usage:   "check FILE...",
	Summary: "validate maps: print each problem as FILE: place: message; exit 1 if any map has errors (warnings are allowed)",
}

func runCheck(env *Env) int {
	fs := NewFlagSet(env, checkCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() == 0 {
		return UsageError(env, fs, "no file to check")
	}
	code := ExitOK
	for _, path := range fs.Args() {
		m, f, err := env.Formats.Load(path)
		var invalid *formats.InvalidError
		if errors.As(err, &invalid) {
			// A map that decoded: list all its problems, warnings too.
			for _, p := range invalid.Problems {
				fmt.Fprintf(env.Stdout, "%s: %s\n", path, p)
			}
			code = ExitFail
			continue
		}
		if err != nil {
			// Load's errors start with the path.
			fmt.Fprintln(env.Stdout, err)
			code = ExitFail
			continue
		}
		// What the import worked around (dropped nodes and the like), each
		// with its place, not only the summary in meta.source.
		if f != nil && f.Warnings != nil {
			if data, err := os.ReadFile(path); err == nil {
				for _, w := range f.Warnings(data) {
					fmt.Fprintf(env.Stdout, "%s: %s: import warning: %s\n", path, f.Name, w)
				}
			}
		}
		problems := argmap.Validate(m)
		for _, p := range problems {
			fmt.Fprintf(env.Stdout, "%s: %s\n", path, p)
		}
		if problems.HasErrors() {
			code = ExitFail
		}
	}
	return code
}
