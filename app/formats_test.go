package app

import (
	"testing"

	"github.com/argmap/argmap/argmap/formats"
)

// TestEditorHasThePictureFormats: File › Export offers SVG and PNG in the
// editor on its own (its tests link no internal/cli).
func TestEditorHasThePictureFormats(t *testing.T) {
	for _, name := range []string{"svg", "png"} {
		if f := formats.ByName(name); f == nil || f.Encode == nil {
			t.Errorf("format %q is not registered for the editor", name)
		}
	}
}
