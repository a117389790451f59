// Command argmap maps the reasoning of an article: with no arguments it opens
// the map editor on the embedded sample map; `argmap FILE` opens FILE; and
// `argmap SUBCOMMAND` runs a command-line tool (see `argmap help`).
package main

import (
	"os"

	"github.com/argmap/argmap/app"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/cli"
	// Before Fyne reads the locale: see the package comment.
	_ "github.com/argmap/argmap/internal/locale"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

func main() {
	// The formats the editor and the commands read and write, all of them
	// named here: the domain's, then the pictures and the PDF.
	set := formats.Builtin()
	render.AddFormats(set)
	pdf.AddFormats(set)
	if code := cli.Run(set, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); code >= 0 {
		os.Exit(code)
	}
	os.Exit(app.Main(set, os.Args[1:]))
}
