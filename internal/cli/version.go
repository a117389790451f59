package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/argmap/argmap/argmap/native"
)

// Version is Argmap's version, as in FyneApp.toml. Release builds may set
// it with -ldflags "-X github.com/argmap/argmap/internal/cli.Version=…".
var Version = "0.1.0"

var versionCmd = &Command{
	Name:    "version",
	Usage:   "version",
	Summary: "print the version of Argmap and of its file format",
}

func runVersion(env *Env) int {
	fs := NewFlagSet(env, versionCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 0 {
		return UsageError(env, fs, "version takes no arguments")
	}
	fmt.Fprintf(env.Stdout, "argmap %s (file format version %d, %s)\n", Version, native.FormatVersion, runtime.Version())
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				fmt.Fprintf(env.Stdout, "revision %s\n", s.Value)
			}
		}
	}
	return ExitOK
}
