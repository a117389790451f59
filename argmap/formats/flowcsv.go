package formats

import "github.com/argmap/argmap/argmap/flowcsv"

// A debate round as a flow sheet in CSV: one column per speech, as
// debaters' flow spreadsheets are laid out. Only a map with a round is
// written.
func addFlowcsv(s *Set) {
	s.Add(&Format{
		Name:     "flow-csv",
		Title:    "Debate flow (CSV)",
		Exts:     []string{".flow.csv", ".csv"},
		Sniff:    flowcsv.Sniff,
		Decode:   flowcsv.Decode,
		Encode:   flowcsv.Encode,
		Priority: 4,
	})
}
