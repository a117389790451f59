package formats

import "github.com/argmap/argmap/argmap/carneades"

// Carneades argument graphs in CAES YAML (import only). YAML files have no
// firm signature, so the format is found by extension or, failing that,
// by its top-level keys, after the formats with a firmer signature.
func addCarneades(s *Set) {
	s.Add(&Format{
		Name:     "caes",
		Title:    "Carneades CAES YAML",
		Exts:     []string{".caes.yml", ".caes.yaml", ".yml", ".yaml"},
		Sniff:    carneades.Sniff,
		Looks:    `A CAES file is YAML with "statements" and "arguments" at its top level`,
		Decode:   carneades.Decode,
		Priority: -20,
	})
}
