package native

// The keys of the "dialogue" section (format version 3), listed apart from
// wire_v2_internal_test.go so that each feature of version 3 keeps its own
// lines.
func init() {
	for _, p := range []string{
		".map.dialogue,omitempty",
		".map.dialogue,omitempty.participants,omitempty",
		".map.dialogue,omitempty.participants,omitempty.id",
		".map.dialogue,omitempty.participants,omitempty.firstname,omitempty",
		".map.dialogue,omitempty.participants,omitempty.surname,omitempty",
		".map.dialogue,omitempty.locutions,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.id",
		".map.dialogue,omitempty.locutions,omitempty.text",
		".map.dialogue,omitempty.locutions,omitempty.speaker,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.start,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.end,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.timestamp,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.layout,omitempty",
		".map.dialogue,omitempty.locutions,omitempty.layout,omitempty.x",
		".map.dialogue,omitempty.locutions,omitempty.layout,omitempty.y",
		".map.dialogue,omitempty.locutions,omitempty.layout,omitempty.hidden,omitempty",
		".map.dialogue,omitempty.transitions,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.id",
		".map.dialogue,omitempty.transitions,omitempty.text",
		".map.dialogue,omitempty.transitions,omitempty.scheme,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.schemeID,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.timestamp,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.from,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.to,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.layout,omitempty",
		".map.dialogue,omitempty.transitions,omitempty.layout,omitempty.x",
		".map.dialogue,omitempty.transitions,omitempty.layout,omitempty.y",
		".map.dialogue,omitempty.transitions,omitempty.layout,omitempty.hidden,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.id",
		".map.dialogue,omitempty.illocutions,omitempty.text",
		".map.dialogue,omitempty.illocutions,omitempty.scheme,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.schemeID,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.timestamp,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.from,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.to,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.anchors,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.layout,omitempty",
		".map.dialogue,omitempty.illocutions,omitempty.layout,omitempty.x",
		".map.dialogue,omitempty.illocutions,omitempty.layout,omitempty.y",
		".map.dialogue,omitempty.illocutions,omitempty.layout,omitempty.hidden,omitempty",
		".map.dialogue,omitempty.nodeIDs,omitempty",
		".map.dialogue,omitempty.nodeIDs,omitempty.id",
		".map.dialogue,omitempty.nodeIDs,omitempty.node",
	} {
		wireV3Additions[p] = true // dialogue: the AIF dialogue layer
	}
}
