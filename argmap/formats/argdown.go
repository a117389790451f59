package formats

import (
	"bytes"

	"github.com/argmap/argmap/argmap/argdown"
	"github.com/argmap/argmap/argmap/internal/lazyregexp"
)

// argdownLine matches lines typical of Argdown: a titled statement or
// argument definition, or a relation to one.
var argdownLine = lazyregexp.New(`(?m)^[ \t]*(\[[^\]\n]+\]:|<[^>\n]+>:|<[^>\n]+>[ \t]*$|(<[+_-]|[+_-]>|><|[+_-])[ \t]+[\[<])`)

func addArgdown(s *Set) {
	s.Add(&Format{
		Name:       "argdown",
		Title:      "Argdown",
		Exts:       []string{".argdown", ".ad"},
		Sniff:      sniffArgdown,
		Decode:     argdown.Decode,
		DecodeFile: argdown.DecodeFile,
		Warnings: func(data []byte) []string {
			d, err := argdown.Parse(data)
			if err != nil {
				return nil
			}
			if _, err := d.Map(); err != nil {
				return nil
			}
			return d.Warnings()
		},
		Encode: argdown.Encode,
		// Argdown is plain text with few sure signs: sniff it after the
		// formats with a firmer signature.
		Priority: -10,
	})
}

// sniffArgdown looks for === front matter at the top or for typical lines
// in the first 64 KB.
func sniffArgdown(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	t := bytes.TrimLeft(data, "\uFEFF \t\r\n")
	if bytes.HasPrefix(t, []byte("===\n")) || bytes.HasPrefix(t, []byte("===\r\n")) {
		return true
	}
	if len(t) > 0 && (t[0] == '{' || t[0] == '<' && bytes.HasPrefix(t, []byte("<?xml"))) {
		return false
	}
	return argdownLine.Match(data)
}
