package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/semantics"
	json "github.com/goccy/go-json"
)

var evalCmd = &Command{
	Name:    "eval",
	Usage:   "eval [-semantics grounded|preferred] [-json] [-timeout D] [-max-nodes N] FILE",
	Summary: "label every claim IN, OUT or UNDEC: what still stands",
}

// evalClaim is one claim in the -json output.
type evalClaim struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
	// Because lists the IDs of the claims the reason names (grounded only).
	Because []string `json:"because,omitempty"`
}

// evalOutput is the -json output of eval.
type evalOutput struct {
	Semantics string `json:"semantics"`
	// Complete is false when the preferred search stopped early.
	Complete bool        `json:"complete"`
	Counts   evalCounts  `json:"counts"`
	Claims   []evalClaim `json:"claims"`
}

type evalCounts struct {
	In    int `json:"in"`
	Out   int `json:"out"`
	Undec int `json:"undec"`
}

func runEval(env *Env) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	sem := fs.String("semantics", "grounded", "grounded (what stands for sure) or preferred (sceptical/credulous)")
	asJSON := fs.Bool("json", false, "print JSON with the reason for each label")
	timeout := fs.Duration("timeout", 10*time.Second, "preferred: stop the search after this long")
	maxNodes := fs.Int("max-nodes", 0, "preferred: stop the search after this many nodes (0: no bound)")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: argmap eval [-semantics grounded|preferred] [-json] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(env.Args); err != nil {
		return ExitUsage
	}
	if fs.NArg() != 1 || (*sem != "grounded" && *sem != "preferred") {
		fs.Usage()
		return ExitUsage
	}
	m, _, err := env.Formats.Load(fs.Arg(0))
	if err != nil {
		env.Errorf("eval", "%v", err)
		return ExitFail
	}
	m = m.Accepted() // suggestions not yet accepted are neither listed nor counted
	out := evalOutput{Semantics: *sem, Complete: true}
	var label func(argmap.ID) eval.Label
	var reason func(argmap.ID) string
	because := func(argmap.ID) []argmap.ID { return nil }
	if *sem == "grounded" {
		l := eval.Evaluate(m)
		label, reason, because = l.Claim, l.Reason, l.Because
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		defer cancel()
		r := semantics.Preferred(ctx, m, semantics.Options{MaxNodes: *maxNodes})
		label, reason = r.Label, r.Reason
		out.Complete = r.Complete
		if !r.Complete {
			env.Errorf("eval", "the preferred search stopped early after %d nodes: labels are sound but may miss acceptance", r.Nodes)
		}
	}
	var b strings.Builder
	for _, c := range m.Claims {
		x := label(c.ID)
		switch x {
		case eval.In:
			out.Counts.In++
		case eval.Out:
			out.Counts.Out++
		default:
			out.Counts.Undec++
		}
		text := strings.Join(strings.Fields(c.Text), " ")
		if *asJSON {
			ec := evalClaim{ID: c.ID.String(), Label: x.String(), Text: c.Text, Reason: reason(c.ID)}
			for _, id := range because(c.ID) {
				ec.Because = append(ec.Because, id.String())
			}
			out.Claims = append(out.Claims, ec)
			continue
		}
		b.WriteString(x.String() + "\t" + text + "\n")
	}
	if *asJSON {
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			env.Errorf("eval", "%v", err)
			return ExitFail
		}
		b.Write(append(data, '\n'))
	}
	if _, err := fmt.Fprint(env.Stdout, b.String()); err != nil {
		return ExitFail
	}
	return ExitOK
}
