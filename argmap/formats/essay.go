package formats

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/essay"
)

func addEssay(s *Set) {
	s.Add(&Format{Name: "essay", Title: "Essay plan (Markdown)", Exts: []string{".essay.md"},
		Encode: func(m *argmap.Map) ([]byte, error) { return essay.Write(m, essay.Markdown), nil }})
	s.Add(&Format{Name: "essay-txt", Title: "Essay plan (text)", Exts: []string{".essay.txt"},
		Encode: func(m *argmap.Map) ([]byte, error) { return essay.Write(m, essay.Plain), nil }})
}
