package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
)

// handOver runs the subcommand's whole command line in the program's full
// binary, with the env's streams, and returns its exit code.
func (env *Env) handOver() int {
	path, err := findFull(env.prog.Full)
	if err != nil {
		env.Errorf(env.name, "%v", err)
		return ExitFail
	}
	args := append([]string{env.name}, env.Args...)
	if env.Stdin == os.Stdin && env.Stdout == os.Stdout && env.Stderr == os.Stderr {
		// The process's own streams: become the full binary (where the
		// system can), so that no process stands between it and whoever
		// started this one (an MCP client signalling its server).
		if err := execSelf(path, args); err != nil {
			env.Errorf(env.name, "%s: %v", path, err)
			return ExitFail
		}
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = env.Stdin, env.Stdout, env.Stderr
	// An interrupt from the terminal reaches both processes; the full one
	// decides what it means (the MCP server ends its session cleanly), and
	// this one waits to pass on its exit code.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	case err != nil:
		env.Errorf(env.name, "%s: %v", path, err)
		return ExitFail
	}
	return ExitOK
}

// findFull finds the full binary: beside this one first (bin/argmap-cli
// and bin/argmap-cli-full, as one `go build -o bin/ ./cmd/...` makes
// them), else on PATH.
func findFull(name string) (string, error) {
	if name == "" {
		return "", errors.New("this program draws, prints and serves nothing, and names no binary that does")
	}
	self, err := os.Executable()
	if err == nil {
		if s, err := filepath.EvalSymlinks(self); err == nil {
			self = s
		}
		beside := filepath.Join(filepath.Dir(self), name)
		if st, err := os.Stat(beside); err == nil && !st.IsDir() {
			return beside, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("this needs %s (the command line with pictures, PDF and the MCP server), which is neither beside %s nor on PATH; build both with `CGO_ENABLED=0 go build -o bin/ ./cmd/...`", name, self)
}
