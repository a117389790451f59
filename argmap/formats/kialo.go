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
		Looks:    `A Kialo discussion export starts with "Discussion Title: …" or its thesis "1. …", then numbered points such as "1.1. Pro: …"`,
		Decode:   kialo.Decode,
		Priority: 5,
	})
}
