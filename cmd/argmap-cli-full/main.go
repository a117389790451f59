// Command argmap-cli-full is the command line with everything but the
// editor: argmap-cli's subcommands plus the parts that draw, print and
// serve (Fyne's fonts for SVG and PNG, the PDF writer, the MCP server).
// argmap-cli runs it for the command lines that need those parts, so it
// is usually not called by hand; it links no GUI, no OpenGL and no cgo
// either, so it runs on a machine without a display.
package main

import (
	"os"

	"github.com/argmap/argmap/argmap/carneades"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
	"github.com/argmap/argmap/internal/cli/heavy"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

func main() {
	// The same formats as the editor's binary (see main.go at the root).
	set := formats.Builtin()
	set.Add(formats.CAES(carneades.Decode))
	render.AddFormats(set)
	pdf.AddFormats(set)
	prog := &cli.Program{Commands: cli.Commands(), Formats: set, Heavy: heavy.New()}
	code := prog.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if code < 0 { // no subcommand: that is the editor's job
		os.Stderr.WriteString("argmap-cli-full: no command given (the editor is `argmap`; see `argmap-cli help`)\n")
		code = 2
	}
	os.Exit(code)
}
