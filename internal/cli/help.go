package cli

import (
	"fmt"
	"text/tabwriter"
)

var helpCmd = &Command{
	Name:    "help",
	Usage:   "help [SUBCOMMAND]",
	Summary: "list the subcommands, or describe one",
}

// PrintUsage writes the overview of the command line to env's standard
// output: how to start the app and every subcommand with its summary.
func PrintUsage(env *Env) {
	fmt.Fprint(env.Stdout, `Argmap maps the reasoning of an article: claims, the arguments for and
against them, and what still stands.

usage:
  argmap                 open the map editor on the sample map
  argmap FILE...         open maps in the editor
  argmap SUBCOMMAND ...  run a command-line tool

subcommands:
`)
	w := tabwriter.NewWriter(env.Stdout, 0, 8, 2, ' ', 0)
	for _, name := range env.prog.Names() {
		c := env.prog.Lookup(name)
		fmt.Fprintf(w, "  %s\t%s\n", c.Name, c.Summary)
	}
	w.Flush()
	fmt.Fprintln(env.Stdout, "\nRun `argmap SUBCOMMAND -h` for its flags.")
}

func runHelp(env *Env) int {
	fs := NewFlagSet(env, helpCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	switch fs.NArg() {
	case 0:
		PrintUsage(env)
		return ExitOK
	case 1:
		c := env.prog.Lookup(fs.Arg(0))
		if c == nil {
			return UsageError(env, fs, "unknown subcommand %q", fs.Arg(0))
		}
		// A subcommand's -h prints its usage and flags to standard error;
		// asked for with help, they are the output, and asking succeeded
		// whatever code the subcommand gives -h.
		env.prog.run(c, &Env{Args: []string{"-h"}, Stdin: env.Stdin, Stdout: env.Stdout, Stderr: env.Stdout})
		return ExitOK
	}
	return UsageError(env, fs, "help takes at most one subcommand")
}
