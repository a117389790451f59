package mcp

import "github.com/argmap/argmap/argmap"

// pending reports whether the claim, argument or challenge id is a pending
// suggestion, and who proposed it.
func pending(m *argmap.Map, id argmap.ID) (bool, string) { return false, "" }

// shown is the map without its pending suggestions: what the evaluation,
// the outline and the exports see.
func shown(m *argmap.Map) *argmap.Map { return m }
