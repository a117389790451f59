package formats

import "github.com/argmap/argmap/argmap/kialo"

// Kialo's plain-text discussion exports ("1.2. Pro: …"). Import only:
// Kialo has no import of its own text format to write for.
func addKialo(s *Set) {
	s.Add(&Format{
		Name:     "kialo",
		Title:    "Kialo discussion",
		Exts:     []string{".kialo.txt", ".txt"},
		Sniff:    kialo.Sniff,
		Decode:   kialo.Decode,
		Priority: 5,
	})
}
