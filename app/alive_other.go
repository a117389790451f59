//go:build !unix

package app

import (
	"errors"
	"os"
)

// Without flock no editor is known to run: every recovery file is offered
// (twice rather than never).
func lockFile(*os.File) error { return errors.New("file locks are not available on this system") }

func isLocked(string) bool { return false }
