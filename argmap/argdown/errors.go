package argdown

import "fmt"

// Error is a fault in Argdown text, at a 1-based line and column (columns
// count characters, not bytes).
type Error struct {
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

func errorf(line, col int, format string, args ...any) *Error {
	return &Error{Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}
