package formats

import "github.com/argmap/argmap/argmap/dot"

// Graphviz DOT, export only: `argmap export -f dot map.json | dot -Tsvg`.
func addDot(s *Set) {
	s.Add(&Format{
		Name:   "dot",
		Title:  "Graphviz DOT",
		Exts:   []string{".dot", ".gv"},
		Encode: dot.Encode,
	})
}
