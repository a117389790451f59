//go:build unix

package cli

import (
	"os"
	"syscall"
)

// execSelf replaces this process with path, run with args; it returns
// only on failure.
func execSelf(path string, args []string) error {
	return syscall.Exec(path, append([]string{path}, args...), os.Environ())
}
