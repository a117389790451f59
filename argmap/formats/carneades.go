package formats

import (
	"errors"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// CAES returns the format of Carneades argument graphs in CAES YAML
// (import only), reading with decode (carneades.Decode). Builtin leaves it
// out because its reader links a YAML library, which costs every start of
// a program about a millisecond (gopkg.in/yaml.v3's initialisers and a
// larger binary): each program's main adds it, the editor and
// argmap-cli-full with the reader, the light command line with decode nil,
// so that it still knows a CAES file when it sees one (see
// Format.ReadsElsewhere).
//
// YAML files have no firm signature, so the format is found by extension
// or, failing that, by its top-level keys, after the formats with a firmer
// signature.
func CAES(decode func(data []byte) (*argmap.Map, error)) *Format {
	f := &Format{
		Name:     "caes",
		Title:    "Carneades CAES YAML",
		Exts:     []string{".caes.yml", ".caes.yaml", ".yml", ".yaml"},
		Sniff:    sniffCAES,
		Looks:    `A CAES file is YAML with "statements" and "arguments" at its top level`,
		Decode:   decode,
		Priority: -20,
	}
	if decode == nil {
		f.ReadsElsewhere = true
		f.Decode = func([]byte) (*argmap.Map, error) { return nil, errCAESElsewhere }
	}
	return f
}

// ErrReaderNotLinked is the error of a format this program knows but
// cannot read (Format.ReadsElsewhere).
var ErrReaderNotLinked = errors.New("this program does not read the format")

var errCAESElsewhere = &readerNotLinked{"this command line leaves out the YAML reader: argmap-cli-full and the editor read CAES files"}

// readerNotLinked says which program reads the format instead; it is
// ErrReaderNotLinked.
type readerNotLinked struct{ msg string }

func (e *readerNotLinked) Error() string        { return e.msg }
func (e *readerNotLinked) Is(target error) bool { return target == ErrReaderNotLinked }

// sniffCAES reports whether data looks like a CAES file: a top-level
// "statements:" key, an "arguments:" key with something indented under
// it, or a first key "meta:". It reads the first 64 KB, as text, without
// parsing YAML (so that a program without the YAML reader knows one).
func sniffCAES(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	s := "\n" + strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.Contains(s, "\nstatements:") || strings.Contains(s, "\narguments:") && strings.Contains(s, "\n  ") ||
		strings.HasPrefix(strings.TrimLeft(s, "\n\uFEFF"), "meta:")
}
