// Command argmap-cli is Argmap's command-line tools without the editor:
// the same subcommands as `argmap SUBCOMMAND` (see `argmap-cli help`), in a
// binary that links only the domain: no GUI, no fonts, no PDF writer, no
// HTTP (see TestCommandLineBinaryIsLight), so that it starts in a few
// milliseconds and runs on a machine without a display (scripts, CI).
//
// A command line that draws, prints or serves (export to SVG, PNG or PDF,
// an import laid out with measured cards, `mcp`) it hands to
// argmap-cli-full, found beside it or on PATH, which has those parts.
// Build both with `CGO_ENABLED=0 go build -o bin/ ./cmd/...`; without
// cgo the binaries are static, which saves the dynamic loader's work at
// every start (google/uuid links the net package, which otherwise links
// the C library).
package main

import (
	"os"

	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
)

func main() {
	// CAES files are known but read by argmap-cli-full: the YAML reader
	// would cost every start about a millisecond (formats.CAES).
	set := formats.Builtin()
	set.Add(formats.CAES(nil))
	prog := &cli.Program{Commands: cli.Commands(), Formats: set, Full: "argmap-cli-full"}
	code := prog.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if code < 0 { // no subcommand: that is the editor's job
		os.Stderr.WriteString("argmap-cli: no command given (the editor is `argmap`; see `argmap-cli help`)\n")
		code = 2
	}
	os.Exit(code)
}
