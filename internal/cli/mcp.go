package cli

import (
	"context"
	"os"
	"os/signal"
)

var mcpCmd = &Command{
	Name:    "mcp",
	Usage:   "mcp FILE",
	Summary: "serve the map in FILE to an AI assistant over the Model Context Protocol (stdio); what it adds stays a pending suggestion until you accept it",
}

func runMCP(env *Env) int {
	fs := NewFlagSet(env, mcpCmd)
	if code, done := ParseFlags(fs, env.Args); done {
		return code
	}
	if fs.NArg() != 1 {
		return UsageError(env, fs, "expected one FILE, got %d", fs.NArg())
	}
	if code, handed := env.NeedsHeavy(); handed {
		return code
	}
	// An interrupt ends the session cleanly: every change is already on
	// disk, each saved when it was made.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := env.Heavy.ServeMCP(ctx, env.Formats, fs.Arg(0), env.Mint, env.Stdin, env.Stdout); err != nil && ctx.Err() == nil {
		env.Errorf("mcp", "%v", err)
		return ExitFail
	}
	return ExitOK
}
