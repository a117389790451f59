//go:build unix

package app

import (
	"os"
	"syscall"
)

// signalZero checks that a process exists without disturbing it.
func signalZero(p *os.Process) error { return p.Signal(syscall.Signal(0)) }
