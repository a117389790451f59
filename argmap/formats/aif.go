package formats

import (
	"bytes"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/aif"
)

// AIF-JSON (AIFdb, OVA3). Its files end in plain .json like native maps, so
// it is found by content, below the native format: a native map never has
// "nodes" and "edges" or "AIF" at its top level. What the import dropped or
// worked around (aif.Report) is summarised in the map's Meta.Source, since
// Decode here returns only the map.
func init() {
	Register(&Format{
		Name:  "aif",
		Title: "AIF-JSON",
		Exts:  []string{".aif.json", ".json"},
		Sniff: sniffAIF,
		Decode: func(data []byte) (*argmap.Map, error) {
			m, _, err := aif.Decode(data)
			return m, err
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

// sniffAIF reports whether data is a JSON object with "nodes" and "edges",
// or "AIF", among its top-level keys.
func sniffAIF(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(t, &top) != nil {
		return false
	}
	_, nodes := top["nodes"]
	_, edges := top["edges"]
	_, ova := top["AIF"]
	return nodes && edges || ova
}
