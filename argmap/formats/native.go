package formats

import (
	"bytes"

	"github.com/argmap/argmap/argmap/native"
)

func addNative(s *Set) {
	s.Add(&Format{
		Name:         "json",
		Title:        "Argmap map",
		Exts:         []string{".argmap.json", ".json"},
		Sniff:        sniffNative,
		Decode:       native.Decode,
		Encode:       native.Encode,
		KeepsPrivate: true, // Save writes the teacher's copy
		Priority:     100,
	})
}

// sniffNative reports whether data starts like a native map: an object
// whose header has "format": "argmap" (the encoder writes it first).
func sniffNative(data []byte) bool {
	head := data[:min(len(data), 512)]
	i := bytes.Index(head, []byte(`"format"`))
	if i < 0 {
		return false
	}
	rest := bytes.TrimLeft(head[i+len(`"format"`):], " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return false
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	return bytes.HasPrefix(rest, []byte(`"argmap"`))
}
