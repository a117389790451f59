// Command argmap-cli is Argmap's command-line tools without the editor:
// the same subcommands as `argmap SUBCOMMAND` (see `argmap-cli help`), in a
// binary that links no GUI, no OpenGL and no cgo, so it starts in a few
// milliseconds and runs on a machine without a display (scripts, CI, an
// MCP client starting `argmap-cli mcp FILE`). `argmap` itself runs the
// same commands but pays for the editor's libraries at every start.
package main

import (
	"os"

	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

func main() {
	// The same formats as the editor's binary (see main.go at the root).
	set := formats.Builtin()
	render.AddFormats(set)
	pdf.AddFormats(set)
	code := cli.Run(set, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if code < 0 { // no subcommand: that is the editor's job
		os.Stderr.WriteString("argmap-cli: no command given (the editor is `argmap`; see `argmap-cli help`)\n")
		code = 2
	}
	os.Exit(code)
}
