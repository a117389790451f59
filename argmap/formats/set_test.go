package formats

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/carneades"
	"github.com/argmap/argmap/internal/shared"
)

// testSet is the set these tests read with, as the editor's: Builtin and
// CAES with its reader.
var testSet = sync.OnceValue(func() *Set {
	s := Builtin()
	s.Add(CAES(carneades.Decode))
	return s
})

// ByName returns the format of testSet with the given name, or nil.
func ByName(name string) *Format { return testSet().ByName(name) }

// Detect picks the format of testSet for data read from path.
func Detect(path string, data []byte) *Format { return testSet().Detect(path, data) }

// Load reads the map at path with testSet.
func Load(path string) (*argmap.Map, *Format, error) { return testSet().Load(path) }

// Decode reads a map from data that came from path with testSet.
func Decode(path string, data []byte) (*argmap.Map, *Format, error) {
	return testSet().Decode(path, data)
}

// TestCAESWithoutItsReader: a program that leaves out the YAML reader
// (the light command line, formats.CAES(nil)) still knows a CAES file,
// by extension or content, and says which programs read it; a YAML file
// that is no CAES file is named so, with the reader or without; the
// sniffer, which parses no YAML, knows every CAES file of the corpus.
func TestCAESWithoutItsReader(t *testing.T) {
	t.Parallel()
	light := Builtin()
	light.Add(CAES(nil))
	if f := light.ByName("caes"); f == nil || !f.ReadsElsewhere {
		t.Fatalf("caes format %+v, want one that reads elsewhere", f)
	}
	if f := testSet().ByName("caes"); f == nil || f.ReadsElsewhere {
		t.Fatalf("caes format with the reader %+v, want one that reads", f)
	}
	if f := Builtin().ByName("caes"); f != nil {
		t.Fatal("Builtin has CAES; each program adds it")
	}
	tweety := []byte("statements:\n  flies: Tweety flies\narguments:\n  a1:\n    premises: [flies]\n    conclusion: flies\n")
	for _, path := range []string{"t.yml", "t.caes.yaml", "t"} {
		_, f, err := light.Decode(path, tweety)
		if !errors.Is(err, ErrReaderNotLinked) || f == nil || f.Name != "caes" ||
			!strings.Contains(err.Error(), path+": Carneades CAES YAML: ") || !strings.Contains(err.Error(), "argmap-cli-full") {
			t.Errorf("%s: format %v, error %v; want CAES, ErrReaderNotLinked naming argmap-cli-full", path, f, err)
		}
	}
	notCAES := []byte("port: 8080\n")
	_, _, errLight := light.Decode("config.yaml", notCAES)
	_, _, errFull := testSet().Decode("config.yaml", notCAES)
	for _, err := range []error{errLight, errFull} {
		if err == nil || !strings.HasPrefix(err.Error(), "config.yaml: not a Carneades CAES YAML file: line 1: ") || errors.Is(err, ErrReaderNotLinked) {
			t.Errorf("config.yaml: %v; want a not-this-format message with or without the reader", err)
		}
	}
	dir := shared.Path(t, "corpus/other/carneades/caes-yaml")
	files, _ := filepath.Glob(filepath.Join(dir, "*.yml"))
	if len(files) == 0 {
		t.Fatalf("no CAES file in %s", dir)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !sniffCAES(data) {
			t.Errorf("%s: not sniffed as CAES", filepath.Base(p))
		}
		if _, f, err := testSet().Decode(filepath.Base(p)+".txt", data); err != nil || f.Name != "caes" {
			t.Errorf("%s, by content: format %v, error %v", filepath.Base(p), f, err)
		}
	}
}
