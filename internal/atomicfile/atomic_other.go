//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

// Without flock, a leftover is told by its age alone.
func lockFile(*os.File) func()         { return func() {} }
func unlocked(string) bool             { return true }
func ownedByUser(fs.FileInfo) bool     { return true }
func fileOwner(fs.FileInfo) (int, int) { return -1, -1 }
func keepOwner(*os.File, int, int)     {}

// lockingWorks: without locks a leftover is told by its age alone.
const lockingWorks = false

// OpenNonBlocking opens path for reading (see atomic_unix.go; elsewhere a
// plain open).
func OpenNonBlocking(path string) (*os.File, error) { return os.Open(path) }
