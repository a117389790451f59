package cli

import (
	"flag"
	"fmt"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

var layoutCmd = &Command{
	Name:    "layout",
	Usage:   "layout [-format json|plain] [-aspect RATIO] [-o OUT] FILE",
	Summary: "lay a map out (pinned claims stay) and write it with positions, or as Graphviz plain",
}

func runLayout(env *Env) int {
	fs := flag.NewFlagSet("layout", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	format := fs.String("format", "json", "json (the native map with positions) or plain (Graphviz's plain output, inches)")
	out := fs.String("o", "", "write to this file instead of standard output")
	aspect := fs.Float64("aspect", layout.DefaultAspect, "width:height to pack the map's parts towards, as a number (1.6 is 16:10)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: argmap layout [-format json|plain] [-aspect RATIO] [-o OUT] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(env.Args); err != nil {
		return ExitUsage
	}
	if fs.NArg() != 1 || (*format != "json" && *format != "plain") || !(*aspect >= 0.05 && *aspect <= 20) {
		fs.Usage()
		return ExitUsage
	}
	m, _, err := env.Formats.Load(fs.Arg(0))
	if err != nil {
		env.Errorf("layout", "%v", err)
		return ExitFail
	}
	size := layout.EstimateSize(m)
	edit, routes := layout.TidyRoutes(m, size, layout.Options{Aspect: *aspect})
	if err := edit.Apply(m); err != nil {
		env.Errorf("layout", "%s: %v", fs.Arg(0), err)
		return ExitFail
	}
	var data []byte
	if *format == "plain" {
		pos := make(map[argmap.ID]argmap.Point, len(m.Claims))
		for _, c := range m.Claims {
			pos[c.ID] = c.Pos
		}
		data = layout.Plain(m, pos, routes, size)
	} else if data, err = native.Encode(m); err != nil {
		env.Errorf("layout", "%s: %v", fs.Arg(0), err)
		return ExitFail
	}
	return writeOut(env, "layout", *out, data)
}

// writeOut writes data to path (atomically), or to standard output when
// path is empty.
func writeOut(env *Env, name, path string, data []byte) int {
	if path == "" {
		if _, err := env.Stdout.Write(data); err != nil {
			env.Errorf(name, "%v", err)
			return ExitFail
		}
		return ExitOK
	}
	if err := atomicfile.WriteFile(path, data); err != nil {
		env.Errorf(name, "%v", err)
		return ExitFail
	}
	return ExitOK
}
