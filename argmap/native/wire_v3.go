package native

import "github.com/argmap/argmap/argmap"

// The wire structs of format version 3: version 2 plus the sections and
// fields listed in the version history in native.go (each new field below
// names the feature it belongs to). They are frozen once released, like
// those of versions 1 and 2.
//
// Version 2 is a subset of version 3, so a version 1 or 2 body decodes into
// these structs as it is: the upgrade steps are the identity. What keeps
// older files honest is the key check, which reads a file with the keys of
// its own version's structs (see unknownKey), so a version 3 field in a
// version 2 file is refused at its place. For the same reason a map that
// needs nothing of version 3 is written as version 2 or 1, byte for byte
// what an older Argmap wrote and reads.

// fileV3 is the envelope: {"format":"argmap","version":3,"map":{...}}.
type fileV3 struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Map     mapV3  `json:"map"`
}

type mapV3 struct {
	Meta       metaV1        `json:"meta"`
	Claims     []claimV3     `json:"claims,omitempty"`
	Arguments  []argumentV3  `json:"arguments,omitempty"`
	Challenges []challengeV3 `json:"challenges,omitempty"`
	Sources    []sourceV1    `json:"sources,omitempty"`
	// New sections of version 3 go here, one line each.
	Round    *roundV3    `json:"round,omitempty"`    // debate flow: the round the map was flowed from (wire_v3_round.go)
	Dialogue *dialogueV3 `json:"dialogue,omitempty"` // dialogue: the AIF dialogue layer (see wire_v3_dialogue.go)
}

type claimV3 struct {
	ID         string    `json:"id"`
	Text       string    `json:"text"`
	Assessment string    `json:"assessment,omitempty"`
	Pos        posV1     `json:"pos"`
	Pinned     bool      `json:"pinned,omitempty"`
	Anchor     *anchorV1 `json:"anchor,omitempty"`
	// The annotations, flattened into the claim.
	Comments []commentV2 `json:"comments,omitempty"`
	Tags     []string    `json:"tags,omitempty"`
	Color    string      `json:"color,omitempty"`
	Links    []string    `json:"links,omitempty"`
	// New fields of version 3 go here, one line each.
	Speech   string      `json:"speech,omitempty"`   // debate flow: the ID of the round's speech the claim was made in
	Proposed *proposedV3 `json:"proposed,omitempty"` // suggestions: pending until accepted (proposal.go)
}

type argumentV3 struct {
	ID       string   `json:"id"`
	Premises []string `json:"premises"`
	Target   string   `json:"target"`
	Polarity string   `json:"polarity"`
	Scheme   string   `json:"scheme,omitempty"`
	// The annotations, flattened into the argument.
	Comments []commentV2 `json:"comments,omitempty"`
	Tags     []string    `json:"tags,omitempty"`
	Color    string      `json:"color,omitempty"`
	Links    []string    `json:"links,omitempty"`
	// New fields of version 3 go here, one line each.
	Proposed *proposedV3 `json:"proposed,omitempty"` // suggestions: pending until accepted (proposal.go)
}

type challengeV3 struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Target   string `json:"target"`
	Argument string `json:"argument,omitempty"`
	// Question is written for critical questions only, where 0 (the first
	// question) is meaningful.
	Question *int   `json:"question,omitempty"`
	Author   string `json:"author,omitempty"`
	Time     string `json:"time,omitempty"`
	Note     string `json:"note,omitempty"`
	Status   string `json:"status"`
	Answer   string `json:"answer,omitempty"`
	// New fields of version 3 go here, one line each.
	Proposed *proposedV3 `json:"proposed,omitempty"` // suggestions: pending until accepted (proposal.go)
}

// wireVersion is the oldest format version that holds the map: what the
// encoder writes, so that older Argmaps keep reading the maps they can.
func wireVersion(m *argmap.Map) int {
	switch {
	case needsV3(m):
		return 3
	case m.HasPrivate():
		return 2
	}
	return 1
}

// needsV3 reports whether the map holds something only version 3 can
// write. Each feature of version 3 adds its condition here.
func needsV3(m *argmap.Map) bool {
	return hasRound(m) || // debate flow
		m.HasPending() || // suggestions (proposal.go)
		!m.Dialogue.Empty() // dialogue: the AIF dialogue layer
}
