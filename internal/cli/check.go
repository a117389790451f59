package cli

import (
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

func init() {
	checkCmd.Run = runCheck
	Register(checkCmd)
}

// loadUnvalidated reads a map like formats.Load, but lets a map with
// Validate errors through: check reports every problem, one per line, where
// Load would refuse the map with the errors run together.
func loadUnvalidated(path string) (*argmap.Map, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > formats.MaxFileSize {
		return nil, fmt.Errorf("%s: the file is %d MB; the limit is %d MB", path, st.Size()>>20, formats.MaxFileSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := formats.Detect(path, data)
	if f == nil {
		return nil, fmt.Errorf("%s: not a map in any format Argmap reads", path)
	}
	m, err := f.Decode(data)
	if err == nil {
		err = argmap.CheckLimits(m)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", path, f.Title, err)
	}
	return m, nil
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
		m, err := loadUnvalidated(path)
		if err != nil {
			// The errors start with the path.
			fmt.Fprintln(env.Stdout, err)
			code = ExitFail
			continue
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
