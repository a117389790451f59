package formats

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/aif"
)

// AIF-JSON (AIFdb, OVA3). Its files end in plain .json like native maps, so
// it is found by content, below the native format: a native map never has
// "nodes" and "edges" or "AIF" at its top level. What the import dropped or
// worked around is listed by Warnings (argmap check prints it); the map's
// metadata holds only what the file says of itself (AIF names no title:
// Set.Decode gives it the file's name, AIFdb's "nodeset25045").
func addAif(s *Set) {
	s.Add(&Format{
		Name:  "aif",
		Title: "AIF-JSON",
		Exts:  []string{".aif.json", ".json"},
		Sniff: sniffAIF,
		Looks: `An AIF-JSON file is a JSON object with "nodes" and "edges"`,
		Decode: func(data []byte) (*argmap.Map, error) {
			m, _, err := aif.Decode(data)
			return m, err
		},
		DecodeReport: func(data []byte) (*argmap.Map, string, []string, error) {
			m, rep, err := aif.Decode(data)
			if err != nil {
				return nil, "", nil, err
			}
			return m, rep.Summary(), rep.Warnings, nil
		},
		Encode: aif.Encode,
		Warnings: func(data []byte) []string {
			_, rep, err := aif.Decode(data)
			if err != nil {
				return nil
			}
			return rep.Warnings
		},
		Priority: 10,
	})
}

// sniffAIF is aif.Sniff: it reads the top-level keys without parsing the
// document, which Decode then parses once.
func sniffAIF(data []byte) bool { return aif.Sniff(data) }
