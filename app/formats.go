package app

// The editor offers every format the command line does: the picture
// formats register from internal/render, so the editor imports it itself
// rather than depend on main also linking internal/cli.
import _ "github.com/argmap/argmap/internal/render"
