// Package cli is Argmap's command line: `argmap SUBCOMMAND [flags] ARGS`.
// Each subcommand lives in a file of its own; Commands lists them all, and
// a binary's main passes that table, its formats and its heavy parts to
// Program.Run. Nothing registers itself at start-up.
//
// The package links only the domain. What draws, prints or serves (fonts,
// the PDF writer, the MCP server: packages whose initialisers alone cost
// milliseconds at every start) comes in through Heavy, which main fills in
// (see internal/cli/heavy). A light binary leaves it nil: a command that
// needs it then runs the same command line in the full binary (see
// Program.Full), so `argmap-cli version` pays for none of it.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/scene"
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
	// Heavy is nil in a light binary: see Env.NeedsHeavy.
	Heavy *Heavy

	prog *Program // the table, for help and for handing over to Full
	name string   // the subcommand's name, as typed
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

// Heavy is what the commands that draw, print or serve need beyond the
// domain. Each part links packages that cost milliseconds at every start
// of the process, used or not: Fyne's fonts (Measure and the pictures),
// go-pdf and encoding/gob (the PDF), net/http and a JSON Schema library
// (the MCP server).
type Heavy struct {
	// Measure sizes text as the pictures draw it (render.Measure).
	Measure scene.Measure
	// PDFMap, PDFMarkdown and PDFSummary print a map, a Markdown report
	// and a round's decision (internal/pdf).
	PDFMap      func(m *argmap.Map, o PDFOptions) ([]byte, error)
	PDFMarkdown func(title string, md []byte, o PDFOptions) ([]byte, error)
	PDFSummary  func(m *argmap.Map, o PDFOptions) ([]byte, error)
	// ServeMCP serves the map in path over the Model Context Protocol on
	// in and out until ctx ends or the client leaves (internal/mcp); what
	// the client adds takes its IDs and times from mint.
	ServeMCP func(ctx context.Context, set *formats.Set, path string, mint argmap.Mint, in io.Reader, out io.Writer) error
}

// PDFOptions are the commands' choices for a PDF (see internal/pdf's
// Options, which has the same meaning for each field).
type PDFOptions struct {
	Paper        string // "a4" or "letter"
	Essay        bool   // add the essay plan after the outline
	NoOutline    bool   // the map only
	NoEvaluation bool   // no badges (an exercise sheet)
	Title        string // for a map with no title of its own
}

// Commands returns every subcommand, each built afresh: the table a binary
// passes to Program. Adding a subcommand means a file with its Command and
// its run function, and a line here.
func Commands() []*Command {
	return []*Command{
		with(anchorsCmd, runAnchors),
		with(checkCmd, runCheck),
		with(compareCmd, runCompare),
		with(diffCmd, runDiff),
		with(evalCmd, runEval),
		with(exerciseCmd, runExercise),
		with(exportCmd, runExport),
		with(genCmd, runGen),
		with(helpCmd, runHelp),
		with(layoutCmd, runLayout),
		with(mcpCmd, runMCP),
		with(mergeCmd, runMerge),
		with(releaseCmd, runRelease),
		with(sampleCmd, runSample),
		with(suggestCmd, runSuggest),
		with(summaryCmd, runSummary),
		with(versionCmd, runVersion),
	}
}

// with is the command described by c that runs run. The descriptions are
// package variables without Run because each run function names its own
// description (for its usage message), which Go would call an
// initialisation cycle.
func with(c *Command, run func(env *Env) int) *Command {
	d := *c
	d.Run = run
	return &d
}

// Program is one binary's command line, put together by its main.
type Program struct {
	Commands []*Command
	Formats  *formats.Set
	// Heavy is nil in a light binary (cmd/argmap-cli), which then hands a
	// command line that needs it to Full.
	Heavy *Heavy
	// Full names the binary, beside this one or on PATH, that has the
	// Heavy parts (cmd/argmap-cli-full).
	Full string
	// Mint is every command's Env.Mint (the zero Mint: random IDs, the
	// system clock).
	Mint argmap.Mint
}

// Lookup returns the subcommand with the given name, or nil.
func (p *Program) Lookup(name string) *Command {
	for _, c := range p.Commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Names lists the subcommands that are not hidden, in alphabetical order.
func (p *Program) Names() []string {
	var names []string
	for _, c := range p.Commands {
		if !c.Hidden {
			names = append(names, c.Name)
		}
	}
	sort.Strings(names)
	return names
}

// Run runs the subcommand named by args[0] and returns its exit code. It
// returns -1 when args[0] is no subcommand (the caller then treats the
// arguments as files to open in the GUI).
func (p *Program) Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return -1
	}
	switch args[0] {
	case "-h", "-help", "--help":
		args = append([]string{"help"}, args[1:]...)
	case "-version", "--version":
		args = append([]string{"version"}, args[1:]...)
	}
	c := p.Lookup(args[0])
	if c == nil {
		return -1
	}
	return p.run(c, &Env{Args: args[1:], Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// run runs c in env, filling in what the program provides.
func (p *Program) run(c *Command, env *Env) int {
	env.Formats, env.Heavy, env.Mint, env.prog, env.name = p.Formats, p.Heavy, p.Mint, p, c.Name
	if p.Heavy == nil && namesUnread(p.Formats, env.Args) {
		// A file whose reader this light binary leaves out (CAES): the
		// full binary reads it. Decided before the command writes anything,
		// so that nothing is printed twice.
		return env.handOver()
	}
	return c.Run(env)
}

// namesUnread reports whether one of args names a file in a format that
// s knows but does not read (formats.Format.ReadsElsewhere): by its
// extension, or, for a name that no format claims, by its first 64 KB.
// A flag's value may be taken for a file; handing that command line over
// costs a process, not a result, since the full binary runs it the same.
func namesUnread(s *formats.Set, args []string) bool {
	if s == nil {
		return false
	}
	some := false
	for _, f := range s.All() {
		some = some || f.ReadsElsewhere
	}
	if !some {
		return false
	}
	for _, a := range args {
		if a == "" || a[0] == '-' {
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		if f := s.ByPath(a); f != nil {
			if f.ReadsElsewhere {
				return true
			}
			continue
		}
		if f := s.Detect(a, readHead(a, 64<<10)); f != nil && f.ReadsElsewhere {
			return true
		}
	}
	return false
}

// readHead is the first n bytes of the file at path, or nil.
func readHead(path string, n int) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, n)
	k, _ := io.ReadFull(f, buf)
	return buf[:k]
}

// NeedsHeavy reports whether the command cannot go on here: the binary is
// a light one, so the command line was handed to the full binary, whose
// exit code is in code. A command calls it where it finds it needs Heavy,
// before it has written anything, and returns code when it reports true.
func (env *Env) NeedsHeavy() (code int, handed bool) {
	if env.Heavy != nil {
		return 0, false
	}
	return env.handOver(), true
}

// Errorf prints "argmap NAME: message" to the env's standard error.
func (env *Env) Errorf(name, format string, a ...any) {
	fmt.Fprintf(env.Stderr, "argmap %s: %s\n", name, fmt.Sprintf(format, a...))
}
