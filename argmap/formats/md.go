package formats

import "github.com/argmap/argmap/argmap/outline"

// A Markdown outline for essay planning, export only: the main claim, its
// reasons, its objections with their rebuttals, the open challenges.
func addMd(s *Set) {
	s.Add(&Format{
		Name:   "md",
		Title:  "Markdown outline",
		Exts:   []string{".md", ".markdown"},
		Encode: outline.Encode,
	})
}
