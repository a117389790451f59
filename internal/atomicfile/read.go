package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ReadRegular reads the file at path, of at most limit bytes. It
// refuses what is not a regular file before reading a byte (a FIFO would
// block for ever, a device such as /dev/zero never ends), and it reads
// through a limited reader, since the size a file reports may be wrong or
// may grow while it is read. Errors start with the path.
func ReadRegular(path string, limit int64) ([]byte, error) {
	// Open without blocking: opening a FIFO for reading waits for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s): Argmap reads only ordinary files", path, KindOf(st.Mode()))
	}
	if st.Size() > limit {
		return nil, tooBig(path, limit)
	}
	data, err := readAtMost(f, st.Size(), limit)
	if err == errTooBig {
		return nil, tooBig(path, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

var errTooBig = errors.New("too big")

func tooBig(path string, limit int64) error {
	if limit >= 1<<20 {
		return fmt.Errorf("%s: the file is larger than %d MB, the limit", path, limit>>20)
	}
	return fmt.Errorf("%s: the file is larger than %d bytes, the limit", path, limit)
}

// readAtMost reads r to its end, expecting about size bytes, and fails
// with errTooBig as soon as more than limit bytes came. It reads into one
// buffer of the expected size and a byte more (to see the end without
// growing): bytes.Buffer.ReadFrom doubled that buffer once fewer than 512
// bytes were free, which at every open of a 10 MB map cleared and copied
// twice the file (0.15 s of the app's start, issue 16).
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	r = io.LimitReader(r, limit+1)
	buf := make([]byte, 0, min(max(size, 0), limit)+1)
	for {
		if len(buf) == cap(buf) { // the size was wrong: grow, up to the limit and a byte
			grown := make([]byte, len(buf), min(2*int64(cap(buf))+512, limit+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, errTooBig
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// KindOf names a file mode that is not a regular file, for a message.
func KindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
