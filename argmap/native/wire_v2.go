package native

// The wire structs of format version 2, which is version 1 plus one field:
// "private" on a comment. They are frozen like those of version 1; the
// structs v2 did not change (meta, pos, anchor, challenge, source) are
// version 1's.
//
// Version 1 is a subset of version 2, so a version 1 body decodes into these
// structs as it is: the upgrade step from 1 to 2 is the identity. What keeps
// version 1 files honest is the key check, which reads a version 1 file with
// the keys of the version 1 structs (see unknownKey), so "private" in one is
// refused at its place. For the same reason a map without private comments
// is written as version 1, byte for byte what an older Argmap wrote and
// reads.

// fileV2 is the envelope: {"format":"argmap","version":2,"map":{...}}.
type fileV2 struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Map     mapV2  `json:"map"`
}

type mapV2 struct {
	Meta       metaV1        `json:"meta"`
	Claims     []claimV2     `json:"claims,omitempty"`
	Arguments  []argumentV2  `json:"arguments,omitempty"`
	Challenges []challengeV1 `json:"challenges,omitempty"`
	Sources    []sourceV1    `json:"sources,omitempty"`
}

type claimV2 struct {
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
}

type commentV2 struct {
	ID      string `json:"id"`
	Author  string `json:"author,omitempty"`
	Time    string `json:"time,omitempty"`
	Text    string `json:"text"`
	Private bool   `json:"private,omitempty"` // new in version 2
}

type argumentV2 struct {
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
}
