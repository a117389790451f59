package cli

import (
	"errors"
	"flag"
	"fmt"
)

// NewFlagSet returns a flag set for the subcommand c that reports to the
// env's standard error and never exits the process. Its usage message is
// the command's usage line, its summary and its flags.
func NewFlagSet(env *Env, c *Command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: argmap %s\n\n%s\n", c.Usage, c.Summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(env.Stderr, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// ParseFlags parses args into fs. When it returns done, the command should
// return code at once: ExitOK after -h (help was asked for), ExitUsage
// after a bad flag (the flag package has printed why and the usage).
func ParseFlags(fs *flag.FlagSet, args []string) (code int, done bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return ExitOK, false
	case errors.Is(err, flag.ErrHelp):
		return ExitOK, true
	}
	return ExitUsage, true
}

// UsageError prints a message and the command's usage, and returns
// ExitUsage.
func UsageError(env *Env, fs *flag.FlagSet, format string, a ...any) int {
	env.Errorf(fs.Name(), format, a...)
	fs.Usage()
	return ExitUsage
}
