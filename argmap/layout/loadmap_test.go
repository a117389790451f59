package layout

import (
	"fmt"
	"os"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/aif"
	"github.com/argmap/argmap/argmap/argdown"
	"github.com/argmap/argmap/argmap/kialo"
	"github.com/argmap/argmap/argmap/native"
)

// loadMap reads a map of the corpus or the repository by its extension.
// The layout tests cannot use argmap/formats: formats registers writers
// (GraphML, JSON Canvas) that import this package, a cycle in tests.
func loadMap(path string) (*argmap.Map, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	var m *argmap.Map
	switch {
	case strings.HasSuffix(path, ".argmap.json"):
		m, err = native.Decode(data)
		return m, "json", err
	case strings.HasSuffix(path, ".argdown"), strings.HasSuffix(path, ".ad"):
		m, err = argdown.Decode(data)
		return m, "argdown", err
	case strings.HasSuffix(path, ".txt"):
		m, err = kialo.Decode(data)
		return m, "kialo", err
	case strings.HasSuffix(path, ".json"):
		m, _, err = aif.Decode(data)
		return m, "aif", err
	}
	return nil, "", fmt.Errorf("%s: no reader for this extension in the layout tests", path)
}
