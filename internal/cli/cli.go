// Package cli is Argmap's command line: `argmap SUBCOMMAND [flags] ARGS`.
// Each subcommand lives in a file of its own and registers itself in init,
// so that subcommands are added without touching the others.
package cli

import (
	"fmt"
	"io"
	"sort"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
)

// Exit codes shared by all subcommands.
const (
	ExitOK    = 0 // success
	ExitFail  = 1 // the check failed, the maps differ, the input is bad
	ExitUsage = 2 // the command line itself is wrong
)

// Env is what a subcommand may touch: its arguments, standard streams and
// the formats the program reads and writes.
type Env struct {
	Args    []string // the arguments after the subcommand's name
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
	Formats *formats.Set // built by main (see formats.Builtin)
	// Mint gives what a command creates its IDs and time stamps; the zero
	// Mint draws random IDs and reads the system clock, tests fix both.
	Mint argmap.Mint
}

// Command is one subcommand.
type Command struct {
	Name    string
	Usage   string // one line: "check FILE..."
	Summary string // one line for `argmap help`
	Run     func(env *Env) int
	// Hidden commands (tools for developers) run but are not listed.
	Hidden bool
}

var commands = map[string]*Command{}

// Register adds a subcommand. It is called from init functions.
func Register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: subcommand registered twice: " + c.Name)
	}
	commands[c.Name] = c
}

// Lookup returns the subcommand with the given name, or nil.
func Lookup(name string) *Command { return commands[name] }

// Names lists the subcommands that are not hidden, in alphabetical order.
func Names() []string {
	names := make([]string, 0, len(commands))
	for n, c := range commands {
		if !c.Hidden {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Run runs the subcommand named by args[0] and returns its exit code. It
// returns -1 when args[0] is no subcommand (the caller then treats the
// arguments as files to open in the GUI).
func Run(set *formats.Set, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return -1
	}
	switch args[0] {
	case "-h", "-help", "--help":
		args = append([]string{"help"}, args[1:]...)
	case "-version", "--version":
		args = append([]string{"version"}, args[1:]...)
	}
	c := commands[args[0]]
	if c == nil {
		return -1
	}
	return c.Run(&Env{Args: args[1:], Stdin: stdin, Stdout: stdout, Stderr: stderr, Formats: set})
}

// Errorf prints "argmap NAME: message" to the env's standard error.
func (env *Env) Errorf(name, format string, a ...any) {
	fmt.Fprintf(env.Stderr, "argmap %s: %s\n", name, fmt.Sprintf(format, a...))
}
