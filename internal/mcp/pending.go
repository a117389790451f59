package mcp

import (
	"errors"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// pending reports whether the claim, argument or challenge id is a pending
// suggestion, and who proposed it.
func pending(m *argmap.Map, id argmap.ID) (bool, string) {
	if p := m.ProposalOf(id); p != nil {
		return true, p.By
	}
	return false, ""
}

// shown is the map as a person accepted it, without its pending
// suggestions: what the evaluation, the outline and the exports see.
func shown(m *argmap.Map) *argmap.Map { return m.Accepted() }

// accepted counts the claims, arguments and challenges of m that are no
// suggestion.
func accepted(m *argmap.Map) int {
	return len(m.Claims) + len(m.Arguments) + len(m.Challenges) - len(m.Pending())
}

// errNotKept refuses a save that would turn suggestions into accepted
// items: the file would hold claims that nobody accepted.
var errNotKept = errors.New("the file format of this Argmap cannot hold suggestions, so nothing was saved (they would read back as accepted)")

// keepsPending checks that a change only added suggestions (before is the
// number of accepted items before it) and that the encoded file reads back
// with the same suggestions: whatever an assistant adds stays pending.
func keepsPending(before int, m *argmap.Map, data []byte) error {
	if accepted(m) > before {
		return errors.New("internal error: the change would add accepted items; nothing was saved")
	}
	back, err := native.Decode(data)
	if err != nil {
		return err
	}
	if accepted(back) != accepted(m) {
		return errNotKept
	}
	return nil
}
