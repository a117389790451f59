package argdown

import (
	"fmt"

	"github.com/argmap/argmap/argmap"
)

// Error is a fault in Argdown text, at a 1-based line and column (columns
// count characters, not bytes); File names the included file the fault is
// in (see DecodeFile), "" for the file read. It is argmap's one located
// error type, so callers match it as they match every reader's.
type Error = argmap.DecodeError

// errorf returns a fault at a line and column: most are faults of syntax.
func errorf(line, col int, format string, args ...any) *Error {
	return &Error{Kind: argmap.KindSyntax, Line: line, Column: col, Message: fmt.Sprintf(format, args...)}
}
