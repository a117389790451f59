package app

import "github.com/argmap/argmap/argmap"

// evalReason is the evaluation's reason for the label of id, or "" when
// the overlay is off.
func (e *Editor) evalReason(id argmap.ID) string { return "" }
