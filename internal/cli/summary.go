package cli

import (
	"strings"

	"github.com/argmap/argmap/argmap/flow"
)

var summaryCmd = &Command{
	Name:    "summary",
	Usage:   "summary [-o OUT.md|OUT.pdf] FILE",
	Summary: "the decision of a debate round: what stands, the dropped arguments, what the decision turns on",
}

func runSummary(env *Env) int {
	fs := NewFlagSet(env, summaryCmd)
	out := fs.String("o", "", "write the summary here (atomically): PDF when it ends in .pdf, else Markdown; standard output (Markdown) without it")
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 1 {
		return UsageError(env, fs, "expected one map, got %d", fs.NArg())
	}
	ms, ok := env.loadMaps("summary", fs.Arg(0))
	if !ok {
		return ExitUsage
	}
	m := ms[0]
	if m.Round == nil {
		env.Errorf("summary", "%s: the map has no debate round (flow one in View › Flow, or see argmap sample -round)", fs.Arg(0))
		return ExitFail
	}
	data := flow.Summarize(m).Markdown()
	if strings.HasSuffix(strings.ToLower(*out), ".pdf") {
		if code, handed := env.NeedsHeavy(); handed {
			return code
		}
		var err error
		if data, err = env.Heavy.PDFSummary(m, PDFOptions{}); err != nil {
			env.Errorf("summary", "%v", err)
			return ExitFail
		}
	}
	return writeOut(env, "summary", *out, data)
}
