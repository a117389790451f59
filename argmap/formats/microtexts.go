package formats

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/microtexts"
)

// The arggraph XML of the arg-microtexts corpus (import only). A file read
// from disk is anchored in its text, the .txt of the same name beside it,
// when there is one: the corpus keeps each text so.
func addMicrotexts(s *Set) {
	s.Add(&Format{
		Name:       "arggraph",
		Title:      "arggraph XML (arg-microtexts)",
		Exts:       []string{".xml"},
		Sniff:      microtexts.Sniff,
		Looks:      `An arggraph file is XML whose root is <arggraph>, with <edu>, <adu> and <edge> elements`,
		Decode:     microtexts.Decode,
		DecodeFile: decodeMicrotextFile,
		Priority:   8,
	})
}

func decodeMicrotextFile(path string, data []byte) (*argmap.Map, error) {
	txt := strings.TrimSuffix(path, filepath.Ext(path)) + ".txt"
	if _, err := os.Lstat(txt); err != nil {
		return microtexts.Decode(data)
	}
	text, err := argmap.ReadSourceFile(txt)
	if err != nil {
		// The map is there without its text; a text that cannot be read
		// (not UTF-8, a FIFO) only costs the anchors.
		return microtexts.Decode(data)
	}
	return microtexts.DecodeText(data, string(text), filepath.Base(txt))
}
