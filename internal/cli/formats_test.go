package cli

import (
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/internal/pdf"
	"github.com/argmap/argmap/internal/render"
)

// testFormats is the set main builds: the domain's formats, the pictures
// and the PDF.
func testFormats() *formats.Set {
	s := formats.Builtin()
	render.AddFormats(s)
	pdf.AddFormats(s)
	return s
}
