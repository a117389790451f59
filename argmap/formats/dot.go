package formats

import "github.com/argmap/argmap/argmap/dot"

// Graphviz DOT, export only: `argmap export -f dot map.json | dot -Tsvg`.
func init() {
	Register(&Format{
		Name:   "dot",
		Title:  "Graphviz DOT",
		Exts:   []string{".dot", ".gv"},
		Encode: dot.Encode,
	})
}
