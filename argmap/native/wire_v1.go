package native

// The wire structs of format version 1. They are frozen: a change to the
// file format adds wire_v2.go with new structs and an upgrade step, and
// these stay as they are so that version 1 files always load. Field order
// here is the order of the file. Empty fields are omitted.

// fileV1 is the envelope: {"format":"argmap","version":1,"map":{...}}.
type fileV1 struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Map     mapV1  `json:"map"`
}

type mapV1 struct {
	Meta       metaV1        `json:"meta"`
	Claims     []claimV1     `json:"claims,omitempty"`
	Arguments  []argumentV1  `json:"arguments,omitempty"`
	Challenges []challengeV1 `json:"challenges,omitempty"`
	Sources    []sourceV1    `json:"sources,omitempty"`
}

type metaV1 struct {
	Title    string   `json:"title,omitempty"`
	Source   string   `json:"source,omitempty"`
	Authors  []string `json:"authors,omitempty"`
	Created  string   `json:"created,omitempty"`  // RFC 3339, UTC
	Modified string   `json:"modified,omitempty"` // RFC 3339, UTC
	Exercise bool     `json:"exercise,omitempty"`
}

type posV1 struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

type claimV1 struct {
	ID         string    `json:"id"`
	Text       string    `json:"text"`
	Assessment string    `json:"assessment,omitempty"`
	Pos        posV1     `json:"pos"`
	Pinned     bool      `json:"pinned,omitempty"`
	Anchor     *anchorV1 `json:"anchor,omitempty"`
	// The annotations, flattened into the claim.
	Comments []commentV1 `json:"comments,omitempty"`
	Tags     []string    `json:"tags,omitempty"`
	Color    string      `json:"color,omitempty"`
	Links    []string    `json:"links,omitempty"`
}

type anchorV1 struct {
	Source    string `json:"source,omitempty"`
	Paragraph string `json:"paragraph,omitempty"`
	Offset    int    `json:"offset,omitempty"`
	Length    int    `json:"length,omitempty"`
	Quote     string `json:"quote,omitempty"`
	Before    string `json:"before,omitempty"`
	After     string `json:"after,omitempty"`
	Hash      string `json:"hash,omitempty"`
}

type commentV1 struct {
	ID     string `json:"id"`
	Author string `json:"author,omitempty"`
	Time   string `json:"time,omitempty"`
	Text   string `json:"text"`
}

type argumentV1 struct {
	ID       string   `json:"id"`
	Premises []string `json:"premises"`
	Target   string   `json:"target"`
	Polarity string   `json:"polarity"`
	Scheme   string   `json:"scheme,omitempty"`
	// The annotations, flattened into the argument.
	Comments []commentV1 `json:"comments,omitempty"`
	Tags     []string    `json:"tags,omitempty"`
	Color    string      `json:"color,omitempty"`
	Links    []string    `json:"links,omitempty"`
}

type challengeV1 struct {
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
}

type sourceV1 struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Path string `json:"path,omitempty"`
	Hash string `json:"hash,omitempty"`
}
