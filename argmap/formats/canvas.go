package formats

import (
	"github.com/argmap/argmap/argmap/graphml"
	"github.com/argmap/argmap/argmap/jsoncanvas"
)

// Exports for the tools people use next to Argmap: JSON Canvas 1.0
// (Obsidian and other canvas apps) and GraphML with yEd's geometry.
func addCanvas(s *Set) {
	s.Add(&Format{
		Name:   "canvas",
		Title:  "JSON Canvas",
		Exts:   []string{".canvas"},
		Encode: jsoncanvas.Encode,
	})
	s.Add(&Format{
		Name:   "graphml",
		Title:  "GraphML (yEd)",
		Exts:   []string{".graphml"},
		Encode: graphml.Encode,
	})
}
