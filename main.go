// Command argmap maps the reasoning of an article: with no arguments it opens
// the map editor on the embedded sample map; `argmap FILE` opens FILE; and
// `argmap SUBCOMMAND` runs a command-line tool (see `argmap help`). Those
// tools start faster from cmd/argmap-cli, which links no Fyne.
package main

import (
	"os"

	"github.com/argmap/argmap/app"
	"github.com/argmap/argmap/argmap/carneades"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
	"github.com/argmap/argmap/internal/cli/heavy"
	"github.com/argmap/argmap/internal/locale"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

func main() {
	// The formats the editor and the commands read and write, all of them
	// named here: the domain's, CAES with its YAML reader, then the pictures and the
	// PDF.
	set := formats.Builtin()
	set.Add(formats.CAES(carneades.Decode))
	render.AddFormats(set)
	pdf.AddFormats(set)
	prog := &cli.Program{Commands: cli.Commands(), Formats: set, Heavy: heavy.New()}
	if code := prog.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); code >= 0 {
		os.Exit(code)
	}
	locale.Clean()
	os.Exit(app.Main(set, os.Args[1:]))
}
