//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"syscall"
)

// lockFile takes an exclusive lock on the open file f, held until it is
// closed or the process ends.
func lockFile(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) }

// unlocked reports whether no process holds a lock on the file at path.
func unlocked(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}

// ownedByUser reports whether the file belongs to the user running Argmap.
func ownedByUser(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Getuid()
}

// fileOwner returns the owner and group of a file (-1 when unknown).
func fileOwner(fi fs.FileInfo) (uid, gid int) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return int(st.Uid), int(st.Gid)
	}
	return -1, -1
}

// keepOwner gives the new file the old one's owner and group, or only the
// group, as far as the user may (the owner only as root).
func keepOwner(f *os.File, uid, gid int) {
	if uid < 0 || (uid == os.Getuid() && gid == os.Getgid()) {
		return
	}
	if f.Chown(uid, gid) != nil {
		_ = f.Chown(-1, gid)
	}
}

// lockingWorks: the system can lock files, so a save in progress is told from a leftover.
const lockingWorks = true

// OpenNonBlocking opens path for reading without blocking on a FIFO with
// no writer (the caller refuses anything but a regular file).
func OpenNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
