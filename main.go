// Command argmap maps the reasoning of an article: with no arguments it opens
// the map editor on the embedded sample map; `argmap FILE` opens FILE; and
// `argmap SUBCOMMAND` runs a command-line tool (see `argmap help`).
package main

import (
	"os"

	"github.com/argmap/argmap/app"
	"github.com/argmap/argmap/internal/cli"
	// Before Fyne reads the locale: see the package comment.
	_ "github.com/argmap/argmap/internal/locale"
)

func main() {
	if code := cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); code >= 0 {
		os.Exit(code)
	}
	os.Exit(app.Main(os.Args[1:]))
}
