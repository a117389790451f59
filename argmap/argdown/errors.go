package argdown

import "fmt"

// Error is a fault in Argdown text, at a 1-based line and column (columns
// count characters, not bytes).
type Error struct {
	// File names the included file the fault is in (see DecodeFile); ""
	// for the file read.
	File         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	if e.File != "" {
		return fmt.Sprintf("%s: line %d, column %d: %s", e.File, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

func errorf(line, col int, format string, args ...any) *Error {
	return &Error{Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}
